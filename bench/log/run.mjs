// Sustained POST /api/consent at rising rates, on SQLite and on PostgreSQL: the real HTTP path
// (node:http, @cookiekit/server's consent API, @cookiekit/consent-log), records/s, p50/p99
// latency, errors, and after every step a count check that every acknowledged record is stored,
// plus the log's own verify(). Goal: 3,000 records/s on each backend; reported, not gated.
//
//   pnpm bench:log                     (from the repository root: builds, then runs this)
//   node log/run.mjs [--smoke]         (from bench/, after `pnpm build`)
//
// Environment: BENCH_RATES (500,1000,2000,3000,4000,6000 requests/s), BENCH_STEP_SECONDS (5),
// BENCH_ROUNDS (3: the ladder is climbed this many times; figures are medians with min–max),
// BENCH_CONNECTIONS (400), BENCH_BACKENDS (sqlite,postgres), BENCH_PLACEMENT (pinned,shared:
// "pinned" puts the server on CPU 0 and the client on CPU 1 with taskset, so the server has one
// core of its own; "shared" lets the OS place server, SQLite writer thread, PostgreSQL and client
// on both cores), BENCH_OUT (results/log.json).
// `--smoke`: two short steps per backend, for the test; PostgreSQL is skipped when none is
// reachable (ensurePostgres throws) and the result says so.
//
// Ceiling (pinned placement only): after the ladder, BENCH_CEILING_RATE (12000) requests/s, more
// than one core takes, once per round: what the pinned server process gives at most.
// BENCH_LADDER (1; 0: only the processes rows below). BENCH_CHAINS (1): how many chains the measured server's log commits to side by side
// (openConsentLog's `chains`), for the ladder and the ceiling; BENCH_MAX_BATCH its `maxBatchSize`
// (default: the log's default, 500). BENCH_SERVER_NODE_ARGS: Node options for the measured server
// process (e.g. `--max-semi-space-size=64`); BENCH_PROFILE: a folder for its `--cpu-prof` profile;
// BENCH_STEP_PROFILE: a folder for a profile of each measured step alone (the verify between steps left out).
// Processes (PostgreSQL, shared placement): BENCH_PROCESSES (1,2,4) server processes, each on a
// chain of its own (openConsentLog's `chain`), plus 4 processes on one chain for comparison,
// all appending to one PostgreSQL log, each fed by its own client at BENCH_PROCESS_RATE (3000)
// / processes requests/s. Lock waits: pg_stat_activity sampled every 10 ms during the step,
// the share of samples in which a connection of the servers waited on a lock.
//
// Each backend gets a fresh store: a SQLite file in a temporary folder, or a PostgreSQL schema
// of its own (migrated as the README says, `migrateConsentLog`), removed afterwards. The server
// runs in its own process; the autocannon client in another, at a fixed overall rate. Mind how
// autocannon keeps a rate: each connection sends its share (rate / connections) back to back at
// the start of every second, then waits; so load comes in bursts, and a connection has one
// request in flight, so connections / latency caps what the client can offer (400 connections
// allow 6,000/s up to 66 ms per request). Latency is measured per request, send to answer, without
// autocannon's coordinated-omission correction. Record ids carry a per-step prefix, so each step's
// acknowledged ids (201 answers) are compared one by one with the rows that step stored.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateConsentLog } from '@cookiekit/consent-log';
import Database from 'better-sqlite3';
import pg from 'pg';
import { canPin, env, load, machine, median, readBaseline, resultPath, smoke, spawnPinned, version, writeResult } from '../load.mjs';
import { postgresCpuUs } from './proc.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const RATES = env('BENCH_RATES', smoke ? '200,400' : '500,1000,2000,3000,4000,6000').split(',').map(Number);
const SECONDS = Number(env('BENCH_STEP_SECONDS', smoke ? 1 : 5));
const CONNECTIONS = Number(env('BENCH_CONNECTIONS', smoke ? 20 : 400));
const BACKENDS = env('BENCH_BACKENDS', 'sqlite,postgres').split(',');
const ROUNDS = Number(env('BENCH_ROUNDS', smoke ? 1 : 3));
const OUT = resultPath('results/log.json');
const GOAL = 3000;
// A step is sustained when at least this share of the offered rate was acknowledged, with no
// error, nothing lost and the chain verifying.
const SUSTAINED = 0.97;
const KEY = randomBytes(48).toString('base64');
const CEILING = Number(env('BENCH_CEILING_RATE', 12000));
const CHAINS = Number(env('BENCH_CHAINS', 1));
const MAX_BATCH = Number(env('BENCH_MAX_BATCH', 0)) || undefined;
// BENCH_LADDER=0 skips the one-process ladder and ceiling (only the processes rows run).
const LADDER = env('BENCH_LADDER', '1') !== '0';
const PROCESSES = env('BENCH_PROCESSES', smoke ? '2' : '1,2,4').split(',').filter(Boolean).map(Number);
const PROCESS_RATE = Number(env('BENCH_PROCESS_RATE', smoke ? 400 : 3000));
// A folder for a CPU profile of each measured server process (`node --cpu-prof`), or none.
const PROFILE = env('BENCH_PROFILE', '');
// Node options for the measured server process (e.g. `--max-semi-space-size=64`), or none.
const SERVER_NODE_ARGS = env('BENCH_SERVER_NODE_ARGS', '').split(' ').filter(Boolean);
// The earlier run printed beside this one (the first measured run, kept in results/ by its date).
const BASELINE = readBaseline('results/log-2026-11-29.json');

