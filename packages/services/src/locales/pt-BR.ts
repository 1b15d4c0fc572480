import type { ServiceTexts } from '../types';

/** pt-BR: the service presets' function codes and notes. Awaiting native review. */
export const ptBR: ServiceTexts = {
  lang: 'pt-BR',
  review: 'awaiting native review',
  functions: {
    analytics: 'Análise da web',
    'tag-management': 'Gerenciamento de tags',
    advertising: 'Publicidade e acompanhamento de conversões',
    'session-recording': 'Mapas de calor e gravações de sessões',
    maps: 'Mapa incorporado',
    video: 'Vídeo incorporado',
    audio: 'Player de áudio incorporado',
    'bot-protection': 'Proteção contra bots e spam',
    chat: 'Chat ao vivo e atendimento ao cliente',
    payment: 'Processamento de pagamentos',
    monitoring: 'Monitoramento de erros e desempenho',
    'ab-testing': 'Testes A/B',
    comments: 'Comentários',
    'social-embed': 'Publicações de redes sociais incorporadas',
    scheduling: 'Agendamento de horários',
    forms: 'Formulários e pesquisas',
    'customer-data': 'Plataforma de dados de clientes',
    'marketing-automation': 'Automação de marketing e CRM',
  },
  notes: {
    basic: 'Modo de consentimento do Google básico: a tag só é carregada após o consentimento',
    advanced: 'Modo de consentimento do Google avançado: a tag é carregada antes do consentimento com o armazenamento negado e envia pings sem cookies',
    cookieless: 'não armazena nada no seu dispositivo',
    ungated: 'funciona sem consentimento com base em uma isenção invocada por este site',
  },
};
