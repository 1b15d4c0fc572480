import { defineCookiePolicy, type CookiePolicy } from '../policy';

/** A small policy with every kind: necessary, preferences, statistics (one exempt service), marketing. */
export const testPolicy = defineCookiePolicy({
  revision: 'r1',
  categories: [
    { id: 'necessary', label: 'Necessary', description: 'Always on.' },
    { id: 'preferences', label: 'Preferences', description: 'Remember settings.' },
    { id: 'statistics', label: 'Statistics', description: 'Count visits.' },
    { id: 'ads', kind: 'marketing', label: 'Advertising', description: 'Adverts.' },
  ],
  services: [
    {
      id: 'session',
      provider: 'Shop',
      function: 'Login',
      category: 'necessary',
      party: { type: 'first' },
      purposes: [{ code: 'authentication' }],
      storage: [{ name: 'sessionid', duration: '2 weeks', httpOnly: true }, { name: 'cookies_preferences', duration: '6 months' }],
    },
    {
      id: 'theme',
      provider: 'Shop',
      function: 'Theme',
      category: 'preferences',
      party: { type: 'first' },
      purposes: [{ code: 'preferences' }],
      storage: [{ kind: 'localStorage', name: 'theme', duration: '1 year' }],
    },
    {
      id: 'analytics',
      provider: 'Shop',
      function: 'Statistics',
      category: 'statistics',
      party: { type: 'first' },
      purposes: [{ code: 'analytics' }],
      storage: [{ name: '_stats*', duration: '13 months' }],
    },
    {
      id: 'audience',
      provider: 'Shop',
      function: 'Anonymous audience',
      category: 'statistics',
      party: { type: 'first' },
      purposes: [{ code: 'audience-measurement' }],
      storage: [{ name: '_aud', duration: '13 months' }],
      exemption: {
        type: 'audience-measurement',
        anonymousOutput: true,
        crossSiteTracking: false,
        combinedWithOtherData: false,
        extendsOnRevisit: false,
        dataRetention: '25 months',
      },
    },
    {
      id: 'pixel',
      provider: 'AdCo',
      function: 'Adverts',
      category: 'ads',
      party: { type: 'third', name: 'AdCo', privacyUrl: 'https://adco.example/privacy' },
      purposes: [{ code: 'advertising' }],
      storage: [{ name: '_ad', duration: '13 months' }],
    },
  ],
});

/** A copy of a policy with changes, for tests that need a variant. */
export function withChanges(changes: Partial<CookiePolicy>): CookiePolicy {
  return { ...testPolicy, ...changes };
}

export const DAY = 86_400_000;
export const MONTH = 2_629_746_000;
