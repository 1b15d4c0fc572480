import type { ServiceTexts } from '../types';

/** lv: the service presets' function codes and notes. Awaiting native review. */
export const lv: ServiceTexts = {
  lang: 'lv',
  review: 'awaiting native review',
  functions: {
    analytics: 'Tīmekļa analītika',
    'tag-management': 'Tagu pārvaldība',
    advertising: 'Reklāma un reklāmguvumu izsekošana',
    'session-recording': 'Siltuma kartes un sesiju ieraksti',
    maps: 'Iegulta karte',
    video: 'Iegults video',
    audio: 'Iegults audio atskaņotājs',
    'bot-protection': 'Aizsardzība pret robotiem un mēstulēm',
    chat: 'Tiešsaistes tērzēšana un klientu atbalsts',
    payment: 'Maksājumu apstrāde',
    monitoring: 'Kļūdu un veiktspējas uzraudzība',
    'ab-testing': 'A/B testēšana',
    comments: 'Komentāri',
    'social-embed': 'Iegulti sociālo tīklu ieraksti',
    scheduling: 'Tikšanās rezervēšana',
    forms: 'Veidlapas un aptaujas',
    'customer-data': 'Klientu datu platforma',
    'marketing-automation': 'Mārketinga automatizācija un CRM',
  },
  notes: {
    basic: 'Google piekrišanas režīms, pamata: tags tiek ielādēts tikai pēc piekrišanas',
    advanced: 'Google piekrišanas režīms, paplašinātais: tags tiek ielādēts pirms piekrišanas ar liegtu glabāšanu un sūta signālus bez sīkdatnēm',
    cookieless: 'neko neglabā jūsu ierīcē',
    ungated: 'darbojas bez piekrišanas saskaņā ar izņēmumu, uz kuru atsaucas šī vietne',
  },
};
