import { createConsentStore, defineCookiePolicy, memoryStorage, type ConsentChoices, type CookiePolicy } from '@cookiekit/core';

/**
 * The test policy: the seed site's necessary cookies, a statistics service with a wildcard, and
 * marketing with an HttpOnly cookie on the parent domain `shop.test` and one on path `/shop`.
 */
export const policy = defineCookiePolicy({
  revision: '2026-11-01',
  defaultLanguage: 'en',
  site: { name: 'Test shop', url: 'https://www.shop.test' },
  consentCookie: { name: 'cookies_preferences', duration: '6 months' },
  categories: [
    { id: 'necessary', label: { en: 'Necessary', fr: 'Nécessaires' }, description: { en: 'Always on.', fr: 'Toujours actifs.' } },
    { id: 'statistics', label: { en: 'Statistics', fr: 'Statistiques' }, description: { en: 'Count visits.', fr: 'Comptent les visites.' } },
    { id: 'marketing', label: { en: 'Marketing', fr: 'Marketing' }, description: { en: 'Adverts.', fr: 'Publicités.' } },
  ],
  services: [
    {
      id: 'authentication',
      provider: 'Shop',
      function: 'Login',
      category: 'necessary',
      party: { type: 'first' },
      purposes: [{ code: 'authentication' }],
      storage: [
        { name: 'sessionid', duration: '2 weeks', httpOnly: true },
        { name: 'csrftoken', duration: '1 year' },
      ],
    },
    {
      id: 'cookie-preferences',
      provider: 'Shop',
      function: 'Cookie choices',
      category: 'necessary',
      party: { type: 'first' },
      purposes: [{ code: 'consent-storage' }],
      storage: [{ name: 'cookies_preferences', duration: '6 months' }],
    },
    {
      id: 'shop-analytics',
      provider: 'Shop',
      function: 'Visit statistics',
      category: 'statistics',
      party: { type: 'first' },
      purposes: [{ code: 'analytics' }],
      storage: [
        { name: '_shop_stats', duration: '13 months' },
        { name: '_shop_stats_ses*', duration: '30 minutes' },
      ],
    },
    {
      id: 'ad-server',
      provider: 'Shop',
      function: 'Advertising measurement',
      category: 'marketing',
      party: { type: 'first' },
      purposes: [{ code: 'advertising' }],
      storage: [
        { name: '_adp_uid', domain: 'shop.test', duration: '13 months', httpOnly: true },
        { name: '_adp_seen', path: '/shop', duration: '30 days' },
      ],
    },
    {
      id: 'video-embed',
      provider: 'StreamTube',
      function: 'Embedded videos',
      category: 'marketing',
      party: { type: 'third', name: 'StreamTube Inc.', privacyUrl: 'https://streamtube.example/privacy' },
      purposes: [{ code: 'embedded-content' }],
      storage: [{ name: 'st_player', duration: '6 months' }],
    },
  ],
});

export type TestPolicy = typeof policy;

/** The policy with every undeclared cookie blocked. */
export const blockingPolicy: CookiePolicy = { ...policy, undeclaredCookies: 'block' };

/** An earlier revision, still accepted by the consent API when listed in `previousPolicies`. */
export const previousPolicy: CookiePolicy = { ...policy, revision: '2026-05-01' };

type Action = 'acceptAll' | 'rejectAll' | 'withdraw' | ConsentChoices<TestPolicy>;

/** A consent cookie value as the browser store writes it, made at `now`. */
export function consentCookie(action: Action, now = Date.now(), p: CookiePolicy = policy): string {
  const storage = memoryStorage();
  const store = createConsentStore({ policy: p as TestPolicy, storage, now: () => now, signals: {} });
  if (action === 'acceptAll') store.acceptAll();
  else if (action === 'rejectAll') store.rejectAll();
  else if (action === 'withdraw') store.withdraw();
  else store.save(action);
  return storage.value!;
}
