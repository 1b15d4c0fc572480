import type { ServiceTexts } from '../types';

/** ca: the service presets' function codes and notes. Awaiting native review. */
export const ca: ServiceTexts = {
  lang: 'ca',
  review: 'awaiting native review',
  functions: {
    analytics: 'Analítica web',
    'tag-management': 'Gestió d’etiquetes',
    advertising: 'Publicitat i seguiment de conversions',
    'session-recording': 'Mapes de calor i enregistraments de sessions',
    maps: 'Mapa incrustat',
    video: 'Vídeo incrustat',
    audio: 'Reproductor d’àudio incrustat',
    'bot-protection': 'Protecció contra bots i correu brossa',
    chat: 'Xat en directe i atenció al client',
    payment: 'Processament de pagaments',
    monitoring: 'Supervisió d’errors i rendiment',
    'ab-testing': 'Proves A/B',
    comments: 'Comentaris',
    'social-embed': 'Publicacions de xarxes socials incrustades',
    scheduling: 'Reserva de cites',
    forms: 'Formularis i enquestes',
    'customer-data': 'Plataforma de dades de clients',
    'marketing-automation': 'Automatització del màrqueting i CRM',
  },
  notes: {
    basic: 'Mode de consentiment de Google bàsic: l’etiqueta només es carrega després del consentiment',
    advanced: 'Mode de consentiment de Google avançat: l’etiqueta es carrega abans del consentiment amb l’emmagatzematge denegat i envia pings sense galetes',
    cookieless: 'no desa res al vostre dispositiu',
    ungated: 'funciona sense consentiment en virtut d’una exempció que invoca aquest lloc',
  },
};
