// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

/** Galician catalog. Import it from `@cookiekit/core/locales/gl` so only sites that need it ship it. */
export const gl: Messages = {
  lang: 'gl',
  dir: 'ltr',
  banner: {
    title: 'Cookies neste sitio web',
    text: 'Usamos cookies necesarias para que este sitio web funcione. Co seu consentimento, usamos tamén cookies para estatísticas e publicidade. Pode cambiar a súa elección en calquera momento en «Configuración de cookies».',
    acceptAll: 'Aceptar todas',
    rejectAll: 'Rexeitar todas',
    customize: 'Personalizar',
    policyLink: 'Política de cookies',
    reasons: {
      'no-choice': '',
      'revision-changed': 'A nosa política de cookies cambiou desde a súa última elección.',
      'policy-extended': 'Desde a súa última elección, empezamos a usar cookies para novas finalidades.',
      expired: 'A súa última elección caducou.',
    },
  },
  preferences: {
    title: 'Preferencias de cookies',
    text: 'Escolla que cookies podemos usar. As cookies necesarias están sempre activas: o sitio web non pode funcionar sen elas.',
    save: 'Gardar as opcións',
    acceptAll: 'Aceptar todas',
    rejectAll: 'Rexeitar todas',
    close: 'Pechar',
    alwaysOn: 'Sempre activas',
    showServices: 'Amosar os servizos ({count})',
    hideServices: 'Agochar os servizos',
    cookies: 'Cookies',
    duration: 'Duración',
    session: 'Sesión',
    provider: 'Provedor',
    party: { first: 'Propia', third: 'De terceiros' },
    saved: 'Gardáronse as súas opcións.',
    exemptNotice: 'A medición de audiencia anónima funciona sen consentimento; pode desactivala.',
    optOut: 'Medición de audiencia anónima',
  },
  signal: {
    honoured: 'O seu navegador envía un sinal Global Privacy Control, polo que a publicidade segue desactivada.',
    conflict: 'Escolleu permitir a publicidade, pero o seu navegador pídelles aos sitios web que non vendan nin compartan os seus datos. Quere permitila igualmente?',
    confirm: 'Permitir igualmente',
  },
  settingsButton: 'Configuración de cookies',
  placeholder: {
    label: 'Contido bloqueado: {service}',
    text: 'Este contido de {provider} ({service}) está bloqueado ata que o permita.',
    allow: 'Permitir {service}',
  },
  units: {
    second: { one: '{count}\u00a0segundo', other: '{count}\u00a0segundos' },
    minute: { one: '{count}\u00a0minuto', other: '{count}\u00a0minutos' },
    hour: { one: '{count}\u00a0hora', other: '{count}\u00a0horas' },
    day: { one: '{count}\u00a0día', other: '{count}\u00a0días' },
    week: { one: '{count}\u00a0semana', other: '{count}\u00a0semanas' },
    month: { one: '{count}\u00a0mes', other: '{count}\u00a0meses' },
    year: { one: '{count}\u00a0ano', other: '{count}\u00a0anos' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const glRegimes: RegimeMessages = {
  optOutText: 'Usamos cookies para estatísticas e publicidade. Pode rexeitar en calquera momento a venda ou a compartición da súa información persoal.',
  noticeText: 'Usamos cookies para estatísticas e publicidade. Pode cambialo en calquera momento na configuración de cookies.',
  optOut: 'Rexeitar',
  acknowledge: 'Aceptar',
  doNotSell: 'Non vender nin compartir a miña información persoal',
  privacyChoices: 'As súas opcións de privacidade',
  limitSensitive: 'Limitar o uso da miña información persoal sensible',
  honoured: 'Atendeuse a solicitude de exclusión',
};
