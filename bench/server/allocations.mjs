// What the middleware allocates a request, in bytes, through each framework in process (the
// harness of adapters.mjs: a real IncomingMessage and ServerResponse, no socket). On Express every
// byte a request allocates may be copied and promoted by the collector (sections/server.md), so
// this is the figure to cut there; timing cannot resolve it.
//
// Each framework, route and variant (bare, cookiekit) runs in a process of its own: a warm-up,
// then V8's sampling heap profiler (through the inspector, keeping the samples of objects already
// collected, so it counts what was allocated, not what is still alive) over exactly N requests.
// The report gives bytes a request: everything (cookiekit − bare is what the middleware adds,
// the framework's own price of one more middleware included), and the part allocated in
// cookiekit's own functions (and the built-ins they call), by function.
//
//   node server/allocations.mjs [--smoke]      (from bench/, after `pnpm build`)
//
// Environment: BENCH_FRAMEWORKS (node,express,fastify,hono), BENCH_ROUTES (plain,stats),
// BENCH_ALLOC_N (20000 requests sampled), BENCH_ALLOC_WARM (5000), BENCH_ALLOC_INTERVAL (64:
// bytes between samples, on average), BENCH_ALLOC_TOP (8 functions listed), BENCH_OUT_JSON.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { nodeHandler } from './apps.mjs';
import { sendBatches } from './in-process.mjs';
import { COOKIE } from './visitor.mjs';

const smoke = process.argv.includes('--smoke');
const N = Number(process.env.BENCH_ALLOC_N ?? (smoke ? 500 : 20_000));
const WARM = Number(process.env.BENCH_ALLOC_WARM ?? (smoke ? 200 : 5000));
const INTERVAL = Number(process.env.BENCH_ALLOC_INTERVAL ?? 64);
const TOP = Number(process.env.BENCH_ALLOC_TOP ?? 8);
const FRAMEWORKS = (process.env.BENCH_FRAMEWORKS ?? 'node,express,fastify,hono').split(',');
const ROUTES = (process.env.BENCH_ROUTES ?? 'plain,stats').split(',');
const quiet = { warn() {}, error() {} };

/** A profile node's function, named as the report prints it. */
const frameName = (frame) => `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/packages\//, '').replace(/^file:\/\//, '')}:${frame.lineNumber + 1}`;
/** cookiekit's own code: the workspace packages' builds, not what they import from node_modules. */
const isCookiekit = (url) => /\/packages\/[^/]+\/dist\//.test(url) && !url.includes('/node_modules/');

/**
 * Bytes in a sampling heap profile: all of them, and those allocated in cookiekit's functions or
 * in built-ins (frames without a script) they called, by function.
 */
function attribute(profile) {
  let total = 0;
  const own = new Map();
  const walk = (node, owner) => {
    const frame = node.callFrame;
    const here = frame.url ? (isCookiekit(frame.url) ? frameName(frame) : undefined) : owner;
    total += node.selfSize;
    if (here && node.selfSize) own.set(here, (own.get(here) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, here);
  };
  walk(profile.head, undefined);
  return { total, own };
}

// A child: one framework, route and variant, warmed up, then N requests sampled.
if (process.env.BENCH_ALLOC_CHILD) {
  const [framework, route, variant] = process.env.BENCH_ALLOC_CHILD.split(',');
  const handler = await nodeHandler(framework, variant, quiet);
  const url = route === 'plain' ? '/plain' : '/';
  const send = (n) => sendBatches(handler, url, COOKIE, n);
  await send(WARM);
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: INTERVAL,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await send(N);
  const { profile } = await session.post('HeapProfiler.stopSampling');
  const { total, own } = attribute(profile);
  process.send({ total: total / N, own: [...own].map(([name, bytes]) => ({ name, bytes: bytes / N })).sort((a, b) => b.bytes - a.bytes) });
  process.exit(0);
}

const here = fileURLToPath(import.meta.url);
/** Runs one framework, route and variant in a child process; resolves with its figures. */
function measure(framework, route, variant) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [here], {
      env: { ...process.env, BENCH_ALLOC_CHILD: `${framework},${route},${variant}` },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result;
    child.on('message', (m) => (result = m));
    child.on('exit', (code, signal) =>
      code === 0 && result ? resolve(result) : reject(new Error(`bench: allocations for ${framework} ${route} ${variant} failed (${signal ?? code})`)),
    );
  });
}

const results = [];
for (const framework of FRAMEWORKS) {
  for (const route of ROUTES) {
    const bare = await measure(framework, route, 'bare');
    const cookiekit = await measure(framework, route, 'cookiekit');
    const ownTotal = cookiekit.own.reduce((sum, f) => sum + f.bytes, 0);
    results.push({ framework, route, bareBytes: bare.total, cookiekitBytes: cookiekit.total, addedBytes: cookiekit.total - bare.total, ownBytes: ownTotal, own: cookiekit.own.slice(0, TOP) });
    console.log(
      `${framework.padEnd(8)} ${route.padEnd(6)} bare ${bare.total.toFixed(0)} B, cookiekit ${cookiekit.total.toFixed(0)} B a request: added ${(cookiekit.total - bare.total).toFixed(0)} B, of it in cookiekit's functions ${ownTotal.toFixed(0)} B`,
    );
    for (const f of cookiekit.own.slice(0, TOP)) console.log(`    ${f.bytes.toFixed(0).padStart(5)} B  ${f.name}`);
  }
}
console.log(`${N} requests sampled after ${WARM} of warm-up, a process per framework, route and variant; sampling interval ${INTERVAL} B`);
if (process.env.BENCH_OUT_JSON) {
  writeFileSync(process.env.BENCH_OUT_JSON, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, n: N, warm: WARM, interval: INTERVAL, results }, null, 2)}\n`);
}
