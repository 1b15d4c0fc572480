import type { ServiceTexts } from '../types';

/** fi: the service presets' function codes and notes. Awaiting native review. */
export const fi: ServiceTexts = {
  lang: 'fi',
  review: 'awaiting native review',
  functions: {
    analytics: 'Verkkoanalytiikka',
    'tag-management': 'Tagien hallinta',
    advertising: 'Mainonta ja konversioseuranta',
    'session-recording': 'Lämpökartat ja istuntotallenteet',
    maps: 'Upotettu kartta',
    video: 'Upotettu video',
    audio: 'Upotettu äänisoitin',
    'bot-protection': 'Suojaus botteja ja roskapostia vastaan',
    chat: 'Livechat ja asiakastuki',
    payment: 'Maksujen käsittely',
    monitoring: 'Virheiden ja suorituskyvyn seuranta',
    'ab-testing': 'A/B-testaus',
    comments: 'Kommentit',
    'social-embed': 'Upotetut sosiaalisen median julkaisut',
    scheduling: 'Ajanvaraus',
    forms: 'Lomakkeet ja kyselyt',
    'customer-data': 'Asiakasdata-alusta',
    'marketing-automation': 'Markkinoinnin automaatio ja CRM',
  },
  notes: {
    basic: 'Googlen suostumustila, perus: tagi latautuu vasta suostumuksen jälkeen',
    advanced: 'Googlen suostumustila, edistynyt: tagi latautuu ennen suostumusta tallennus estettynä ja lähettää evästeettömiä pingejä',
    cookieless: 'ei tallenna laitteellesi mitään',
    ungated: 'toimii ilman suostumusta poikkeuksen nojalla, johon tämä sivusto vetoaa',
  },
};
