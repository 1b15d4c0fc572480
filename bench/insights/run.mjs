#!/usr/bin/env node
// Consent insights at scale: a year of decisions loaded through `appendMany` (the same chain links
// and rollups as `append`), then `insights()` latency, rollup rebuild time, database size, and the
// append cost of the rollups. Not a test, not gated.
//
//   pnpm --filter @cookiekit/consent-log build
//   node bench/insights/run.mjs [records=1000000] [backends=sqlite,postgres] [cost-records=100000] [--steps=cost,load,query] [--keep]
//
// Steps: `cost` (the rollups' append cost, on two small fresh logs), `load` (a fresh log of
// <records>), `query` (insights() latency, rebuild time, database size of that log). `--keep`
// keeps the loaded log (the SQLite file under the system's temporary folder, or the PostgreSQL
// schema bench_insights_<records>) so a later `--steps=query` measures it again, for example
// after an upgrade that migrates it; without `--keep` the log is deleted at the end.
//
// Writes bench/results/insights-<records>.json (BENCH_OUT overrides), merging into the runs an
// earlier step wrote there, and prints a summary. Each figure carries the load average.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateConsentLog, openConsentLog } from '@cookiekit/consent-log';

const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const N = Number(args[0] ?? 1_000_000);
const BACKENDS = (args[1] ?? 'sqlite,postgres').split(',');
const COST = Math.min(N, Number(args[2] ?? 100_000));
const STEPS = (flags.find((f) => f.startsWith('--steps='))?.slice(8) ?? 'cost,load,query').split(',');
const KEEP = flags.includes('--keep');
for (const step of STEPS) if (!['cost', 'load', 'query'].includes(step)) throw new Error(`Unknown step ${step}: use cost, load, query.`);
/** The 1-minute load average, beside each figure (the machine is shared). */
const load = () => Math.round(loadavg()[0] * 10) / 10;
const KEY = 'bench-key-0123456789abcdefghijklmnopqrstuvwxyz';
const DAY = 86_400_000;
const START = Date.UTC(2025, 11, 1);
const SPAN = 365 * DAY;
const pad = (prefix, n) => `${prefix}${String(n).padStart(16, '0')}`;
const METHODS = ['accept-all', 'accept-all', 'accept-all', 'reject-all', 'reject-all', 'custom', 'custom', 'withdraw', 'gpc'];
const REVISIONS = ['2025-11-01', '2026-03-15', '2026-08-01'];

/** Record `i` of `n`, received in order across the year. */
function record(i, n, prefix = 'rec_') {
  const ms = START + Math.floor((i * SPAN) / n);
  const method = METHODS[(i * 7) % METHODS.length];
  const all = method === 'accept-all';
  const none = method === 'reject-all' || method === 'withdraw' || method === 'gpc';
  const at = new Date(ms).toISOString();
  return {
    recordId: pad(prefix, i),
    subject: pad('subj_', i % 200_000),
    revision: REVISIONS[ms < Date.UTC(2026, 2, 15) ? 0 : ms < Date.UTC(2026, 7, 1) ? 1 : 2],
    method,
    categories: { necessary: true, statistics: all || (!none && i % 2 === 0), marketing: all || (!none && i % 5 === 0) },
    services: { analytics: all || (!none && i % 2 === 0) },
    language: ['en', 'de', 'fr'][i % 3],
    signals: { gpc: method === 'gpc' },
    source: 'banner',
    decidedAt: at,
    receivedAt: at,
    policyHash: 'a'.repeat(64),
    regime: i % 10 === 0 ? 'opt-out' : 'opt-in',
    region: i % 10 === 0 ? 'US-CA' : 'DE',
  };
}

function* records(from, to, n, prefix) {
  for (let i = from; i < to; i++) yield record(i, n, prefix);
}

/** The density of the cost step: 10 million decisions a year (about 1,140 an hour), the target scale. */
const COST_DENSITY = 10_000_000;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (v, d = 1) => Math.round(v * 10 ** d) / 10 ** d;

