import type { ServiceTexts } from '../types';

/** sr-Latn: the service presets' function codes and notes. Awaiting native review. */
export const srLatn: ServiceTexts = {
  lang: 'sr-Latn',
  review: 'awaiting native review',
  functions: {
    analytics: 'Veb-analitika',
    'tag-management': 'Upravljanje oznakama',
    advertising: 'Oglašavanje i praćenje konverzija',
    'session-recording': 'Toplotne mape i snimci sesija',
    maps: 'Ugrađena mapa',
    video: 'Ugrađeni video',
    audio: 'Ugrađeni audio-plejer',
    'bot-protection': 'Zaštita od botova i neželjene pošte',
    chat: 'Ćaskanje uživo i korisnička podrška',
    payment: 'Obrada plaćanja',
    monitoring: 'Praćenje grešaka i performansi',
    'ab-testing': 'A/B testiranje',
    comments: 'Komentari',
    'social-embed': 'Ugrađene objave sa društvenih mreža',
    scheduling: 'Zakazivanje termina',
    forms: 'Obrasci i ankete',
    'customer-data': 'Platforma podataka o kupcima',
    'marketing-automation': 'Automatizacija marketinga i CRM',
  },
  notes: {
    basic: 'Google režim saglasnosti, osnovni: oznaka se učitava tek posle saglasnosti',
    advanced: 'Google režim saglasnosti, napredni: oznaka se učitava pre saglasnosti sa odbijenim skladištenjem i šalje pingove bez kolačića',
    cookieless: 'ne čuva ništa na vašem uređaju',
    ungated: 'radi bez saglasnosti na osnovu izuzetka na koji se ovaj sajt poziva',
  },
};
