import { decide, decodeConsent, type CookiePolicy, type Decision } from '@cookiekit/core';
import { validatePolicy } from '@cookiekit/core/schema';
import {
  createConsentApi,
  jsonResponse,
  type ConsentApi,
  type ConsentApiOptions,
  type CookiekitResponse,
  type RouteRequest,
} from './api';
import { isDeletion, judgeSetCookie, readSetCookie, refusedCookieDeletions } from './enforce';
import { LazyRequestConsent, type ConsentRequest, type RequestConsent } from './request-consent';

/** Where cookiekit writes its few log lines. Default `console`. */
export interface CookiekitLogger {
  warn(message: string): void;
  error(message: string): void;
}

/** Options of `/.well-known/gpc.json` (C12). */
export interface GpcJsonOptions {
  /** The `lastUpdate` date, `YYYY-MM-DD`. Default: the policy revision when it is such a date. */
  readonly lastUpdate?: string;
}

/** Options of `createCookiekit` and of every adapter. */
export interface CookiekitOptions<P extends CookiePolicy = CookiePolicy> {
  /** The cookie policy; checked with `validatePolicy` when the server starts. */
  readonly policy: P;
  /**
   * Expire the refused services' cookies (HttpOnly ones included) that a request with a current
   * choice still carries, on every declared path and domain (C6, C18). Default `true`.
   */
  readonly clearRefused?: boolean;
  /** Serve `/.well-known/gpc.json` (C12); `false` turns it off. Default on. */
  readonly gpcJson?: GpcJsonOptions | false;
  /** The consent API over a `ConsentSink`; off unless given. */
  readonly consentApi?: ConsentApiOptions;
  /** Default `console`. */
  readonly logger?: CookiekitLogger;
  /** Clock, for tests. Default `Date.now`. */
  readonly now?: () => number;
}

/** A route cookiekit answers itself. */
export type CookiekitRoute =
  | { readonly kind: 'gpc-json' }
  | { readonly kind: 'consent' }
  | { readonly kind: 'consent-history'; readonly subject: string };

