// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

/** Portuguese (Portugal) catalog. Import it from `@cookiekit/core/locales/pt` so only sites that need it ship it. */
export const pt: Messages = {
  lang: 'pt',
  dir: 'ltr',
  banner: {
    title: 'Cookies neste site',
    text: 'Utilizamos cookies necessários para o funcionamento deste site. Com o seu consentimento, utilizamos também cookies para estatísticas e publicidade. Pode alterar a sua escolha a qualquer momento em «Definições de cookies».',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    customize: 'Personalizar',
    policyLink: 'Política de cookies',
    reasons: {
      'no-choice': '',
      'revision-changed': 'A nossa política de cookies mudou desde a sua última escolha.',
      'policy-extended': 'Desde a sua última escolha, passámos a utilizar cookies para novas finalidades.',
      expired: 'A sua última escolha expirou.',
    },
  },
  preferences: {
    title: 'Preferências de cookies',
    text: 'Escolha os cookies que podemos utilizar. Os cookies necessários estão sempre ativos: o site não funciona sem eles.',
    save: 'Guardar escolhas',
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
    saved: 'As suas escolhas foram guardadas.',
    exemptNotice: 'A medição de audiência anónima funciona sem consentimento; pode desativá-la.',
    optOut: 'Medição de audiência anónima',
  },
  signal: {
    honoured: 'O seu navegador envia um sinal Global Privacy Control, por isso a publicidade continua desativada.',
    conflict: 'Optou por permitir a publicidade, mas o seu navegador pede aos sites que não vendam nem partilhem os seus dados. Permitir mesmo assim?',
    confirm: 'Permitir mesmo assim',
  },
  settingsButton: 'Definições de cookies',
  placeholder: {
    label: 'Conteúdo bloqueado: {service}',
    text: 'Este conteúdo de {provider} ({service}) está bloqueado até que o permita.',
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
export const ptRegimes: RegimeMessages = {
  optOutText: 'Usamos cookies para estatísticas e publicidade. Pode recusar a qualquer momento a venda ou partilha das suas informações pessoais.',
  noticeText: 'Usamos cookies para estatísticas e publicidade. Pode alterar isto a qualquer momento nas definições de cookies.',
  optOut: 'Recusar',
  acknowledge: 'OK',
  doNotSell: 'Não vender nem partilhar as minhas informações pessoais',
  privacyChoices: 'As suas escolhas de privacidade',
  limitSensitive: 'Limitar a utilização das minhas informações pessoais sensíveis',
  honoured: 'Pedido de recusa respeitado',
};
