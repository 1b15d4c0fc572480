// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Danish typography: »…« quotes; a no-break space (\u00a0) between a number and its unit.

/** Danish catalog: the UI texts. `daPolicyPage` adds the policy page's texts. */
export const da: Messages = {
  lang: 'da',
  dir: 'ltr',
  banner: {
    title: 'Cookies på denne hjemmeside',
    text: 'Vi bruger nødvendige cookies for at få hjemmesiden til at fungere. Med dit samtykke bruger vi også cookies til statistik og markedsføring. Du kan til enhver tid ændre dit valg under »Cookieindstillinger«.',
    acceptAll: 'Accepter alle',
    rejectAll: 'Afvis alle',
    customize: 'Tilpas',
    policyLink: 'Cookiepolitik',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Vores cookiepolitik er ændret siden dit sidste valg.',
      'policy-extended': 'Siden dit sidste valg er vi begyndt at bruge cookies til nye formål.',
      expired: 'Dit sidste valg er udløbet.',
    },
  },
  preferences: {
    title: 'Cookiepræferencer',
    text: 'Vælg, hvilke cookies vi må bruge. Nødvendige cookies er altid slået til, da hjemmesiden ikke kan fungere uden dem.',
    save: 'Gem valg',
    acceptAll: 'Accepter alle',
    rejectAll: 'Afvis alle',
    close: 'Luk',
    alwaysOn: 'Altid slået til',
    showServices: 'Vis tjenester ({count})',
    hideServices: 'Skjul tjenester',
    cookies: 'Cookies',
    duration: 'Varighed',
    session: 'Session',
    provider: 'Udbyder',
    party: { first: 'Førstepart', third: 'Tredjepart' },
    saved: 'Dine valg er gemt.',
    exemptNotice: 'Anonym måling af besøgstal kører uden samtykke. Du kan slå den fra.',
    optOut: 'Anonym måling af besøgstal',
  },
  signal: {
    honoured: 'Din browser sender et Global Privacy Control-signal, så markedsføring forbliver slået fra.',
    conflict: 'Du har valgt at tillade markedsføring, men din browser beder hjemmesider om ikke at sælge eller dele dine data. Vil du tillade det alligevel?',
    confirm: 'Tillad alligevel',
  },
  settingsButton: 'Cookieindstillinger',
  placeholder: {
    label: 'Blokeret indhold: {service}',
    text: 'Dette indhold fra {provider} ({service}) er blokeret, indtil du tillader det.',
    allow: 'Tillad {service}',
  },
  units: {
    second: { one: '{count}\u00a0sekund', other: '{count}\u00a0sekunder' },
    minute: { one: '{count}\u00a0minut', other: '{count}\u00a0minutter' },
    hour: { one: '{count}\u00a0time', other: '{count}\u00a0timer' },
    day: { one: '{count}\u00a0dag', other: '{count}\u00a0dage' },
    week: { one: '{count}\u00a0uge', other: '{count}\u00a0uger' },
    month: { one: '{count}\u00a0måned', other: '{count}\u00a0måneder' },
    year: { one: '{count}\u00a0år', other: '{count}\u00a0år' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const daRegimes: RegimeMessages = {
  optOutText: 'Vi bruger cookies til statistik og annoncering. Du kan når som helst fravælge salg eller deling af dine personoplysninger.',
  noticeText: 'Vi bruger cookies til statistik og annoncering. Du kan når som helst ændre det i cookieindstillingerne.',
  optOut: 'Fravælg',
  acknowledge: 'OK',
  doNotSell: 'Sælg eller del ikke mine personoplysninger',
  privacyChoices: 'Dine privatlivsvalg',
  limitSensitive: 'Begræns brugen af mine følsomme personoplysninger',
  honoured: 'Anmodning om fravalg er efterkommet',
};
