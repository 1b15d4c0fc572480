// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

/** Slovak catalog. Import it from `@cookiekit/core/locales/sk` so only sites that need it ship it. */
export const sk: Messages = {
  lang: 'sk',
  dir: 'ltr',
  banner: {
    title: 'Súbory cookie na tomto webe',
    text: 'Na prevádzku tohto webu používame nevyhnutné súbory cookie. S vaším súhlasom používame aj súbory cookie na štatistiky a reklamu. Svoju voľbu môžete kedykoľvek zmeniť v časti „Nastavenia súborov cookie“.',
    acceptAll: 'Prijať všetky',
    rejectAll: 'Odmietnuť všetky',
    customize: 'Prispôsobiť',
    policyLink: 'Zásady používania súborov cookie',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Naše zásady používania súborov cookie sa od vašej poslednej voľby zmenili.',
      'policy-extended': 'Od vašej poslednej voľby používame súbory cookie aj na nové účely.',
      expired: 'Platnosť vašej poslednej voľby uplynula.',
    },
  },
  preferences: {
    title: 'Predvoľby súborov cookie',
    text: 'Vyberte, ktoré súbory cookie môžeme používať. Nevyhnutné súbory cookie sú vždy zapnuté: bez nich web nemôže fungovať.',
    save: 'Uložiť voľby',
    acceptAll: 'Prijať všetky',
    rejectAll: 'Odmietnuť všetky',
    close: 'Zavrieť',
    alwaysOn: 'Vždy zapnuté',
    showServices: 'Zobraziť služby ({count})',
    hideServices: 'Skryť služby',
    cookies: 'Súbory cookie',
    duration: 'Trvanie',
    session: 'Relácia',
    provider: 'Poskytovateľ',
    party: { first: 'Prvá strana', third: 'Tretia strana' },
    saved: 'Vaše voľby boli uložené.',
    exemptNotice: 'Anonymné meranie návštevnosti beží bez súhlasu; môžete ho vypnúť.',
    optOut: 'Anonymné meranie návštevnosti',
  },
  signal: {
    honoured: 'Váš prehliadač posiela signál Global Privacy Control, preto reklama zostáva vypnutá.',
    conflict: 'Rozhodli ste sa povoliť reklamu, ale váš prehliadač žiada weby, aby vaše údaje nepredávali ani nezdieľali. Chcete ju napriek tomu povoliť?',
    confirm: 'Napriek tomu povoliť',
  },
  settingsButton: 'Nastavenia súborov cookie',
  placeholder: {
    label: 'Zablokovaný obsah: {service}',
    text: 'Tento obsah od poskytovateľa {provider} ({service}) je zablokovaný, kým ho nepovolíte.',
    allow: 'Povoliť {service}',
  },
  // `many` is for decimals (1,5), which policy durations do not use.
  units: {
    second: { one: '{count}\u00a0sekunda', few: '{count}\u00a0sekundy', many: '{count}\u00a0sekundy', other: '{count}\u00a0sekúnd' },
    minute: { one: '{count}\u00a0minúta', few: '{count}\u00a0minúty', many: '{count}\u00a0minúty', other: '{count}\u00a0minút' },
    hour: { one: '{count}\u00a0hodina', few: '{count}\u00a0hodiny', many: '{count}\u00a0hodiny', other: '{count}\u00a0hodín' },
    day: { one: '{count}\u00a0deň', few: '{count}\u00a0dni', many: '{count}\u00a0dňa', other: '{count}\u00a0dní' },
    week: { one: '{count}\u00a0týždeň', few: '{count}\u00a0týždne', many: '{count}\u00a0týždňa', other: '{count}\u00a0týždňov' },
    month: { one: '{count}\u00a0mesiac', few: '{count}\u00a0mesiace', many: '{count}\u00a0mesiaca', other: '{count}\u00a0mesiacov' },
    year: { one: '{count}\u00a0rok', few: '{count}\u00a0roky', many: '{count}\u00a0roka', other: '{count}\u00a0rokov' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const skRegimes: RegimeMessages = {
  optOutText: 'Súbory cookie používame na štatistiku a reklamu. Predaj či zdieľanie osobných údajov môžete kedykoľvek odmietnuť.',
  noticeText: 'Súbory cookie používame na štatistiku a reklamu. Zmeniť to môžete v nastaveniach cookie.',
  optOut: 'Odmietnuť',
  acknowledge: 'OK',
  doNotSell: 'Nepredávať ani nezdieľať moje osobné údaje',
  privacyChoices: 'Vaše voľby ochrany súkromia',
  limitSensitive: 'Obmedziť použitie mojich citlivých údajov',
  honoured: 'Odmietnutie bolo vybavené',
};
