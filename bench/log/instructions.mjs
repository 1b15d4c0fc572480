// What a consent record costs the server, counted in instructions rather than timed: the log
// bench's server (server.mjs: node:http, the consent API, @cookiekit/consent-log) runs under
// valgrind's callgrind, with its SQLite writer process traced too. A count does not move with
// the machine's load or phase, where the ceiling of run.mjs moves by half within an hour on the
// bench machine (see bench/sections/log.md). The server runs with `--single-threaded-gc`, so the
// collector's work is on its main thread and counted. The figure is the main threads' (the
// server's and its writer's); the other threads are the compiler's, reported apart: V8 is still
// optimizing code some 10,000 records in (with --trace-opt, outside valgrind), hence the long
// warm-up.
//
// After a warm-up of WARM records, the counters of the server and of its writer are zeroed
// (`callgrind_control -z`), N records are sent through `POST /api/consent` by CONCURRENCY
// keep-alive connections (each sends its next record when the last one is acknowledged), and the
// counters are dumped. Every record must be acknowledged (201) and `verify()` must pass after.
//
// What it does not see: time in the kernel (sockets, the pipe to the writer, fsync), cache misses,
// and PostgreSQL's own work. Batches are as large as CONCURRENCY allows, not as under the
// ceiling's load, so compare figures of one CONCURRENCY only.
//
//   node log/instructions.mjs               (from bench/, after `pnpm build`; valgrind needed)
//
// Environment: BENCH_BACKENDS (sqlite; postgres uses the test cluster, see scripts/test-env.mjs),
// BENCH_LOG_INSTR_WARM (15000 records), BENCH_LOG_INSTR_N (3000), BENCH_LOG_INSTR_CONCURRENCY (32),
// BENCH_OUT_JSON. Each backend takes about 10 minutes.
import http from 'node:http';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consentRecord, createConsentStore, memoryStorage } from '@cookiekit/core';
import { migrateConsentLog } from '@cookiekit/consent-log';
import { policy } from 'example-policy';
import { env, smoke } from '../load.mjs';
import { childPids } from './proc.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BACKENDS = env('BENCH_BACKENDS', 'sqlite').split(',');
const WARM = Number(env('BENCH_LOG_INSTR_WARM', smoke ? 100 : 15000));
const N = Number(env('BENCH_LOG_INSTR_N', smoke ? 200 : 3000));
const CONCURRENCY = Number(env('BENCH_LOG_INSTR_CONCURRENCY', 32));
const KEY = randomBytes(32).toString('base64');

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('bench: valgrind is not installed (Debian package "valgrind"); this bench counts instructions with it');
  process.exit(2);
}

// The records a banner sends (as client.mjs sends them), each with its own record id and subject.
const templates = [(s) => s.acceptAll(), (s) => s.rejectAll(), (s) => s.save({ categories: { statistics: true, marketing: false } })].map((act) => {
  const store = createConsentStore({ policy, storage: memoryStorage(), signals: {} });
  return consentRecord({ consent: act(store), signals: {}, source: 'banner' }, 'en');
});

