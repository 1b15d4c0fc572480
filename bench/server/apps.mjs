// The minimal app of the server benches, the same in every framework, as a Node request
// handler `(req, res)`: used by app.mjs (behind a real server) and adapters.mjs (in process).
//
// Two routes:
//   GET /plain  a small HTML page, no Set-Cookie
//   GET /       the same page plus `_shop_stats` (the demo policy's refusable statistics
//               cookie), so cookiekit has to decide whether it may leave
import http from 'node:http';
import { policy } from 'example-policy';

// A small page, as a minimal app would send; the same bytes everywhere.
export const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head><body><h1>Smartbump shop</h1><p>Hello.</p></body></html>';
const STATS = { name: '_shop_stats', value: 'v1.1c2f9a', maxAge: 34_128_000 };
const STATS_HEADER = `${STATS.name}=${STATS.value}; Max-Age=${STATS.maxAge}; Path=/; SameSite=Lax`;

/** The kits of `loaded` apps, kept alive for the process's life. */
export const loadedKits = [];

/**
 * The app on `framework` (node|express|fastify|hono), `variant` bare, bare beside an unmounted kit
 * (`loaded`), with a no-op middleware,
 * or with the cookiekit middleware on the demo policy (and, on Express, `floor`: see
 * `expressFloor`), as a Node request handler.
 */
export async function nodeHandler(framework, variant, logger) {
  // `loaded`: the bare app in a process that also holds a cookiekit kit, made and kept but not
  // mounted. Its modules and data are in the heap as with cookiekit, so `cookiekit − loaded` is what
  // the middleware's work adds a request, apart from what its presence in memory costs (on Express,
  // a request's time grows with the process's live heap: see sections/server.md).
  if (variant === 'loaded') {
    const { createCookieKit } = await import('@cookiekit/server');
    loadedKits.push(createCookieKit({ policy, logger }));
    return nodeHandler(framework, 'bare', logger);
  }
  const kit = variant === 'cookiekit';
  // `noop`: a middleware that only passes the request on, the framework's own price of one.
  const noop = variant === 'noop';
  if (framework === 'node') {
    const app = (req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      if (req.url === '/') res.setHeader('set-cookie', STATS_HEADER);
      res.end(PAGE);
    };
    const { cookiekit } = await import('@cookiekit/server/node');
    if (noop) return (req, res) => app(req, res);
    return kit ? cookiekit({ policy, logger }).handler(app) : app;
  }
  if (framework === 'express') {
    const { default: express } = await import('express');
    const app = express();
    // ETags cost a hash per response in both variants; off so the app stays minimal.
    app.set('etag', false);
    app.set('x-powered-by', false);
    if (kit) app.use((await import('@cookiekit/server/express')).cookiekit({ policy, logger }));
    if (noop) app.use((_req, _res, next) => next());
    if (variant === 'floor') app.use(expressFloor());
    app.get('/plain', (_req, res) => res.type('html').send(PAGE));
    app.get('/', (_req, res) => res.cookie(STATS.name, STATS.value, { maxAge: STATS.maxAge * 1000, path: '/', sameSite: 'lax' }).type('html').send(PAGE));
    return app;
  }
  if (framework === 'fastify') {
    const { default: Fastify } = await import('fastify');
    const app = Fastify({ logger: false });
    if (kit) await app.register((await import('@cookiekit/server/fastify')).cookiekit, { policy, logger });
    // cookiekit's plugin is one onRequest hook: the no-op is one too.
    if (noop) app.addHook('onRequest', (_req, _reply, done) => done());
    app.get('/plain', (_req, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
    app.get('/', (_req, reply) => reply.header('set-cookie', STATS_HEADER).type('text/html; charset=utf-8').send(PAGE));
    await app.ready();
    // Fastify's own handler of a Node server's requests (what `listen` hands to node:http).
    return app.routing;
  }
  if (framework === 'hono') {
    const { Hono } = await import('hono');
    const { setCookie } = await import('hono/cookie');
    const { getRequestListener } = await import('@hono/node-server');
    const app = new Hono();
    if (kit) app.use((await import('@cookiekit/server/hono')).cookiekit({ policy, logger }));
    if (noop) app.use(async (_c, next) => next());
    app.get('/plain', (c) => c.html(PAGE));
    app.get('/', (c) => {
      setCookie(c, STATS.name, STATS.value, { maxAge: STATS.maxAge, path: '/', sameSite: 'Lax' });
      return c.html(PAGE);
    });
    // What `serve` from @hono/node-server hands to node:http.
    return getRequestListener(app.fetch);
  }
  throw new Error(`unknown framework ${framework}`);
}

/**
 * The `floor` variant (Express only), for comparison, not a guard: the least a response guard
 * costs on Express the way cookiekit's is tied to it. One small object a response in
 * `res.locals`, and a `writeHead` wrapper on Node's `ServerResponse.prototype` that finds it
 * there; it reads no consent and judges nothing.
 */
export function expressFloor() {
  class Guard {
    constructor(req) {
      this.req = req;
      this.judged = false;
    }
  }
  const writeHead = http.ServerResponse.prototype.writeHead;
  http.ServerResponse.prototype.writeHead = function floorWriteHead(...args) {
    const guard = this.locals?.floorGuard;
    if (guard instanceof Guard) guard.judged = true;
    return writeHead.apply(this, args);
  };
  return (req, res, next) => {
    res.locals.floorGuard = new Guard(req);
    next();
  };
}
