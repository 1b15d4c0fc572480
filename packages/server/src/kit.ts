import { allowed, findDeclaredStorage, resolveLanguage, type CookiePolicy, type Decision } from '@cookiekit/core';
import { frPolicyPage } from '@cookiekit/core/locales/fr';
import { enPolicyPage, renderPolicyHtml, type PolicyPageMessages } from '@cookiekit/core/page';
import { validatePolicy } from '@cookiekit/core/schema';
import {
  createConsentApi,
  jsonResponse,
  type ConsentApi,
  type ConsentApiOptions,
  type CookiekitResponse,
  type RouteRequest,
} from './api';
import { isDeletion, judgeSetCookie, optionalCookies, readSetCookie, refusedCookieDeletions } from './enforce';
import { acceptLanguages } from './language';
import {
  LazyRequestConsent,
  cachedDecider,
  cachedDecoder,
  consentCookieName,
  type ConsentRequest,
  type ConsentShared,
  type RequestConsent,
} from './request-consent';

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

/** Options of the policy page route. */
export interface PolicyPageRouteOptions {
  /** Default `/cookie-policy`. */
  readonly path?: string;
  /** The page catalogs to answer in. Default every one core ships (`enPolicyPage`, `frPolicyPage`). */
  readonly messages?: readonly PolicyPageMessages[];
  /** Where the page's "Change your cookie settings" link points; no link when absent. */
  readonly settingsHref?: string;
  /** A stylesheet the page links, such as the served `@cookiekit/core/styles.css`. */
  readonly stylesheetHref?: string;
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
  /**
   * Serve the cookie policy page as HTML (core `renderPolicyHtml`) in the request's language
   * (`Accept-Language`, then the policy's default), for sites without React or Vue. Off unless given.
   */
  readonly policyPage?: PolicyPageRouteOptions | false;
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
  | { readonly kind: 'policy-page' }
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
  const optional = optionalCookies(policy);
  const decode = cachedDecoder();
  const shared: ConsentShared<P> = {
    policy,
    clock: now,
    consentCookieName: consentCookieName(policy),
    decode,
    decide: cachedDecider(policy, decode),
  };
  // The service a request cookie's name belongs to, remembered per name (bounded): the same
  // few names come with every request.
  const owners = new Map<string, string | null>();
  const cookieOwner = (name: string): string | null => {
    let owner = owners.get(name);
    if (owner === undefined) {
      owner = findDeclaredStorage(policy, name, 'cookie')?.service.id ?? null;
      if (owners.size >= 1024) owners.clear();
      owners.set(name, owner);
    }
    return owner;
  };
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
  const page = options.policyPage ? options.policyPage : undefined;
  const pagePath = page ? (page.path ?? '/cookie-policy') : undefined;
  const catalogs = page?.messages ?? [enPolicyPage, frPolicyPage];
  const pages = new Map<string, string>();
  const renderPage = (lang: string): string => {
    let html = pages.get(lang);
    if (html === undefined) {
      html = renderPolicyHtml(policy, {
        lang,
        messages: catalogs,
        document: true,
        ...(page?.settingsHref === undefined ? {} : { settingsHref: page.settingsHref }),
        ...(page?.stylesheetHref === undefined ? {} : { stylesheetHref: page.stylesheetHref }),
      });
      pages.set(lang, html);
    }
    return html;
  };
  const pageLanguage = (header: string | null | undefined): string =>
    resolveLanguage(
      { browser: acceptLanguages(header), defaultLanguage: policy.defaultLanguage },
      catalogs.map((c) => c.lang),
    );
  // Render once now: a bad settingsHref or stylesheetHref fails at start, not on a visit.
  if (page) renderPage(pageLanguage(undefined));

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
      return shared.decide(c.deletion ? null : (c.value ?? null), consent.signals, consent.now);
    }
    return consent.decision;
  }

  function enforce(setCookies: readonly string[], requestConsent: RequestConsent<P>): string[] {
    const consent = state(requestConsent);
    const t = () => consent.now;
    const parsed = setCookies.map((header) => {
      const c = readSetCookie(header);
      return { header, cookie: c, name: c.name, value: c.value, deletion: isDeletion(c, t) };
    });
    let decision: Decision<P> | undefined;
    const decisionOf = (): Decision<P> => (decision ??= decisionFor(consent, parsed));
    const out: string[] = [];
    for (const p of parsed) {
      const verdict = judgeSetCookie(policy, decisionOf, p.cookie, consent.consentCookieName, t, optional);
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
    const target = { consentCookieName: consent.consentCookieName, host: consent.host, secure: consent.secure };
    if (consent.expireAll) {
      out.push(...refusedCookieDeletions(policy, decisionOf(), { ...target, present: Object.keys(consent.cookies), all: true }));
    } else if (clearRefused && consent.mayHaveChoice() && optional.mayBeIn(consent.cookieHeader())) {
      // Only names of refusable services can need clearing; most requests carry none.
      const candidates = Object.keys(consent.cookies).filter(optional.matches);
      const d = candidates.length > 0 ? decisionOf() : undefined;
      if (d?.consent) {
        const refused = candidates.filter((name) => {
          const owner = cookieOwner(name);
          return owner !== null && !allowed(d as Decision, owner);
        });
        if (refused.length > 0) out.push(...refusedCookieDeletions(policy, d, { ...target, present: refused, all: false }));
      }
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
      if (route.kind === 'policy-page' && page) {
        if (method !== 'GET' && method !== 'HEAD') {
          return jsonResponse(405, { error: 'method-not-allowed', message: 'use GET' }, { allow: 'GET, HEAD' });
        }
        const lang = pageLanguage(request.headers.get('accept-language'));
        return {
          status: 200,
          headers: {
            'content-type': 'text/html; charset=utf-8',
            'content-language': lang,
            vary: 'Accept-Language',
            'cache-control': 'public, max-age=300',
            'x-content-type-options': 'nosniff',
          },
          body: renderPage(lang),
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
    read: (request) => new LazyRequestConsent(shared, request),
    enforce,
    needsEnforcement(count, requestConsent) {
      const consent = state(requestConsent);
      return (
        count > 0 ||
        consent.expireAll ||
        consent.extraSetCookies.length > 0 ||
        (clearRefused && consent.mayHaveChoice() && optional.mayBeIn(consent.cookieHeader()))
      );
    },
    matchRoute(pathname) {
      if (gpcBody !== undefined && pathname === '/.well-known/gpc.json') return { kind: 'gpc-json' };
      if (pathname === pagePath) return { kind: 'policy-page' };
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
