import type { CookiePolicy } from '@cookiekit/core';
import { validatePolicy } from '@cookiekit/core/check';
import type { ConsentApiOptions, CookieKitResponse, RouteRequest } from './api';
import { createEnforcer } from './enforcer';
import { createHtmlRenderer, type BannerHtmlOptions } from './html';
import { regionReader, type RegionSource } from './region';
import { LazyRequestConsent, cachedDecider, cachedDecoder, consentCookieName, type ConsentRequest, type RequestConsent } from './request-consent';
import { createRoutes, type CookieKitRoute, type CookiekitRoute, type GpcJsonOptions, type PolicyPageRouteOptions } from './routes';

export type { CookieKitRoute, CookiekitRoute, GpcJsonOptions, PolicyPageRouteOptions };

/** Where cookiekit writes its few log lines. Default `console`. */
export interface CookieKitLogger {
  warn(message: string): void;
  error(message: string): void;
}

/** @deprecated Use `CookieKitLogger`; the old spelling is removed in 1.0. */
export type CookiekitLogger = CookieKitLogger;

/** Options of `createCookieKit` and of every adapter. */
export interface CookieKitOptions<P extends CookiePolicy = CookiePolicy> {
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
  /**
   * How `bannerHtml()` draws the consent UI for template-rendered pages: `{ messages, policyHref,
   * unstyled }`. Nothing is drawn for a request that does not ask.
   */
  readonly banner?: BannerHtmlOptions;
  /** Default `console`. */
  readonly logger?: CookieKitLogger;
  /** Clock, for tests. Default `Date.now`. */
  readonly now?: () => number;
  /**
   * Where the visitor's region comes from, for a policy with `regions` (C25): `'cloudflare'`,
   * `'vercel'`, `'cloudfront'`, your own header names, or a function. Region headers are trusted
   * only when this is set; responses then carry `Vary` on them, so a shared cache never serves
   * one region's banner or cookies to another.
   */
  readonly region?: RegionSource;
}

/** The framework-free server core: read a request's consent, enforce `Set-Cookie`, serve the routes. */
export interface CookieKit<P extends CookiePolicy = CookiePolicy> {
  readonly policy: P;
  /** Where its log lines go (the `logger` option, default `console`). */
  readonly logger: CookieKitLogger;
  /**
   * Request headers every response depends on besides `Cookie` and `Sec-GPC`: the region
   * source's, lower case. Adapters add them to `Vary`; empty without a `region` source.
   */
  readonly vary: readonly string[];
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
   * cookie the response itself sets decides the rest of the response. Fails closed: when the
   * decision throws (logged), every optional category counts as refused, so no optional cookie
   * leaves and the optional cookies a request with a consent cookie carries are expired.
   * Adapters apply it with `enforceResponse`.
   */
  enforce(setCookies: readonly string[], consent: RequestConsent<P>): string[];
  /** Whether enforcement has anything to do on a response with this many `Set-Cookie` values. */
  needsEnforcement(setCookieCount: number, consent: RequestConsent<P>): boolean;
  /** The route a path names, if cookiekit answers it (a cheap string comparison). */
  matchRoute(pathname: string): CookieKitRoute | undefined;
  /** Answers one of cookiekit's routes. Never throws: failures become 4xx or 503 answers. */
  handleRoute(route: CookieKitRoute, request: RouteRequest<P>): Promise<CookieKitResponse>;
}

/**
 * Creates the framework-free server core. Every adapter (`@cookiekit/server/node`, `/express`,
 * `/fastify`, `/hono`, and `handleFetch` for other runtimes) takes it as `{ kit }`, so several
 * servers share one sink, one rate limit and one set of caches.
 * Throws when the policy does not pass `validatePolicy`.
 *
 * @example
 * ```ts
 * const kit = createCookieKit({ policy, consentApi: { sink: memorySink() } });
 * app.use(cookiekit({ kit })); // Express, node:http, Hono; Fastify: app.register(cookiekit, { kit })
 * export default { fetch: (request: Request) => handleFetch({ kit }, request, () => app(request)) };
 * ```
 */
export function createCookieKit<P extends CookiePolicy>(options: CookieKitOptions<P>): CookieKit<P> {
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
  const decode = cachedDecoder();
  const region = options.region === undefined ? undefined : regionReader(options.region);
  const pagePath = options.policyPage ? (options.policyPage.path ?? '/cookie-policy') : undefined;
  const shared = {
    policy,
    clock: now,
    consentCookieName: consentCookieName(policy),
    consentCookieNeedle: `${consentCookieName(policy)}=`,
    decode,
    decide: cachedDecider(policy, decode),
    region,
    html: createHtmlRenderer(policy, options.banner ?? {}, pagePath),
  };
  const { enforce, needsEnforcement } = createEnforcer(policy, { shared, clearRefused: options.clearRefused ?? true, logger });
  const { matchRoute, handleRoute } = createRoutes(policy, {
    gpcJson: options.gpcJson,
    policyPage: options.policyPage,
    consentApi: options.consentApi,
    logger,
    now,
  });
  return {
    policy,
    logger,
    vary: region?.vary ?? [],
    read: (request) => new LazyRequestConsent(shared, request),
    enforce,
    needsEnforcement,
    matchRoute,
    handleRoute,
  };
}

/** @deprecated Use createCookieKit; removed in 1.0. */
export const createCookiekit: <P extends CookiePolicy>(options: CookieKitOptions<P>) => CookieKit<P> = createCookieKit;
/** @deprecated Use CookieKit; removed in 1.0. */
export type Cookiekit<P extends CookiePolicy = CookiePolicy> = CookieKit<P>;
/** @deprecated Use CookieKitOptions; removed in 1.0. */
export type CookiekitOptions<P extends CookiePolicy = CookiePolicy> = CookieKitOptions<P>;

/** An existing kit for an adapter, made with `createCookieKit`. */
export interface WithKit<P extends CookiePolicy = CookiePolicy> {
  readonly kit: CookieKit<P>;
}

/**
 * What every adapter takes: cookiekit's options, from which it makes its own kit, or `{ kit }`,
 * an existing one (several servers then share one sink, one rate limit and one set of caches).
 */
export type AdapterOptions<P extends CookiePolicy = CookiePolicy> = CookieKitOptions<P> | WithKit<P>;

const isKit = (value: unknown): value is CookieKit =>
  typeof value === 'object' && value !== null && typeof (value as CookieKit).matchRoute === 'function' && typeof (value as CookieKit).enforce === 'function';

/**
 * The kit an adapter runs: `options.kit`, or a new one made from the options. A bare kit is
 * still taken (deprecated: pass `{ kit }`). Throws when `kit` is given but is not a kit.
 */
export function kitOf<P extends CookiePolicy>(options: AdapterOptions<P> | CookieKit<P>): CookieKit<P> {
  if (isKit(options)) return options as CookieKit<P>;
  if (options && typeof options === 'object' && 'kit' in options) {
    if (!isKit(options.kit)) throw new TypeError('cookiekit: `kit` must be a kit made by createCookieKit');
    return options.kit;
  }
  return createCookieKit(options as CookieKitOptions<P>);
}