/** Sends `n` records from number `from` on, CONCURRENCY at a time; resolves with the count acknowledged. */
async function send(port, prefix, from, n) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const origin = `http://127.0.0.1:${port}`;
  let next = from;
  let acked = 0;
  const one = (i) =>
    new Promise((resolve, reject) => {
      const id = `${prefix}${String(i).padStart(9, '0')}`;
      const body = JSON.stringify({ ...templates[i % templates.length], recordId: id, subject: `v${id}` });
      const req = http.request(
        { host: '127.0.0.1', port, path: '/api/consent', method: 'POST', agent, headers: { 'content-type': 'application/json', origin } },
        (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 201 ? resolve() : reject(new Error(`bench: record ${id} answered ${res.statusCode}`))));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const worker = async () => {
    while (next < from + n) {
      await one(next++);
      acked++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  return acked;
}

const control = (pid, what) => {
  const r = spawnSync('callgrind_control', [what, String(pid)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench: callgrind_control ${what} ${pid} failed: ${r.stderr}`);
};

/**
 * The instructions of process `pid` in the dumps in `dir` (part 1: the dump after zeroing): its
 * main thread (`.1-01`, where the server's JavaScript, its I/O and, with --single-threaded-gc,
 * its collector run) and the rest of its threads (the compiler's, still compiling code that got
 * hot late; nothing of a record's own work runs there).
 */
function instructionsOf(dir, pid) {
  let main;
  let others = 0;
  for (const f of readdirSync(dir).filter((name) => name.startsWith(`cg.${pid}.`) && /\.1-\d+$/.test(name))) {
    const summary = /^summary:\s+(\d+)/m.exec(readFileSync(join(dir, f), 'utf8'));
    if (!summary) throw new Error(`bench: no summary line in ${f}`);
    if (f.endsWith('.1-01')) main = Number(summary[1]);
    else others += Number(summary[1]);
  }
  if (main === undefined) throw new Error(`bench: no callgrind dump of process ${pid}'s main thread in ${dir}`);
  return { main, others };
}

async function database(backend, dir) {
  if (backend === 'sqlite') return { database: join(dir, 'consent.db'), cleanup: async () => {} };
  const { ensurePostgres } = await import(new URL('../../scripts/test-env.mjs', import.meta.url).href);
  const url = ensurePostgres();
  const schema = `bench_log_instr_${process.pid}_${Date.now().toString(36)}`;
  await migrateConsentLog({ postgres: url, schema });
  const { default: pg } = await import('pg');
  return {
    database: { postgres: url, schema },
    async cleanup() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    },
  };
}

async function count(backend) {
  const dir = mkdtempSync(join(tmpdir(), 'cookiekit-log-instr-'));
  const db = await database(backend, dir);
  const child = spawn(
    'valgrind',
    [
      '--tool=callgrind',
      '--trace-children=yes',
      '--separate-threads=yes',
      '--smc-check=all-non-file',
      `--callgrind-out-file=${join(dir, 'cg.%p')}`,
      process.execPath,
      '--single-threaded-gc',
      join(here, 'server.mjs'),
      JSON.stringify({ database: db.database, key: KEY }),
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const ask = (message, key) =>
    new Promise((resolve) => {
      const on = (m) => {
        if (m && typeof m === 'object' && key in m) {
          child.off('message', on);
          resolve(m);
        }
      };
      child.on('message', on);
      child.send(message);
    });
  try {
    const { port } = await new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`bench: log/server.mjs under valgrind exited with ${code}: ${stderr}`)));
    });
    const prefix = `i${randomBytes(3).toString('hex')}-`;
    await send(port, prefix, 0, WARM);
    const pids = [child.pid, ...childPids(child.pid)];
    if (backend === 'sqlite' && pids.length < 2) throw new Error('bench: the SQLite writer process was not found');
    for (const pid of pids) control(pid, '-z');
    const acked = await send(port, prefix, WARM, N);
    for (const pid of pids) control(pid, '-d');
    const report = (await ask('verify', 'verify')).verify;
    if (!report.ok) throw new Error(`bench: verify failed after the count: ${JSON.stringify(report).slice(0, 300)}`);
    const server = instructionsOf(dir, child.pid);
    const writers = pids.slice(1).map((pid) => instructionsOf(dir, pid));
    const writer = writers.reduce((sum, w) => sum + w.main, 0) / N;
    const background = (server.others + writers.reduce((sum, w) => sum + w.others, 0)) / N;
    return { backend, acked, server: server.main / N, writer, total: server.main / N + writer, background };
  } finally {
    child.kill();
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    await db.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [];
const k = (x) => Math.round(x).toLocaleString('en');
for (const backend of BACKENDS) {
  const row = await count(backend);
  rows.push(row);
  console.log(
    `${backend.padEnd(9)} ${k(row.total)} instructions a record: the server ${k(row.server)}${backend === 'sqlite' ? `, its SQLite writer ${k(row.writer)}` : ''}; other threads ${k(row.background)} (${row.acked} of ${N} acknowledged)`,
  );
}
console.log(`${N} records counted after ${WARM} of warm-up, ${CONCURRENCY} at a time, main threads, the server with --single-threaded-gc`);
const out = env('BENCH_OUT_JSON', '');
if (out) writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, warm: WARM, n: N, concurrency: CONCURRENCY, rows }, null, 2)}\n`);
