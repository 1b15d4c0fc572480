import type { ServiceTexts } from '../types';

/** eu: the service presets' function codes and notes. Awaiting native review. */
export const eu: ServiceTexts = {
  lang: 'eu',
  review: 'awaiting native review',
  functions: {
    analytics: 'Web-analitika',
    'tag-management': 'Etiketen kudeaketa',
    advertising: 'Publizitatea eta bihurketen jarraipena',
    'session-recording': 'Bero-mapak eta saioen grabazioak',
    maps: 'Mapa txertatua',
    video: 'Bideo txertatua',
    audio: 'Audio-erreproduzitzaile txertatua',
    'bot-protection': 'Boten eta spamaren aurkako babesa',
    chat: 'Zuzeneko txata eta bezeroarentzako arreta',
    payment: 'Ordainketen prozesamendua',
    monitoring: 'Erroreen eta errendimenduaren jarraipena',
    'ab-testing': 'A/B probak',
    comments: 'Iruzkinak',
    'social-embed': 'Sare sozialetako argitalpen txertatuak',
    scheduling: 'Hitzorduak erreserbatzea',
    forms: 'Inprimakiak eta inkestak',
    'customer-data': 'Bezeroen datuen plataforma',
    'marketing-automation': 'Marketinaren automatizazioa eta CRM',
  },
  notes: {
    basic: 'Google-ren baimen modua, oinarrizkoa: etiketa baimena eman ondoren bakarrik kargatzen da',
    advanced: 'Google-ren baimen modua, aurreratua: etiketa baimenaren aurretik kargatzen da, biltegiratzea ukatuta, eta cookierik gabeko pingak bidaltzen ditu',
    cookieless: 'ez du ezer gordetzen zure gailuan',
    ungated: 'baimenik gabe dabil gune honek aipatzen duen salbuespen baten arabera',
  },
};
