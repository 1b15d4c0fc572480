// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

/** Norwegian (Bokmål) catalog. Import it from `@cookiekit/core/locales/nb` so only sites that need it ship it. */
export const nb: Messages = {
  lang: 'nb',
  dir: 'ltr',
  banner: {
    title: 'Informasjonskapsler på dette nettstedet',
    text: 'Vi bruker nødvendige informasjonskapsler for at nettstedet skal fungere. Med ditt samtykke bruker vi også informasjonskapsler til statistikk og annonser. Du kan når som helst endre valget ditt under «Innstillinger for informasjonskapsler».',
    acceptAll: 'Godta alle',
    rejectAll: 'Avvis alle',
    customize: 'Tilpass',
    policyLink: 'Erklæring om informasjonskapsler',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Erklæringen vår om informasjonskapsler er endret siden det forrige valget ditt.',
      'policy-extended': 'Vi har tatt i bruk informasjonskapsler til nye formål siden det forrige valget ditt.',
      expired: 'Det forrige valget ditt har utløpt.',
    },
  },
  preferences: {
    title: 'Valg av informasjonskapsler',
    text: 'Velg hvilke informasjonskapsler vi kan bruke. Nødvendige informasjonskapsler er alltid på: nettstedet fungerer ikke uten dem.',
    save: 'Lagre valgene',
    acceptAll: 'Godta alle',
    rejectAll: 'Avvis alle',
    close: 'Lukk',
    alwaysOn: 'Alltid på',
    showServices: 'Vis tjenester ({count})',
    hideServices: 'Skjul tjenester',
    cookies: 'Informasjonskapsler',
    duration: 'Varighet',
    session: 'Økt',
    provider: 'Leverandør',
    party: { first: 'Førstepart', third: 'Tredjepart' },
    saved: 'Valgene dine er lagret.',
    exemptNotice: 'Anonym måling av besøk kjører uten samtykke; du kan slå den av.',
    optOut: 'Anonym måling av besøk',
  },
  signal: {
    honoured: 'Nettleseren din sender et Global Privacy Control-signal, så annonser forblir slått av.',
    conflict: 'Du har valgt å tillate annonser, men nettleseren din ber nettsteder om ikke å selge eller dele opplysningene dine. Vil du tillate det likevel?',
    confirm: 'Tillat likevel',
  },
  settingsButton: 'Innstillinger for informasjonskapsler',
  placeholder: {
    label: 'Blokkert innhold: {service}',
    text: 'Dette innholdet fra {provider} ({service}) er blokkert til du tillater det.',
    allow: 'Tillat {service}',
  },
  units: {
    second: { one: '{count}\u00a0sekund', other: '{count}\u00a0sekunder' },
    minute: { one: '{count}\u00a0minutt', other: '{count}\u00a0minutter' },
    hour: { one: '{count}\u00a0time', other: '{count}\u00a0timer' },
    day: { one: '{count}\u00a0dag', other: '{count}\u00a0dager' },
    week: { one: '{count}\u00a0uke', other: '{count}\u00a0uker' },
    month: { one: '{count}\u00a0måned', other: '{count}\u00a0måneder' },
    year: { one: '{count}\u00a0år', other: '{count}\u00a0år' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const nbRegimes: RegimeMessages = {
  optOutText: 'Vi bruker informasjonskapsler til statistikk og annonsering. Du kan når som helst reservere deg mot salg eller deling av personopplysningene dine.',
  noticeText: 'Vi bruker informasjonskapsler til statistikk og annonsering. Du kan endre dette når som helst i innstillingene for informasjonskapsler.',
  optOut: 'Reserver meg',
  acknowledge: 'OK',
  doNotSell: 'Ikke selg eller del personopplysningene mine',
  privacyChoices: 'Dine personvernvalg',
  limitSensitive: 'Begrens bruken av mine sensitive personopplysninger',
  honoured: 'Reservasjonen er tatt til følge',
};
