// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

/** Dutch catalog. Import it from `@cookiekit/core/locales/nl` so only sites that need it ship it. */
export const nl: Messages = {
  lang: 'nl',
  dir: 'ltr',
  banner: {
    title: 'Cookies op deze website',
    text: 'We gebruiken noodzakelijke cookies om deze website te laten werken. Met uw toestemming gebruiken we ook cookies voor statistieken en advertenties. U kunt uw keuze altijd wijzigen via ‘Cookie-instellingen’.',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    customize: 'Aanpassen',
    policyLink: 'Cookiebeleid',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Ons cookiebeleid is gewijzigd sinds uw laatste keuze.',
      'policy-extended': 'We gebruiken cookies sinds uw laatste keuze ook voor nieuwe doeleinden.',
      expired: 'Uw laatste keuze is verlopen.',
    },
  },
  preferences: {
    title: 'Cookievoorkeuren',
    text: 'Kies welke cookies we mogen gebruiken. Noodzakelijke cookies staan altijd aan: zonder die cookies werkt de website niet.',
    save: 'Keuze opslaan',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    close: 'Sluiten',
    alwaysOn: 'Altijd aan',
    showServices: 'Diensten tonen ({count})',
    hideServices: 'Diensten verbergen',
    cookies: 'Cookies',
    duration: 'Looptijd',
    session: 'Sessie',
    provider: 'Aanbieder',
    party: { first: 'Eerste partij', third: 'Derde partij' },
    saved: 'Uw keuze is opgeslagen.',
    exemptNotice: 'Anonieme bezoekersmeting werkt zonder toestemming; u kunt die uitzetten.',
    optOut: 'Anonieme bezoekersmeting',
  },
  signal: {
    honoured: 'Uw browser stuurt een Global Privacy Control-signaal, dus advertenties blijven uit.',
    conflict: 'U hebt advertenties toegestaan, maar uw browser vraagt websites om uw gegevens niet te verkopen of te delen. Toch toestaan?',
    confirm: 'Toch toestaan',
  },
  settingsButton: 'Cookie-instellingen',
  placeholder: {
    label: 'Geblokkeerde inhoud: {service}',
    text: 'Deze inhoud van {provider} ({service}) is geblokkeerd totdat u die toestaat.',
    allow: '{service} toestaan',
  },
  units: {
    second: { one: '{count}\u00a0seconde', other: '{count}\u00a0seconden' },
    minute: { one: '{count}\u00a0minuut', other: '{count}\u00a0minuten' },
    hour: { one: '{count}\u00a0uur', other: '{count}\u00a0uur' },
    day: { one: '{count}\u00a0dag', other: '{count}\u00a0dagen' },
    week: { one: '{count}\u00a0week', other: '{count}\u00a0weken' },
    month: { one: '{count}\u00a0maand', other: '{count}\u00a0maanden' },
    year: { one: '{count}\u00a0jaar', other: '{count}\u00a0jaar' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const nlRegimes: RegimeMessages = {
  optOutText: 'We gebruiken cookies voor statistiek en advertenties. U kunt op elk moment bezwaar maken tegen de verkoop of het delen van uw persoonsgegevens.',
  noticeText: 'We gebruiken cookies voor statistiek en advertenties. U kunt dit op elk moment wijzigen in de cookie-instellingen.',
  optOut: 'Bezwaar maken',
  acknowledge: 'OK',
  doNotSell: 'Mijn persoonsgegevens niet verkopen of delen',
  privacyChoices: 'Uw privacykeuzes',
  limitSensitive: 'Het gebruik van mijn gevoelige persoonsgegevens beperken',
  honoured: 'Bezwaar gehonoreerd',
};
