// Smoke test of `pnpm bench:server`: the smallest run (one round of 100 requests per app) must
// finish and write well-formed results for every framework, route and variant. The figures of
// such a run mean nothing; only their shape is checked.
import { execFile } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const bench = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bench-server-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('runs every framework with and without cookiekit and reports figures', async () => {
  const out = join(dir, 'server.json');
  const { stdout } = await promisify(execFile)(process.execPath, ['server/run.mjs', '--smoke'], {
    cwd: bench,
    // Settings from the caller's environment must not change the smallest run.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BENCH_'))), BENCH_OUT: out },
  });
  const result = JSON.parse(readFileSync(out, 'utf8'));
  expect(result.smoke).toBe(true);
  expect(result.machine.cores).toBeGreaterThan(0);
  const names = result.scenarios.map((s) => `${s.framework} ${s.route}`).sort();
  expect(names).toEqual(['express plain', 'express stats', 'fastify plain', 'fastify stats', 'hono plain', 'hono stats', 'node plain', 'node stats']);
  for (const s of result.scenarios) {
    for (const v of [s.bare, s.cookiekit]) {
      expect(v.rps).toBeGreaterThan(0);
      expect(v.serverCpuUs).toBeGreaterThan(0);
      expect(Number.isFinite(v.p99)).toBe(true);
    }
    expect(s.ratio).toBeGreaterThan(0);
    expect(s.runs.bare.every((r) => r.total >= 100)).toBe(true);
  }
  expect(stdout).toContain('| framework | route |');
  // The middleware microbench, in the same run: each case, with a finite added cost.
  expect(result.middlewareMicro.results.map((r) => r.case)).toEqual(['necessary-none', 'realistic-none', 'realistic-stats']);
  for (const r of result.middlewareMicro.results) expect(Number.isFinite(r.addedUs) && r.minUs <= r.maxUs).toBe(true);
  expect(stdout).toContain('| request and response |');
  // Each adapter through its framework (adapters.mjs), both routes, with finite figures.
  expect(result.adaptersMicro.results.map((r) => `${r.framework} ${r.route}`).sort()).toEqual(names);
  for (const r of result.adaptersMicro.results) expect(r.bareUs > 0 && r.cookiekitUs > 0 && Number.isFinite(r.addedUs) && r.q1Us <= r.q3Us).toBe(true);
  expect(stdout).toContain('| framework | route | bare µs |');
  // Each adapter through real sockets (sockets.mjs), both routes, with finite figures.
  expect(result.adaptersSockets.results.map((r) => `${r.framework} ${r.route}`).sort()).toEqual(names);
  for (const r of result.adaptersSockets.results) expect(r.firstUs > 0 && r.secondUs > 0 && Number.isFinite(r.addedUs) && r.q1Us <= r.q3Us).toBe(true);
  // With the no-op middleware beside them: the framework's own price of one middleware.
  expect(result.adaptersSockets.pair).toEqual(['bare', 'noop', 'cookiekit']);
  for (const r of result.adaptersSockets.results) expect(r.middleUs > 0 && Number.isFinite(r.overMiddle.us) && r.overMiddle.q1Us <= r.overMiddle.q3Us).toBe(true);
  expect(stdout).toContain('| framework | route | bare µs | noop µs | cookiekit µs |');
  expect(stdout).toContain('Each adapter through real sockets');
  // Beside the earlier runs kept in results/: the same framework and route, with the earlier figure.
  expect(stdout).toContain('Beside the earlier run (results/server-2026-11-29.json, 2026-11-29)');
  expect(stdout).toMatch(/\| express \| plain \| \d+\.\d \| -?\d+\.\d \| \d\.\d{3} \(/);
  expect(stdout).toMatch(/\| hono \| stats \| \d+\.\d\d \(\d+\.\d\d–\d+\.\d\d\) \| -?\d+\.\d\d \(/);
  // About 15 s on a quiet machine (3 s of them the adapters microbench), plus 11 s of the
  // sockets run at load 8; 51 s at load 18 on 2 cores before the sockets run: the margin is
  // for a busy one.
}, 120_000);

// Fresh servers several times (BENCH_SOCKETS_PROCESSES): one median a set, and the rounds of
// every set pooled, with a 95 % interval that holds the pooled median.
it('sockets.mjs starts fresh servers for each process set and reports each set’s median', async () => {
  const out = join(dir, 'sockets.json');
  await promisify(execFile)(process.execPath, ['server/sockets.mjs', '--smoke'], {
    cwd: bench,
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BENCH_'))),
      BENCH_FRAMEWORKS: 'node',
      BENCH_SOCKETS_PAIR: 'loaded,cookiekit',
      BENCH_SOCKETS_PROCESSES: '2',
      BENCH_SOCKETS_ROUNDS: '3',
      BENCH_OUT_JSON: out,
    },
  });
  const result = JSON.parse(readFileSync(out, 'utf8'));
  expect(result.processes).toBe(2);
  expect(result.results.map((r) => r.route)).toEqual(['plain', 'stats']);
  for (const r of result.results) {
    expect(r.processUs).toHaveLength(2);
    expect(r.processUs.every(Number.isFinite)).toBe(true);
    // Six rounds pooled: the interval is drawn from them and holds their median.
    expect(r.ciLowUs <= r.addedUs && r.addedUs <= r.ciHighUs).toBe(true);
    expect(r.minUs <= r.ciLowUs && r.ciHighUs <= r.maxUs).toBe(true);
  }
}, 60_000);

// The `floor` variant is what Express's instruction counts are compared with (sections/server.md):
// it must serve the same page and reach its per-response object from `writeHead`, as cookiekit's
// guard does, or the comparison means nothing.
it('the Express floor reaches each response’s object from writeHead and serves the bare page; other frameworks refuse it', async () => {
  const { default: express } = await import('express');
  const { expressFloor, PAGE } = await import('../server/apps.mjs');
  const app = express();
  app.use(expressFloor());
  const judged = [];
  app.get('/plain', (_req, res) => {
    res.on('finish', () => judged.push(res.locals.floorGuard?.judged));
    res.type('html').send(PAGE);
  });
  const server = http.createServer(app);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const base = `http://127.0.0.1:${server.address().port}`;
    for (let i = 0; i < 2; i++) expect(await (await fetch(`${base}/plain`)).text()).toBe(PAGE);
    expect(judged).toEqual([true, true]);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  const refused = await promisify(execFile)(process.execPath, ['server/app.mjs', 'node', 'floor'], { cwd: bench }).catch((error) => error);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('express also floor');
});

// The `loaded` variant is what separates the middleware's work from its presence in memory: the
// bare app, unguarded, in a process that holds a kit. If it mounted the middleware, or held no
// kit, `cookiekit − loaded` would measure something else.
it('the loaded variant serves the bare, unguarded app beside a kit it keeps', async () => {
  const { nodeHandler, loadedKits, PAGE } = await import('../server/apps.mjs');
  const { REFUSING } = await import('../server/visitor.mjs');
  const kits = loadedKits.length;
  const server = http.createServer(await nodeHandler('express', 'loaded', { warn() {}, error() {} }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const answer = await fetch(`http://127.0.0.1:${server.address().port}/`, { headers: { cookie: REFUSING } });
    expect(await answer.text()).toBe(PAGE);
    // A visitor who refused statistics still gets `_shop_stats`: nothing judges the response.
    expect(answer.headers.getSetCookie().some((c) => c.startsWith('_shop_stats='))).toBe(true);
    expect(loadedKits.length).toBe(kits + 1);
    expect(typeof loadedKits.at(-1).matchRoute).toBe('function');
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

// allocations.mjs: what the middleware allocates a request, sampled by V8's heap profiler. The
// smallest run must give each route's bytes, with cookiekit's own functions named among them.
it('reports the bytes the middleware allocates a request, and where in cookiekit', async () => {
  const out = join(dir, 'allocations.json');
  await promisify(execFile)(process.execPath, ['server/allocations.mjs', '--smoke'], {
    cwd: bench,
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BENCH_'))), BENCH_FRAMEWORKS: 'node', BENCH_OUT_JSON: out },
  });
  const result = JSON.parse(readFileSync(out, 'utf8'));
  expect(result.results.map((r) => `${r.framework} ${r.route}`)).toEqual(['node plain', 'node stats']);
  for (const r of result.results) {
    // A request through node:http allocates kilobytes whatever the middleware does.
    expect(r.bareBytes).toBeGreaterThan(1000);
    expect(Number.isFinite(r.addedBytes)).toBe(true);
  }
  // Judging the statistics cookie allocates in cookiekit's functions, and the report names them.
  const stats = result.results.find((r) => r.route === 'stats');
  expect(stats.ownBytes).toBeGreaterThan(0);
  expect(stats.own.some((f) => /server\/dist\//.test(f.name))).toBe(true);
}, 60_000);
