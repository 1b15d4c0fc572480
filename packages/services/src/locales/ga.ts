import type { ServiceTexts } from '../types';

/** ga: the service presets' function codes and notes. Awaiting native review. */
export const ga: ServiceTexts = {
  lang: 'ga',
  review: 'awaiting native review',
  functions: {
    analytics: 'Anailísíocht ghréasáin',
    'tag-management': 'Bainistiú clibeanna',
    advertising: 'Fógraíocht agus rianú tiontuithe',
    'session-recording': 'Teasmhapaí agus taifeadtaí seisiún',
    maps: 'Léarscáil leabaithe',
    video: 'Físeán leabaithe',
    audio: 'Seinnteoir fuaime leabaithe',
    'bot-protection': 'Cosaint ar bhotanna agus ar thurscar',
    chat: 'Comhrá beo agus tacaíocht do chustaiméirí',
    payment: 'Próiseáil íocaíochtaí',
    monitoring: 'Monatóireacht ar earráidí agus ar fheidhmíocht',
    'ab-testing': 'Tástáil A/B',
    comments: 'Tráchtanna',
    'social-embed': 'Postálacha leabaithe ó na meáin shóisialta',
    scheduling: 'Áirithint coinní',
    forms: 'Foirmeacha agus suirbhéanna',
    'customer-data': 'Ardán sonraí custaiméirí',
    'marketing-automation': 'Uathoibriú margaíochta agus CRM',
  },
  notes: {
    basic: 'Mód Toilithe Google, bunúsach: ní lódáiltear an chlib ach tar éis toilithe',
    advanced: 'Mód Toilithe Google, casta: lódáiltear an chlib roimh thoiliú le stóráil diúltaithe agus seolann sí pinganna gan fianáin',
    cookieless: 'ní stórálann sé aon rud ar do ghléas',
    ungated: 'ritheann sé gan toiliú faoi dhíolúine a bhfuil an suíomh seo ag brath uirthi',
  },
};
