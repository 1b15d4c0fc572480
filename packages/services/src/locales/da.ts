import type { ServiceTexts } from '../types';

/** da: the service presets' function codes and notes. Awaiting native review. */
export const da: ServiceTexts = {
  lang: 'da',
  review: 'awaiting native review',
  functions: {
    analytics: 'Webanalyse',
    'tag-management': 'Tagstyring',
    advertising: 'Annoncering og konverteringssporing',
    'session-recording': 'Heatmaps og sessionsoptagelser',
    maps: 'Indlejret kort',
    video: 'Indlejret video',
    audio: 'Indlejret lydafspiller',
    'bot-protection': 'Beskyttelse mod bots og spam',
    chat: 'Livechat og kundesupport',
    payment: 'Betalingsbehandling',
    monitoring: 'Overvågning af fejl og ydeevne',
    'ab-testing': 'A/B-test',
    comments: 'Kommentarer',
    'social-embed': 'Indlejrede opslag fra sociale medier',
    scheduling: 'Booking af aftaler',
    forms: 'Formularer og undersøgelser',
    'customer-data': 'Kundedataplatform',
    'marketing-automation': 'Marketingautomatisering og CRM',
  },
  notes: {
    basic: 'Googles samtykketilstand, basis: tagget indlæses først efter samtykke',
    advanced: 'Googles samtykketilstand, avanceret: tagget indlæses før samtykke med lagring afvist og sender cookiefri pings',
    cookieless: 'gemmer intet på din enhed',
    ungated: 'kører uden samtykke i henhold til en undtagelse, som dette websted påberåber sig',
  },
};
