import type { ServiceTexts } from '../types';

/** pt: the service presets' function codes and notes. Awaiting native review. */
export const pt: ServiceTexts = {
  lang: 'pt',
  review: 'awaiting native review',
  functions: {
    analytics: 'Análise web',
    'tag-management': 'Gestão de etiquetas',
    advertising: 'Publicidade e acompanhamento de conversões',
    'session-recording': 'Mapas de calor e gravações de sessões',
    maps: 'Mapa incorporado',
    video: 'Vídeo incorporado',
    audio: 'Leitor de áudio incorporado',
    'bot-protection': 'Proteção contra bots e spam',
    chat: 'Chat em direto e apoio ao cliente',
    payment: 'Processamento de pagamentos',
    monitoring: 'Monitorização de erros e desempenho',
    'ab-testing': 'Testes A/B',
    comments: 'Comentários',
    'social-embed': 'Publicações de redes sociais incorporadas',
    scheduling: 'Marcação de reuniões',
    forms: 'Formulários e inquéritos',
    'customer-data': 'Plataforma de dados de clientes',
    'marketing-automation': 'Automatização de marketing e CRM',
  },
  notes: {
    basic: 'Modo de consentimento da Google básico: a etiqueta só é carregada após o consentimento',
    advanced: 'Modo de consentimento da Google avançado: a etiqueta é carregada antes do consentimento com o armazenamento recusado e envia pings sem cookies',
    cookieless: 'não armazena nada no seu dispositivo',
    ungated: 'funciona sem consentimento ao abrigo de uma isenção invocada por este sítio',
  },
};