/** A fresh log, or with `kept` the log of N records kept by `--keep` (`fresh` empties it first). */
async function store(backend, { kept = false, fresh = true } = {}) {
  if (backend === 'sqlite') {
    const dir = kept ? join(tmpdir(), `cookiekit-insights-bench-${N}`) : mkdtempSync(join(tmpdir(), 'cookiekit-insights-bench-'));
    if (kept && fresh) rmSync(dir, { recursive: true, force: true });
    if (kept && !fresh && !existsSync(join(dir, 'consent.db'))) throw new Error(`No kept log at ${dir}: run --steps=load --keep first.`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'consent.db');
    const database = { sqlite: file, synchronous: 'normal' };
    const m0 = performance.now();
    const { applied } = kept && !fresh ? await migrateConsentLog(database) : { applied: [] };
    return {
      database,
      migrated: { applied, seconds: round((performance.now() - m0) / 1000) },
      size: async () => ['', '-wal'].reduce((s, ext) => s + (existsSync(file + ext) ? statSync(file + ext).size : 0), 0),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const { ensurePostgres } = await import(new URL('../../scripts/test-env.mjs', import.meta.url).href);
  const url = ensurePostgres();
  const schema = kept ? `bench_insights_${N}` : `bench_insights_${process.pid}_${Date.now().toString(36)}`;
  const pg = (await import('pg')).default;
  const query = async (text) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text)).rows;
    } finally {
      await client.end();
    }
  };
  const database = { postgres: url, schema };
  if (kept && fresh) await query(`drop schema if exists ${schema} cascade`);
  if (kept && !fresh && (await query(`select 1 from pg_namespace where nspname = '${schema}'`)).length === 0) {
    throw new Error(`No kept log in schema ${schema}: run --steps=load --keep first.`);
  }
  // On a kept log this applies the migrations it lacks (timed: they may fill new tables).
  const m0 = performance.now();
  const { applied } = await migrateConsentLog(database);
  const migrated = { applied, seconds: round((performance.now() - m0) / 1000) };
  return {
    database,
    size: async () =>
      Number(
        (await query(`select sum(pg_total_relation_size(c.oid)) as n from pg_class c join pg_namespace s on s.oid = c.relnamespace where s.nspname = '${schema}' and c.relkind = 'r'`))[0].n,
      ),
    migrated,
    cleanup: () => query(`drop schema if exists ${schema} cascade`),
  };
}

const IMPORT = { batchDelayMs: 0, maxBatchSize: 2000 };

async function timeImport(log, from, to, n, prefix) {
  const t = performance.now();
  await log.appendMany(records(from, to, n, prefix));
  return (performance.now() - t) / 1000;
}

