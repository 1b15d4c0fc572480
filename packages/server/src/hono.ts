/**
 * `@cookiekit/server/hono`: cookiekit as Hono 4 middleware (Node via @hono/node-server, or any
 * runtime Hono runs on).
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { CookiePolicy } from '@cookiekit/core';
import type { Cookiekit, CookiekitOptions } from './kit';
import { createCookiekit } from './kit';
import type { RequestConsent } from './request-consent';
import type { IncomingHttpHeaders } from 'node:http';
import { nodeHeaders, type HeaderSource } from './signals';
import { readWebBody, toWebResponse } from './web';

declare module 'hono' {
  interface ContextVariableMap {
    /** The request's consent, decided on first use (set by the cookiekit middleware). */
    cookiekit: RequestConsent;
  }
}

/** Options of the Hono middleware. */
export type HonoCookiekitOptions<P extends CookiePolicy = CookiePolicy> = (CookiekitOptions<P> | { readonly kit: Cookiekit<P> }) & {
  /**
   * The client's address, for rate limiting. Default: the socket address under
   * `@hono/node-server` (`c.env.incoming`), else none.
   */
  readonly address?: (c: Context) => string | undefined;
};

type NodeBindings = { incoming?: { headers?: IncomingHttpHeaders; socket?: { remoteAddress?: string } } } | undefined;

const nodeAddress = (c: Context): string | undefined => (c.env as NodeBindings)?.incoming?.socket?.remoteAddress;

/**
 * The request's headers. On Node (`@hono/node-server`) Node's own headers are read: asking the
 * Web `Request` for its headers makes the server build a `Headers` object for every request,
 * which cost more than everything else this middleware does.
 */
const requestHeaders = (c: Context): HeaderSource => {
  const incoming = (c.env as NodeBindings)?.incoming?.headers;
  return incoming ? nodeHeaders(incoming) : c.req.raw.headers;
};

/**
 * cookiekit for Hono 4: `c.get('cookiekit')` (decided on first use), `Set-Cookie` enforcement
 * (also of `setCookie` from `hono/cookie`), `/.well-known/gpc.json` and the consent API.
 *
 * @example
 * ```ts
 * import { Hono } from 'hono';
 * import { serve } from '@hono/node-server';
 * import { cookiekit } from '@cookiekit/server/hono';
 *
 * const app = new Hono();
 * app.use(cookiekit({ policy }));
 * app.get('/', (c) => c.text(c.get('cookiekit').decision.ask ? 'show the banner' : 'welcome back'));
 * serve({ fetch: app.fetch, port: 3000 });
 * ```
 */
export function cookiekit<P extends CookiePolicy>(options: HonoCookiekitOptions<P>): MiddlewareHandler & { readonly kit: Cookiekit<P> } {
  const kit = 'kit' in options && options.kit ? options.kit : createCookiekit(options as CookiekitOptions<P>);
  const address = options.address ?? nodeAddress;
  const middleware: MiddlewareHandler = async (c, next) => {
    const raw = c.req.raw;
    const headers = requestHeaders(c);
    const consent = kit.read({ headers, url: raw.url });
    c.set('cookiekit', consent as RequestConsent);
    const route = kit.matchRoute(c.req.path);
    if (route) {
      const answer = await kit.handleRoute(route, {
        method: raw.method,
        headers,
        consent,
        host: headers.get('host') ?? new URL(raw.url).host,
        address: address(c),
        readBody: (limit) => readWebBody(raw.body, limit),
      });
      c.res = toWebResponse(answer, raw.method);
    } else {
      await next();
    }
    const current = c.res.headers.getSetCookie();
    if (!kit.needsEnforcement(current.length, consent)) return;
    const allowed = kit.enforce(current, consent);
    try {
      c.res.headers.delete('set-cookie');
      for (const value of allowed) c.res.headers.append('set-cookie', value);
    } catch {
      // Immutable headers (a fetched response): replace the response without Hono merging the old headers.
      const copy = new Response(c.res.body, c.res);
      copy.headers.delete('set-cookie');
      for (const value of allowed) copy.headers.append('set-cookie', value);
      c.res = undefined as unknown as Response;
      c.res = copy;
    }
  };
  Object.defineProperty(middleware, 'kit', { value: kit });
  return middleware as MiddlewareHandler & { readonly kit: Cookiekit<P> };
}

export { memorySink } from './memory-sink';
export type { RequestConsent } from './request-consent';
export type { CookiekitOptions, Cookiekit } from './kit';
