// One minimal app, started in its own process by run.mjs: `node app.mjs <framework> <variant>`
// with framework node|express|fastify|hono and variant bare|cookiekit. Listens on 127.0.0.1 at
// a free port and tells the parent over IPC; answers `cpu` messages with its CPU time so the
// parent can compute server CPU per request (robust where req/s is noisy).
//
// Two routes, the same in every framework:
//   GET /plain  a small HTML page, no Set-Cookie
//   GET /       the same page plus `_shop_stats` (the demo policy's refusable statistics
//               cookie), so cookiekit has to decide whether it may leave
import http from 'node:http';
import { policy } from 'example-policy';

const [framework, variant] = process.argv.slice(2);
const kit = variant === 'cookiekit';
if (!['node', 'express', 'fastify', 'hono'].includes(framework) || !['bare', 'cookiekit'].includes(variant)) {
  console.error('usage: node app.mjs node|express|fastify|hono bare|cookiekit');
  process.exit(2);
}

// A small page, as a minimal app would send; the same bytes everywhere.
const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head><body><h1>Smartbump shop</h1><p>Hello.</p></body></html>';
const STATS = { name: '_shop_stats', value: 'v1.1c2f9a', maxAge: 34_128_000 };
const STATS_HEADER = `${STATS.name}=${STATS.value}; Max-Age=${STATS.maxAge}; Path=/; SameSite=Lax`;
// Quiet logger: the policy's `undeclaredCookies: 'warn'` must never print during a run.
const logger = { warn: (m) => process.stderr.write(`${m}\n`), error: (m) => process.stderr.write(`${m}\n`) };

async function start() {
  if (framework === 'node') {
    const app = (req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      if (req.url === '/') res.setHeader('set-cookie', STATS_HEADER);
      res.end(PAGE);
    };
    const { cookiekit } = await import('@cookiekit/server/node');
    const handler = kit ? cookiekit({ policy, logger }).handler(app) : app;
    return listen(http.createServer(handler));
  }
  if (framework === 'express') {
    const { default: express } = await import('express');
    const app = express();
    // ETags cost a hash per response in both variants; off so the app stays minimal.
    app.set('etag', false);
    app.set('x-powered-by', false);
    if (kit) app.use((await import('@cookiekit/server/express')).cookiekit({ policy, logger }));
    app.get('/plain', (_req, res) => res.type('html').send(PAGE));
    app.get('/', (_req, res) => res.cookie(STATS.name, STATS.value, { maxAge: STATS.maxAge * 1000, path: '/', sameSite: 'lax' }).type('html').send(PAGE));
    return listen(http.createServer(app));
  }
  if (framework === 'fastify') {
    const { default: Fastify } = await import('fastify');
    const app = Fastify({ logger: false });
    if (kit) await app.register((await import('@cookiekit/server/fastify')).cookiekit, { policy, logger });
    app.get('/plain', (_req, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
    app.get('/', (_req, reply) => reply.header('set-cookie', STATS_HEADER).type('text/html; charset=utf-8').send(PAGE));
    await app.listen({ port: 0, host: '127.0.0.1' });
    return app.server.address().port;
  }
  // hono
  const { Hono } = await import('hono');
  const { setCookie } = await import('hono/cookie');
  const { serve } = await import('@hono/node-server');
  const app = new Hono();
  if (kit) app.use((await import('@cookiekit/server/hono')).cookiekit({ policy, logger }));
  app.get('/plain', (c) => c.html(PAGE));
  app.get('/', (c) => {
    setCookie(c, STATS.name, STATS.value, { maxAge: STATS.maxAge, path: '/', sameSite: 'Lax' });
    return c.html(PAGE);
  });
  return new Promise((resolve) => {
    serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
  });
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
