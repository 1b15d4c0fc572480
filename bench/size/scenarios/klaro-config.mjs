// The site in klaro's config format. Klaro carries its own texts (all its languages are in the
// bundle), so only the purposes and service descriptions are given.
export const config = {
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  default: false,
  mustConsent: false,
  acceptAll: true,
  groupByPurpose: true,
  translations: {
    en: {
      purposes: { statistics: 'Statistics', marketing: 'Marketing' },
      matomo: { description: 'Visit statistics' },
      youtube: { description: 'Embedded videos' },
    },
  },
  services: [
    { name: 'matomo', title: 'Matomo', purposes: ['statistics'], cookies: [/^_pk_id/, /^_pk_ses/] },
    { name: 'youtube', title: 'YouTube', purposes: ['marketing'], cookies: ['VISITOR_INFO1_LIVE', 'YSC'] },
  ],
};
