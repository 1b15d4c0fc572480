/**
 * `@cookiekit/server/fastify`: cookiekit as a Fastify 5 plugin.
 */
import type { FastifyPluginCallback, FastifyRequest } from 'fastify';
import type { CookiePolicy } from '@cookiekit/core';
import { kitOf, type AdapterOptions, type CookieKit } from './kit';
import { guardResponse, nodeHeaders, pathOf, readNodeBody } from './node-shared';
import type { ConsentRequest, RequestConsent } from './request-consent';
import { nodeHeader, type HeaderSource } from './signals';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's consent, decided on first use (set by the cookiekit plugin). */
    readonly cookiekit: RequestConsent;
  }
}

/** Options of the Fastify plugin: cookiekit's options, or `{ kit }`, a kit made with `createCookieKit`. */
export type FastifyCookieKitOptions<P extends CookiePolicy = CookiePolicy> = AdapterOptions<P>;

/** @deprecated Use `FastifyCookieKitOptions`; the old spelling is removed in 1.0. */
export type FastifyCookiekitOptions<P extends CookiePolicy = CookiePolicy> = FastifyCookieKitOptions<P>;

const CONSENT = Symbol('cookiekit.consent');
type WithConsent = FastifyRequest & { [CONSENT]?: RequestConsent };

/** A Fastify request as `read` sees it, and its own `HeaderSource`: one object a request. */
class FastifyConsentRequest implements ConsentRequest, HeaderSource {
  readonly headers: HeaderSource = this;
  readonly #request: FastifyRequest;
  constructor(request: FastifyRequest) {
    this.#request = request;
  }
  get(name: string): string | null {
    return nodeHeader(this.#request.raw.headers, name);
  }
  get url(): string {
    return this.#request.url;
  }
  get secure(): boolean {
    return this.#request.protocol === 'https';
  }
}

/**
 * cookiekit for Fastify 5: `request.cookiekit` (decided on first use), `Set-Cookie` enforcement
 * (also of cookies set by plugins), `/.well-known/gpc.json` and the consent API, answered before
 * Fastify parses any body. Registered at the root (not encapsulated). The client address is
 * `request.ip`, so set `trustProxy` behind a proxy.
 *
 * @example
 * ```ts
 * import Fastify from 'fastify';
 * import { cookiekit } from '@cookiekit/server/fastify';
 *
 * const app = Fastify();
 * await app.register(cookiekit, { policy });
 * app.get('/', (request) => (request.cookiekit.decision.ask ? 'show the banner' : 'welcome back'));
 * await app.listen({ port: 3000 });
 * // or with a kit made by createCookieKit, shared with other servers:
 * await app.register(cookiekit, { kit });
 * ```
 */
export const cookiekit: FastifyPluginCallback<FastifyCookieKitOptions> = (fastify, options, done) => {
  let kit: CookieKit;
  try {
    kit = kitOf(options);
  } catch (error) {
    done(error as Error);
    return;
  }
  const consentOf = (request: WithConsent): RequestConsent => (request[CONSENT] ??= kit.read(new FastifyConsentRequest(request)));
  fastify.decorateRequest('cookiekit', {
    getter(this: FastifyRequest) {
      return consentOf(this as WithConsent);
    },
  });
  fastify.addHook('onRequest', (request, reply, next) => {
    guardResponse(kit, reply.raw, consentOf(request as WithConsent));
    const route = kit.matchRoute(pathOf(request.url));
    if (!route) {
      next();
      return;
    }
    kit
      .handleRoute(route, {
        method: request.method,
        headers: nodeHeaders(request.raw.headers),
        consent: consentOf(request as WithConsent),
        address: request.ip,
        readBody: (limit, signal) => readNodeBody(request.raw, limit, signal),
      })
      .then(
        (answer) => {
          void reply.code(answer.status).headers(answer.headers).send(answer.body);
        },
        (error: unknown) => next(error as Error),
      );
  });
  done();
};

// Not encapsulated: the hook and decorator apply to every route of the app.
Object.assign(cookiekit, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: '@cookiekit/server',
});

export { memorySink } from './memory-sink';
export type { RequestConsent } from './request-consent';
export type { BannerHtmlOptions, BootstrapHtmlOptions, ConsentHtml } from './html';
export type { AdapterOptions, CookieKitOptions, CookieKit, CookiekitOptions, Cookiekit } from './kit';
