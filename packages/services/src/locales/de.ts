import type { ServiceTexts } from '../types';

/** de: the service presets' function codes and notes. Awaiting native review. */
export const de: ServiceTexts = {
  lang: 'de',
  review: 'awaiting native review',
  functions: {
    analytics: 'Webanalyse',
    'tag-management': 'Tag-Verwaltung',
    advertising: 'Werbung und Conversion-Tracking',
    'session-recording': 'Heatmaps und Sitzungsaufzeichnungen',
    maps: 'Eingebettete Karte',
    video: 'Eingebettetes Video',
    audio: 'Eingebetteter Audioplayer',
    'bot-protection': 'Schutz vor Bots und Spam',
    chat: 'Live-Chat und Kundensupport',
    payment: 'Zahlungsabwicklung',
    monitoring: 'Fehler- und Leistungsüberwachung',
    'ab-testing': 'A/B-Tests',
    comments: 'Kommentare',
    'social-embed': 'Eingebettete Social-Media-Beiträge',
    scheduling: 'Terminbuchung',
    forms: 'Formulare und Umfragen',
    'customer-data': 'Kundendatenplattform',
    'marketing-automation': 'Marketing-Automatisierung und CRM',
  },
  notes: {
    basic: 'Google-Einwilligungsmodus (einfach): Das Tag wird erst nach der Einwilligung geladen',
    advanced: 'Google-Einwilligungsmodus (erweitert): Das Tag wird vor der Einwilligung mit verweigerter Speicherung geladen und sendet cookielose Pings',
    cookieless: 'speichert nichts auf Ihrem Gerät',
    ungated: 'läuft ohne Einwilligung aufgrund einer Ausnahme, auf die sich diese Website beruft',
  },
};
