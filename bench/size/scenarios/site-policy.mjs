// The site every scenario describes, in cookiekit's format: three categories (necessary,
// statistics, marketing), a first-party statistics service and a third-party video embed, English
// only. Each peer scenario states the same site in that peer's own config format, so every bundle
// carries about the same amount of site data and the comparison is of the libraries.
import { defineCookiePolicy } from '@cookiekit/core';

export const policy = defineCookiePolicy({
  revision: '2026-11-01',
  categories: [
    { id: 'necessary', label: 'Necessary', description: 'Needed for the site to work.' },
    { id: 'statistics', label: 'Statistics', description: 'Counts visits so we can improve the shop.' },
    { id: 'marketing', label: 'Marketing', description: 'Lets embedded players recognise you across sites.' },
  ],
  services: [
    {
      id: 'matomo',
      provider: 'Shop',
      function: 'Visit statistics',
      category: 'statistics',
      party: { type: 'first' },
      purposes: [{ code: 'analytics' }],
      storage: [
        { name: '_pk_id*', duration: '13 months' },
        { name: '_pk_ses*', duration: '30 minutes' },
      ],
    },
    {
      id: 'youtube',
      provider: 'YouTube',
      function: 'Embedded videos',
      category: 'marketing',
      party: { type: 'third', name: 'Google Ireland Ltd', privacyUrl: 'https://policies.google.com/privacy' },
      purposes: [{ code: 'embedded-content' }],
      storage: [
        { name: 'VISITOR_INFO1_LIVE', duration: '6 months' },
        { name: 'YSC', duration: 'session' },
      ],
    },
  ],
});
