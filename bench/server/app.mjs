// One minimal app, started in its own process by run.mjs: `node app.mjs <framework> <variant>`
// with framework node|express|fastify|hono and variant bare|loaded|noop|cookiekit (Express also floor,
// the least a response guard costs there: see apps.mjs). Listens on 127.0.0.1 at
// a free port and tells the parent over IPC; answers `cpu` messages with its CPU time so the
// parent can compute server CPU per request (robust where req/s is noisy).
//
// The two routes are those of apps.mjs: GET /plain (no Set-Cookie) and GET / (sets
// `_shop_stats`, the demo policy's refusable statistics cookie).
import http from 'node:http';
import { nodeHandler } from './apps.mjs';

const [framework, variant] = process.argv.slice(2);
if (
  !['node', 'express', 'fastify', 'hono'].includes(framework) ||
  !['bare', 'loaded', 'noop', 'cookiekit', ...(framework === 'express' ? ['floor'] : [])].includes(variant)
) {
  console.error('usage: node app.mjs node|express|fastify|hono bare|loaded|noop|cookiekit (express also floor)');
  process.exit(2);
}

// Quiet logger: the policy's `undeclaredCookies: 'warn'` must never print during a run.
const logger = { warn: (m) => process.stderr.write(`${m}\n`), error: (m) => process.stderr.write(`${m}\n`) };

// The app of apps.mjs (the same one the in-process adapters.mjs measures) behind node:http, as
// each framework's own `listen`/`serve` puts it (Fastify's `routing`, Hono's request listener).
async function start() {
  return listen(http.createServer(await nodeHandler(framework, variant, logger)));
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

const port = await start();
process.on('message', (m) => {
  if (m === 'cpu') {
    const u = process.cpuUsage();
    process.send({ cpu: u.user + u.system });
  }
});
// The parent going away ends this process too (no stray servers after a crash).
process.on('disconnect', () => process.exit(0));
process.send({ port });
