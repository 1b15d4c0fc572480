import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { kitOf, type AdapterOptions } from '../kit';
import { cookiekit as expressCookiekit } from '../express';
import { cookiekit as fastifyCookiekit } from '../fastify';
import { cookiekit as honoCookiekit } from '../hono';
import { cookiekit as nodeCookiekit } from '../node';
import type { RequestConsent } from '../request-consent';
import { handleFetch } from '../web';

/** Every adapter; `web` is `handleFetch` served by @hono/node-server (Web Request/Response). */
export const ADAPTERS = ['node', 'express', 'fastify', 'hono', 'web'] as const;
export type AdapterName = (typeof ADAPTERS)[number];

export interface TestServer {
  readonly adapter: AdapterName;
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** What every test app answers, the same in each framework. */
function appAnswer(consent: RequestConsent, path: string): { status: number; body: string } {
  if (path === '/decision') {
    return {
      status: 200,
      body: JSON.stringify({ decision: consent.decision, initialConsent: consent.initialConsent, stored: consent.stored }),
    };
  }
  if (path === '/withdraw') {
    const c = consent.withdraw();
    return { status: 200, body: JSON.stringify({ method: c.method, subject: c.subject }) };
  }
  if (path === '/consent-html') {
    // The whole UI and its bootstrap data, as a template prints them.
    return { status: 200, body: `<main>page</main>${consent.consentHtml({ nonce: 'bm9uY2Utb2YtdGVzdA==' })}` };
  }
  if (path === '/expire') {
    consent.expireRefusedCookies();
    return { status: 200, body: 'expired' };
  }
  return { status: 200, body: 'ok' };
}

/** `?c=` values: the exact `Set-Cookie` headers the app emits. */
const cookiesOf = (url: URL): string[] => url.searchParams.getAll('c');

const listen = (server: Server): Promise<number> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });

/** Starts the test app on 127.0.0.1, port 0, with cookiekit through the named adapter. */
export async function startServer(adapter: AdapterName, options: AdapterOptions): Promise<TestServer> {
  if (adapter === 'node') {
    const ck = nodeCookiekit(options);
    const server = createServer(
      ck.handler((req: IncomingMessage & { cookiekit: RequestConsent }, res: ServerResponse) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const { status, body } = appAnswer(req.cookiekit, url.pathname);
        if (url.pathname === '/set-head') {
          // writeHead with a headers object: the path Fastify and many libraries take.
          res.writeHead(200, { 'content-type': 'text/plain', 'Set-Cookie': cookiesOf(url) });
          res.end(body);
          return;
        }
        const cookies = cookiesOf(url);
        if (cookies.length) res.setHeader('set-cookie', cookies);
        res.statusCode = status;
        res.end(body);
      }),
    );
    const port = await listen(server);
    return { adapter, port, url: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
  }
  if (adapter === 'express') {
    const app = express();
    app.use(expressCookiekit(options));
    app.use((req, res) => {
      const url = new URL(req.originalUrl, 'http://localhost');
      const { status, body } = appAnswer(req.cookiekit, url.pathname);
      for (const c of cookiesOf(url)) res.append('Set-Cookie', c);
      if (url.pathname === '/express-cookie') res.cookie('_shop_stats', 'v1', { httpOnly: true });
      res.status(status).send(body);
    });
    const server = createServer(app);
    const port = await listen(server);
    return { adapter, port, url: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
  }
  if (adapter === 'fastify') {
    const app = Fastify();
    await app.register(fastifyCookiekit, options);
    app.all('/*', async (request, reply) => {
      const url = new URL(request.url, 'http://localhost');
      const { status, body } = appAnswer(request.cookiekit, url.pathname);
      const cookies = cookiesOf(url);
      if (cookies.length) reply.header('set-cookie', cookies);
      return reply.code(status).type('text/plain').send(body);
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as AddressInfo).port;
    return { adapter, port, url: `http://127.0.0.1:${port}`, close: () => app.close() };
  }
  if (adapter === 'hono') {
    const app = new Hono();
    app.use(honoCookiekit(options));
    app.all('*', (c) => {
      const url = new URL(c.req.url);
      const { status, body } = appAnswer(c.get('cookiekit'), url.pathname);
      for (const v of cookiesOf(url)) c.header('Set-Cookie', v, { append: true });
      return c.body(body, status as 200);
    });
    return serveFetch(adapter, app.fetch);
  }
  const web = { kit: kitOf(options) };
  return serveFetch(adapter, (request, env) =>
    handleFetch(
      web,
      request,
      (consent) => {
        const url = new URL(request.url);
        const { status, body } = appAnswer(consent, url.pathname);
        const headers = new Headers();
        for (const v of cookiesOf(url)) headers.append('set-cookie', v);
        return new Response(body, { status, headers });
      },
      { address: env.incoming.socket.remoteAddress },
    ),
  );
}

type NodeEnv = { incoming: IncomingMessage };

/** Serves a Web fetch handler on 127.0.0.1 with @hono/node-server. */
async function serveFetch(adapter: AdapterName, fetch: (request: Request, env: NodeEnv) => Response | Promise<Response>): Promise<TestServer> {
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: fetch as (request: Request, env: unknown) => Response | Promise<Response>, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  const port = (server.address() as AddressInfo).port;
  return { adapter, port, url: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

/** The answer of a raw `node:http` request, for what `fetch` cannot send (a `Host` header, repeated headers). */
export interface RawAnswer {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly setCookies: string[];
  readonly text: string;
}

/** Sends one request with exactly these headers (an array value sends the header several times). */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string | string[]>; body?: string | Uint8Array } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          setCookies: res.headers['set-cookie'] ?? [],
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Names of the cookies a list of `Set-Cookie` headers sets (not deletions). */
export const setNames = (headers: readonly string[]): string[] =>
  headers.filter((h) => !/;\s*max-age=0/i.test(h)).map((h) => h.slice(0, h.indexOf('=')));

/** `name|path|domain` of every deletion in a list of `Set-Cookie` headers. */
export const deletions = (headers: readonly string[]): string[] =>
  headers
    .filter((h) => /;\s*max-age=0/i.test(h))
    .map((h) => {
      const name = h.slice(0, h.indexOf('='));
      const path = /;\s*path=([^;]*)/i.exec(h)?.[1] ?? '';
      const domain = /;\s*domain=([^;]*)/i.exec(h)?.[1] ?? '';
      return `${name}|${path}|${domain}`;
    })
    .sort();
