// What each adapter's middleware adds to one request, through the whole framework, in process
// (a process per framework) and without sockets: the framework's own Node handler (node:http handler, Express
// app, Fastify `routing`, Hono's `getRequestListener`) is called with a real IncomingMessage
// and ServerResponse, bare and with cookiekit, alternating, and process.cpuUsage() times each
// run. The figure is the difference per request: median with min–max over the rounds. CPU time,
// not wall time, so other work on a shared machine disturbs it less (it still slows caches).
// Many short rounds rather than a few long ones: a burst of other work spoils a round or two,
// which the median and the quartiles pass over; min–max is kept in the JSON.
//
//   node server/adapters.mjs [--smoke]        (from bench/, after `pnpm build`)
//   node --cpu-prof --cpu-prof-dir=/tmp/prof server/adapters.mjs   (profile; BENCH_FRAMEWORKS=express)
//
// Environment: BENCH_FRAMEWORKS (node,express,fastify,hono), BENCH_ROUTES (plain,stats),
// BENCH_ADAPTERS_N (2000 requests a run), BENCH_ADAPTERS_ROUNDS (41), BENCH_VARIANTS
// (bare,cookiekit; one variant alone is for profiling), BENCH_OUT_JSON.
// The same two routes and the same 438-byte Cookie header as `pnpm bench:server`.
import http from 'node:http';
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { nodeHandler } from './apps.mjs';
import { once, sendBatches } from './in-process.mjs';
import { COOKIE, REFUSING } from './visitor.mjs';

const smoke = process.argv.includes('--smoke');
const N = Number(process.env.BENCH_ADAPTERS_N ?? (smoke ? 500 : 2000));
const ROUNDS = Number(process.env.BENCH_ADAPTERS_ROUNDS ?? (smoke ? 3 : 41));
const FRAMEWORKS = (process.env.BENCH_FRAMEWORKS ?? 'node,express,fastify,hono').split(',');
const ROUTES = (process.env.BENCH_ROUTES ?? 'plain,stats').split(',');
const VARIANTS = (process.env.BENCH_VARIANTS ?? 'bare,cookiekit').split(',');

async function run(handler, url) {
  const started = process.cpuUsage();
  await sendBatches(handler, url, COOKIE, N);
  const u = process.cpuUsage(started);
  return (u.user + u.system) / N;
}

// The head as written (Fastify and Hono give their headers to writeHead, not setHeader).
const setCookies = (res) => (res._header ?? '').split('\r\n').filter((l) => /^set-cookie:/i.test(l)).join('\n');
const sorted = (a) => [...a].sort((x, y) => x - y);
const median = (a) => sorted(a)[Math.floor(a.length / 2)];
const quantile = (a, q) => sorted(a)[Math.floor((a.length - 1) * q)];
const quiet = { warn() {}, error() {} };

// Each framework in a process of its own: one that runs after Express in the same process
// inherits the heap Express's requests leave (tens of MB promoted), which measured Fastify's
// bare request at 5.7–8.8 µs and its added cost at 10–14 µs, against 2.5–2.8 and 2.0–2.5 µs
// alone (2026-12-03, load average 3–6). The children inherit this process's CPU affinity.
if (FRAMEWORKS.length > 1) {
  const { spawnSync } = await import('node:child_process');
  const { readFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const loadBefore = loadavg();
  const results = [];
  for (const framework of FRAMEWORKS) {
    const out = `${tmpdir()}/cookiekit-adapters-${process.pid}-${framework}.json`;
    const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      env: { ...process.env, BENCH_FRAMEWORKS: framework, BENCH_OUT_JSON: out },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (child.status !== 0) throw new Error(`bench: adapters.mjs for ${framework} failed (${child.status ?? child.signal})`);
    results.push(...JSON.parse(readFileSync(out, 'utf8')).results);
    rmSync(out, { force: true });
  }
  const loadAfter = loadavg();
  console.log(`${N} requests a run, ${ROUNDS} rounds, a process per framework; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(1)).join(' ')} after`);
  if (process.env.BENCH_OUT_JSON) {
    writeFileSync(process.env.BENCH_OUT_JSON, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, n: N, rounds: ROUNDS, loadBefore, loadAfter, results }, null, 2)}\n`);
  }
  process.exit(0);
}

const results = [];
const loadBefore = loadavg();
for (const framework of FRAMEWORKS) {
  const handlers = {};
  for (const v of VARIANTS) handlers[v] = await nodeHandler(framework, v, quiet);
  // Checked first: the page and its cookie, and the cookiekit variant really enforcing.
  for (const v of VARIANTS) {
    const res = await once(handlers[v], '/', COOKIE);
    if (res.statusCode !== 200 || !setCookies(res).includes('_shop_stats=v1')) throw new Error(`bench: ${framework} ${v} did not send the page with its cookie`);
    if (v === 'cookiekit') {
      const refused = await once(handlers[v], '/', REFUSING);
      if (setCookies(refused).includes('_shop_stats=v1')) throw new Error(`bench: ${framework} cookiekit did not enforce`);
    }
  }
  for (const route of ROUTES) {
    const url = route === 'plain' ? '/plain' : '/';
    for (const v of VARIANTS) await run(handlers[v], url); // warm-up
    const per = Object.fromEntries(VARIANTS.map((v) => [v, []]));
    const added = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const v of VARIANTS) per[v].push(await run(handlers[v], url));
      if (per.bare && per.cookiekit) added.push(per.cookiekit[r] - per.bare[r]);
    }
    const s = sorted(added);
    const row = {
      framework,
      route,
      bareUs: per.bare ? median(per.bare) : null,
      cookiekitUs: per.cookiekit ? median(per.cookiekit) : null,
      addedUs: added.length ? median(added) : null,
      minUs: added.length ? s[0] : null,
      maxUs: added.length ? s[s.length - 1] : null,
      q1Us: added.length ? quantile(added, 0.25) : null,
      q3Us: added.length ? quantile(added, 0.75) : null,
    };
    results.push(row);
    const f = (x) => (x === null ? '–' : x.toFixed(2));
    console.log(
      `${framework.padEnd(8)} ${route.padEnd(6)} bare ${f(row.bareUs)} µs, cookiekit ${f(row.cookiekitUs)} µs: added ${f(row.addedUs)} µs (quartiles ${f(row.q1Us)}–${f(row.q3Us)})`,
    );
  }
}
const loadAfter = loadavg();
console.log(`${N} requests a run, ${ROUNDS} rounds; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(1)).join(' ')} after`);
if (process.env.BENCH_OUT_JSON) {
  writeFileSync(process.env.BENCH_OUT_JSON, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, n: N, rounds: ROUNDS, loadBefore, loadAfter, results }, null, 2)}\n`);
}
