// Throughput cost of @cookiekit/server on a minimal app: Express, Fastify, Hono and node:http,
// each without ("bare") and with the cookiekit middleware, measured with autocannon on
// 127.0.0.1. Reported, not gated; the goal is at least 0.95 of the bare throughput.
//
//   pnpm bench:server                     (from the repository root: builds, then runs this)
//   node server/run.mjs [--smoke]         (from bench/, after `pnpm build`)
//
// Environment: BENCH_ROUNDS (5), BENCH_SECONDS (5 per run), BENCH_WARMUP_SECONDS (3),
// BENCH_CONNECTIONS (10), BENCH_FRAMEWORKS (node,express,fastify,hono), BENCH_ROUTES
// (plain,stats), BENCH_PIN (1), BENCH_COOKIE (realistic), BENCH_OUT (results/server.json). `--smoke`: 1 round of 100 requests per run
// (autocannon's duration has a 1 s floor), no timing value, for the test only.
//
// Method: each app is its own process, pinned to CPU 0 with taskset (when present); the
// autocannon client is one long-lived process pinned to CPU 1. For each framework and route, the
// bare and the cookiekit server are both up; a warm-up run of each is discarded, then the runs
// alternate bare, cookiekit, bare, cookiekit… so drift on a shared machine hits both alike.
// Figures: median req/s per variant, the ratio of the medians, the spread of the per-round
// ratios (min–max), median p99 latency, and the server's CPU time per request (from
// process.cpuUsage in the server, which a busy machine disturbs less than req/s).
import http from 'node:http';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consentCookieName, createConsentStore, decide, decodeConsent, memoryStorage } from '@cookiekit/core';
import { policy } from 'example-policy';
import { canPin, env, load, machine, median, readBaseline, resultPath, smoke, spawnPinned, version, writeResult } from '../load.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROUNDS = Number(env('BENCH_ROUNDS', smoke ? 1 : 5));
const SECONDS = Number(env('BENCH_SECONDS', 5));
const WARMUP = Number(env('BENCH_WARMUP_SECONDS', 3));
// Smoke runs count requests instead of seconds (autocannon stops on its 1 s sampling tick;
// smoke runs sample every 100 ms).
const AMOUNT = smoke ? 100 : undefined;
const CONNECTIONS = Number(env('BENCH_CONNECTIONS', 10));
const FRAMEWORKS = env('BENCH_FRAMEWORKS', 'node,express,fastify,hono').split(',');
const ROUTES = env('BENCH_ROUTES', 'plain,stats').split(',');
const OUT = resultPath('results/server.json');
// The earlier runs this one is printed beside: the throughput run the middleware's targets were
// set against, and the in-process adapter run before the Express change (both kept in results/).
const BASELINE = readBaseline('results/server-2026-11-29.json');
const ADAPTERS_BASELINE = readBaseline('results/adapters-2026-12-03-quiet.json', 'BENCH_ADAPTERS_BASELINE');
const GOAL = 0.95;
const PATHS = { plain: '/plain', stats: '/' };

