import { acceptLanguages, resolveLanguage, type CookiePolicy } from '@cookiekit/core';
import { enPolicyPage as shippedEnglishPage, renderPolicyHtml, type PolicyPageMessages } from '@cookiekit/core/page';
import { SHIPPED_TAGS, shippedPolicyPage } from './shipped-locales';
import { createConsentApi, jsonResponse, type ConsentApi, type ConsentApiOptions, type CookieKitResponse, type RouteRequest } from './api';

/** Options of `/.well-known/gpc.json` (C12). */
export interface GpcJsonOptions {
  /** The `lastUpdate` date, `YYYY-MM-DD`. Default: the policy revision when it is such a date. */
  readonly lastUpdate?: string;
}

/** Options of the policy page route. */
export interface PolicyPageRouteOptions {
  /** Default `/cookie-policy`. */
  readonly path?: string;
  /** The page catalogs to answer in. Default every one core ships, each loaded when a visitor first asks for its language. */
  readonly messages?: readonly PolicyPageMessages[];
  /** Where the page's "Change your cookie settings" link points; no link when absent. */
  readonly settingsHref?: string;
  /** A stylesheet the page links, such as the served `@cookiekit/core/styles.css`. */
  readonly stylesheetHref?: string;
  /**
   * The page's `Content-Security-Policy`. Default a strict one: no script at all (the page needs
   * none), styles only from this origin (and the stylesheet's, when `stylesheetHref` names
   * another), no plugins, frames, forms or `<base>`, framed only by this origin. A string
   * replaces it; `false` sends none (when a proxy sets the header).
   */
  readonly contentSecurityPolicy?: string | false;
}

/**
 * The policy page's default Content-Security-Policy: nothing may run, load or submit except
 * the page's own styles and images (C23, on the page the server renders).
 */
