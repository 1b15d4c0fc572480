import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { afterEach, describe, expect, it } from 'vitest';
import { createCookieKit, createCookiekit } from './kit';
import { cookiekit as expressCookiekit } from './express';
import { cookiekit as fastifyCookiekit } from './fastify';
import { cookiekit as honoCookiekit } from './hono';
import { cookiekit as nodeCookiekit } from './node';
import { memorySink } from './memory-sink';
import { consentCookie, policy } from './test/policy';
import { ADAPTERS, rawRequest, setNames, startServer, type TestServer } from './test/servers';
import { handleFetch } from './web';

const quiet = { warn: () => {}, error: () => {} };
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

const validRecord = () => ({
  recordId: `r${Date.now()}abcdefghijklmnop`,
  subject: 'subjectAAAAAAAAAAAAAAA',
  revision: policy.revision,
  method: 'reject-all',
  categories: { statistics: false, marketing: false },
  services: {},
  language: 'fr',
  signals: { gpc: true },
  source: 'banner',
  decidedAt: '2026-11-02T10:00:00.000Z',
});

describe('node:http', () => {
  it('judges cookies given to writeHead as a headers object, as Fastify and many libraries do', async () => {
    const server: TestServer = await startServer('node', { policy, logger: quiet });
    closers.push(() => server.close());
    const q = ['sessionid=s', '_adp_uid=u', '_shop_stats=1'].map((c) => `c=${encodeURIComponent(c)}`).join('&');
    const res = await fetch(`${server.url}/set-head?${q}`);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(setNames(res.headers.getSetCookie())).toEqual(['sessionid']);
  });
});

describe('{ kit }: one kit made by createCookieKit, passed to every adapter the same way', () => {
  let n = 0;
  const record = () => ({ ...validRecord(), recordId: `rec${++n}abcdefghijklmnopqrstu`.slice(0, 24) });
  const send = (url: string, body: string) => fetch(`${url}/api/consent`, { method: 'POST', headers: { origin: url }, body });

  it('every adapter takes { kit }: one sink and one rate limit across all of them', async () => {
    const sink = memorySink();
    const kit = createCookieKit({ policy, logger: quiet, consentApi: { sink, rateLimit: { max: ADAPTERS.length } } });
    const servers = await Promise.all(ADAPTERS.map((adapter) => startServer(adapter, { kit })));
    closers.push(...servers.map((server) => server.close));
    for (const server of servers) expect([server.adapter, (await send(server.url, JSON.stringify(record()))).status]).toEqual([server.adapter, 201]);
    expect(sink.records).toHaveLength(ADAPTERS.length);
    // Same client, same limiter: the next request to any of them is over the limit.
    expect((await send(servers.at(-1)!.url, JSON.stringify(record()))).status).toBe(429);
  });

  it('the adapters run the kit they are given', () => {
    const kit = createCookieKit({ policy, logger: quiet });
    expect(nodeCookiekit({ kit }).kit).toBe(kit);
    expect(expressCookiekit({ kit }).kit).toBe(kit);
    expect(honoCookiekit({ kit }).kit).toBe(kit);
    // The former ways, deprecated: a bare kit (node:http, Express, handleFetch).
    expect(nodeCookiekit(kit).kit).toBe(kit);
    expect(expressCookiekit(kit).kit).toBe(kit);
  });

  it('a bare kit still works with handleFetch (deprecated), as { kit } does', async () => {
    const kit = createCookieKit({ policy, logger: quiet });
    const request = () => new Request('https://shop.test/', { headers: { cookie: `cookies_preferences=${consentCookie('rejectAll')}; _adp_uid=1` } });
    const app = () => new Response('app', { headers: [['set-cookie', '_shop_stats=1']] });
    for (const res of [await handleFetch(kit, request(), app), await handleFetch({ kit }, request(), app)]) {
      expect(await res.text()).toBe('app');
      expect(setNames(res.headers.getSetCookie())).toEqual([]);
      expect(res.headers.getSetCookie()[0]).toMatch(/^_adp_uid=; Max-Age=0/);
    }
  });

  it('refuses a `kit` that is not a kit, with a clear error, on every adapter', async () => {
    const notKit = { kit: { policy } } as never;
    expect(() => nodeCookiekit(notKit)).toThrow(/`kit` must be a kit made by createCookieKit/);
    expect(() => expressCookiekit(notKit)).toThrow(/`kit` must be a kit/);
    expect(() => honoCookiekit(notKit)).toThrow(/`kit` must be a kit/);
    await expect(handleFetch(notKit, new Request('https://shop.test/'), () => new Response('app'))).rejects.toThrow(/`kit` must be a kit/);
    const app = Fastify();
    await expect(app.register(fastifyCookiekit, notKit)).rejects.toThrow(/`kit` must be a kit/);
    await app.close();
  });

  it('createCookiekit, the former spelling, is createCookieKit', () => {
    expect(createCookiekit).toBe(createCookieKit);
  });
});