// ---- the request's Cookie header: a returning visitor who allowed statistics ----
// The consent cookie is written by core's store (the codec the browser uses), granting
// statistics and refusing marketing; then the demo site's necessary cookies and the
// statistics cookies such a visitor carries. Carrying `_shop_stats*` means the middleware must
// check them against the choice on every request, the plain page included.
const storage = memoryStorage();
createConsentStore({ policy, storage, signals: {} }).save({ categories: { statistics: true, marketing: false } });
const cookieName = consentCookieName(policy);
{
  const d = decide(policy, decodeConsent(storage.value), {}, Date.now());
  if (d.ask || !d.categories.statistics || d.categories.marketing) throw new Error('bench: the consent cookie does not grant statistics only');
}
const NECESSARY = [
  `${cookieName}=${storage.value}`,
  'sessionid=k3v9x0q2m8w7e1r5t6y4u0i9o8p7a6s5',
  'csrftoken=Xq8vN2LmR4tY7uI0oP3aS6dF9gH1jK5lZ2xC4vB7nM0qW3eR6tY9uI2oP5aS8dF1',
  'django_language=en',
];
const ANALYTICS = [
  `_shop_stats=v1.${'7f3a9c2e1b4d6f80'}.${Date.now() - 86_400_000}`,
  `_shop_stats_ses1=${(Date.now() - 600_000).toString(36)}.3`,
  '_ga=GA1.1.1418453625.1732867200',
  '_ga_Q2W3E4R5T6=GS1.1.1732867200.4.1.1732869000.0.0.0',
];
// BENCH_COOKIE=necessary drops the analytics cookies (for comparison: then a page that sets no
// refusable cookie makes no decision at all).
const COOKIE_KIND = env('BENCH_COOKIE', 'realistic');
const COOKIE = (COOKIE_KIND === 'necessary' ? NECESSARY : [...NECESSARY, ...ANALYTICS]).join('; ');

// ---- child processes, pinned when taskset exists ----
// BENCH_PIN=0 lets the OS place server and client (for comparison; the default pins).
const taskset = env('BENCH_PIN', 1) !== '0' && canPin;
async function startServer(framework, variant) {
  const p = spawnPinned(here, 0, 'app.mjs', [framework, variant], taskset);
  const { port } = await p.next();
  return { ...p, variant, url: `http://127.0.0.1:${port}`, cpu: async () => (await p.ask('cpu')).cpu };
}

function get(url, headers = {}) {
  return new Promise((res, rej) => {
    http
      .get(url, { headers, agent: false }, (r) => {
        let body = '';
        r.setEncoding('utf8').on('data', (c) => (body += c)).on('end', () => res({ status: r.statusCode, headers: r.headers, body }));
      })
      .on('error', rej);
  });
}

// Both variants must serve the same thing, and the cookiekit one must really enforce: the
// statistics cookie leaves with the consent cookie and is dropped without it.
async function check(server, framework) {
  const setsStats = (r) => (r.headers['set-cookie'] ?? []).some((c) => c.startsWith('_shop_stats='));
  const withConsent = await get(`${server.url}/`, { cookie: COOKIE });
  const plain = await get(`${server.url}/plain`, { cookie: COOKIE });
  const anonymous = await get(`${server.url}/`);
  const fail = (what) => {
    throw new Error(`bench: ${framework} ${server.variant}: ${what}`);
  };
  if (withConsent.status !== 200 || plain.status !== 200) fail(`status ${withConsent.status}/${plain.status}`);
  if (!withConsent.body.includes('Smartbump shop') || plain.body !== withConsent.body) fail('unexpected body');
  if (!setsStats(withConsent)) fail('the statistics cookie did not leave although consent grants it');
  if (plain.headers['set-cookie']) fail(`/plain set cookies: ${plain.headers['set-cookie']}`);
  if (server.variant === 'cookiekit' && setsStats(anonymous)) fail('the statistics cookie left without consent: middleware not active');
  if (server.variant === 'bare' && !setsStats(anonymous)) fail('the bare app did not set the statistics cookie');
}


const client = spawnPinned(here, 1, 'client.mjs', [], taskset);
await client.next();

