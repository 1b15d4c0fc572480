import type { ServiceTexts } from '../types';

/** gl: the service presets' function codes and notes. Awaiting native review. */
export const gl: ServiceTexts = {
  lang: 'gl',
  review: 'awaiting native review',
  functions: {
    analytics: 'Analítica web',
    'tag-management': 'Xestión de etiquetas',
    advertising: 'Publicidade e seguimento de conversións',
    'session-recording': 'Mapas de calor e gravacións de sesións',
    maps: 'Mapa incorporado',
    video: 'Vídeo incorporado',
    audio: 'Reprodutor de audio incorporado',
    'bot-protection': 'Protección contra bots e spam',
    chat: 'Chat en directo e atención ao cliente',
    payment: 'Procesamento de pagamentos',
    monitoring: 'Supervisión de erros e rendemento',
    'ab-testing': 'Probas A/B',
    comments: 'Comentarios',
    'social-embed': 'Publicacións de redes sociais incorporadas',
    scheduling: 'Reserva de citas',
    forms: 'Formularios e enquisas',
    'customer-data': 'Plataforma de datos de clientes',
    'marketing-automation': 'Automatización do márketing e CRM',
  },
  notes: {
    basic: 'Modo de consentimento de Google básico: a etiqueta só se carga despois do consentimento',
    advanced: 'Modo de consentimento de Google avanzado: a etiqueta cárgase antes do consentimento co almacenamento denegado e envía pings sen cookies',
    cookieless: 'non garda nada no seu dispositivo',
    ungated: 'funciona sen consentimento en virtude dunha exención que invoca este sitio',
  },
};
