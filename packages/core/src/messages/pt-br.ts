// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

/** Brazilian Portuguese catalog. Import it from `@cookiekit/core/locales/pt-br` so only sites that need it ship it. */
export const ptBR: Messages = {
  lang: 'pt-BR',
  dir: 'ltr',
  banner: {
    title: 'Cookies neste site',
    text: 'Usamos cookies necessários para o funcionamento deste site. Com o seu consentimento, também usamos cookies para estatísticas e publicidade. Você pode mudar sua escolha a qualquer momento em “Configurações de cookies”.',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    customize: 'Personalizar',
    policyLink: 'Política de cookies',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Nossa política de cookies mudou desde a sua última escolha.',
      'policy-extended': 'Desde a sua última escolha, passamos a usar cookies para novas finalidades.',
      expired: 'Sua última escolha expirou.',
    },
  },
  preferences: {
    title: 'Preferências de cookies',
    text: 'Escolha quais cookies podemos usar. Os cookies necessários ficam sempre ativos: o site não funciona sem eles.',
    save: 'Salvar escolhas',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    close: 'Fechar',
    alwaysOn: 'Sempre ativos',
    showServices: 'Mostrar serviços ({count})',
    hideServices: 'Ocultar serviços',
    cookies: 'Cookies',
    duration: 'Duração',
    session: 'Sessão',
    provider: 'Fornecedor',
    party: { first: 'Cookie próprio', third: 'Cookie de terceiros' },
    saved: 'Suas escolhas foram salvas.',
    exemptNotice: 'A medição de audiência anônima funciona sem consentimento; você pode desativá-la.',
    optOut: 'Medição de audiência anônima',
  },
  signal: {
    honoured: 'Seu navegador envia um sinal Global Privacy Control, por isso a publicidade continua desativada.',
    conflict: 'Você escolheu permitir a publicidade, mas seu navegador pede aos sites que não vendam nem compartilhem seus dados. Permitir mesmo assim?',
    confirm: 'Permitir mesmo assim',
  },
  settingsButton: 'Configurações de cookies',
  placeholder: {
    label: 'Conteúdo bloqueado: {service}',
    text: 'Este conteúdo de {provider} ({service}) fica bloqueado até você permiti-lo.',
    allow: 'Permitir {service}',
  },
  units: {
    second: { one: '{count}\u00a0segundo', many: '{count}\u00a0segundos', other: '{count}\u00a0segundos' },
    minute: { one: '{count}\u00a0minuto', many: '{count}\u00a0minutos', other: '{count}\u00a0minutos' },
    hour: { one: '{count}\u00a0hora', many: '{count}\u00a0horas', other: '{count}\u00a0horas' },
    day: { one: '{count}\u00a0dia', many: '{count}\u00a0dias', other: '{count}\u00a0dias' },
    week: { one: '{count}\u00a0semana', many: '{count}\u00a0semanas', other: '{count}\u00a0semanas' },
    month: { one: '{count}\u00a0mês', many: '{count}\u00a0meses', other: '{count}\u00a0meses' },
    year: { one: '{count}\u00a0ano', many: '{count}\u00a0anos', other: '{count}\u00a0anos' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const ptBRRegimes: RegimeMessages = {
  optOutText: 'Usamos cookies para estatísticas e publicidade. Você pode recusar a qualquer momento a venda ou o compartilhamento das suas informações pessoais.',
  noticeText: 'Usamos cookies para estatísticas e publicidade. Você pode alterar isso a qualquer momento nas configurações de cookies.',
  optOut: 'Recusar',
  acknowledge: 'OK',
  doNotSell: 'Não vender nem compartilhar minhas informações pessoais',
  privacyChoices: 'Suas escolhas de privacidade',
  limitSensitive: 'Limitar o uso das minhas informações pessoais sensíveis',
  honoured: 'Pedido de recusa atendido',
};
