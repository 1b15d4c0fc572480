// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

/** Catalan catalog. Import it from `@cookiekit/core/locales/ca` so only sites that need it ship it. */
export const ca: Messages = {
  lang: 'ca',
  dir: 'ltr',
  banner: {
    title: 'Galetes en aquest lloc web',
    text: 'Utilitzem galetes necessàries perquè aquest lloc web funcioni. Amb el vostre consentiment, també utilitzem galetes per a estadístiques i publicitat. Podeu canviar la vostra elecció en qualsevol moment a «Configuració de les galetes».',
    acceptAll: 'Accepta-les totes',
    rejectAll: 'Rebutja-les totes',
    customize: 'Personalitza',
    policyLink: 'Política de galetes',
    reasons: {
      'no-choice': '',
      'revision-changed': 'La nostra política de galetes ha canviat des de la vostra última elecció.',
      'policy-extended': 'Des de la vostra última elecció, fem servir galetes per a noves finalitats.',
      expired: 'La vostra última elecció ha caducat.',
    },
  },
  preferences: {
    title: 'Preferències de galetes',
    text: 'Trieu quines galetes podem utilitzar. Les galetes necessàries estan sempre actives: el lloc web no pot funcionar sense elles.',
    save: 'Desa les opcions',
    acceptAll: 'Accepta-les totes',
    rejectAll: 'Rebutja-les totes',
    close: 'Tanca',
    alwaysOn: 'Sempre actives',
    showServices: 'Mostra els serveis ({count})',
    hideServices: 'Amaga els serveis',
    cookies: 'Galetes',
    duration: 'Durada',
    session: 'Sessió',
    provider: 'Proveïdor',
    party: { first: 'Pròpia', third: 'De tercers' },
    saved: 'S’han desat les vostres opcions.',
    exemptNotice: 'La mesura d’audiència anònima funciona sense consentiment; la podeu desactivar.',
    optOut: 'Mesura d’audiència anònima',
  },
  signal: {
    honoured: 'El vostre navegador envia un senyal Global Privacy Control; per tant, la publicitat continua desactivada.',
    conflict: 'Heu triat permetre la publicitat, però el vostre navegador demana als llocs web que no venguin ni comparteixin les vostres dades. Voleu permetre-la igualment?',
    confirm: 'Permet-la igualment',
  },
  settingsButton: 'Configuració de les galetes',
  placeholder: {
    label: 'Contingut blocat: {service}',
    text: 'Aquest contingut de {provider} ({service}) està blocat fins que el permeteu.',
    allow: 'Permet {service}',
  },
  units: {
    second: { one: '{count}\u00a0segon', many: '{count}\u00a0segons', other: '{count}\u00a0segons' },
    minute: { one: '{count}\u00a0minut', many: '{count}\u00a0minuts', other: '{count}\u00a0minuts' },
    hour: { one: '{count}\u00a0hora', many: '{count}\u00a0hores', other: '{count}\u00a0hores' },
    day: { one: '{count}\u00a0dia', many: '{count}\u00a0dies', other: '{count}\u00a0dies' },
    week: { one: '{count}\u00a0setmana', many: '{count}\u00a0setmanes', other: '{count}\u00a0setmanes' },
    month: { one: '{count}\u00a0mes', many: '{count}\u00a0mesos', other: '{count}\u00a0mesos' },
    year: { one: '{count}\u00a0any', many: '{count}\u00a0anys', other: '{count}\u00a0anys' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const caRegimes: RegimeMessages = {
  optOutText: 'Fem servir galetes per a estadístiques i publicitat. Podeu rebutjar en qualsevol moment la venda o la compartició de la vostra informació personal.',
  noticeText: 'Fem servir galetes per a estadístiques i publicitat. Podeu canviar-ho en qualsevol moment a la configuració de galetes.',
  optOut: 'Rebutjar',
  acknowledge: 'D’acord',
  doNotSell: 'No vengueu ni compartiu la meva informació personal',
  privacyChoices: 'Les vostres opcions de privadesa',
  limitSensitive: 'Limiteu l’ús de la meva informació personal sensible',
  honoured: 'S’ha atès la sol·licitud d’exclusió',
};
