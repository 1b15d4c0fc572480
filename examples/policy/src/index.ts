import { defineCookiePolicy } from '@cookiekit/core';

/**
 * The seed site's cookie policy (the four necessary cookies of its table, with their texts as
 * published), plus a first-party statistics service and a third-party marketing service with an
 * embedded player, so every kind of cookie the seed page explains is exercised.
 */
export const policy = defineCookiePolicy({
  revision: '2026-11-01',
  defaultLanguage: 'en',
  site: { name: 'Smartbump shop', url: 'https://smartbump.opendatasoft.com' },
  consentCookie: { name: 'cookies_preferences', duration: '6 months' },
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
      party: { type: 'first' },
      purposes: [
        {
          code: 'authentication',
          text: { en: 'To remember the user from one page to another', fr: "Se souvenir de l'utilisateur d'une page à l'autre" },
        },
      ],
      storage: [{ name: 'sessionid', duration: '2 weeks', httpOnly: true }],
    },
    {
      id: 'language',
      provider: 'Opendatasoft',
      function: { en: 'Language selection (front and back office)', fr: 'Sélection de la langue (front et back office)' },
      category: 'necessary',
      party: { type: 'first' },
      purposes: [
        {
          code: 'ui-language',
          text: { en: "To remember the visitor's language", fr: 'Se souvenir de la langue du visiteur' },
        },
      ],
      storage: [{ name: 'django_language', duration: 'session' }],
    },
    {
      id: 'csrf',
      provider: 'Opendatasoft',
      // The seed page's own wording, kept as published.
      function: { en: 'API (CSRF) (front et back office)', fr: 'API (CSRF) (front et back office)' },
      category: 'necessary',
      party: { type: 'first' },
      purposes: [
        {
          code: 'csrf',
          text: { en: 'To retrieve data via API calls', fr: 'Récupérer des données via des appels API' },
        },
      ],
      storage: [{ name: 'csrftoken', duration: '1 year' }],
    },
    {
      id: 'cookie-preferences',
      provider: 'Opendatasoft',
      function: { en: 'Choices related to your cookie preferences', fr: 'Choix relatifs à vos préférences en matière de cookies' },
      category: 'necessary',
      party: { type: 'first' },
      purposes: [
        {
          code: 'consent-storage',
          text: { en: "To remember the visitor's cookie preferences", fr: 'Se souvenir des préférences du visiteur en matière de cookies' },
        },
      ],
      storage: [
        { name: 'cookies_preferences', duration: '6 months' },
        { kind: 'localStorage', name: 'cookiekit:pending', duration: '1 day' },
      ],
    },
    {
      id: 'shop-analytics',
      provider: 'Smartbump',
      function: { en: 'Visit statistics (whole site)', fr: 'Statistiques de visite (tout le site)' },
      category: 'statistics',
      party: { type: 'first' },
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
        { name: '_shop_stats', duration: '13 months' },
        { name: '_shop_stats_ses*', duration: '30 minutes' },
        // Set by the shop's server for each visit; the browser cannot delete it, the server does (C6).
        { name: '_shop_visit', duration: '30 minutes', httpOnly: true },
        { kind: 'localStorage', pattern: 'shop_stats:.*', duration: '13 months' },
      ],
    },
    {
      id: 'ad-pixel',
      provider: 'AdPartner',
      function: { en: 'Advertising measurement (product pages)', fr: 'Mesure publicitaire (pages produits)' },
      category: 'marketing',
      party: { type: 'third', name: 'AdPartner Ltd', privacyUrl: 'https://adpartner.example/privacy' },
      purposes: [
        {
          code: 'advertising',
          text: {
            en: 'To show you our products on other sites and measure those adverts',
            fr: 'Vous montrer nos produits sur d’autres sites et mesurer ces publicités',
          },
        },
      ],
      storage: [
        { name: '_adp_uid', duration: '13 months' },
        { name: '_adp_seen', path: '/shop', duration: '30 days' },
      ],
    },
    {
      id: 'video-embed',
      provider: 'StreamTube',
      function: { en: 'Embedded product videos (product pages)', fr: 'Vidéos de produits intégrées (pages produits)' },
      category: 'marketing',
      party: { type: 'third', name: 'StreamTube Inc.', privacyUrl: 'https://streamtube.example/privacy' },
      purposes: [
        {
          code: 'embedded-content',
          text: { en: 'To play product videos and remember your player settings', fr: 'Lire les vidéos de produits et retenir vos réglages du lecteur' },
        },
      ],
      storage: [{ name: 'st_player', duration: '6 months' }],
    },
  ],
});

/** The example's policy type, for typed hooks and composables. */
export type ShopPolicy = typeof policy;
