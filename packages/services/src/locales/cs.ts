import type { ServiceTexts } from '../types';

/** cs: the service presets' function codes and notes. Awaiting native review. */
export const cs: ServiceTexts = {
  lang: 'cs',
  review: 'awaiting native review',
  functions: {
    analytics: 'Webová analytika',
    'tag-management': 'Správa značek',
    advertising: 'Reklama a měření konverzí',
    'session-recording': 'Teplotní mapy a záznamy relací',
    maps: 'Vložená mapa',
    video: 'Vložené video',
    audio: 'Vložený audiopřehrávač',
    'bot-protection': 'Ochrana před boty a spamem',
    chat: 'Živý chat a zákaznická podpora',
    payment: 'Zpracování plateb',
    monitoring: 'Sledování chyb a výkonu',
    'ab-testing': 'A/B testování',
    comments: 'Komentáře',
    'social-embed': 'Vložené příspěvky ze sociálních sítí',
    scheduling: 'Rezervace schůzek',
    forms: 'Formuláře a průzkumy',
    'customer-data': 'Platforma zákaznických dat',
    'marketing-automation': 'Automatizace marketingu a CRM',
  },
  notes: {
    basic: 'Režim souhlasu Google, základní: značka se načte až po udělení souhlasu',
    advanced: 'Režim souhlasu Google, rozšířený: značka se načte před souhlasem s odepřeným ukládáním a odesílá pingy bez cookies',
    cookieless: 'neukládá nic do vašeho zařízení',
    ungated: 'běží bez souhlasu na základě výjimky, na kterou se tento web odvolává',
  },
};
