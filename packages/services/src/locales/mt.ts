import type { ServiceTexts } from '../types';

/** mt: the service presets' function codes and notes. Awaiting native review. */
export const mt: ServiceTexts = {
  lang: 'mt',
  review: 'awaiting native review',
  functions: {
    analytics: 'Analitika tal-web',
    'tag-management': 'Ġestjoni tat-tikketti',
    advertising: 'Reklamar u traċċar tal-konverżjonijiet',
    'session-recording': 'Mapep tas-sħana u reġistrazzjonijiet tas-sessjonijiet',
    maps: 'Mappa inkorporata',
    video: 'Vidjo inkorporat',
    audio: 'Plejer tal-awdjo inkorporat',
    'bot-protection': 'Protezzjoni kontra l-bots u l-ispam',
    chat: 'Chat dirett u appoġġ lill-klijenti',
    payment: 'Ipproċessar tal-pagamenti',
    monitoring: 'Monitoraġġ tal-iżbalji u tal-prestazzjoni',
    'ab-testing': 'Ittestjar A/B',
    comments: 'Kummenti',
    'social-embed': 'Posts inkorporati tal-midja soċjali',
    scheduling: 'Ibbukkjar tal-appuntamenti',
    forms: 'Formoli u stħarriġ',
    'customer-data': 'Pjattaforma tad-data tal-klijenti',
    'marketing-automation': 'Awtomazzjoni tal-marketing u CRM',
  },
  notes: {
    basic: 'Mod ta’ Kunsens ta’ Google bażiku: it-tikketta titgħabba biss wara l-kunsens',
    advanced: 'Mod ta’ Kunsens ta’ Google avvanzat: it-tikketta titgħabba qabel il-kunsens bil-ħżin miċħud u tibgħat pings mingħajr cookies',
    cookieless: 'ma jaħżen xejn fuq it-tagħmir tiegħek',
    ungated: 'jaħdem mingħajr kunsens taħt eżenzjoni li fuqha joqgħod dan is-sit',
  },
};
