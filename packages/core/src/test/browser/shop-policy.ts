import { defineCookiePolicy } from '../../policy';

/**
 * The browser tests' policy: necessary cookies (one HttpOnly), a first-party statistics service
 * with an exact name, a wildcard and patterns, and two marketing services, one on a sub-path and
 * on the parent domain, one an embedded player.
 */
export const shopPolicy = defineCookiePolicy({
  revision: 'b1',
  categories: [
    { id: 'necessary', label: 'Necessary', description: 'Always on.' },
    { id: 'statistics', label: { en: 'Statistics', fr: 'Statistiques' }, description: 'Count visits.' },
    { id: 'marketing', label: 'Marketing', description: 'Adverts and embeds.' },
  ],
  services: [
    {
      id: 'session',
      provider: 'Shop',
      function: 'Login, language, forms',
      category: 'necessary',
      party: { type: 'first' },
      purposes: [{ code: 'authentication' }, { code: 'ui-language' }, { code: 'csrf' }, { code: 'consent-storage' }],
      storage: [
        { name: 'sessionid', duration: '2 weeks', httpOnly: true },
        { name: 'django_language', duration: 'session' },
        { name: 'csrftoken', duration: '1 year' },
        { name: 'cookies_preferences', duration: '6 months' },
        { kind: 'localStorage', name: 'cookiekit:pending', duration: '1 day' },
      ],
    },
    {
      id: 'shop-analytics',
      provider: 'Smartbump',
      function: 'Visit statistics',
      category: 'statistics',
      party: { type: 'first' },
      purposes: [{ code: 'analytics' }],
      storage: [
        { name: '_shop_stats', duration: '13 months' },
        { name: '_shop_stats_ses*', duration: '30 minutes' },
        { pattern: '_pk_id\\.\\d+\\..*', duration: '13 months' },
        { kind: 'localStorage', pattern: 'shop_stats:.*', duration: '13 months' },
      ],
    },
    {
      id: 'ad-pixel',
      provider: 'AdPartner',
      function: 'Advertising measurement',
      category: 'marketing',
      party: { type: 'third', name: 'AdPartner Ltd', privacyUrl: 'https://adpartner.example/privacy' },
      purposes: [{ code: 'advertising' }],
      storage: [
        { name: '_adp_uid', domain: 'shop.test', duration: '13 months' },
        { name: '_adp_seen', path: '/shop', duration: '30 days' },
        { name: '_adp_http', duration: '30 days', httpOnly: true },
        { kind: 'sessionStorage', name: '_adp_tmp*', duration: 'session' },
      ],
    },
    {
      id: 'video-embed',
      provider: 'StreamTube',
      function: 'Embedded product videos',
      category: 'marketing',
      party: { type: 'third', name: 'StreamTube Inc.', privacyUrl: 'https://streamtube.example/privacy' },
      purposes: [{ code: 'embedded-content' }],
      storage: [{ name: '_st_vid', duration: '1 year' }],
    },
  ],
});