describe('Express', () => {
  it('works with writeHead wrapped by other middleware before and after it (as on-headers does)', async () => {
    const calls: string[] = [];
    const wrap = (label: string) => (_req: unknown, res: import('node:http').ServerResponse, next: () => void) => {
      const inner = res.writeHead;
      res.writeHead = function (this: typeof res, ...args: unknown[]) {
        calls.push(label);
        return (inner as (...a: unknown[]) => typeof res).apply(this, args);
      } as typeof res.writeHead;
      next();
    };
    const app = express();
    app.use(wrap('before'), expressCookiekit({ policy, logger: quiet }), wrap('after'));
    // Its own writeHead makes the response's guard its own too; templates still get their state.
    const drawn: unknown[] = [];
    app.get('/', (_req, res) => {
      drawn.push(res.locals.cookiekitHtml.banner.includes('role="dialog"'));
      res.cookie('st_player', 'p');
      res.cookie('sessionid', 's');
      res.send('ok');
    });
    const url = await listen(createServer(app));
    for (let i = 0; i < 3; i++) {
      const res = await fetch(url);
      expect(await res.text()).toBe('ok');
      expect(setNames(res.headers.getSetCookie())).toEqual(['sessionid']);
    }
    expect(calls).toEqual(['after', 'before', 'after', 'before', 'after', 'before']);
    expect(drawn).toEqual([true, true, true]);
  });

  it('mounted twice, still enforces once and answers', async () => {
    const app = express();
    const mw = expressCookiekit({ policy, logger: quiet });
    app.use(mw, mw);
    app.get('/', (_req, res) => {
      res.cookie('_adp_uid', 'u');
      res.cookie('csrftoken', 't');
      res.send('ok');
    });
    const url = await listen(createServer(app));
    const res = await fetch(url);
    expect(await res.text()).toBe('ok');
    expect(setNames(res.headers.getSetCookie())).toEqual(['csrftoken']);
  });

  it("adds no own property to Express's request or response (each would cost them a hidden class of their own), and req.cookiekit still answers", async () => {
    const own: unknown[] = [];
    const app = express();
    app.use(expressCookiekit({ policy, logger: quiet }));
    app.get('/', (req, res) => {
      own.push(Object.hasOwn(req, 'cookiekit'), Object.hasOwn(res, 'writeHead'), Object.getOwnPropertySymbols(res).some((s) => s.description === 'cookiekit.guard'));
      res.cookie('_adp_uid', 'u');
      res.send(req.cookiekit.decision.ask ? 'ask' : 'known');
    });
    const url = await listen(createServer(app));
    for (let i = 0; i < 2; i++) {
      const res = await fetch(url);
      expect(await res.text()).toBe('ask');
      expect(res.headers.getSetCookie()).toEqual([]);
    }
    expect(own).toEqual([false, false, false, false, false, false]);
  });

  it("keeps its state out of what templates see, and enforces a response whose res.locals the application replaced (req.cookiekit still one consent)", async () => {
    const seen: unknown[] = [];
    const app = express();
    app.use(expressCookiekit({ policy, logger: quiet }));
    app.get('/keys', (_req, res) => {
      res.send(JSON.stringify([Object.keys(res.locals), Object.getOwnPropertySymbols({ ...res.locals }).length]));
    });
    app.get('/:replace', (req, res) => {
      (res as { locals: unknown }).locals = req.params.replace === 'object' ? {} : undefined;
      seen.push(req.cookiekit === req.cookiekit);
      res.cookie('_adp_uid', 'u');
      res.cookie('csrftoken', 't');
      res.send(String(req.cookiekit.allowed('marketing')));
    });
    const url = await listen(createServer(app));
    expect(await (await fetch(`${url}/keys`)).text()).toBe('[["cookiekitHtml"],0]');
    for (const replace of ['object', 'none']) {
      const refused = await fetch(`${url}/${replace}`);
      expect(await refused.text()).toBe('false');
      expect(setNames(refused.headers.getSetCookie())).toEqual(['csrftoken']);
      const granted = await fetch(`${url}/${replace}`, { headers: { cookie: `cookies_preferences=${consentCookie({ categories: { marketing: true } })}` } });
      expect(await granted.text()).toBe('true');
      expect(setNames(granted.headers.getSetCookie())).toEqual(['_adp_uid', 'csrftoken']);
    }
    expect(seen).toEqual([true, true, true, true]);
  });

  it('enforces responses written inside a mounted sub-app and router, and leaves an app without cookiekit alone', async () => {
    const sub = express();
    sub.get('/page', (req, res) => {
      res.cookie('_adp_uid', 'u');
      res.cookie('csrftoken', 't');
      res.send(String(req.cookiekit.allowed('marketing')));
    });
    const router = express.Router();
    router.get('/page', (_req, res) => {
      res.cookie('_adp_uid', 'u');
      res.send('router');
    });
    const app = express();
    app.use(expressCookiekit({ policy, logger: quiet }));
    app.use('/sub', sub);
    app.use('/router', router);
    const url = await listen(createServer(app));
    const inSub = await fetch(`${url}/sub/page`);
    expect(await inSub.text()).toBe('false');
    expect(setNames(inSub.headers.getSetCookie())).toEqual(['csrftoken']);
    const inRouter = await fetch(`${url}/router/page`);
    expect(await inRouter.text()).toBe('router');
    expect(inRouter.headers.getSetCookie()).toEqual([]);
    const granted = await fetch(`${url}/sub/page`, { headers: { cookie: `cookies_preferences=${consentCookie({ categories: { marketing: true } })}` } });
    expect(await granted.text()).toBe('true');
    expect(setNames(granted.headers.getSetCookie())).toEqual(['_adp_uid', 'csrftoken']);
    // Another Express app in the same process, without cookiekit: its cookies leave untouched.
    const other = express();
    other.get('/', (req, res) => {
      res.cookie('_adp_uid', 'u');
      res.send(String((req as { cookiekit?: unknown }).cookiekit));
    });
    const otherUrl = await listen(createServer(other));
    const untouched = await fetch(otherUrl);
    expect(await untouched.text()).toBe('undefined');
    expect(setNames(untouched.headers.getSetCookie())).toEqual(['_adp_uid']);
  });

  it('C6: behind a trusted proxy, deletions of refused cookies carry Secure: the request view asks Express for the scheme while the request lives', async () => {
    const app = express();
    app.set('trust proxy', 'loopback');
    app.use(expressCookiekit({ policy, logger: quiet }));
    app.get('/', (_req, res) => res.send('ok'));
    const url = await listen(createServer(app));
    const cookie = `cookies_preferences=${consentCookie({ categories: { marketing: false } })}; _adp_uid=u`;
    const deletions = async (proto: string) =>
      (await fetch(url, { headers: { cookie, 'x-forwarded-proto': proto } })).headers.getSetCookie().filter((c) => c.startsWith('_adp_uid=;'));
    const overHttps = await deletions('https');
    expect(overHttps.length).toBeGreaterThan(0);
    expect(overHttps.every((c) => c.includes('; Secure'))).toBe(true);
    const overHttp = await deletions('http');
    expect(overHttp.length).toBeGreaterThan(0);
    expect(overHttp.some((c) => c.includes('; Secure'))).toBe(false);
  });

  it('enforces res.cookie', async () => {
    const server = await startServer('express', { policy, logger: quiet });
    closers.push(server.close);
    const refused = await fetch(`${server.url}/express-cookie`);
    expect(refused.headers.getSetCookie()).toEqual([]);
    const granted = await fetch(`${server.url}/express-cookie`, {
      headers: { cookie: `cookies_preferences=${consentCookie({ categories: { statistics: true } })}` },
    });
    expect(setNames(granted.headers.getSetCookie())).toEqual(['_shop_stats']);
  });

  it('uses a body express.json() already parsed, still within 8 kB', async () => {
    const sink = memorySink();
    const app = express();
    app.use(express.json({ limit: '1mb' }));
    app.use(expressCookiekit({ policy, logger: quiet, consentApi: { sink } }));
    const url = await listen(createServer(app));
    const ok = await fetch(`${url}/api/consent`, {
      method: 'POST',
      headers: { origin: url, 'content-type': 'application/json' },
      body: JSON.stringify(validRecord()),
    });
    expect(ok.status).toBe(201);
    const big = await fetch(`${url}/api/consent`, {
      method: 'POST',
      headers: { origin: url, 'content-type': 'application/json' },
      body: JSON.stringify({ ...validRecord(), pad: 'x'.repeat(9000) }),
    });
    expect(big.status).toBe(413);
    expect(sink.records).toHaveLength(1);
  });
});

