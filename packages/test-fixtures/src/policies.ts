// Policy data only, written `as const` so `defineCookiePolicy` in the package that uses it keeps
// the literal category and service ids. No import of @cookiekit/core: core's own tests use these,
// and a dependency back on core would make a cycle.

// ---- parts several sites share ----

const firstParty = { type: 'first' } as const;
const adPartner = { type: 'third', name: 'AdPartner Ltd', privacyUrl: 'https://adpartner.example/privacy' } as const;
const streamTube = { type: 'third', name: 'StreamTube Inc.', privacyUrl: 'https://streamtube.example/privacy' } as const;

const necessary = { id: 'necessary', label: 'Necessary', description: 'Always on.' } as const;
const statistics = { id: 'statistics', label: 'Statistics', description: 'Count visits.' } as const;
const marketing = { id: 'marketing', kind: 'marketing', label: 'Marketing', description: 'Adverts.' } as const;

const sessionid = { name: 'sessionid', duration: '2 weeks', httpOnly: true } as const;
const csrftoken = { name: 'csrftoken', duration: '1 year' } as const;
const preferencesCookie = { name: 'cookies_preferences', duration: '6 months' } as const;
const pendingRecord = { kind: 'localStorage', name: 'cookiekit:pending', duration: '1 day' } as const;
const shopStats = { name: '_shop_stats', duration: '13 months' } as const;
const shopStatsSession = { name: '_shop_stats_ses*', duration: '30 minutes' } as const;
const shopStatsLocal = { kind: 'localStorage', pattern: 'shop_stats:.*', duration: '13 months' } as const;
const adSeen = { name: '_adp_seen', path: '/shop', duration: '30 days' } as const;

/** A first-party service of the test shop with one purpose and no texts of its own. */
function shopService<const I extends string, const C extends string, const P extends string, const S extends readonly object[], const X extends object = {}>(
  id: I,
  category: C,
  fn: string,
  purpose: P,
  storage: S,
  // What differs from a first-party shop service (a provider, a party, an exemption): a
  // parameter rather than a spread around the call, so a bundle can drop a site it does not use.
  extra?: X,
) {
  const service = { id, provider: 'Shop', function: fn, category, party: firstParty, purposes: [{ code: purpose }] as const, storage } as const;
  return { ...service, ...extra } as unknown as Omit<typeof service, keyof X> & X;
}

// ---- the seed site ----

/**
 * The seed site's cookie policy: the four necessary cookies of its published table, with their
 * texts in English and French, plus a first-party statistics service and a third-party marketing
 * service with an embedded player, so every kind of cookie the seed page explains is exercised.
 */