async function bench(backend) {
  const out = { backend, records: N };
  // 1. The append cost of the rollups: two fresh logs, with and without, importing the same
  // records in alternating slices (so load on the machine falls on both alike).
  if (STEPS.includes('cost')) {
    const loadBefore = load();
    const a = await store(backend);
    const b = await store(backend);
    const without = await openConsentLog({ database: a.database, key: KEY, rollups: false, ...IMPORT });
    const withR = await openConsentLog({ database: b.database, key: KEY, ...IMPORT });
    let tWithout = 0;
    let tWith = 0;
    // Twenty slices, each imported by both logs, the first one alternating, so a burst of load
    // from elsewhere falls on one pair; the median of the pairs' ratios is what is reported.
    const ratios = [];
    const slice = Math.ceil(COST / 20);
    for (let s = 0, n = 0; s < COST; s += slice, n++) {
      const e = Math.min(COST, s + slice);
      let a1;
      let b1;
      if (n % 2 === 0) {
        a1 = await timeImport(without, s, e, COST_DENSITY, 'cost_');
        b1 = await timeImport(withR, s, e, COST_DENSITY, 'cost_');
      } else {
        b1 = await timeImport(withR, s, e, COST_DENSITY, 'cost_');
        a1 = await timeImport(without, s, e, COST_DENSITY, 'cost_');
      }
      tWithout += a1;
      tWith += b1;
      ratios.push(b1 / a1);
    }
    ratios.sort((x, y) => x - y);
    await without.close();
    await withR.close();
    await a.cleanup();
    await b.cleanup();
    out.appendCost = {
      records: COST,
      withoutRollupsPerSecond: Math.round(COST / tWithout),
      withRollupsPerSecond: Math.round(COST / tWith),
      rollupCost: round((percentile(ratios, 50) - 1) * 100),
      rollupCostOfTotals: round((tWith / tWithout - 1) * 100),
      slices: ratios.length,
      loadAverage: [loadBefore, load()],
    };
    console.log(backend, 'append cost', out.appendCost);
  }
  if (!STEPS.includes('load') && !STEPS.includes('query')) return out;
  // 2. The full load, with rollups, a year of decisions.
  const s = await store(backend, { kept: KEEP || !STEPS.includes('load'), fresh: STEPS.includes('load') });
  try {
    if (STEPS.includes('load')) {
      const loadBefore = load();
      const log = await openConsentLog({ database: s.database, key: KEY, ...IMPORT });
      const t = performance.now();
      const chunk = 100_000;
      for (let i = 0; i < N; i += chunk) {
        await log.appendMany(records(i, Math.min(N, i + chunk), N));
        if (i % 500_000 === 0) console.log(backend, 'loaded', Math.min(N, i + chunk), `${round((performance.now() - t) / 1000)} s`, `load ${load()}`);
      }
      out.loadSeconds = round((performance.now() - t) / 1000);
      out.loadPerSecond = Math.round(N / out.loadSeconds);
      out.loadLoadAverage = [loadBefore, load()];
      await log.close();
      console.log(backend, 'load', out.loadPerSecond, 'records/s');
    } else {
      out.migrated = s.migrated;
      console.log(backend, 'migrations on the kept log', s.migrated);
    }
    if (STEPS.includes('query')) {
      const log = await openConsentLog({ database: s.database, key: KEY, ...IMPORT });
      // 3. insights() latency: the last 1, 30 and 365 days, daily buckets, up to the end of the
      // log's last day (the year's end once the whole year is loaded).
      out.insights = {};
      const last = (await log.insights({ from: START, to: START + DAY })).span.last;
      const end = last === null ? START + SPAN : Date.parse(last) + DAY;
      out.insightsEnd = new Date(end).toISOString();
      // UTC days read day rollups; another time zone's days are cut from hour rollups (24 times the
      // rows), so they are timed too, in a zone with a daylight-saving change inside the year.
      const ranges = [
        { name: '1d', days: 1 },
        { name: '30d', days: 30 },
        { name: '365d', days: 365 },
        { name: '30d New York', days: 30, timeZone: 'America/New_York' },
        { name: '365d New York', days: 365, timeZone: 'America/New_York' },
      ];
      for (const { name, days, timeZone } of ranges) {
        const q = { from: end - days * DAY, to: end, ...(timeZone ? { timeZone } : {}) };
        for (let w = 0; w < 3; w++) await log.insights(q);
        const times = [];
        let total = 0;
        const loadBefore = load();
        for (let r = 0; r < 50; r++) {
          const t0 = performance.now();
          const res = await log.insights(q);
          times.push(performance.now() - t0);
          total = res.buckets.reduce((sum, b) => sum + (b.total ?? 0), 0);
        }
        times.sort((x, y) => x - y);
        out.insights[name] = { medianMs: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)), decisions: total, loadAverage: [loadBefore, load()] };
        console.log(backend, `insights ${name}`, out.insights[name]);
      }
      // 4. Rebuild from the records.
      const loadBefore = load();
      const r0 = performance.now();
      const rebuilt = await log.rebuildRollups();
      out.rebuildSeconds = round((performance.now() - r0) / 1000);
      out.rebuiltRecords = rebuilt.records;
      out.rebuildLoadAverage = [loadBefore, load()];
      console.log(backend, 'rebuild', out.rebuildSeconds, 's');
      await log.close();
    }
    out.databaseBytes = await s.size();
    out.databaseMB = round(out.databaseBytes / 1e6);
  } finally {
    if (!KEEP) await s.cleanup();
  }
  return out;
}

const file = process.env.BENCH_OUT ?? new URL(`../results/insights-${N}.json`, import.meta.url).pathname;
// A later step (say `--steps=query` after `--steps=load --keep`) adds to the runs an earlier one wrote.
// The file is read again just before each write, so two runs at once (a load per backend) keep
// each other's figures.
let results;
for (const backend of BACKENDS) {
  const out = await bench(backend);
  results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { records: N, runs: [] };
  Object.assign(results, { date: new Date().toISOString(), node: process.version, costRecords: COST });
  const run = results.runs.find((r) => r.backend === backend);
  if (run) Object.assign(run, out, { steps: [...new Set([...(run.steps ?? []), ...STEPS])] });
  else results.runs.push({ ...out, steps: STEPS });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
console.log(JSON.stringify(results, null, 2));