describe('Fastify', () => {
  it('answers its routes on an app with no matching route, before any body parsing', async () => {
    const sink = memorySink();
    const app = Fastify();
    await app.register(fastifyCookiekit, { policy, logger: quiet, consentApi: { sink } });
    app.get('/', (request) => ({ ask: request.cookiekit.decision.ask }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => app.close());
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    expect(await (await fetch(`${url}/.well-known/gpc.json`)).json()).toEqual({ gpc: true, lastUpdate: '2026-11-01' });
    expect(await (await fetch(`${url}/`)).json()).toEqual({ ask: true });
    const res = await fetch(`${url}/api/consent`, {
      method: 'POST',
      headers: { origin: url, 'content-type': 'text/plain' }, // a type Fastify would refuse with 415
      body: JSON.stringify(validRecord()),
    });
    expect(res.status).toBe(201);
    expect((await fetch(`${url}/nowhere`)).status).toBe(404);
  });

  it('enforces cookies set with reply.header on a thrown error too', async () => {
    const app = Fastify();
    await app.register(fastifyCookiekit, { kit: createCookieKit({ policy, logger: quiet }) });
    app.get('/boom', async (_request, reply) => {
      reply.header('set-cookie', ['_adp_uid=u', 'sessionid=s']);
      throw new Error('boom');
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => app.close());
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const res = await fetch(`${url}/boom`);
    expect(res.status).toBe(500); // the app's own error, not cookiekit's
    expect(setNames(res.headers.getSetCookie())).toEqual(['sessionid']);
  });
});

describe('Hono', () => {
  it('enforces setCookie from hono/cookie and an immutable (redirect) response', async () => {
    const app = new Hono();
    app.use(honoCookiekit({ policy, logger: quiet }));
    app.get('/c', (c) => {
      setCookie(c, '_adp_uid', 'u', { httpOnly: true });
      setCookie(c, 'sessionid', 's');
      return c.text('ok');
    });
    app.get('/r', () => {
      const res = Response.redirect('http://127.0.0.1/elsewhere', 302);
      return res; // immutable headers
    });
    const server = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
    });
    closers.push(() => new Promise((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(setNames((await fetch(`${url}/c`)).headers.getSetCookie())).toEqual(['sessionid']);
    const withdrawn = await fetch(`${url}/r`, {
      redirect: 'manual',
      headers: { cookie: `cookies_preferences=${consentCookie('withdraw')}; st_player=1` },
    });
    expect(withdrawn.status).toBe(302);
    expect(withdrawn.headers.getSetCookie()).toEqual([
      'st_player=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
      // The request path's ancestors too: a cookie set there without a Path lives on it.
      'st_player=; Max-Age=0; Path=/r; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    ]);
  });
});

describe('Hono on Node', () => {
  const serveHono = async (app: Hono) => {
    const server = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
    });
    closers.push(() => new Promise((resolve) => server.close(() => resolve())));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  const appWith = (kit: Parameters<typeof honoCookiekit>[0]) => {
    const app = new Hono();
    app.use(honoCookiekit(kit));
    // The response's own Vary and Set-Cookie, in the plain headers @hono/node-server writes as they are.
    app.get('/', () => new Response('ok', { headers: [['vary', 'Accept-Encoding'], ['set-cookie', '_adp_uid=u'], ['set-cookie', 'sessionid=s']] }));
    return app;
  };

  it('C1: enforces on the response Node writes: a refused cookie is dropped, the necessary one and the Vary stay', async () => {
    const url = await serveHono(appWith({ policy, logger: quiet }));
    const res = await fetch(url);
    expect(setNames(res.headers.getSetCookie())).toEqual(['sessionid']);
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(await res.text()).toBe('ok');
  });

  it('C25: with region headers the response keeps its own Vary and gets the region headers added', async () => {
    const regional = { ...policy, regions: { regimes: { EEA: 'opt-in' as const }, table: true } };
    const url = await serveHono(appWith({ policy: regional, region: 'cloudflare', logger: quiet }));
    const res = await fetch(url, { headers: { 'cf-ipcountry': 'DE' } });
    expect(setNames(res.headers.getSetCookie())).toEqual(['sessionid']);
    expect(res.headers.get('vary')?.split(/,\s*/)).toEqual(['Accept-Encoding', 'cf-ipcountry', 'cf-region-code']);
  });
});

describe('handleFetch (Web Request/Response, edge runtimes)', () => {
  it('serves routes, exposes the consent and enforces Set-Cookie without any Node API', async () => {
    const kit = createCookieKit({ policy, logger: quiet, consentApi: { sink: memorySink() } });
    const gpc = await handleFetch({ kit }, new Request('https://shop.test/.well-known/gpc.json'), () => new Response('app'));
    expect(await gpc.json()).toEqual({ gpc: true, lastUpdate: '2026-11-01' });
    const page = await handleFetch(
      { kit },
      new Request('https://www.shop.test/', { headers: { cookie: `cookies_preferences=${consentCookie('withdraw')}; _adp_uid=1` } }),
      (consent) => {
        const res = new Response(consent.decision.ask ? 'banner' : 'page');
        res.headers.append('set-cookie', '_adp_uid=again');
        res.headers.append('set-cookie', 'csrftoken=t');
        return res;
      },
    );
    expect(await page.text()).toBe('page');
    expect(page.headers.getSetCookie()).toEqual([
      'csrftoken=t',
      '_adp_uid=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure; HttpOnly',
      '_adp_uid=; Max-Age=0; Path=/; Domain=www.shop.test; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure; HttpOnly',
      '_adp_uid=; Max-Age=0; Path=/; Domain=shop.test; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure; HttpOnly',
    ]);
    const posted = await handleFetch(
      { kit },
      new Request('https://shop.test/api/consent', { method: 'POST', headers: { origin: 'https://shop.test' }, body: JSON.stringify(validRecord()) }),
      () => new Response('app'),
    );
    expect(posted.status).toBe(201);
  });
});

describe('requests that never ask pay nothing', () => {
  it.each(ADAPTERS)('%s: no Cookie header is parsed and no decision made unless read', async (adapter) => {
    let decisions = 0;
    const counting = {
      policy: { ...policy, undeclaredCookies: 'allow' as const },
      logger: quiet,
      now: () => {
        decisions++; // the clock is read exactly when a decision is first made
        return Date.now();
      },
    };
    const server = await startServer(adapter, counting);
    closers.push(server.close);
    await fetch(`${server.url}/plain`, { headers: { cookie: 'a=1; b=2' } });
    // A returning visitor with only necessary cookies, and a response setting only necessary or undeclared ones.
    const choice = `cookies_preferences=${consentCookie('rejectAll')}; sessionid=s`;
    const res = await fetch(`${server.url}/set?c=csrftoken%3Dt&c=mystery%3D1`, { headers: { cookie: choice } });
    expect(setNames(res.headers.getSetCookie())).toEqual(['csrftoken', 'mystery']);
    expect(decisions).toBe(0);
    await fetch(`${server.url}/decision`, { headers: { cookie: 'a=1' } });
    expect(decisions).toBe(1);
  });
});
