import type { ServiceTexts } from '../types';

/** it: the service presets' function codes and notes. Awaiting native review. */
export const it: ServiceTexts = {
  lang: 'it',
  review: 'awaiting native review',
  functions: {
    analytics: 'Analisi web',
    'tag-management': 'Gestione dei tag',
    advertising: 'Pubblicità e monitoraggio delle conversioni',
    'session-recording': 'Mappe di calore e registrazioni delle sessioni',
    maps: 'Mappa incorporata',
    video: 'Video incorporato',
    audio: 'Lettore audio incorporato',
    'bot-protection': 'Protezione da bot e spam',
    chat: 'Chat dal vivo e assistenza clienti',
    payment: 'Elaborazione dei pagamenti',
    monitoring: 'Monitoraggio di errori e prestazioni',
    'ab-testing': 'Test A/B',
    comments: 'Commenti',
    'social-embed': 'Post dei social media incorporati',
    scheduling: 'Prenotazione di appuntamenti',
    forms: 'Moduli e sondaggi',
    'customer-data': 'Piattaforma dei dati dei clienti',
    'marketing-automation': 'Automazione del marketing e CRM',
  },
  notes: {
    basic: 'Modalità di consenso di Google di base: il tag si carica solo dopo il consenso',
    advanced: 'Modalità di consenso di Google avanzata: il tag si carica prima del consenso con archiviazione negata e invia ping senza cookie',
    cookieless: 'non memorizza nulla sul tuo dispositivo',
    ungated: 'funziona senza consenso in base a un’esenzione invocata da questo sito',
  },
};