export const seedSite = {
  revision: '2026-11-01',
  defaultLanguage: 'en',
  site: { name: 'Smartbump shop', url: 'https://smartbump.opendatasoft.com' },
  consentCookie: preferencesCookie,
  undeclaredCookies: 'warn',
  categories: [
    {
      id: 'necessary',
      label: {
        en: 'Cookies necessary for the platform to function properly/functionality cookies',
        fr: 'Cookies nécessaires au bon fonctionnement de la plateforme/cookies de fonctionnalité',
      },
      description: {
        en: 'They allow information to be saved between two visits to the same website by the same device: log-in information or interface preferences. They do not require your consent.',
        fr: "Ils permettent d'enregistrer des informations entre deux visites d'un même site par un même appareil : informations de connexion ou préférences d'interface. Ils ne nécessitent pas votre consentement.",
      },
    },
    {
      id: 'statistics',
      label: { en: 'Statistics', fr: 'Statistiques' },
      description: {
        en: 'Measure how visitors use the shop, so we can improve it. Used only with your consent.',
        fr: 'Mesurent la façon dont les visiteurs utilisent la boutique, pour l’améliorer. Utilisés uniquement avec votre consentement.',
      },
    },
    {
      id: 'marketing',
      label: { en: 'Marketing', fr: 'Marketing' },
      description: {
        en: 'Let advertising partners and embedded players recognise you across sites. Used only with your consent.',
        fr: 'Permettent à des partenaires publicitaires et à des lecteurs intégrés de vous reconnaître d’un site à l’autre. Utilisés uniquement avec votre consentement.',
      },
    },
  ],
  services: [
    {
      id: 'authentication',
      provider: 'Opendatasoft',
      function: { en: 'Authentication (front and back office)', fr: 'Authentification (front et back office)' },
      category: 'necessary',
      party: firstParty,
      purposes: [
        {
          code: 'authentication',
          text: { en: 'To remember the user from one page to another', fr: "Se souvenir de l'utilisateur d'une page à l'autre" },
        },
      ],
      storage: [sessionid],
    },
    {
      id: 'language',
      provider: 'Opendatasoft',
      function: { en: 'Language selection (front and back office)', fr: 'Sélection de la langue (front et back office)' },
      category: 'necessary',
      party: firstParty,
      purposes: [{ code: 'ui-language', text: { en: "To remember the visitor's language", fr: 'Se souvenir de la langue du visiteur' } }],
      storage: [{ name: 'django_language', duration: 'session' }],
    },
    {
      id: 'csrf',
      provider: 'Opendatasoft',
      // The seed page's own wording, kept as published.
      function: { en: 'API (CSRF) (front et back office)', fr: 'API (CSRF) (front et back office)' },
      category: 'necessary',
      party: firstParty,
      purposes: [{ code: 'csrf', text: { en: 'To retrieve data via API calls', fr: 'Récupérer des données via des appels API' } }],
      storage: [csrftoken],
    },
    {
      id: 'cookie-preferences',
      provider: 'Opendatasoft',
      function: { en: 'Choices related to your cookie preferences', fr: 'Choix relatifs à vos préférences en matière de cookies' },
      category: 'necessary',
      party: firstParty,
      purposes: [
        {
          code: 'consent-storage',
          text: { en: "To remember the visitor's cookie preferences", fr: 'Se souvenir des préférences du visiteur en matière de cookies' },
        },
      ],
      storage: [preferencesCookie, pendingRecord],
    },
    {
      id: 'shop-analytics',
      provider: 'Smartbump',
      function: { en: 'Visit statistics (whole site)', fr: 'Statistiques de visite (tout le site)' },
      category: 'statistics',
      party: firstParty,
      purposes: [
        {
          code: 'analytics',
          text: {
            en: 'To count visits and see which pages are used, with a random visitor id',
            fr: 'Compter les visites et voir quelles pages sont consultées, avec un identifiant de visiteur aléatoire',
          },
        },
      ],
      storage: [
        shopStats,
        shopStatsSession,
        // Set by the shop's server for each visit; the browser cannot delete it, the server does (C6).
        { name: '_shop_visit', duration: '30 minutes', httpOnly: true },
        shopStatsLocal,
      ],
    },
    {
      id: 'ad-pixel',
      provider: 'AdPartner',
      function: { en: 'Advertising measurement (product pages)', fr: 'Mesure publicitaire (pages produits)' },
      category: 'marketing',
      party: adPartner,
      purposes: [
        {
          code: 'advertising',
          text: {
            en: 'To show you our products on other sites and measure those adverts',
            fr: 'Vous montrer nos produits sur d’autres sites et mesurer ces publicités',
          },
        },
      ],
      storage: [{ name: '_adp_uid', duration: '13 months' }, adSeen],
    },
    {
      id: 'video-embed',
      provider: 'StreamTube',
      function: { en: 'Embedded product videos (product pages)', fr: 'Vidéos de produits intégrées (pages produits)' },
      category: 'marketing',
      party: streamTube,
      purposes: [
        {
          code: 'embedded-content',
          text: { en: 'To play product videos and remember your player settings', fr: 'Lire les vidéos de produits et retenir vos réglages du lecteur' },
        },
      ],
      storage: [{ name: 'st_player', duration: '6 months' }],
    },
  ],
} as const;

// ---- the test shop the server and browser tests run ----

/**
 * The server tests' shop: the seed site's necessary cookies, a statistics service with a
 * wildcard, and marketing with an HttpOnly cookie on the parent domain `shop.test` and one on
 * path `/shop`, plus a third-party video embed. English and French.
 */
export const serverShop = {
  revision: '2026-11-01',
  defaultLanguage: 'en',
  site: { name: 'Test shop', url: 'https://www.shop.test' },
  consentCookie: preferencesCookie,
  categories: [
    { id: 'necessary', label: { en: 'Necessary', fr: 'Nécessaires' }, description: { en: 'Always on.', fr: 'Toujours actifs.' } },
    { id: 'statistics', label: { en: 'Statistics', fr: 'Statistiques' }, description: { en: 'Count visits.', fr: 'Comptent les visites.' } },
    { id: 'marketing', label: { en: 'Marketing', fr: 'Marketing' }, description: { en: 'Adverts.', fr: 'Publicités.' } },
  ],
  services: [
    /* @__PURE__ */ shopService('authentication', 'necessary', 'Login', 'authentication', [sessionid, csrftoken]),
    /* @__PURE__ */ shopService('cookie-preferences', 'necessary', 'Cookie choices', 'consent-storage', [preferencesCookie]),
    /* @__PURE__ */ shopService('shop-analytics', 'statistics', 'Visit statistics', 'analytics', [shopStats, shopStatsSession]),
    /* @__PURE__ */ shopService('ad-server', 'marketing', 'Advertising measurement', 'advertising', [
      { name: '_adp_uid', domain: 'shop.test', duration: '13 months', httpOnly: true },
      adSeen,
    ]),
    {
      id: 'video-embed',
      provider: 'StreamTube',
      function: 'Embedded videos',
      category: 'marketing',
      party: streamTube,
      purposes: [{ code: 'embedded-content' }],
      storage: [{ name: 'st_player', duration: '6 months' }],
    },
  ],
} as const;

