import { defineCookiePolicy } from '../policy';

/**
 * The seed cookie policy page as a policy: its four necessary cookies with their published texts
 * (English and French), plus a first-party statistics service and a third-party marketing
 * service, so every kind of cookie the page explains appears.
 */
export const seedPolicy = defineCookiePolicy({
  revision: '2026-11-01',
  defaultLanguage: 'en',
  site: { name: 'Smartbump', url: 'https://smartbump.opendatasoft.com' },
  categories: [
    {
      id: 'necessary',
      label: {
        en: 'Cookies necessary for the platform to function properly/functionality cookies',
        fr: 'Cookies nécessaires au bon fonctionnement de la plateforme/cookies de fonctionnalité',
      },
      description: {
        en: 'They do not require your consent.',
        fr: 'Ils ne nécessitent pas votre consentement.',
      },
    },
    {
      id: 'statistics',
      label: { en: 'Statistics', fr: 'Statistiques' },
      description: { en: 'Used only with your consent.', fr: 'Utilisés uniquement avec votre consentement.' },
    },
    {
      id: 'marketing',
      label: { en: 'Marketing', fr: 'Marketing' },
      description: { en: 'Used only with your consent.', fr: 'Utilisés uniquement avec votre consentement.' },
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
          text: { en: 'To remember the user from one page to another', fr: 'Se souvenir de l’utilisateur d’une page à l’autre' },
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
      purposes: [{ code: 'ui-language', text: { en: "To remember the visitor's language", fr: 'Se souvenir de la langue du visiteur' } }],
      storage: [{ name: 'django_language', duration: 'session' }],
    },
    {
      id: 'csrf',
      provider: 'Opendatasoft',
      function: 'API (CSRF) (front et back office)',
      category: 'necessary',
      party: { type: 'first' },
      purposes: [{ code: 'csrf', text: { en: 'To retrieve data via API calls', fr: 'Récupérer des données via des appels API' } }],
      storage: [{ name: 'csrftoken', duration: '1 year' }],
    },
    {
      id: 'cookie-preferences',
      provider: 'Opendatasoft',
      function: { en: 'Choices related to your cookie preferences', fr: 'Choix relatifs à vos préférences en matière de cookies' },
      category: 'necessary',
      party: { type: 'first' },
      purposes: [{ code: 'consent-storage' }],
      storage: [{ name: 'cookies_preferences', duration: '6 months' }],
    },
    {
      id: 'shop-analytics',
      provider: 'Smartbump',
      function: { en: 'Visit statistics (whole site)', fr: 'Statistiques de visite (tout le site)' },
      category: 'statistics',
      party: { type: 'first' },
      purposes: [{ code: 'analytics' }],
      storage: [
        { name: '_shop_stats', duration: '13 months' },
        { name: '_shop_stats_ses*', duration: '30 minutes' },
        { kind: 'localStorage', pattern: 'shop_stats:.*', duration: '13 months' },
      ],
    },
    {
      id: 'ad-pixel',
      provider: 'AdPartner',
      function: { en: 'Advertising measurement (product pages)', fr: 'Mesure publicitaire (pages produits)' },
      category: 'marketing',
      party: { type: 'third', name: 'AdPartner Ltd', privacyUrl: 'https://adpartner.example/privacy' },
      purposes: [{ code: 'advertising' }],
      storage: [{ name: '_adp_uid', duration: '13 months' }],
    },
  ],
});