// Without taskset (or with one core) only the shared placement can run.
const PLACEMENTS = env('BENCH_PLACEMENT', smoke ? 'pinned' : 'pinned,shared')
  .split(',')
  .filter((p) => p === 'shared' || canPin);
if (PLACEMENTS.length === 0) PLACEMENTS.push('shared');


// ---- backends: a fresh store, a way to read back what a step stored, and a clean-up ----
async function sqliteBackend() {
  const dir = mkdtempSync(join(os.tmpdir(), 'cookiekit-bench-log-'));
  const file = join(dir, 'consent.db');
  return {
    name: 'sqlite',
    detail: 'better-sqlite3, WAL, synchronous=FULL (the log\'s default), temporary file',
    database: file,
    async stored(prefix) {
      // A fresh read-only connection per count: it sees every committed transaction.
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        return new Set(db.prepare("select record_id from consent_records where record_id like ? || '%'").pluck().all(prefix));
      } finally {
        db.close();
      }
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresBackend() {
  const { ensurePostgres } = await import(new URL('../../scripts/test-env.mjs', import.meta.url).href);
  const url = ensurePostgres();
  const schema = `bench_log_${process.pid}_${Date.now().toString(36)}`;
  await migrateConsentLog({ postgres: url, schema });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('show server_version');
  return {
    name: 'postgres',
    detail: `PostgreSQL ${rows[0].server_version} on 127.0.0.1 (local cluster, default settings), schema of its own`,
    database: { postgres: url, schema },
    async stored(prefix) {
      const r = await client.query(`select record_id from "${schema}".consent_records where record_id like $1 || '%'`, [prefix]);
      return new Set(r.rows.map((row) => row.record_id));
    },
    async cleanup() {
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    },
  };
}

const runTag = randomBytes(4).toString('hex');

async function runStep(server, client, backend, { url, rate, seconds, prefix }) {
  const { cpu: cpu0, writer: writer0 } = await server.ask('cpu');
  const pg0 = backend.name === 'postgres' ? postgresCpuUs() : null;
  const r = await client.ask({ url, rate, seconds, connections: CONNECTIONS, prefix });
  const cpu1 = await server.ask('cpu');
  const cpuUs = cpu1.cpu - cpu0;
  const writerUs = cpu1.writer - writer0;
  const pgUs = pg0 === null ? null : postgresCpuUs() - pg0;
  const stored = await backend.stored(prefix);
  const lost = r.acked.filter((id) => !stored.has(id)).length;
  const { verify, errors: serverErrors } = await server.ask('verify');
  const non201 = Object.entries(r.statuses).filter(([code]) => code !== '201').reduce((a, [, c]) => a + c, 0);
  const run = {
    // Acknowledged records of the step's `seconds` bursts, per second.
    recordsPerSecond: r.ackedInWindow / seconds,
    offeredPerSecond: r.sentInWindow / seconds,
    p50: r.p50,
    p99: r.p99,
    latencyMax: r.latencyMax,
    sent: r.sent,
    acknowledged: r.acked.length,
    stored: stored.size,
    lost,
    // Stored without a 201 seen: requests still in flight when the step's time ran out.
    storedNotAcknowledged: stored.size - (r.acked.length - lost),
    statuses: r.statuses,
    non201,
    errors: r.errors + r.timeouts,
    verify: { ok: verify.ok, records: verify.records, batches: verify.batches, firstBad: verify.firstBad ?? null },
    serverErrors,
    serverCpu: cpuUs / 1e6 / r.seconds,
    // Server CPU per stored record: less disturbed by a busy machine than records/s;
    // 1e6 / this is about what one free core could take.
    serverCpuUsPerRecord: cpuUs / Math.max(1, stored.size),
    // Of it, the SQLite writer process's (0 on PostgreSQL, which has none).
    writerCpuUsPerRecord: writerUs / Math.max(1, stored.size),
    // PostgreSQL's own processes (on whichever core the OS put them), per stored record.
    postgresCpuUsPerRecord: pgUs === null ? null : pgUs / Math.max(1, stored.size),
    clientCpu: r.clientCpu,
  };
  run.sustained = run.recordsPerSecond >= SUSTAINED * rate && non201 === 0 && run.errors === 0 && lost === 0 && verify.ok;
  return run;
}

async function bench(backend, placement, client) {
  const pin = placement === 'pinned';
  const server = spawnPinned(here, 0, 'server.mjs', [JSON.stringify({ database: backend.database, key: KEY, chains: CHAINS, maxBatchSize: MAX_BATCH })], pin, [...SERVER_NODE_ARGS, ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [])]);
  const { port } = await server.next();
  const url = `http://127.0.0.1:${port}`;
  const runs = new Map(RATES.map((rate) => [rate, []]));
  const totals = { acknowledged: 0, stored: 0, lost: 0 };
  const ceilingRuns = [];
  let step = 0;
  const go = async (rate, seconds) => {
    // Letters and digits only: no LIKE wildcard in the prefix.
    const prefix = `b${runTag}${backend.name[0]}${placement[0]}${String(step++).padStart(3, '0')}x`;
    const run = await runStep(server, client, backend, { url, rate, seconds, prefix });
    totals.acknowledged += run.acknowledged;
    totals.stored += run.stored;
    totals.lost += run.lost;
    console.error(
      `${backend.name} ${placement} ${rate}/s: ${run.recordsPerSecond.toFixed(0)} rec/s, p50 ${run.p50} ms, p99 ${run.p99} ms, ` +
        `statuses ${JSON.stringify(run.statuses)}, errors ${run.errors}, acked ${run.acknowledged}, stored ${run.stored}, lost ${run.lost}, ` +
        `verify ${run.verify.ok ? 'ok' : 'FAILED'}, server CPU ${(run.serverCpu * 100).toFixed(0)}% (${run.serverCpuUsPerRecord.toFixed(0)} µs/record${run.writerCpuUsPerRecord ? `, writer ${run.writerCpuUsPerRecord.toFixed(0)}` : ''}), ` +
        `${run.postgresCpuUsPerRecord === null ? '' : `PostgreSQL ${run.postgresCpuUsPerRecord.toFixed(0)} µs/record, `}client CPU ${(run.clientCpu * 100).toFixed(0)}%`,
    );
    return run;
  };
  try {
    // Warm-up at a low rate (JIT, connections, statement caches): checked like a step, not tabled.
    if (!smoke) await go(200, 2);
    // The whole ladder once per round, so drift on a shared machine spreads over every rate.
    for (let round = 0; round < ROUNDS; round++) {
      for (const rate of RATES) runs.get(rate).push(await go(rate, SECONDS));
    }
    if (pin && !smoke) for (let round = 0; round < ROUNDS; round++) ceilingRuns.push(await go(CEILING, SECONDS));
  } finally {
    await server.ask('close').catch(() => {});
  }
  const steps = RATES.map((rate) => {
    const rs = runs.get(rate);
    const rps = rs.map((r) => r.recordsPerSecond);
    const sum = (k) => rs.reduce((a, r) => a + r[k], 0);
    return {
      rate,
      recordsPerSecond: median(rps),
      recordsPerSecondMin: Math.min(...rps),
      recordsPerSecondMax: Math.max(...rps),
      p50: median(rs.map((r) => r.p50)),
      p99: median(rs.map((r) => r.p99)),
      p99Max: Math.max(...rs.map((r) => r.p99)),
      non201: sum('non201'),
      errors: sum('errors'),
      acknowledged: sum('acknowledged'),
      stored: sum('stored'),
      lost: sum('lost'),
      verified: rs.every((r) => r.verify.ok),
      serverCpu: median(rs.map((r) => r.serverCpu)),
      serverCpuUsPerRecord: median(rs.map((r) => r.serverCpuUsPerRecord)),
      clientCpu: Math.max(...rs.map((r) => r.clientCpu)),
      roundsSustained: rs.filter((r) => r.sustained).length,
      rounds: rs.length,
      // Sustained in the median: at least half the rounds kept up.
      sustained: rs.filter((r) => r.sustained).length * 2 >= rs.length,
      runs: rs,
    };
  });
  const firstMiss = steps.findIndex((s) => !s.sustained);
  const at = steps.find((s) => s.rate === GOAL);
  return {
    backend: backend.name,
    placement,
    detail: backend.detail,
    steps,
    totals,
    // Highest offered rate sustained with every lower step sustained too.
    maxSustainedRate: firstMiss === -1 ? steps[steps.length - 1].rate : (steps[firstMiss - 1]?.rate ?? 0),
    // One core's ceiling: what the pinned server acknowledged when offered more than it can take.
    ceiling:
      ceilingRuns.length === 0
        ? null
        : {
            rate: CEILING,
            recordsPerSecond: median(ceilingRuns.map((r) => r.recordsPerSecond)),
            recordsPerSecondMin: Math.min(...ceilingRuns.map((r) => r.recordsPerSecond)),
            recordsPerSecondMax: Math.max(...ceilingRuns.map((r) => r.recordsPerSecond)),
            p99: median(ceilingRuns.map((r) => r.p99)),
            statuses: ceilingRuns.reduce((a, r) => {
              for (const [k, v] of Object.entries(r.statuses)) a[k] = (a[k] ?? 0) + v;
              return a;
            }, {}),
            lost: ceilingRuns.reduce((a, r) => a + r.lost, 0),
            verified: ceilingRuns.every((r) => r.verify.ok),
            serverCpu: median(ceilingRuns.map((r) => r.serverCpu)),
            serverCpuUsPerRecord: median(ceilingRuns.map((r) => r.serverCpuUsPerRecord)),
            writerCpuUsPerRecord: median(ceilingRuns.map((r) => r.writerCpuUsPerRecord)),
            postgresCpuUsPerRecord: ceilingRuns[0].postgresCpuUsPerRecord === null ? null : median(ceilingRuns.map((r) => r.postgresCpuUsPerRecord)),
            clientCpu: Math.max(...ceilingRuns.map((r) => r.clientCpu)),
          },
    meetsGoal: at ? at.sustained : null,
    goalRoundsSustained: at ? `${at.roundsSustained}/${at.rounds}` : null,
  };
}

const startedAt = new Date().toISOString();
const loadBefore = load();
const results = [];
const skipped = [];
for (const placement of LADDER ? PLACEMENTS : []) {
  const client = spawnPinned(here, 1, 'client.mjs', [], placement === 'pinned');
  await client.next();
  for (const name of BACKENDS) {
    let backend;
    try {
      // A fresh store for each placement and backend.
      backend = name === 'sqlite' ? await sqliteBackend() : await postgresBackend();
    } catch (error) {
      // Only the smoke run may go on without PostgreSQL; a measured run must have both.
      if (!smoke) throw error;
      if (!skipped.some((s) => s.backend === name)) skipped.push({ backend: name, reason: error.message });
      console.error(`${name}: skipped (${error.message})`);
      continue;
    }
    try {
      results.push(await bench(backend, placement, client));
    } finally {
      await backend.cleanup();
    }
  }
  client.child.disconnect();
}

// ---- several server processes on one PostgreSQL log ----
async function processes(count, chains) {
  const backend = await postgresBackend();
  const url = new URL(backend.database.postgres);
  const app = `ckbench${runTag}`;
  url.searchParams.set('application_name', app);
  const database = { ...backend.database, postgres: url.toString() };
  const servers = [];
  const clients = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = spawnPinned(here, 0, 'server.mjs', [JSON.stringify({ database, key: KEY, chain: chains === 1 ? 0 : i })], false);
      servers.push({ server, port: (await server.next()).port });
      const client = spawnPinned(here, 1, 'client.mjs', [], false);
      await client.next();
      clients.push(client);
    }
    const sampler = new pg.Client({ connectionString: backend.database.postgres });
    await sampler.connect();
    const runs = [];
    try {
      for (let round = 0; round <= ROUNDS; round++) {
        // Round 0 warms up (connections, JIT), checked but not tabled.
        const seconds = round === 0 ? (smoke ? 1 : 2) : SECONDS;
        const rate = round === 0 ? 200 : PROCESS_RATE;
        const prefix = `b${runTag}p${count}c${chains}r${round}x`;
        const pg0 = postgresCpuUs();
        const cpu0 = await Promise.all(servers.map(({ server }) => server.ask('cpu')));
        let samples = 0;
        let waiting = 0;
        let waiters = 0;
        let sampling = true;
        const sampled = (async () => {
          while (sampling) {
            const { rows } = await sampler.query(
              "select count(*) filter (where wait_event_type = 'Lock') as w from pg_stat_activity where application_name = $1",
              [app],
            );
            samples++;
            const w = Number(rows[0].w);
            waiters += w;
            if (w > 0) waiting++;
            await new Promise((r) => setTimeout(r, 10));
          }
        })();
        const t0 = performance.now();
        const results = await Promise.all(
          servers.map(({ port }, i) =>
            clients[i].ask({ url: `http://127.0.0.1:${port}`, rate: Math.round(rate / count), seconds, connections: Math.max(20, Math.round(CONNECTIONS / count)), prefix: `${prefix}${i}y` }),
          ),
        );
        const wall = (performance.now() - t0) / 1000;
        sampling = false;
        await sampled;
        const cpu1 = await Promise.all(servers.map(({ server }) => server.ask('cpu')));
        const pgUs = pg0 === null ? null : postgresCpuUs() - pg0;
        const stored = await backend.stored(prefix);
        const acked = results.flatMap((r) => r.acked);
        const lost = acked.filter((id) => !stored.has(id)).length;
        const { verify } = await servers[0].server.ask('verify');
        const statuses = {};
        for (const r of results) for (const [k, v] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
        const run = {
          recordsPerSecond: results.reduce((a, r) => a + r.ackedInWindow, 0) / seconds,
          offeredPerSecond: results.reduce((a, r) => a + r.sentInWindow, 0) / seconds,
          p50: median(results.map((r) => r.p50)),
          p99: Math.max(...results.map((r) => r.p99)),
          statuses,
          errors: results.reduce((a, r) => a + r.errors + r.timeouts, 0),
          acknowledged: acked.length,
          stored: stored.size,
          lost,
          verify: { ok: verify.ok, chains: verify.chains.length, firstBad: verify.firstBad ?? null },
          lockWaitShare: samples === 0 ? 0 : waiting / samples,
          lockWaitersMean: samples === 0 ? 0 : waiters / samples,
          lockSamples: samples,
          serverCpuUsPerRecord: cpu1.reduce((a, c, i) => a + c.cpu - cpu0[i].cpu, 0) / Math.max(1, stored.size),
          serverCpu: cpu1.reduce((a, c, i) => a + c.cpu - cpu0[i].cpu, 0) / 1e6 / wall,
          postgresCpuUsPerRecord: pgUs === null ? null : pgUs / Math.max(1, stored.size),
          clientCpu: Math.max(...results.map((r) => r.clientCpu)),
        };
        console.error(
          `postgres ${count} processes, ${chains} chains, ${rate}/s: ${run.recordsPerSecond.toFixed(0)} rec/s, p99 ${run.p99} ms, lock waits ${(run.lockWaitShare * 100).toFixed(0)}% of samples, ` +
            `statuses ${JSON.stringify(statuses)}, lost ${lost}, verify ${verify.ok ? 'ok' : 'FAILED'} (${verify.chains.length} chains)`,
        );
        if (round > 0) runs.push(run);
      }
    } finally {
      await sampler.end();
    }
    const pick = (k) => median(runs.map((r) => r[k]));
    return {
      processes: count,
      chains,
      rate: PROCESS_RATE,
      recordsPerSecond: pick('recordsPerSecond'),
      recordsPerSecondMin: Math.min(...runs.map((r) => r.recordsPerSecond)),
      recordsPerSecondMax: Math.max(...runs.map((r) => r.recordsPerSecond)),
      p50: pick('p50'),
      p99: pick('p99'),
      p99Max: Math.max(...runs.map((r) => r.p99)),
      lockWaitShare: pick('lockWaitShare'),
      lockWaitersMean: pick('lockWaitersMean'),
      lost: runs.reduce((a, r) => a + r.lost, 0),
      non201: runs.reduce((a, r) => a + Object.entries(r.statuses).filter(([k]) => k !== '201').reduce((x, [, v]) => x + v, 0), 0),
      verified: runs.every((r) => r.verify.ok),
      serverCpuUsPerRecord: pick('serverCpuUsPerRecord'),
      postgresCpuUsPerRecord: runs[0]?.postgresCpuUsPerRecord == null ? null : pick('postgresCpuUsPerRecord'),
      clientCpu: Math.max(...runs.map((r) => r.clientCpu)),
      runs,
    };
  } finally {
    for (const { server } of servers) await server.ask('close').catch(() => {});
    for (const client of clients) client.child.disconnect();
    await backend.cleanup();
  }
}

