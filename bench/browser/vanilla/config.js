// vanilla-cookieconsent 3.1.0 configured as the equivalent of the demo's banner: the categories
// of example-policy (necessary, statistics, marketing) with the same services and cookies, a
// bottom bar with Accept all / Reject all / Customize of equal weight, the same English texts.
/* global CookieConsent */
const table = (rows) => ({
  headers: { name: 'Cookies', duration: 'Duration' },
  body: rows.map(([name, duration]) => ({ name, duration })),
});

CookieConsent.run({
  // Playwright sets navigator.webdriver, which the default bot check would take for a crawler
  // and show no banner at all.
  hideFromBots: false,
  // The bench runs on http://127.0.0.1; keep the library's other cookie defaults.
  cookie: { name: 'cc_cookie', secure: false },
  guiOptions: {
    consentModal: { layout: 'bar inline', position: 'bottom', equalWeightButtons: true, flipButtons: false },
    preferencesModal: { layout: 'box', equalWeightButtons: true, flipButtons: false },
  },
  categories: {
    necessary: { enabled: true, readOnly: true },
    statistics: {
      autoClear: { cookies: [{ name: '_shop_stats' }, { name: /^_shop_stats_ses/ }] },
      services: { 'shop-analytics': { label: 'Smartbump: Visit statistics (whole site)' } },
    },
    marketing: {
      autoClear: { cookies: [{ name: '_adp_uid' }, { name: '_adp_seen', path: '/shop' }, { name: 'st_player' }] },
      services: {
        'ad-pixel': { label: 'AdPartner: Advertising measurement (product pages)' },
        'video-embed': { label: 'StreamTube: Embedded product videos (product pages)' },
      },
    },
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Cookies on this site',
          description:
            'We use necessary cookies to run this site. With your consent, we also use cookies for statistics and advertising. You can change your choice at any time in "Cookie settings".',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Customize',
          footer: '<a href="/cookie-policy.html">Cookie policy</a>',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          serviceCounterLabel: 'Service|Services',
          sections: [
            { description: 'Choose which cookies we may use. Necessary cookies are always on: the site cannot work without them.' },
            {
              title: 'Cookies necessary for the platform to function properly/functionality cookies <span class="pm__badge">Always on</span>',
              description:
                'They allow information to be saved between two visits to the same website by the same device: log-in information or interface preferences. They do not require your consent.',
              linkedCategory: 'necessary',
              cookieTable: table([
                ['sessionid', '2 weeks'],
                ['django_language', 'Session'],
                ['csrftoken', '1 year'],
                ['cc_cookie', '6 months'],
              ]),
            },
            {
              title: 'Statistics',
              description: 'Measure how visitors use the shop, so we can improve it. Used only with your consent.',
              linkedCategory: 'statistics',
              cookieTable: table([
                ['_shop_stats', '13 months'],
                ['_shop_stats_ses*', '30 minutes'],
                ['^shop_stats:', '13 months'],
              ]),
            },
            {
              title: 'Marketing',
              description: 'Let advertising partners and embedded players recognise you across sites. Used only with your consent.',
              linkedCategory: 'marketing',
              cookieTable: table([
                ['_adp_uid', '13 months'],
                ['_adp_seen', '30 days'],
                ['st_player', '6 months'],
              ]),
            },
          ],
        },
      },
    },
  },
});