async function measure(server, path, seconds) {
  const before = await server.cpu();
  const r = await client.ask({ url: `${server.url}${path}`, connections: CONNECTIONS, seconds, amount: AMOUNT, sampleInt: AMOUNT ? 100 : 1000, headers: { cookie: COOKIE, accept: 'text/html' } });
  const after = await server.cpu();
  if (r.non2xx || r.errors || r.timeouts) throw new Error(`bench: ${server.url}${path}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
  return { ...r, serverCpuUs: (after - before) / r.total };
}

const startedAt = new Date().toISOString();
const t0 = performance.now();
const loadBefore = load();
const scenarios = [];
for (const framework of FRAMEWORKS) {
  const [bareServer, kitServer] = await Promise.all([startServer(framework, 'bare'), startServer(framework, 'cookiekit')]);
  const servers = { bare: bareServer, cookiekit: kitServer };
  try {
    for (const s of Object.values(servers)) await check(s, framework);
    for (const route of ROUTES) {
      const path = PATHS[route];
      const runs = { bare: [], cookiekit: [] };
      // Warm-up (JIT, connection set-up), discarded; skipped in smoke runs, whose figures mean nothing.
      if (!smoke) for (const v of ['bare', 'cookiekit']) await measure(servers[v], path, WARMUP);
      for (let round = 0; round < ROUNDS; round++) {
        for (const v of ['bare', 'cookiekit']) runs[v].push(await measure(servers[v], path, SECONDS));
      }
      const ratios = runs.bare.map((b, i) => runs.cookiekit[i].rps / b.rps);
      const summary = (rs) => ({
        rps: median(rs.map((r) => r.rps)),
        rpsMin: Math.min(...rs.map((r) => r.rps)),
        rpsMax: Math.max(...rs.map((r) => r.rps)),
        p50: median(rs.map((r) => r.p50)),
        p99: median(rs.map((r) => r.p99)),
        serverCpuUs: median(rs.map((r) => r.serverCpuUs)),
        clientCpu: Math.max(...rs.map((r) => r.clientCpu)),
      });
      const bare = summary(runs.bare);
      const kit = summary(runs.cookiekit);
      const scenario = {
        framework,
        route,
        path,
        bare,
        cookiekit: kit,
        ratio: kit.rps / bare.rps,
        ratioMin: Math.min(...ratios),
        ratioMax: Math.max(...ratios),
        cpuRatio: bare.serverCpuUs / kit.serverCpuUs,
        meetsGoal: kit.rps / bare.rps >= GOAL,
        runs,
      };
      scenarios.push(scenario);
      console.error(
        `[${((performance.now() - t0) / 1000).toFixed(1)} s] ${framework} ${path}: bare ${bare.rps.toFixed(0)} req/s, cookiekit ${kit.rps.toFixed(0)} req/s, ratio ${scenario.ratio.toFixed(3)} (${scenario.ratioMin.toFixed(3)}–${scenario.ratioMax.toFixed(3)})`,
      );
    }
  } finally {
    for (const s of Object.values(servers)) s.child.kill();
  }
}
client.child.disconnect();

// The middleware call itself (micro.mjs): below what the throughput runs above can resolve.
const microOut = `${OUT}.micro.tmp`;
{
  const args = ['server/micro.mjs', ...(smoke ? ['--smoke'] : [])];
  const [cmd, ...rest] = taskset ? ['taskset', '-c', '0', process.execPath, ...args] : [process.execPath, ...args];
  const { spawnSync } = await import('node:child_process');
  const run = spawnSync(cmd, rest, { cwd: dirname(here), env: { ...process.env, BENCH_OUT_JSON: microOut }, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`server/micro.mjs failed (${run.status ?? run.signal})`);
}
// Each adapter through its framework, in process (adapters.mjs): CPU added per request.
const adaptersOut = `${OUT}.adapters.tmp`;
{
  const args = ['server/adapters.mjs', ...(smoke ? ['--smoke'] : [])];
  const [cmd, ...rest] = taskset ? ['taskset', '-c', '0', process.execPath, ...args] : [process.execPath, ...args];
  const { spawnSync } = await import('node:child_process');
  const run = spawnSync(cmd, rest, { cwd: dirname(here), env: { ...process.env, BENCH_OUT_JSON: adaptersOut }, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`server/adapters.mjs failed (${run.status ?? run.signal})`);
}
// Each adapter through real sockets, a request at a time per connection (sockets.mjs): the
// per-request figure to read (bench/sections/server.md says why). It pins its servers itself.
const socketsOut = `${OUT}.sockets.tmp`;
{
  const { spawnSync } = await import('node:child_process');
  const run = spawnSync(process.execPath, ['server/sockets.mjs', ...(smoke ? ['--smoke'] : [])], { cwd: dirname(here), env: { ...process.env, BENCH_OUT_JSON: socketsOut }, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`server/sockets.mjs failed (${run.status ?? run.signal})`);
}
const { readFileSync, rmSync } = await import('node:fs');
const sockets = JSON.parse(readFileSync(socketsOut, 'utf8'));
rmSync(socketsOut, { force: true });
const micro = JSON.parse(readFileSync(microOut, 'utf8'));
rmSync(microOut, { force: true });
const adapters = JSON.parse(readFileSync(adaptersOut, 'utf8'));
rmSync(adaptersOut, { force: true });

const result = {
  bench: 'server',
  startedAt,
  finishedAt: new Date().toISOString(),
  smoke,
  goal: { ratioAtLeast: GOAL, gated: false },
  machine: machine({
    pinned: taskset ? { server: 0, client: 1 } : false,
    loadBefore,
    loadAfter: load(),
  }),
  method: {
    rounds: ROUNDS,
    secondsPerRun: AMOUNT ? null : SECONDS,
    requestsPerRun: AMOUNT ?? null,
    warmupSeconds: WARMUP,
    connections: CONNECTIONS,
    order: 'warm-up bare, warm-up cookiekit (discarded), then bare, cookiekit per round',
    cookieHeaderKind: COOKIE_KIND,
    cookieHeaderBytes: Buffer.byteLength(COOKIE),
    cookieHeader: COOKIE,
    versions: {
      autocannon: version('autocannon'),
      express: version('express'),
      fastify: version('fastify'),
      hono: version('hono'),
      '@hono/node-server': version('@hono/node-server'),
    },
  },
  scenarios,
  middlewareMicro: micro,
  adaptersMicro: adapters,
  adaptersSockets: sockets,
};
writeResult(OUT, result);

const f0 = (x) => x.toFixed(0);
const f1 = (x) => x.toFixed(1);
const f3 = (x) => x.toFixed(3);
console.log(
  `\n@cookiekit/server overhead: ${ROUNDS} rounds × ${SECONDS} s, ${CONNECTIONS} connections, Cookie header ${result.method.cookieHeaderBytes} bytes` +
    `\n${result.machine.cpu}, ${result.machine.cores} cores, node ${process.version}, ${taskset ? 'server on CPU 0, client on CPU 1' : 'not pinned'}, load ${loadBefore.join(' ')} → ${result.machine.loadAfter.join(' ')}\n`,
);
console.log('| framework | route | bare req/s | cookiekit req/s | ratio (median) | per-round ratio min–max | p99 ms bare / cookiekit | server CPU µs/req bare / cookiekit | ≥ 0.95 |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const s of scenarios) {
  console.log(
    `| ${s.framework} | \`${s.path}\`${s.route === 'stats' ? ' (sets statistics cookie)' : ''} | ${f0(s.bare.rps)} | ${f0(s.cookiekit.rps)} | ${f3(s.ratio)} | ${f3(s.ratioMin)}–${f3(s.ratioMax)} | ${f1(s.bare.p99)} / ${f1(s.cookiekit.p99)} | ${f1(s.bare.serverCpuUs)} / ${f1(s.cookiekit.serverCpuUs)} | ${s.meetsGoal ? 'yes' : 'no'} |`,
  );
}
const busyClient = scenarios.filter((s) => Math.max(s.bare.clientCpu, s.cookiekit.clientCpu) > 0.9);
if (busyClient.length) console.log(`\nNote: the client used > 90% of its core in ${busyClient.map((s) => `${s.framework} ${s.path}`).join(', ')}: there the client may be the limit.`);
console.log(`\nThe middleware call itself (node:http adapter, no HTTP), ${micro.n} requests × ${micro.rounds} rounds, alternating with a bare handler; CPU µs added per request, median (min–max):\n`);
console.log('| request and response | Cookie header bytes | added µs | min–max |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of micro.results) console.log(`| ${r.label} | ${r.cookieBytes} | ${r.addedUs.toFixed(2)} | ${r.minUs.toFixed(2)}–${r.maxUs.toFixed(2)} |`);
console.log(`\nEach adapter through its framework, in process, ${adapters.n} requests × ${adapters.rounds} rounds, alternating bare and cookiekit; CPU µs per request, median (quartiles of the added):\n`);
console.log('| framework | route | bare µs | cookiekit µs | added µs | quartiles |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const r of adapters.results) console.log(`| ${r.framework} | ${r.route} | ${r.bareUs.toFixed(2)} | ${r.cookiekitUs.toFixed(2)} | ${r.addedUs.toFixed(2)} | ${r.q1Us.toFixed(2)}–${r.q3Us.toFixed(2)} |`);
console.log(
  `\nEach adapter through real sockets (sockets.mjs), ${sockets.n} requests × ${sockets.rounds} rounds over ${sockets.connections} connections in each of ${sockets.processes ?? 1} sets of fresh servers, the ${sockets.pair.join(', ')} servers alternating; server CPU µs per request, median of every round (quartiles of the differences; then the median of each set of servers, since a server process keeps its own speed). "noop" is the same app with a middleware that only passes the request on: the framework's own price of one middleware, which no middleware can go below:\n`,
);
const overNoop = (r) => (r.overMiddle ? `${r.overMiddle.us.toFixed(2)} (${r.overMiddle.q1Us.toFixed(2)}–${r.overMiddle.q3Us.toFixed(2)})` : '—');
const byProcess = (r) => (r.processUs ?? [r.addedUs]).map((u) => u.toFixed(2)).join(' / ');
console.log('| framework | route | bare µs | noop µs | cookiekit µs | cookiekit − bare µs | quartiles | by set of servers | cookiekit − noop µs (quartiles) |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of sockets.results) {
  console.log(
    `| ${r.framework} | ${r.route} | ${r.firstUs.toFixed(2)} | ${r.middleUs?.toFixed(2) ?? '—'} | ${r.secondUs.toFixed(2)} | ${r.addedUs.toFixed(2)} | ${r.q1Us.toFixed(2)}–${r.q3Us.toFixed(2)} | ${byProcess(r)} | ${overNoop(r)} |`,
  );
}
if (BASELINE) {
  console.log(`\nBeside the earlier run (${BASELINE.path}, ${BASELINE.date}): server CPU µs a request the middleware adds (cookiekit − bare), and the ratio of medians with its per-round min–max:\n`);
  console.log('| framework | route | added µs before | added µs now | ratio before (min–max) | ratio now (min–max) |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const s of scenarios) {
    const b = BASELINE.run.scenarios?.find((x) => x.framework === s.framework && x.route === s.route);
    const added = (x) => f1(x.cookiekit.serverCpuUs - x.bare.serverCpuUs);
    const ratio = (x) => `${f3(x.ratio)} (${f3(x.ratioMin)}–${f3(x.ratioMax)})`;
    console.log(`| ${s.framework} | ${s.route} | ${b ? added(b) : '—'} | ${added(s)} | ${b ? ratio(b) : '—'} | ${ratio(s)} |`);
  }
}
if (ADAPTERS_BASELINE) {
  console.log(`\nIn process, beside the earlier run (${ADAPTERS_BASELINE.path}, ${ADAPTERS_BASELINE.date}): µs added a request, median (quartiles):\n`);
  console.log('| framework | route | added before | added now |');
  console.log('| --- | --- | ---: | ---: |');
  const cell = (r) => `${r.addedUs.toFixed(2)} (${r.q1Us.toFixed(2)}–${r.q3Us.toFixed(2)})`;
  for (const r of adapters.results) {
    const b = ADAPTERS_BASELINE.run.results?.find((x) => x.framework === r.framework && x.route === r.route);
    console.log(`| ${r.framework} | ${r.route} | ${b ? cell(b) : '—'} | ${cell(r)} |`);
  }
}
console.log(`\nJSON: ${OUT}`);
