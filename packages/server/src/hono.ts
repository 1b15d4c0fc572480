/**
 * `@cookiekit/server/hono`: cookiekit as Hono 4 middleware (Node via @hono/node-server, or any
 * runtime Hono runs on).
 */
import type { Context, MiddlewareHandler, Next } from 'hono';
import type { CookiePolicy } from '@cookiekit/core';
import { enforceResponse } from './enforce-response';
import { kitOf, type AdapterOptions, type CookieKit } from './kit';
import type { CookieKitRoute } from './routes';
import type { ConsentRequest, RequestConsent } from './request-consent';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { guardResponse } from './node-shared';
import { nodeHeader, type HeaderSource } from './signals';
import { readWebBody, toWebResponse } from './web';

declare module 'hono' {
  interface ContextVariableMap {
    /** The request's consent, decided on first use (set by the cookiekit middleware). */
    cookiekit: RequestConsent;
  }
}

/** Options of the Hono middleware: cookiekit's options, or `{ kit }`, a kit made with `createCookieKit`. */
export type HonoCookieKitOptions<P extends CookiePolicy = CookiePolicy> = AdapterOptions<P> & {
  /**
   * The client's address, for rate limiting. Default: the socket address under
   * `@hono/node-server` (`c.env.incoming`), else none.
   */
  readonly address?: (c: Context) => string | undefined;
};

/** @deprecated Use `HonoCookieKitOptions`; the old spelling is removed in 1.0. */
export type HonoCookiekitOptions<P extends CookiePolicy = CookiePolicy> = HonoCookieKitOptions<P>;

type NodeBindings =
  | { incoming?: { headers?: IncomingHttpHeaders; socket?: { remoteAddress?: string } }; outgoing?: ServerResponse }
  | undefined;

/**
 * On Node (`@hono/node-server`), the response Node writes: enforcement then judges the
 * `Set-Cookie` headers as they are written, as on node:http, and never asks the Web `Response`
 * for its headers (which makes `@hono/node-server` build a `Headers` object it would otherwise
 * skip). Only without region headers: Node's `writeHead` lets the response's own `Vary`
 * replace the one the guard adds, and the Web path merges them.
 */
const nodeOutgoing = (c: Context, vary: readonly string[]): ServerResponse | undefined => {
  if (vary.length) return undefined;
  const outgoing = (c.env as NodeBindings)?.outgoing;
  return outgoing && typeof outgoing.writeHead === 'function' && typeof outgoing.getHeader === 'function' ? outgoing : undefined;
};

const nodeAddress = (c: Context): string | undefined => (c.env as NodeBindings)?.incoming?.socket?.remoteAddress;

/**
 * The request's headers. On Node (`@hono/node-server`) Node's own headers are read: asking the
 * Web `Request` for its headers makes the server build a `Headers` object for every request,
 * which cost more than everything else this middleware does.
 */
/**
 * A Hono request as `read` sees it: under `@hono/node-server` its headers are read from Node's
 * request (no `Headers` built), and it is its own `HeaderSource` (one object a request); the URL
 * is asked of Hono only when needed.
 */
class HonoConsentRequest implements ConsentRequest, HeaderSource {
  readonly headers: HeaderSource;
  readonly #c: Context;
  readonly #incoming: IncomingHttpHeaders | undefined;
  constructor(c: Context) {
    this.#c = c;
    this.#incoming = (c.env as NodeBindings)?.incoming?.headers;
    this.headers = this.#incoming ? this : c.req.raw.headers;
  }
  get(name: string): string | null {
    return nodeHeader(this.#incoming!, name);
  }
  get url(): string {
    return this.#c.req.raw.url;
  }
}

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
 * // or with a kit made by createCookieKit, shared with other servers:
 * app.use(cookiekit({ kit }));
 * ```
 */
export function cookiekit<P extends CookiePolicy>(options: HonoCookieKitOptions<P>): MiddlewareHandler & { readonly kit: CookieKit<P> } {
  const kit = kitOf<P>(options);
  const address = options.address ?? nodeAddress;
  // The rest of a request after the guard: one of cookiekit's routes, or enforcement on the Web
  // `Response` when Node's response cannot be guarded.
  const answerOrEnforce = async (c: Context, next: Next, request: HonoConsentRequest, consent: RequestConsent<P>, route: CookieKitRoute | undefined, outgoing: ServerResponse | undefined) => {
    if (route) {
      const headers = request.headers;
      const answer = await kit.handleRoute(route, {
        method: c.req.raw.method,
        headers,
        consent,
        host: headers.get('host') ?? new URL(c.req.raw.url).host,
        address: address(c),
        readBody: (limit, signal) => readWebBody(c.req.raw.body, limit, signal),
      });
      c.res = toWebResponse(answer, c.req.raw.method);
    } else {
      await next();
    }
    if (outgoing) return;
    const response = enforceResponse(kit, c.res, consent);
    if (response !== c.res) {
      // A copy of immutable headers: unset first, so Hono does not merge the old headers back in.
      c.res = undefined as unknown as Response;
      c.res = response;
    }
  };
  const middleware: MiddlewareHandler = (c, next) => {
    const request = new HonoConsentRequest(c);
    const consent = kit.read(request);
    c.set('cookiekit', consent as RequestConsent);
    const outgoing = nodeOutgoing(c, kit.vary);
    if (outgoing) guardResponse(kit, outgoing, consent);
    const route = kit.matchRoute(c.req.path);
    // On Node, with Node's response guarded, nothing is left to do after the application: its
    // promise is passed on as it is, with no async function of this middleware around it (each
    // request's frame and promises, as many bytes as the rest of the middleware allocates).
    if (outgoing && !route) return next();
    return answerOrEnforce(c, next, request, consent, route, outgoing);
  };
  Object.defineProperty(middleware, 'kit', { value: kit });
  return middleware as MiddlewareHandler & { readonly kit: CookieKit<P> };
}

export { memorySink } from './memory-sink';
export type { RequestConsent } from './request-consent';
export type { BannerHtmlOptions, BootstrapHtmlOptions, ConsentHtml } from './html';
export type { AdapterOptions, CookieKitOptions, CookieKit, CookiekitOptions, Cookiekit } from './kit';
