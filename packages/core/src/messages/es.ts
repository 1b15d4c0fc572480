// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Spanish typography: «…» quotes without inner spaces, opening ¿ and ¡; a no-break space
// (\u00a0) between a number and its unit. The texts address the reader as «usted».

/** Spanish catalog: the UI texts. `esPolicyPage` adds the policy page's texts. */
export const es: Messages = {
  lang: 'es',
  dir: 'ltr',
  banner: {
    title: 'Cookies en este sitio web',
    text: 'Utilizamos cookies necesarias para que este sitio funcione. Con su consentimiento, también utilizamos cookies para estadísticas y publicidad. Puede cambiar su elección en cualquier momento en «Configuración de cookies».',
    acceptAll: 'Aceptar todas',
    rejectAll: 'Rechazar todas',
    customize: 'Personalizar',
    policyLink: 'Política de cookies',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Nuestra política de cookies ha cambiado desde su última elección.',
      'policy-extended': 'Desde su última elección hemos añadido nuevos usos de las cookies.',
      expired: 'Su última elección ha caducado.',
    },
  },
  preferences: {
    title: 'Preferencias de cookies',
    text: 'Elija qué cookies podemos utilizar. Las cookies necesarias están siempre activas, porque el sitio no puede funcionar sin ellas.',
    save: 'Guardar selección',
    acceptAll: 'Aceptar todas',
    rejectAll: 'Rechazar todas',
    close: 'Cerrar',
    alwaysOn: 'Siempre activas',
    showServices: 'Mostrar servicios ({count})',
    hideServices: 'Ocultar servicios',
    cookies: 'Cookies',
    duration: 'Duración',
    session: 'Sesión',
    provider: 'Proveedor',
    party: { first: 'Propia', third: 'De terceros' },
    saved: 'Se ha guardado su selección.',
    exemptNotice: 'La medición anónima de audiencia funciona sin consentimiento. Puede desactivarla.',
    optOut: 'Medición anónima de audiencia',
  },
  signal: {
    honoured: 'Su navegador envía una señal Global Privacy Control, por lo que la publicidad permanece desactivada.',
    conflict: 'Ha elegido permitir la publicidad, pero su navegador pide a los sitios web que no vendan ni compartan sus datos. ¿Desea permitirla de todos modos?',
    confirm: 'Permitir de todos modos',
  },
  settingsButton: 'Configuración de cookies',
  placeholder: {
    label: 'Contenido bloqueado: {service}',
    text: 'Este contenido de {provider} ({service}) está bloqueado hasta que usted lo permita.',
    allow: 'Permitir {service}',
  },
  units: {
    second: { one: '{count}\u00a0segundo', many: '{count}\u00a0segundos', other: '{count}\u00a0segundos' },
    minute: { one: '{count}\u00a0minuto', many: '{count}\u00a0minutos', other: '{count}\u00a0minutos' },
    hour: { one: '{count}\u00a0hora', many: '{count}\u00a0horas', other: '{count}\u00a0horas' },
    day: { one: '{count}\u00a0día', many: '{count}\u00a0días', other: '{count}\u00a0días' },
    week: { one: '{count}\u00a0semana', many: '{count}\u00a0semanas', other: '{count}\u00a0semanas' },
    month: { one: '{count}\u00a0mes', many: '{count}\u00a0meses', other: '{count}\u00a0meses' },
    year: { one: '{count}\u00a0año', many: '{count}\u00a0años', other: '{count}\u00a0años' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const esRegimes: RegimeMessages = {
  optOutText: 'Usamos cookies para estadísticas y publicidad. Puede rechazar en cualquier momento la venta o el intercambio de su información personal.',
  noticeText: 'Usamos cookies para estadísticas y publicidad. Puede cambiarlo en cualquier momento en la configuración de cookies.',
  optOut: 'Rechazar',
  acknowledge: 'Aceptar',
  doNotSell: 'No vender ni compartir mi información personal',
  privacyChoices: 'Sus opciones de privacidad',
  limitSensitive: 'Limitar el uso de mi información personal confidencial',
  honoured: 'Solicitud de exclusión atendida',
};