const processRows = [];
if (BACKENDS.includes('postgres') && !skipped.some((x) => x.backend === 'postgres')) {
  for (const count of PROCESSES) processRows.push(await processes(count, count));
  // The same 4 processes on one chain: what the chains remove (waits on the one head row).
  if (PROCESSES.includes(4)) processRows.push(await processes(4, 1));
}

const result = {
  bench: 'log',
  startedAt,
  finishedAt: new Date().toISOString(),
  smoke,
  goal: { recordsPerSecond: GOAL, gated: false, sustainedMeans: `a run: >= ${SUSTAINED} of the offered rate acknowledged (201) over its bursts, no other status, no error, nothing lost, verify ok; a step: at least half its rounds` },
  machine: machine({
    placements: PLACEMENTS,
    pinned: PLACEMENTS.includes('pinned') ? { server: 0, client: 1, postgres: 'not pinned' } : false,
    loadBefore,
    loadAfter: load(),
  }),
  method: {
    rates: RATES,
    rounds: ROUNDS,
    secondsPerStep: SECONDS,
    connections: CONNECTIONS,
    chains: CHAINS,
    maxBatchSize: MAX_BATCH ?? 'default (500)',
    warmup: smoke ? null : { rate: 200, seconds: 2 },
    rateLimit: 'consentApi.rateLimit: false (the default 30 a minute per address would refuse a single load generator)',
    versions: { autocannon: version('autocannon'), 'better-sqlite3': version('better-sqlite3'), pg: version('pg') },
  },
  backends: results,
  processes: processRows,
  skipped,
};
writeResult(OUT, result);

