import type { ServiceTexts } from '../types';

/** lt: the service presets' function codes and notes. Awaiting native review. */
export const lt: ServiceTexts = {
  lang: 'lt',
  review: 'awaiting native review',
  functions: {
    analytics: 'Svetainės analitika',
    'tag-management': 'Žymų valdymas',
    advertising: 'Reklama ir konversijų stebėjimas',
    'session-recording': 'Šilumos žemėlapiai ir seansų įrašai',
    maps: 'Įterptas žemėlapis',
    video: 'Įterptas vaizdo įrašas',
    audio: 'Įterptas garso grotuvas',
    'bot-protection': 'Apsauga nuo robotų ir šlamšto',
    chat: 'Tiesioginis pokalbis ir klientų aptarnavimas',
    payment: 'Mokėjimų apdorojimas',
    monitoring: 'Klaidų ir našumo stebėsena',
    'ab-testing': 'A/B testavimas',
    comments: 'Komentarai',
    'social-embed': 'Įterpti socialinių tinklų įrašai',
    scheduling: 'Susitikimų rezervavimas',
    forms: 'Formos ir apklausos',
    'customer-data': 'Klientų duomenų platforma',
    'marketing-automation': 'Rinkodaros automatizavimas ir CRM',
  },
  notes: {
    basic: '„Google“ sutikimo režimas, pagrindinis: žyma įkeliama tik gavus sutikimą',
    advanced: '„Google“ sutikimo režimas, išplėstinis: žyma įkeliama prieš sutikimą, kai saugojimas uždraustas, ir siunčia signalus be slapukų',
    cookieless: 'nieko nesaugo jūsų įrenginyje',
    ungated: 'veikia be sutikimo pagal išimtį, kuria remiasi ši svetainė',
  },
};
