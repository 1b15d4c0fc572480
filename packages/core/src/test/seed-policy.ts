import { seedSite } from '@cookiekit/test-fixtures';
import { defineCookiePolicy } from '../policy';

/**
 * The seed site's policy (the example's), with the consent-storage and analytics purposes left
 * without texts of their own, so the page tests see the catalogs' standard purpose texts too.
 */
export const seedPolicy = defineCookiePolicy({
  ...seedSite,
  services: seedSite.services.map((s) =>
    s.id === 'cookie-preferences' || s.id === 'shop-analytics' ? { ...s, purposes: s.purposes.map(({ code }) => ({ code })) } : s,
  ),
});
