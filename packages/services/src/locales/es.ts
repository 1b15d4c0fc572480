import type { ServiceTexts } from '../types';

/** es: the service presets' function codes and notes. Awaiting native review. */
export const es: ServiceTexts = {
  lang: 'es',
  review: 'awaiting native review',
  functions: {
    analytics: 'Analítica web',
    'tag-management': 'Gestión de etiquetas',
    advertising: 'Publicidad y seguimiento de conversiones',
    'session-recording': 'Mapas de calor y grabaciones de sesiones',
    maps: 'Mapa insertado',
    video: 'Vídeo insertado',
    audio: 'Reproductor de audio insertado',
    'bot-protection': 'Protección contra bots y spam',
    chat: 'Chat en directo y atención al cliente',
    payment: 'Procesamiento de pagos',
    monitoring: 'Supervisión de errores y rendimiento',
    'ab-testing': 'Pruebas A/B',
    comments: 'Comentarios',
    'social-embed': 'Publicaciones de redes sociales insertadas',
    scheduling: 'Reserva de citas',
    forms: 'Formularios y encuestas',
    'customer-data': 'Plataforma de datos de clientes',
    'marketing-automation': 'Automatización de marketing y CRM',
  },
  notes: {
    basic: 'Modo de consentimiento de Google básico: la etiqueta solo se carga tras el consentimiento',
    advanced: 'Modo de consentimiento de Google avanzado: la etiqueta se carga antes del consentimiento con el almacenamiento denegado y envía pings sin cookies',
    cookieless: 'no almacena nada en su dispositivo',
    ungated: 'funciona sin consentimiento en virtud de una exención que invoca este sitio',
  },
};
