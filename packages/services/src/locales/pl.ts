import type { ServiceTexts } from '../types';

/** pl: the service presets' function codes and notes. Awaiting native review. */
export const pl: ServiceTexts = {
  lang: 'pl',
  review: 'awaiting native review',
  functions: {
    analytics: 'Analityka internetowa',
    'tag-management': 'Zarządzanie tagami',
    advertising: 'Reklama i śledzenie konwersji',
    'session-recording': 'Mapy cieplne i nagrania sesji',
    maps: 'Osadzona mapa',
    video: 'Osadzone wideo',
    audio: 'Osadzony odtwarzacz audio',
    'bot-protection': 'Ochrona przed botami i spamem',
    chat: 'Czat na żywo i obsługa klienta',
    payment: 'Obsługa płatności',
    monitoring: 'Monitorowanie błędów i wydajności',
    'ab-testing': 'Testy A/B',
    comments: 'Komentarze',
    'social-embed': 'Osadzone posty z mediów społecznościowych',
    scheduling: 'Rezerwacja spotkań',
    forms: 'Formularze i ankiety',
    'customer-data': 'Platforma danych klientów',
    'marketing-automation': 'Automatyzacja marketingu i CRM',
  },
  notes: {
    basic: 'Tryb zgody Google, podstawowy: tag wczytuje się dopiero po wyrażeniu zgody',
    advanced: 'Tryb zgody Google, zaawansowany: tag wczytuje się przed zgodą z odmową przechowywania i wysyła pingi bez plików cookie',
    cookieless: 'nie zapisuje niczego na Twoim urządzeniu',
    ungated: 'działa bez zgody na podstawie wyjątku, na który powołuje się ta witryna',
  },
};
