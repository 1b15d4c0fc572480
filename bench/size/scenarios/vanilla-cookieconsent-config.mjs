// The site in vanilla-cookieconsent's config format. It ships no texts of its own, so the
// English texts of the banner and the preferences dialog are part of the config, as in its docs.
const cookieTable = (body) => ({ headers: { name: 'Cookie', duration: 'Duration' }, body });

export const config = {
  categories: {
    necessary: { enabled: true, readOnly: true },
    statistics: {
      autoClear: { cookies: [{ name: /^_pk_id/ }, { name: /^_pk_ses/ }] },
      services: { matomo: { label: 'Matomo (visit statistics)' } },
    },
    marketing: {
      autoClear: { cookies: [{ name: 'VISITOR_INFO1_LIVE' }, { name: 'YSC' }] },
      services: { youtube: { label: 'YouTube (embedded videos)' } },
    },
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'We use cookies for visit statistics and embedded videos, only with your consent.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Customize',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
            {
              title: 'Statistics',
              description: 'Counts visits so we can improve the shop.',
              linkedCategory: 'statistics',
              cookieTable: cookieTable([
                { name: '_pk_id*', duration: '13 months' },
                { name: '_pk_ses*', duration: '30 minutes' },
              ]),
            },
            {
              title: 'Marketing',
              description: 'Lets embedded players recognise you across sites.',
              linkedCategory: 'marketing',
              cookieTable: cookieTable([
                { name: 'VISITOR_INFO1_LIVE', duration: '6 months' },
                { name: 'YSC', duration: 'session' },
              ]),
            },
          ],
        },
      },
    },
  },
};
