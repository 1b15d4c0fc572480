import type { ServiceTexts } from '../types';

/** et: the service presets' function codes and notes. Awaiting native review. */
export const et: ServiceTexts = {
  lang: 'et',
  review: 'awaiting native review',
  functions: {
    analytics: 'Veebianalüütika',
    'tag-management': 'Siltide haldus',
    advertising: 'Reklaam ja konversioonide jälgimine',
    'session-recording': 'Soojuskaardid ja seansside salvestused',
    maps: 'Manustatud kaart',
    video: 'Manustatud video',
    audio: 'Manustatud helipleier',
    'bot-protection': 'Kaitse robotite ja rämpsposti eest',
    chat: 'Vestlus ja klienditugi',
    payment: 'Maksete töötlemine',
    monitoring: 'Vigade ja jõudluse jälgimine',
    'ab-testing': 'A/B-testimine',
    comments: 'Kommentaarid',
    'social-embed': 'Manustatud sotsiaalmeedia postitused',
    scheduling: 'Aegade broneerimine',
    forms: 'Vormid ja küsitlused',
    'customer-data': 'Kliendiandmete platvorm',
    'marketing-automation': 'Turunduse automatiseerimine ja CRM',
  },
  notes: {
    basic: 'Google’i nõusolekurežiim, põhiline: silt laaditakse alles pärast nõusolekut',
    advanced: 'Google’i nõusolekurežiim, täpsem: silt laaditakse enne nõusolekut keelatud salvestusega ja saadab küpsisteta signaale',
    cookieless: 'ei salvesta teie seadmesse midagi',
    ungated: 'töötab ilma nõusolekuta erandi alusel, millele see sait tugineb',
  },
};
