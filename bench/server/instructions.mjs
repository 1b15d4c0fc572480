// The middleware's own work per request, counted in instructions rather than timed: each app
// (apps.mjs, as app.mjs serves it) runs under valgrind's callgrind, which counts every
// instruction the server's main thread executes; the count does not move with the machine's
// load, so two builds or two variants compare within about 0.5 % where the socket harness
// (sockets.mjs) spreads by tens of percent on Express. The server runs with
// `--single-threaded-gc`, so the collector's work is on the main thread and counted too (the
// compiler's background threads are not: they compile once). After a warm-up the counters are
// zeroed (`callgrind_control -z`), N requests are sent over two keep-alive connections with the
// bench's 438-byte Cookie header, and the counters are dumped.
//
// What it does not see: time the kernel spends (sockets, page faults) and what memory costs
// (cache misses, pages touched). On Express those are most of what the middleware adds in time:
// see bench/sections/server.md.
//
//   node server/instructions.mjs              (from bench/, after `pnpm build`; valgrind needed)
//
// Environment: BENCH_FRAMEWORKS (node,express,fastify,hono), BENCH_ROUTES (plain),
// BENCH_INSTR_VARIANTS (noop,cookiekit; on Express also floor, listed between them), BENCH_INSTR_WARM (6000 requests), BENCH_INSTR_N (8000),
// BENCH_INSTR_CACHE (1: simulate the caches too, and report misses a request; several times
// slower), BENCH_OUT_JSON. A run of the four frameworks takes about 20 minutes.
import http from 'node:http';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { env, smoke } from '../load.mjs';
import { COOKIE } from './visitor.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FRAMEWORKS = env('BENCH_FRAMEWORKS', 'node,express,fastify,hono').split(',');
const ROUTES = env('BENCH_ROUTES', 'plain').split(',');
const VARIANTS = env('BENCH_INSTR_VARIANTS', 'noop,cookiekit').split(',');
const WARM = Number(env('BENCH_INSTR_WARM', smoke ? 200 : 6000));
const N = Number(env('BENCH_INSTR_N', smoke ? 200 : 8000));
const PATHS = { plain: '/plain', stats: '/' };
// With BENCH_INSTR_CACHE=1, callgrind also simulates the caches (its guess of this machine's):
// each variant's misses a request are reported beside its instructions.
const CACHE = env('BENCH_INSTR_CACHE', '0') === '1';

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('bench: valgrind is not installed (Debian package "valgrind"); this bench counts instructions with it');
  process.exit(2);
}

/** `n` GET requests over two keep-alive connections, one at a time on each. */
async function load(port, path, n) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const headers = { cookie: COOKIE, 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64)', accept: 'text/html', 'accept-language': 'en' };
  const one = () =>
    new Promise((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, agent, headers }, (res) => {
          if (res.statusCode !== 200) reject(new Error(`bench: ${path} answered ${res.statusCode}`));
          res.resume();
          res.on('end', resolve);
        })
        .on('error', reject);
    });
  for (let i = 0; i < n / 2; i++) await Promise.all([one(), one()]);
  agent.destroy();
}

const control = (pid, what) => {
  const r = spawnSync('callgrind_control', [what, String(pid)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench: callgrind_control ${what} failed: ${r.stderr}`);
};

/** Instructions of the server's main thread per request, for one framework, variant and route. */
async function count(framework, variant, route) {
  const dir = mkdtempSync(join(tmpdir(), 'cookiekit-instr-'));
  const child = spawn(
    'valgrind',
    ['--tool=callgrind', ...(CACHE ? ['--cache-sim=yes'] : []), '--separate-threads=yes', '--smc-check=all-non-file', `--callgrind-out-file=${join(dir, 'cg.%p')}`, process.execPath, '--single-threaded-gc', join(here, 'app.mjs'), framework, variant],
    { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  try {
    const { port } = await new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`bench: app.mjs under valgrind exited with ${code}: ${stderr}`)));
    });
    const path = PATHS[route];
    await load(port, path, WARM);
    control(child.pid, '-z');
    await load(port, path, N);
    control(child.pid, '-d');
    // The dump of the main thread: cg.<pid>.1-01 (part 1, thread 1).
    const file = readdirSync(dir).find((f) => f.endsWith('.1-01'));
    if (!file) throw new Error(`bench: no callgrind dump of the main thread in ${dir}`);
    const text = readFileSync(join(dir, file), 'utf8');
    const summary = /^summary:\s+([\d ]+)$/m.exec(text);
    const events = /^events:\s+(.+)$/m.exec(text);
    if (!summary || !events) throw new Error(`bench: no summary or events line in ${file}`);
    const counts = summary[1].trim().split(/\s+/).map(Number);
    return Object.fromEntries(events[1].trim().split(/\s+/).map((event, i) => [event, (counts[i] ?? 0) / N]));
  } finally {
    child.kill();
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [];
for (const framework of FRAMEWORKS) {
  for (const route of ROUTES) {
    const per = {};
    const cache = {};
    for (const variant of VARIANTS) {
      const events = await count(framework, variant, route);
      per[variant] = events.Ir;
      if (CACHE) cache[variant] = events;
    }
    const [first, last] = [VARIANTS[0], VARIANTS.at(-1)];
    const added = per[last] - per[first];
    rows.push({ framework, route, instructions: per, added, ...(CACHE ? { cache } : {}) });
    console.log(
      `${framework.padEnd(8)} ${route.padEnd(6)} ${VARIANTS.map((v) => `${v} ${Math.round(per[v]).toLocaleString('en')}`).join(', ')} instructions a request: ${last} − ${first} ${Math.round(added).toLocaleString('en')}`,
    );
    // Misses a request in the simulated first-level instruction and data caches, and the last level.
    if (CACHE) {
      for (const v of VARIANTS) {
        const c = cache[v];
        console.log(`  ${v.padEnd(10)} misses a request: L1 instructions ${Math.round(c.I1mr)}, L1 data ${Math.round(c.D1mr + c.D1mw)}, last level ${Math.round(c.ILmr + c.DLmr + c.DLmw)}`);
      }
    }
  }
}
console.log(`${N} requests counted after ${WARM} of warm-up, server main thread, --single-threaded-gc${CACHE ? ', caches simulated' : ''}`);
const out = env('BENCH_OUT_JSON', '');
if (out) writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, warm: WARM, n: N, rows }, null, 2)}\n`);
