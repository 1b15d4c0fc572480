import type { ServiceTexts } from '../types';

/** sl: the service presets' function codes and notes. Awaiting native review. */
export const sl: ServiceTexts = {
  lang: 'sl',
  review: 'awaiting native review',
  functions: {
    analytics: 'Spletna analitika',
    'tag-management': 'Upravljanje oznak',
    advertising: 'Oglaševanje in sledenje konverzijam',
    'session-recording': 'Toplotni zemljevidi in posnetki sej',
    maps: 'Vdelan zemljevid',
    video: 'Vdelan videoposnetek',
    audio: 'Vdelan zvočni predvajalnik',
    'bot-protection': 'Zaščita pred roboti in neželeno pošto',
    chat: 'Klepet v živo in podpora strankam',
    payment: 'Obdelava plačil',
    monitoring: 'Spremljanje napak in zmogljivosti',
    'ab-testing': 'Testiranje A/B',
    comments: 'Komentarji',
    'social-embed': 'Vdelane objave iz družbenih omrežij',
    scheduling: 'Rezervacija terminov',
    forms: 'Obrazci in ankete',
    'customer-data': 'Platforma podatkov o strankah',
    'marketing-automation': 'Avtomatizacija trženja in CRM',
  },
  notes: {
    basic: 'Googlov način privolitve, osnovni: oznaka se naloži šele po privolitvi',
    advanced: 'Googlov način privolitve, napredni: oznaka se naloži pred privolitvijo z zavrnjeno hrambo in pošilja pinge brez piškotkov',
    cookieless: 'na vaši napravi ne shrani ničesar',
    ungated: 'deluje brez privolitve na podlagi izjeme, na katero se sklicuje to spletno mesto',
  },
};
