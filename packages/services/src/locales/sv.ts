import type { ServiceTexts } from '../types';

/** sv: the service presets' function codes and notes. Awaiting native review. */
export const sv: ServiceTexts = {
  lang: 'sv',
  review: 'awaiting native review',
  functions: {
    analytics: 'Webbanalys',
    'tag-management': 'Tagghantering',
    advertising: 'Annonsering och konverteringsspårning',
    'session-recording': 'Värmekartor och sessionsinspelningar',
    maps: 'Inbäddad karta',
    video: 'Inbäddad video',
    audio: 'Inbäddad ljudspelare',
    'bot-protection': 'Skydd mot robotar och skräppost',
    chat: 'Livechatt och kundsupport',
    payment: 'Betalningshantering',
    monitoring: 'Övervakning av fel och prestanda',
    'ab-testing': 'A/B-testning',
    comments: 'Kommentarer',
    'social-embed': 'Inbäddade inlägg från sociala medier',
    scheduling: 'Tidsbokning',
    forms: 'Formulär och enkäter',
    'customer-data': 'Kunddataplattform',
    'marketing-automation': 'Marknadsföringsautomation och CRM',
  },
  notes: {
    basic: 'Googles samtyckesläge, grundläggande: taggen läses in först efter samtycke',
    advanced: 'Googles samtyckesläge, avancerat: taggen läses in före samtycke med lagring nekad och skickar cookiefria pingar',
    cookieless: 'lagrar inget på din enhet',
    ungated: 'körs utan samtycke enligt ett undantag som den här webbplatsen åberopar',
  },
};
