#!/usr/bin/env node
// Throughput of the consent log, measured and reported (not a test, not gated).
//
//   pnpm --filter @cookiekit/consent-log build
//   node packages/consent-log/bench/throughput.mjs [seconds-per-step=5] [backends=memory,sqlite,postgres] [paths=append,http]
//
// For SQLite (a temp file, WAL, synchronous=FULL) and PostgreSQL (ensurePostgres(), a schema of
// its own, dropped afterwards), at rising concurrency:
//   - `append`: the sink alone, N concurrent appenders in this process;
//   - `POST /api/consent`: @cookiekit/server's consent API on node:http at 127.0.0.1, driven by a
//     closed-loop load generator in a worker thread (keep-alive, N connections), so server and
//     generator each get a core.
// Reports records/s, p50 and p99 latency of an acknowledged record, and checks that every
// acknowledged record is stored exactly once (zero loss). The same API over the server's
// in-memory sink is measured first: the ceiling of the HTTP path itself on this machine.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const KEY = 'bench-key-0123456789abcdefghijklmnopqrstuvwxyz';
const pad = (prefix, n) => `${prefix}${String(n).padStart(16, '0')}`;
const record = (n) => ({
  recordId: pad('rec_', n),
  subject: pad('subj_', n % 5000),
  revision: '2026-11-01',
  method: n % 2 ? 'accept-all' : 'custom',
  categories: { necessary: true, statistics: n % 2 === 1, marketing: n % 3 === 0 },
  services: { analytics: n % 2 === 1 },
  language: 'en',
  signals: { gpc: false },
  source: 'banner',
  decidedAt: new Date().toISOString(),
});

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

// ---- load generator (worker thread) ----
if (!isMainThread) {
  const { url, concurrency, seconds, firstId } = workerData;
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL('/api/consent', url);
  const latencies = [];
  let next = firstId;
  let errors = 0;
  const statuses = {};
  const acked = [];
  const post = (body) =>
    new Promise((resolve) => {
      const req = http.request(
        target,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', origin: url, 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode));
        },
      );
      req.on('error', () => resolve(0));
      req.end(body);
    });
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const n = next++;
        const t = performance.now();
        const status = await post(JSON.stringify(record(n)));
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 201) {
          latencies.push(performance.now() - t);
          acked.push(n);
        } else errors++;
      }
    }),
  );
  agent.destroy();
  parentPort.postMessage({ latencies, acked, errors, statuses, next });
} else {
  const seconds = Number(process.argv[2] ?? 5);
  const backends = (process.argv[3] ?? 'memory,sqlite,postgres').split(',');
  const paths = (process.argv[4] ?? 'append,http').split(',');
  const levels = [1, 8, 32, 128, 256];
  const { openConsentLog, migrateConsentLog } = await import('../dist/index.js');
  const { cookiekit } = await import('@cookiekit/server/node');
  const { memorySink } = await import('@cookiekit/server');
  const { ensurePostgres } = await import(new URL('../../../scripts/test-env.mjs', import.meta.url).href);
  const { logPolicy: policy } = await import('@cookiekit/test-fixtures');

  const rows = [];
  const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');

  async function benchBackend(name, database, cleanup) {
    const log = database === 'memory' ? memorySink({ limit: 10_000_000 }) : await openConsentLog({ database, key: KEY });
    let id = 1;
    // The sink alone.
    for (const concurrency of database === 'memory' || !paths.includes('append') ? [] : levels) {
      const latencies = [];
      const end = Date.now() + seconds * 1000;
      const start = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (Date.now() < end) {
            const n = id++;
            const t = performance.now();
            await log.append({ ...record(n), receivedAt: new Date().toISOString(), policyHash: 'a'.repeat(64) });
            latencies.push(performance.now() - t);
          }
        }),
      );
      const elapsed = (performance.now() - start) / 1000;
      latencies.sort((a, b) => a - b);
      rows.push({ backend: name, mode: 'append', concurrency, rps: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors: 0 });
      console.error(`${name} append c=${concurrency}: ${fmt(latencies.length / elapsed)} rec/s`);
    }
    // Through the server's API.
    const ck = cookiekit({ policy, consentApi: { sink: log, rateLimit: false }, logger: { warn() {}, error() {} } });
    const server = http.createServer(ck.handler((_req, res) => { res.statusCode = 404; res.end(); }));
    server.keepAliveTimeout = 60_000;
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${server.address().port}`;
    const ackedAll = new Set();
    for (const concurrency of paths.includes('http') ? levels : []) {
      const worker = new Worker(new URL(import.meta.url), { workerData: { url, concurrency, seconds, firstId: id } });
      const start = performance.now();
      const result = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      const elapsed = (performance.now() - start) / 1000;
      id = result.next;
      for (const n of result.acked) ackedAll.add(pad('rec_', n));
      const latencies = result.latencies.sort((a, b) => a - b);
      rows.push({ backend: name, mode: 'POST /api/consent', concurrency, rps: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors: result.errors, statuses: result.statuses });
      console.error(`${name} http c=${concurrency}: ${fmt(latencies.length / elapsed)} rec/s ${JSON.stringify(result.statuses)}`);
    }
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    if (database === 'memory') return undefined;
    // Zero loss: every acknowledged record is stored, once; the chain verifies.
    const stored = new Set();
    let lines = 0;
    for await (const line of log.exportLines({})) {
      lines++;
      stored.add(JSON.parse(line).recordId);
    }
    const lost = [...ackedAll].filter((r) => !stored.has(r)).length;
    const report = await log.verify();
    await log.close();
    await cleanup();
    return { name, acknowledged: ackedAll.size, stored: lines, unique: stored.size, lost, verified: report.ok, batches: report.batches };
  }

  const dir = mkdtempSync(join(tmpdir(), 'cookiekit-bench-'));
  const checks = [];
  if (backends.includes('memory')) await benchBackend('memory (reference)', 'memory', async () => {});
  if (backends.includes('sqlite')) {
    checks.push(await benchBackend('sqlite', { sqlite: join(dir, 'bench.db') }, async () => rmSync(dir, { recursive: true, force: true })));
  }
  if (backends.includes('postgres')) {
    const url = ensurePostgres();
    const schema = `cklog_bench_${process.pid}`;
    await migrateConsentLog({ postgres: url, schema });
    const pg = (await import('pg')).default;
    checks.push(
      await benchBackend('postgres', { postgres: url, schema }, async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`);
        await client.end();
      }),
    );
  }

  const os = await import('node:os');
  console.log(`\nconsent-log throughput, ${seconds} s per step, closed loop (node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})\n`);
  console.log('| backend | path | concurrency | records/s | p50 ms | p99 ms | non-201 |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.backend} | ${r.mode} | ${r.concurrency} | ${Math.round(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.errors} |`);
  console.log('\n| backend | acknowledged via API | rows stored (all steps) | unique | lost | verify | batches |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- | ---: |');
  for (const c of checks) console.log(`| ${c.name} | ${c.acknowledged} | ${c.stored} | ${c.unique} | ${c.lost} | ${c.verified ? 'ok' : 'FAILED'} | ${c.batches} |`);
  if (checks.some((c) => c.lost > 0 || !c.verified || c.stored !== c.unique)) process.exitCode = 1;
}