/** The framework-free server core: read a request's consent, enforce `Set-Cookie`, serve the routes. */
export interface Cookiekit<P extends CookiePolicy = CookiePolicy> {
  readonly policy: P;
  /** Where its log lines go (the `logger` option, default `console`). */
  readonly logger: CookiekitLogger;
  /**
   * The request's consent. Cheap: nothing is parsed or decided until a property is read.
   *
   * @example
   * ```ts
   * const consent = kit.read({ headers: request.headers, url: request.url });
   * if (consent.allowed('statistics')) track();
   * ```
   */
  read(request: ConsentRequest): RequestConsent<P>;
  /**
   * The `Set-Cookie` values that may leave, given the application's: a refused service's cookie
   * is dropped, an undeclared one follows `policy.undeclaredCookies` (`allow`, `warn` (default),
   * `block`); deletions of refused cookies are added (withdrawal, `clearRefused`). A consent
   * cookie the response itself sets decides the rest of the response.
   */
  enforce(setCookies: readonly string[], consent: RequestConsent<P>): string[];
  /** Whether enforcement has anything to do on a response with this many `Set-Cookie` values. */
  needsEnforcement(setCookieCount: number, consent: RequestConsent<P>): boolean;
  /** The route a path names, if cookiekit answers it (a cheap string comparison). */
  matchRoute(pathname: string): CookiekitRoute | undefined;
  /** Answers one of cookiekit's routes. Never throws: failures become 4xx or 503 answers. */
  handleRoute(route: CookiekitRoute, request: RouteRequest<P>): Promise<CookiekitResponse>;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MAX_LOGGED_NAMES = 1000;

/**
 * Creates the framework-free server core. The adapters (`@cookiekit/server/node`, `/express`,
 * `/fastify`, `/hono`) wrap it; for other runtimes use `handleFetch` with it.
 * Throws when the policy does not pass `validatePolicy`.
 *
 * @example
 * ```ts
 * const kit = createCookiekit({ policy, consentApi: { sink: memorySink() } });
 * export default { fetch: (request: Request) => handleFetch(kit, request, () => app(request)) };
 * ```
 */
export function createCookiekit<P extends CookiePolicy>(options: CookiekitOptions<P>): Cookiekit<P> {
  const { policy } = options;
  for (const p of [policy, ...(options.consentApi?.previousPolicies ?? [])]) {
    const result = validatePolicy(p);
    if (!result.ok) {
      const lines = result.issues.filter((i) => i.severity === 'error').map((i) => `  ${i.path}: ${i.message}`);
      throw new Error(`cookiekit: the cookie policy "${String(p?.revision)}" is not valid:\n${lines.join('\n')}`);
    }
  }
  const now = options.now ?? Date.now;
  const logger = options.logger ?? console;
  const clearRefused = options.clearRefused ?? true;
  const undeclared = policy.undeclaredCookies ?? 'warn';
  const logged = new Set<string>();
  const logOnce = (name: string, message: string) => {
    if (logged.has(name) || logged.size >= MAX_LOGGED_NAMES) return;
    logged.add(name);
    logger.warn(message);
  };

  let gpcBody: string | undefined;
  if (options.gpcJson !== false) {
    const lastUpdate = options.gpcJson?.lastUpdate ?? (DATE.test(policy.revision) ? policy.revision : undefined);
    if (lastUpdate !== undefined && !DATE.test(lastUpdate)) {
      throw new Error(`cookiekit: gpcJson.lastUpdate must be a date such as 2026-11-01, not "${lastUpdate}"`);
    }
    gpcBody = JSON.stringify(lastUpdate ? { gpc: true, lastUpdate } : { gpc: true });
  }
  const api: ConsentApi | undefined = options.consentApi
    ? createConsentApi(policy, options.consentApi, { error: (m) => logger.error(m) }, now)
    : undefined;
  const apiPrefix = api ? `${api.path}/` : undefined;

  const state = (consent: RequestConsent<P>): LazyRequestConsent<P> => {
    if (!(consent instanceof LazyRequestConsent)) throw new TypeError('cookiekit: not a RequestConsent made by read()');
    return consent;
  };

  function decisionFor(consent: LazyRequestConsent<P>, cookies: readonly { name: string; value: string | undefined; deletion: boolean }[]): Decision<P> {
    // The last consent cookie the response sets wins, as in the browser.
    for (let i = cookies.length - 1; i >= 0; i--) {
      const c = cookies[i]!;
      if (c.name !== consent.consentCookieName) continue;
      return decide(policy, c.deletion ? null : decodeConsent(c.value), consent.signals, consent.now);
    }
    return consent.decision;
  }

  function enforce(setCookies: readonly string[], requestConsent: RequestConsent<P>): string[] {
    const consent = state(requestConsent);
    const t = consent.now;
    const parsed = setCookies.map((header) => {
      const c = readSetCookie(header);
      return { header, cookie: c, name: c.name, value: c.value, deletion: isDeletion(c, t) };
    });
    const decision = decisionFor(consent, parsed);
    const out: string[] = [];
    for (const p of parsed) {
      const verdict = judgeSetCookie(policy, decision, p.cookie, consent.consentCookieName, t);
      if (verdict.pass) {
        out.push(p.header);
        if (!verdict.declared && undeclared === 'warn') {
          logOnce(p.name, `cookiekit: Set-Cookie ${JSON.stringify(p.name.slice(0, 64))} is not declared in the cookie policy (undeclaredCookies: warn)`);
        }
      } else if (verdict.reason === 'undeclared') {
        logOnce(p.name, `cookiekit: blocked Set-Cookie ${JSON.stringify(p.name.slice(0, 64))}: not declared in the cookie policy (undeclaredCookies: block)`);
      }
    }
    out.push(...consent.extraSetCookies);
    if (consent.expireAll || (clearRefused && decision.consent && consent.mayHaveChoice())) {
      out.push(
        ...refusedCookieDeletions(policy, decision, {
          present: Object.keys(consent.cookies),
          all: consent.expireAll,
          consentCookieName: consent.consentCookieName,
          host: consent.host,
          secure: consent.secure,
        }),
      );
    }
    return out;
  }

  async function handleRoute(route: CookiekitRoute, request: RouteRequest<P>): Promise<CookiekitResponse> {
    try {
      const method = request.method.toUpperCase();
      if (route.kind === 'gpc-json' && gpcBody !== undefined) {
        if (method !== 'GET' && method !== 'HEAD') {
          return jsonResponse(405, { error: 'method-not-allowed', message: 'use GET' }, { allow: 'GET, HEAD' });
        }
        return {
          status: 200,
          headers: {
            'content-type': 'application/json',
            'cache-control': 'public, max-age=86400',
            'access-control-allow-origin': '*',
            'x-content-type-options': 'nosniff',
          },
          body: gpcBody,
        };
      }
      if (route.kind === 'consent' && api) {
        if (method !== 'POST') {
          return jsonResponse(405, { error: 'method-not-allowed', message: 'use POST' }, { allow: 'POST' });
        }
        return await api.post(request as RouteRequest);
      }
      if (route.kind === 'consent-history' && api) {
        if (method !== 'GET') {
          return jsonResponse(405, { error: 'method-not-allowed', message: 'use GET' }, { allow: 'GET' });
        }
        return await api.history(request as RouteRequest, route.subject);
      }
      return jsonResponse(404, { error: 'not-found', message: 'no such cookiekit route' });
    } catch (error) {
      logger.error(`cookiekit: ${route.kind} failed: ${error instanceof Error ? error.message : String(error)}`);
      return jsonResponse(503, { error: 'unavailable', message: 'try again later' }, { 'retry-after': '10' });
    }
  }

  return {
    policy,
    logger,
    read: (request) => new LazyRequestConsent(policy, request, now),
    enforce,
    needsEnforcement(count, requestConsent) {
      const consent = state(requestConsent);
      return count > 0 || consent.expireAll || consent.extraSetCookies.length > 0 || (clearRefused && consent.mayHaveChoice());
    },
    matchRoute(pathname) {
      if (gpcBody !== undefined && pathname === '/.well-known/gpc.json') return { kind: 'gpc-json' };
      if (!api) return undefined;
      if (pathname === api.path) return { kind: 'consent' };
      if (apiPrefix && pathname.startsWith(apiPrefix)) {
        const subject = pathname.slice(apiPrefix.length);
        if (subject && !subject.includes('/')) return { kind: 'consent-history', subject };
      }
      return undefined;
    },
    handleRoute,
  };
}
