/**
 * `@cookiekit/server/node`: cookiekit for a plain `node:http` (or connect) server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CookiePolicy } from '@cookiekit/core';
import { kitOf, type AdapterOptions, type CookieKit } from './kit';
import { plainNodeInfo, runNodeMiddleware } from './node-shared';
import type { RequestConsent } from './request-consent';

/** A connect-style middleware that also wraps a plain request handler. */
export interface NodeCookieKit<P extends CookiePolicy = CookiePolicy> {
  (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void;
  /** The framework-free core it runs. */
  readonly kit: CookieKit<P>;
  /**
   * Wraps a `node:http` request handler: cookiekit's routes are answered, every other request
   * reaches `handler` with `req.cookiekit` set and its `Set-Cookie` headers enforced.
   */
  handler(
    handler: (req: IncomingMessage & { cookiekit: RequestConsent<P> }, res: ServerResponse) => void | Promise<void>,
  ): (req: IncomingMessage, res: ServerResponse) => void;
}

/** @deprecated Use `NodeCookieKit`; the old spelling is removed in 1.0. */
export type NodeCookiekit<P extends CookiePolicy = CookiePolicy> = NodeCookieKit<P>;

/**
 * The consent the middleware attached to a request (`req.cookiekit`), typed; throws when the
 * middleware did not run on it.
 *
 * @example
 * ```ts
 * app.use(ck); // connect
 * app.use((req, res) => res.end(requestConsent(req).decision.ask ? 'banner' : 'page'));
 * ```
 */
export function requestConsent<P extends CookiePolicy = CookiePolicy>(req: IncomingMessage): RequestConsent<P> {
  const consent = (req as IncomingMessage & { cookiekit?: RequestConsent<P> }).cookiekit;
  if (!consent) throw new Error('cookiekit: the cookiekit middleware has not run on this request');
  return consent;
}

/** @deprecated Adapters take `{ kit }`; removed in 1.0. The kit itself when given one, else a new one from options. */
export function kitFrom<P extends CookiePolicy>(options: AdapterOptions<P> | CookieKit<P>): CookieKit<P> {
  return kitOf(options);
}

/**
 * cookiekit for `node:http`: `req.cookiekit` (decided on first use), `Set-Cookie` enforcement,
 * `/.well-known/gpc.json` and the consent API.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { cookiekit } from '@cookiekit/server/node';
 *
 * const ck = cookiekit({ policy });
 * createServer(ck.handler((req, res) => {
 *   res.end(req.cookiekit.decision.ask ? 'show the banner' : 'welcome back');
 * })).listen(3000);
 * // or with a kit made by createCookieKit, shared with other servers:
 * cookiekit({ kit });
 * ```
 */
export function cookiekit<P extends CookiePolicy>(options: AdapterOptions<P>): NodeCookieKit<P>;
/** @deprecated Pass the kit as `{ kit }`; removed in 1.0. */
export function cookiekit<P extends CookiePolicy>(kit: CookieKit<P>): NodeCookieKit<P>;
export function cookiekit<P extends CookiePolicy>(options: AdapterOptions<P> | CookieKit<P>): NodeCookieKit<P> {
  const kit = kitOf(options);
  const logger = kit.logger;
  const fail = (res: ServerResponse, error: unknown) => {
    logger.error(`cookiekit: request handler failed: ${error instanceof Error ? error.message : String(error)}`);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  };
  const middleware = ((req, res, next) => {
    if (runNodeMiddleware(kit, plainNodeInfo, req, res)) next();
  }) as NodeCookieKit<P>;
  Object.defineProperty(middleware, 'kit', { value: kit });
  middleware.handler = (handler) => (req, res) => {
    if (!runNodeMiddleware(kit, plainNodeInfo, req, res)) return;
    try {
      const result = handler(req as IncomingMessage & { cookiekit: RequestConsent<P> }, res);
      if (result && typeof result.then === 'function') result.then(undefined, (error: unknown) => fail(res, error));
    } catch (error) {
      fail(res, error);
    }
  };
  return middleware;
}

export { memorySink } from './memory-sink';
export type { RequestConsent } from './request-consent';
export type { BannerHtmlOptions, BootstrapHtmlOptions, ConsentHtml } from './html';
export type { AdapterOptions, CookieKitOptions, CookieKit, CookiekitOptions, Cookiekit } from './kit';
