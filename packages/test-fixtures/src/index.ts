/**
 * The sites cookiekit's tests, examples and benchmarks describe, as plain policy data: each
 * package passes one to `defineCookiePolicy` (a test that needs a variant spreads an override
 * over it), so a site is written once.
 */
export { browserShop, everyKind, logPolicy, seedSite, serverShop, sizeSite } from './policies';
