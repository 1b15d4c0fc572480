import type { ServiceTexts } from '../types';

/** nl: the service presets' function codes and notes. Awaiting native review. */
export const nl: ServiceTexts = {
  lang: 'nl',
  review: 'awaiting native review',
  functions: {
    analytics: 'Webanalyse',
    'tag-management': 'Tagbeheer',
    advertising: 'Advertenties en conversiemeting',
    'session-recording': 'Heatmaps en sessie-opnamen',
    maps: 'Ingesloten kaart',
    video: 'Ingesloten video',
    audio: 'Ingesloten audiospeler',
    'bot-protection': 'Bescherming tegen bots en spam',
    chat: 'Livechat en klantenservice',
    payment: 'Betalingsverwerking',
    monitoring: 'Fout- en prestatiebewaking',
    'ab-testing': 'A/B-tests',
    comments: 'Reacties',
    'social-embed': 'Ingesloten berichten van sociale media',
    scheduling: 'Afspraken plannen',
    forms: 'Formulieren en enquêtes',
    'customer-data': 'Klantdataplatform',
    'marketing-automation': 'Marketingautomatisering en CRM',
  },
  notes: {
    basic: 'Google-toestemmingsmodus basis: de tag laadt pas na toestemming',
    advanced: 'Google-toestemmingsmodus geavanceerd: de tag laadt vóór toestemming met opslag geweigerd en verstuurt pings zonder cookies',
    cookieless: 'slaat niets op uw apparaat op',
    ungated: 'werkt zonder toestemming op grond van een uitzondering waarop deze site zich beroept',
  },
};
