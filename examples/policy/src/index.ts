import { defineCookiePolicy } from '@cookiekit/core';
import { seedSite } from '@cookiekit/test-fixtures';

/**
 * The seed site's cookie policy (the four necessary cookies of its table, with their texts as
 * published), plus a first-party statistics service and a third-party marketing service with an
 * embedded player, so every kind of cookie the seed page explains is exercised. The data is
 * `seedSite` of @cookiekit/test-fixtures, which core's own tests read too (core cannot depend on
 * this package, which depends on core); the build inlines it.
 */
export const policy = defineCookiePolicy(seedSite);

/** The example's policy type, for typed hooks and composables. */
export type ShopPolicy = typeof policy;