export function policyPageCsp(stylesheetHref?: string): string {
  let styles = "'self'";
  if (stylesheetHref && /^(https?:)?\/\//i.test(stylesheetHref)) {
    const origin = new URL(stylesheetHref, 'https://policy.invalid').origin;
    if (origin !== 'null') styles += ` ${origin}`;
  }
  return [
    "default-src 'none'",
    "script-src 'none'",
    `style-src ${styles}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** A route cookiekit answers itself. */
export type CookieKitRoute =
  | { readonly kind: 'gpc-json' }
  | { readonly kind: 'policy-page' }
  | { readonly kind: 'consent' }
  | { readonly kind: 'consent-history'; readonly subject: string };

/** @deprecated Use `CookieKitRoute`; the old spelling is removed in 1.0. */
export type CookiekitRoute = CookieKitRoute;

/** What the routes are made from: the kit's options that concern them. */
export interface RoutesOptions {
  readonly gpcJson?: GpcJsonOptions | false;
  readonly policyPage?: PolicyPageRouteOptions | false;
  readonly consentApi?: ConsentApiOptions;
  readonly logger: { error(message: string): void };
  readonly now: () => number;
}

/** A kit's own routes: `matchRoute` and `handleRoute` of `CookieKit`. */
export interface Routes<P extends CookiePolicy> {
  matchRoute(pathname: string): CookieKitRoute | undefined;
  handleRoute(route: CookieKitRoute, request: RouteRequest<P>): Promise<CookieKitResponse>;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const methodNotAllowed = (allow: string) =>
  jsonResponse(405, { error: 'method-not-allowed', message: `use ${allow.split(',')[0]}` }, { allow });

/**
 * The policy page, gpc.json and consent API routes of a kit. Throws at creation on a bad
 * `gpcJson.lastUpdate`, or a policy page that cannot render (such as a bad `settingsHref`).
 */
export function createRoutes<P extends CookiePolicy>(policy: P, options: RoutesOptions): Routes<P> {
  const { logger, now } = options;
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
  // The shipped catalogs are loaded a language at a time, as visitors ask for them.
  const given = page?.messages;
  const languages = given ? given.map((c) => c.lang) : SHIPPED_TAGS;
  // Each language's page is drawn once, when a visitor first asks for it.
  const pages = new Map<string, Promise<{ lang: string; html: string }>>();
  const draw = (lang: string, messages: PolicyPageMessages | readonly PolicyPageMessages[]): string =>
    renderPolicyHtml(policy, {
      lang,
      messages,
      document: true,
      ...(page?.settingsHref === undefined ? {} : { settingsHref: page.settingsHref }),
      ...(page?.stylesheetHref === undefined ? {} : { stylesheetHref: page.stylesheetHref }),
    });
  // A shipped catalog that cannot be loaded is said once, and that language's page is English.
  const drawPage = (asked: string): Promise<{ lang: string; html: string }> => {
    let drawn = pages.get(asked);
    if (!drawn) {
      drawn = given
        ? Promise.resolve({ lang: asked, html: draw(asked, given) })
        : shippedPolicyPage(asked).then(
            (messages) => ({ lang: asked, html: draw(asked, messages) }),
            (error: unknown) => {
              logger.error(`${error instanceof Error ? error.message : String(error)}; the policy page is drawn in English instead`);
              return { lang: 'en', html: draw('en', shippedEnglishPage) };
            },
          );
      pages.set(asked, drawn);
    }
    return drawn;
  };
  const pageLanguage = (header: string | null | undefined): string =>
    resolveLanguage(
      { browser: acceptLanguages(header), defaultLanguage: policy.defaultLanguage },
      languages,
    );
  // Drawn once now: a bad settingsHref or stylesheetHref fails at start, not on a visit. The
  // shipped English page is kept for the visitors who ask for it.
  if (page && given) draw('en', given);
  else if (page) pages.set('en', Promise.resolve({ lang: 'en', html: draw('en', shippedEnglishPage) }));
  const pageCsp = !page || page.contentSecurityPolicy === false ? undefined : (page.contentSecurityPolicy ?? policyPageCsp(page.stylesheetHref));
  if (pageCsp !== undefined && /[\r\n]/.test(pageCsp)) throw new Error('cookiekit: policyPage.contentSecurityPolicy must be one line');

  const api: ConsentApi | undefined = options.consentApi
    ? createConsentApi(policy, options.consentApi, { error: (m) => logger.error(m) }, now)
    : undefined;
  const apiPrefix = api ? `${api.path}/` : undefined;

  async function handleRoute(route: CookieKitRoute, request: RouteRequest<P>): Promise<CookieKitResponse> {
    try {
      const method = request.method.toUpperCase();
      if (route.kind === 'gpc-json' && gpcBody !== undefined) {
        if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed('GET, HEAD');
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
        if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed('GET, HEAD');
        const { lang, html } = await drawPage(pageLanguage(request.headers.get('accept-language')));
        return {
          status: 200,
          headers: {
            'content-type': 'text/html; charset=utf-8',
            'content-language': lang,
            vary: 'Accept-Language',
            'cache-control': 'public, max-age=300',
            'x-content-type-options': 'nosniff',
            'referrer-policy': 'strict-origin-when-cross-origin',
            ...(pageCsp === undefined ? {} : { 'content-security-policy': pageCsp }),
          },
          body: html,
        };
      }
      if (route.kind === 'consent' && api) {
        if (method !== 'POST') return methodNotAllowed('POST');
        return await api.post(request as RouteRequest);
      }
      if (route.kind === 'consent-history' && api) {
        if (method !== 'GET') return methodNotAllowed('GET');
        return await api.history(request as RouteRequest, route.subject);
      }
      return jsonResponse(404, { error: 'not-found', message: 'no such cookiekit route' });
    } catch (error) {
      logger.error(`cookiekit: ${route.kind} failed: ${error instanceof Error ? error.message : String(error)}`);
      return jsonResponse(503, { error: 'unavailable', message: 'try again later' }, { 'retry-after': '10' });
    }
  }

  return {
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
