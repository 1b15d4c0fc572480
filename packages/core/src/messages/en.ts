import type { Messages, RegimeMessages } from './types';

/** English: the default catalog, bundled with the runtime. */
export const en: Messages = {
  lang: 'en',
  dir: 'ltr',
  banner: {
    title: 'Cookies on this site',
    text: 'We use necessary cookies to run this site. With your consent, we also use cookies for statistics and advertising. You can change your choice at any time in "Cookie settings".',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customize: 'Customize',
    policyLink: 'Cookie policy',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Our cookie policy has changed since your last choice.',
      'policy-extended': 'We added new uses of cookies since your last choice.',
      expired: 'Your last choice has expired.',
    },
  },
  preferences: {
    title: 'Cookie preferences',
    text: 'Choose which cookies we may use. Necessary cookies are always on: the site cannot work without them.',
    save: 'Save choices',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    close: 'Close',
    alwaysOn: 'Always on',
    showServices: 'Show services ({count})',
    hideServices: 'Hide services',
    cookies: 'Cookies',
    duration: 'Duration',
    session: 'Session',
    provider: 'Provider',
    party: { first: 'First party', third: 'Third party' },
    saved: 'Your choices have been saved.',
    exemptNotice: 'Anonymous audience measurement runs without consent; you can switch it off.',
    optOut: 'Anonymous audience measurement',
  },
  signal: {
    honoured: 'Your browser sends a Global Privacy Control signal, so advertising stays off.',
    conflict: 'You chose to allow advertising, but your browser asks sites not to sell or share your data. Allow it anyway?',
    confirm: 'Allow anyway',
  },
  settingsButton: 'Cookie settings',
  placeholder: {
    label: 'Blocked content: {service}',
    text: 'This content from {provider} ({service}) is blocked until you allow it.',
    allow: 'Allow {service}',
  },
  // Policy durations are written in English: shown as written.
  units: null,
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const enRegimes: RegimeMessages = {
  optOutText: 'We use cookies for statistics and advertising. You can opt out of the sale or sharing of your personal information at any time.',
  noticeText: 'We use cookies for statistics and advertising. You can change this at any time in the cookie settings.',
  optOut: 'Opt out',
  acknowledge: 'OK',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  privacyChoices: 'Your Privacy Choices',
  limitSensitive: 'Limit the Use of My Sensitive Personal Information',
  honoured: 'Opt-out request honoured',
};
