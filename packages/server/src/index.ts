/**
 * `@cookiekit/server`: consent on the server. The framework-free core over Web `Headers` and
 * `Request`; adapters live in `@cookiekit/server/node`, `/express`, `/fastify` and `/hono`.
 * Re-exports `@cookiekit/core`, so one install is enough.
 */
export * from '@cookiekit/core';
// The server's createCookieKit, CookieKit and CookieKitOptions take the place of core's browser
// runtime ones (import those from @cookiekit/core).
export {
  createCookieKit,
  createCookiekit,
  type CookieKit,
  type CookieKitOptions,
  type Cookiekit,
  type CookiekitOptions,
  type AdapterOptions,
  type WithKit,
  type CookieKitLogger,
  type CookiekitLogger,
  type CookieKitRoute,
  type CookiekitRoute,
  type GpcJsonOptions,
  type PolicyPageRouteOptions,
} from './kit';
export { type RequestConsent, type ConsentRequest, consentCookieName } from './request-consent';
export type { BannerHtmlOptions, BootstrapHtmlOptions, ConsentHtml } from './html';
export {
  policyHash,
  sameOrigin,
  type ConsentApiOptions,
  type CookieKitResponse,
  type CookiekitResponse,
  type RouteRequest,
  type BodyResult,
} from './api';
export { memorySink, type MemorySink } from './memory-sink';
export { createRateLimiter, type RateLimiter, type RateLimitOptions, type RateLimitResult } from './rate-limit';
export { gpcFromHeader, signalsFromHeaders, type HeaderSource } from './signals';
export { regionReader, type RegionReader, type RegionSource } from './region';
export { cookieDomainsOf, deletionHeaders, isDeletion, hostName, refusedCookieDeletions, type DeletionTarget } from './enforce';
export { acceptLanguages } from './language';
export { handleFetch, readWebBody, toWebResponse } from './web';
export { enforceResponse } from './enforce-response';