/**
 * The browser tests' shop: necessary cookies (one HttpOnly), a first-party statistics service
 * with an exact name, a wildcard and patterns, and two marketing services, one on a sub-path and
 * on the parent domain, one an embedded player.
 */
export const browserShop = {
  revision: 'b1',
  categories: [
    necessary,
    { id: 'statistics', label: { en: 'Statistics', fr: 'Statistiques' }, description: 'Count visits.' },
    { id: 'marketing', label: 'Marketing', description: 'Adverts and embeds.' },
  ],
  services: [
    {
      id: 'session',
      provider: 'Shop',
      function: 'Login, language, forms',
      category: 'necessary',
      party: firstParty,
      purposes: [{ code: 'authentication' }, { code: 'ui-language' }, { code: 'csrf' }, { code: 'consent-storage' }],
      storage: [sessionid, { name: 'django_language', duration: 'session' }, csrftoken, preferencesCookie, pendingRecord],
    },
    {
      id: 'shop-analytics',
      provider: 'Smartbump',
      function: 'Visit statistics',
      category: 'statistics',
      party: firstParty,
      purposes: [{ code: 'analytics' }],
      storage: [shopStats, shopStatsSession, { pattern: '_pk_id\\.\\d+\\..*', displayName: '_pk_id.<site>.<visitor>', duration: '13 months' }, shopStatsLocal],
    },
    {
      id: 'ad-pixel',
      provider: 'AdPartner',
      function: 'Advertising measurement',
      category: 'marketing',
      party: adPartner,
      purposes: [{ code: 'advertising' }],
      storage: [
        { name: '_adp_uid', domain: 'shop.test', duration: '13 months' },
        adSeen,
        { name: '_adp_http', duration: '30 days', httpOnly: true },
        { kind: 'sessionStorage', name: '_adp_tmp*', duration: 'session' },
      ],
    },
    {
      id: 'video-embed',
      provider: 'StreamTube',
      function: 'Embedded product videos',
      category: 'marketing',
      party: streamTube,
      purposes: [{ code: 'embedded-content' }],
      storage: [{ name: '_st_vid', duration: '1 year' }],
    },
  ],
} as const;

// ---- small policies for unit tests ----

/** A small policy with every kind: necessary, preferences, statistics (one exempt service), marketing. */
export const everyKind = {
  revision: 'r1',
  categories: [
    necessary,
    { id: 'preferences', label: 'Preferences', description: 'Remember settings.' },
    statistics,
    { id: 'ads', kind: 'marketing', label: 'Advertising', description: 'Adverts.' },
  ],
  services: [
    /* @__PURE__ */ shopService('session', 'necessary', 'Login', 'authentication', [sessionid, preferencesCookie]),
    /* @__PURE__ */ shopService('theme', 'preferences', 'Theme', 'preferences', [{ kind: 'localStorage', name: 'theme', duration: '1 year' }]),
    /* @__PURE__ */ shopService('analytics', 'statistics', 'Statistics', 'analytics', [{ name: '_stats*', duration: '13 months' }]),
    /* @__PURE__ */ shopService('audience', 'statistics', 'Anonymous audience', 'audience-measurement', [{ name: '_aud', duration: '13 months' }], {
      exemption: {
        type: 'audience-measurement',
        anonymousOutput: true,
        crossSiteTracking: false,
        combinedWithOtherData: false,
        extendsOnRevisit: false,
        dataRetention: '25 months',
      },
    }),
    /* @__PURE__ */ shopService('pixel', 'ads', 'Adverts', 'advertising', [{ name: '_ad', duration: '13 months' }], {
      provider: 'AdCo',
      party: { type: 'third', name: 'AdCo', privacyUrl: 'https://adco.example/privacy' },
    }),
  ],
} as const;

/** The consent log's policy: a login cookie and one statistics service, marketing declared but empty. */
export const logPolicy = {
  revision: '2026-11-01',
  categories: [necessary, statistics, marketing],
  services: [
    /* @__PURE__ */ shopService('session', 'necessary', 'Login', 'authentication', [sessionid]),
    /* @__PURE__ */ shopService('analytics', 'statistics', 'Statistics', 'analytics', [{ name: '_stats', duration: '13 months' }]),
  ],
} as const;

// ---- the bundle-size benchmark's site ----

/**
 * The site every bundle-size scenario describes: three categories, a first-party statistics
 * service and a third-party video embed, English only. Each peer scenario states the same site
 * in that peer's own config format.
 */
export const sizeSite = {
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
      party: firstParty,
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
} as const;
