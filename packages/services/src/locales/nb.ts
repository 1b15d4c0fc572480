import type { ServiceTexts } from '../types';

/** nb: the service presets' function codes and notes. Awaiting native review. */
export const nb: ServiceTexts = {
  lang: 'nb',
  review: 'awaiting native review',
  functions: {
    analytics: 'Nettanalyse',
    'tag-management': 'Tagghåndtering',
    advertising: 'Annonsering og konverteringssporing',
    'session-recording': 'Varmekart og øktopptak',
    maps: 'Innebygd kart',
    video: 'Innebygd video',
    audio: 'Innebygd lydspiller',
    'bot-protection': 'Beskyttelse mot roboter og søppelpost',
    chat: 'Direktechat og kundestøtte',
    payment: 'Betalingsbehandling',
    monitoring: 'Overvåking av feil og ytelse',
    'ab-testing': 'A/B-testing',
    comments: 'Kommentarer',
    'social-embed': 'Innebygde innlegg fra sosiale medier',
    scheduling: 'Timebestilling',
    forms: 'Skjemaer og undersøkelser',
    'customer-data': 'Kundedataplattform',
    'marketing-automation': 'Markedsføringsautomatisering og CRM',
  },
  notes: {
    basic: 'Googles samtykkemodus, grunnleggende: taggen lastes først etter samtykke',
    advanced: 'Googles samtykkemodus, avansert: taggen lastes før samtykke med lagring avslått og sender informasjonskapselfrie pinger',
    cookieless: 'lagrer ingenting på enheten din',
    ungated: 'kjører uten samtykke etter et unntak dette nettstedet påberoper seg',
  },
};
