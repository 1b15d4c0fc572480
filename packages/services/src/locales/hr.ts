import type { ServiceTexts } from '../types';

/** hr: the service presets' function codes and notes. Awaiting native review. */
export const hr: ServiceTexts = {
  lang: 'hr',
  review: 'awaiting native review',
  functions: {
    analytics: 'Web-analitika',
    'tag-management': 'Upravljanje oznakama',
    advertising: 'Oglašavanje i praćenje konverzija',
    'session-recording': 'Toplinske karte i snimke sesija',
    maps: 'Ugrađena karta',
    video: 'Ugrađeni videozapis',
    audio: 'Ugrađeni audioreproduktor',
    'bot-protection': 'Zaštita od botova i neželjene pošte',
    chat: 'Chat uživo i korisnička podrška',
    payment: 'Obrada plaćanja',
    monitoring: 'Praćenje pogrešaka i performansi',
    'ab-testing': 'A/B testiranje',
    comments: 'Komentari',
    'social-embed': 'Ugrađene objave s društvenih mreža',
    scheduling: 'Rezervacija termina',
    forms: 'Obrasci i ankete',
    'customer-data': 'Platforma podataka o kupcima',
    'marketing-automation': 'Automatizacija marketinga i CRM',
  },
  notes: {
    basic: 'Googleov način privole, osnovni: oznaka se učitava tek nakon privole',
    advanced: 'Googleov način privole, napredni: oznaka se učitava prije privole s odbijenom pohranom i šalje pingove bez kolačića',
    cookieless: 'ne pohranjuje ništa na vaš uređaj',
    ungated: 'radi bez privole na temelju izuzeća na koje se ova stranica poziva',
  },
};
