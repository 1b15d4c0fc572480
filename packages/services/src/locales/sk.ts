import type { ServiceTexts } from '../types';

/** sk: the service presets' function codes and notes. Awaiting native review. */
export const sk: ServiceTexts = {
  lang: 'sk',
  review: 'awaiting native review',
  functions: {
    analytics: 'Webová analytika',
    'tag-management': 'Správa značiek',
    advertising: 'Reklama a meranie konverzií',
    'session-recording': 'Teplotné mapy a záznamy relácií',
    maps: 'Vložená mapa',
    video: 'Vložené video',
    audio: 'Vložený audioprehrávač',
    'bot-protection': 'Ochrana pred botmi a spamom',
    chat: 'Živý chat a zákaznícka podpora',
    payment: 'Spracovanie platieb',
    monitoring: 'Sledovanie chýb a výkonu',
    'ab-testing': 'A/B testovanie',
    comments: 'Komentáre',
    'social-embed': 'Vložené príspevky zo sociálnych sietí',
    scheduling: 'Rezervácia stretnutí',
    forms: 'Formuláre a prieskumy',
    'customer-data': 'Platforma zákazníckych údajov',
    'marketing-automation': 'Automatizácia marketingu a CRM',
  },
  notes: {
    basic: 'Režim súhlasu Google, základný: značka sa načíta až po udelení súhlasu',
    advanced: 'Režim súhlasu Google, rozšírený: značka sa načíta pred súhlasom so zamietnutým ukladaním a odosiela pingy bez súborov cookie',
    cookieless: 'neukladá nič do vášho zariadenia',
    ungated: 'beží bez súhlasu na základe výnimky, na ktorú sa táto stránka odvoláva',
  },
};