console.log(
  `\nconsent log through POST /api/consent: ${SECONDS} s per step, ${CONNECTIONS} connections, autocannon overallRate (per-second bursts per connection)` +
    `\n${result.machine.cpu}, ${result.machine.cores} cores, node ${process.version}, placements: ${PLACEMENTS.map((p) => (p === 'pinned' ? 'pinned (server CPU 0, client CPU 1, PostgreSQL free)' : 'shared (OS places everything)')).join(', ')}; load ${loadBefore.join(' ')} → ${result.machine.loadAfter.join(' ')}\n`,
);
console.log('| backend | placement | offered req/s | records/s (median) | min–max | p50 ms | p99 ms (median / worst) | non-201 / errors | acknowledged | stored | lost | verify | server CPU µs/record | rounds sustained |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |');
for (const b of results) {
  for (const s of b.steps) {
    console.log(
      `| ${b.backend} | ${b.placement} | ${s.rate} | ${s.recordsPerSecond.toFixed(0)} | ${s.recordsPerSecondMin.toFixed(0)}–${s.recordsPerSecondMax.toFixed(0)} | ${s.p50} | ${s.p99} / ${s.p99Max} | ${s.non201} / ${s.errors} | ${s.acknowledged} | ${s.stored} | ${s.lost} | ${s.verified ? 'ok' : 'FAILED'} | ${s.serverCpuUsPerRecord.toFixed(0)} | ${s.roundsSustained}/${s.rounds} |`,
    );
  }
}
for (const b of results) {
  const c = b.ceiling;
  if (c) {
    console.log(
      `| ${b.backend} | ${b.placement}, ceiling | ${c.rate} | ${c.recordsPerSecond.toFixed(0)} | ${c.recordsPerSecondMin.toFixed(0)}–${c.recordsPerSecondMax.toFixed(0)} | | ${c.p99} | ${JSON.stringify(c.statuses)} | | | ${c.lost} | ${c.verified ? 'ok' : 'FAILED'} | ${c.serverCpuUsPerRecord.toFixed(0)} | server CPU ${(c.serverCpu * 100).toFixed(0)}%${c.writerCpuUsPerRecord ? ` (SQLite writer ${c.writerCpuUsPerRecord.toFixed(0)} µs/record)` : ''}, client CPU ${(c.clientCpu * 100).toFixed(0)}%${c.postgresCpuUsPerRecord == null ? '' : `, PostgreSQL ${c.postgresCpuUsPerRecord.toFixed(0)} µs/record`} |`,
    );
  }
}
if (processRows.length > 0) {
  console.log(`\nseveral server processes on one PostgreSQL log (shared placement), ${PROCESS_RATE} req/s offered in all, ${ROUNDS} rounds of ${SECONDS} s`);
  console.log('| processes | chains | records/s (median) | min–max | p50 ms | p99 ms (median / worst) | lock waits (share of 10 ms samples) | waiting connections (mean) | non-201 | lost | verify | server CPU µs/record | PostgreSQL CPU µs/record | client CPU (max) |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |');
  for (const r of processRows) {
    console.log(
      `| ${r.processes} | ${r.chains} | ${r.recordsPerSecond.toFixed(0)} | ${r.recordsPerSecondMin.toFixed(0)}–${r.recordsPerSecondMax.toFixed(0)} | ${r.p50} | ${r.p99} / ${r.p99Max} | ${(r.lockWaitShare * 100).toFixed(0)}% | ${r.lockWaitersMean.toFixed(2)} | ${r.non201} | ${r.lost} | ${r.verified ? 'ok' : 'FAILED'} | ${r.serverCpuUsPerRecord.toFixed(0)} | ${r.postgresCpuUsPerRecord == null ? '—' : r.postgresCpuUsPerRecord.toFixed(0)} | ${(r.clientCpu * 100).toFixed(0)}% |`,
    );
  }
}
console.log('');
for (const b of results) {
  console.log(
    `${b.backend} (${b.placement}): highest sustained step ${b.maxSustainedRate} req/s; goal ${GOAL}/s ${b.meetsGoal === null ? 'not measured' : b.meetsGoal ? `met (${b.goalRoundsSustained} rounds)` : `NOT met (${b.goalRoundsSustained} rounds)`}; ` +
      `all steps with warm-up: ${b.totals.acknowledged} acknowledged, ${b.totals.stored} stored, ${b.totals.lost} lost`,
  );
}
for (const s of skipped) console.log(`${s.backend}: skipped (${s.reason})`);
if (BASELINE) {
  // The same backend, placement and offered rate in the earlier run, beside this one's.
  console.log(`\nBeside the earlier run (${BASELINE.path}, ${BASELINE.date}): records/s (median, min–max) and server CPU µs a record:\n`);
  console.log('| backend | placement | offered req/s | records/s before | records/s now | µs/record before | µs/record now |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  const rate = (s) => `${s.recordsPerSecond.toFixed(0)} (${s.recordsPerSecondMin.toFixed(0)}–${s.recordsPerSecondMax.toFixed(0)})`;
  for (const b of results) {
    const old = BASELINE.run.backends?.find((x) => x.backend === b.backend && x.placement === b.placement);
    const rows = [...b.steps, ...(b.ceiling ? [{ ...b.ceiling, ceiling: true }] : [])];
    for (const s of rows) {
      const o = s.ceiling ? old?.ceiling : old?.steps.find((x) => x.rate === s.rate);
      console.log(
        `| ${b.backend} | ${b.placement}${s.ceiling ? ', ceiling' : ''} | ${s.rate} | ${o ? rate(o) : '—'} | ${rate(s)} | ${o ? o.serverCpuUsPerRecord.toFixed(0) : '—'} | ${s.serverCpuUsPerRecord.toFixed(0)} |`,
      );
    }
  }
}
console.log(`\nJSON: ${OUT}`);
if (results.some((b) => b.totals.lost > 0 || b.steps.some((s) => !s.verified)) || processRows.some((r) => r.lost > 0 || !r.verified)) process.exitCode = 1;
