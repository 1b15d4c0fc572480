// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

/** Slovenian catalog. Import it from `@cookiekit/core/locales/sl` so only sites that need it ship it. */
export const sl: Messages = {
  lang: 'sl',
  dir: 'ltr',
  banner: {
    title: 'Piškotki na tej spletni strani',
    text: 'Za delovanje spletne strani uporabljamo nujne piškotke. Z vašo privolitvijo uporabljamo piškotke tudi za statistiko in oglaševanje. Svojo izbiro lahko kadar koli spremenite z gumbom „Nastavitve piškotkov“.',
    acceptAll: 'Sprejmi vse',
    rejectAll: 'Zavrni vse',
    customize: 'Prilagodi',
    policyLink: 'Politika piškotkov',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Naša politika piškotkov se je od vaše zadnje izbire spremenila.',
      'policy-extended': 'Od vaše zadnje izbire piškotke uporabljamo tudi za nove namene.',
      expired: 'Vaša zadnja izbira je potekla.',
    },
  },
  preferences: {
    title: 'Izbira piškotkov',
    text: 'Izberite, katere piškotke smemo uporabljati. Nujni piškotki so vedno vklopljeni: brez njih spletna stran ne deluje.',
    save: 'Shrani izbiro',
    acceptAll: 'Sprejmi vse',
    rejectAll: 'Zavrni vse',
    close: 'Zapri',
    alwaysOn: 'Vedno vklopljeno',
    showServices: 'Prikaži storitve ({count})',
    hideServices: 'Skrij storitve',
    cookies: 'Piškotki',
    duration: 'Trajanje',
    session: 'Seja',
    provider: 'Ponudnik',
    party: { first: 'Lastni piškotek', third: 'Piškotek tretje osebe' },
    saved: 'Vaša izbira je shranjena.',
    exemptNotice: 'Anonimno merjenje obiskanosti deluje brez privolitve; lahko ga izklopite.',
    optOut: 'Anonimno merjenje obiskanosti',
  },
  signal: {
    honoured: 'Vaš brskalnik pošilja signal Global Privacy Control, zato oglaševanje ostaja izklopljeno.',
    conflict: 'Izbrali ste, da dovolite oglaševanje, vendar vaš brskalnik spletne strani prosi, naj vaših podatkov ne prodajajo in ne delijo. Ga vseeno dovolite?',
    confirm: 'Vseeno dovoli',
  },
  settingsButton: 'Nastavitve piškotkov',
  placeholder: {
    label: 'Blokirana vsebina: {service}',
    text: 'Ta vsebina ponudnika {provider} ({service}) je blokirana, dokler je ne dovolite.',
    allow: 'Dovoli {service}',
  },
  units: {
    second: { one: '{count}\u00a0sekunda', two: '{count}\u00a0sekundi', few: '{count}\u00a0sekunde', other: '{count}\u00a0sekund' },
    minute: { one: '{count}\u00a0minuta', two: '{count}\u00a0minuti', few: '{count}\u00a0minute', other: '{count}\u00a0minut' },
    hour: { one: '{count}\u00a0ura', two: '{count}\u00a0uri', few: '{count}\u00a0ure', other: '{count}\u00a0ur' },
    day: { one: '{count}\u00a0dan', two: '{count}\u00a0dneva', few: '{count}\u00a0dnevi', other: '{count}\u00a0dni' },
    week: { one: '{count}\u00a0teden', two: '{count}\u00a0tedna', few: '{count}\u00a0tedni', other: '{count}\u00a0tednov' },
    month: { one: '{count}\u00a0mesec', two: '{count}\u00a0meseca', few: '{count}\u00a0meseci', other: '{count}\u00a0mesecev' },
    year: { one: '{count}\u00a0leto', two: '{count}\u00a0leti', few: '{count}\u00a0leta', other: '{count}\u00a0let' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const slRegimes: RegimeMessages = {
  optOutText: 'Piškotke uporabljamo za statistiko in oglaševanje. Prodajo ali deljenje svojih osebnih podatkov lahko kadar koli zavrnete.',
  noticeText: 'Piškotke uporabljamo za statistiko in oglaševanje. To lahko kadar koli spremenite v nastavitvah piškotkov.',
  optOut: 'Zavrni',
  acknowledge: 'V redu',
  doNotSell: 'Ne prodajajte in ne delite mojih osebnih podatkov',
  privacyChoices: 'Vaše izbire zasebnosti',
  limitSensitive: 'Omejite uporabo mojih občutljivih osebnih podatkov',
  honoured: 'Zahteva za zavrnitev je upoštevana',
};
