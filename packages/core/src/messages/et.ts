// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Estonian typography: „…“ quotes; a no-break space (\u00a0) between a number and its unit.
// Placeholders stand where no case ending is needed.

/** Estonian catalog: the UI texts. `etPolicyPage` adds the policy page's texts. */
export const et: Messages = {
  lang: 'et',
  dir: 'ltr',
  banner: {
    title: 'Küpsised sellel veebisaidil',
    text: 'Kasutame veebisaidi toimimiseks vajalikke küpsiseid. Teie nõusolekul kasutame küpsiseid ka statistika ja reklaami jaoks. Saate oma valikut igal ajal muuta jaotises „Küpsiste seaded“.',
    acceptAll: 'Nõustu kõigiga',
    rejectAll: 'Keeldu kõigist',
    customize: 'Kohanda',
    policyLink: 'Küpsiste kasutamise põhimõtted',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Meie küpsiste kasutamise põhimõtted on pärast teie viimast valikut muutunud.',
      'policy-extended': 'Pärast teie viimast valikut kasutame küpsiseid ka uutel eesmärkidel.',
      expired: 'Teie viimane valik on aegunud.',
    },
  },
  preferences: {
    title: 'Küpsiste eelistused',
    text: 'Valige, milliseid küpsiseid võime kasutada. Vajalikud küpsised on alati sisse lülitatud, sest ilma nendeta veebisait ei tööta.',
    save: 'Salvesta valikud',
    acceptAll: 'Nõustu kõigiga',
    rejectAll: 'Keeldu kõigist',
    close: 'Sulge',
    alwaysOn: 'Alati sees',
    showServices: 'Näita teenuseid ({count})',
    hideServices: 'Peida teenused',
    cookies: 'Küpsised',
    duration: 'Kestus',
    session: 'Seanss',
    provider: 'Teenusepakkuja',
    party: { first: 'Esimene osapool', third: 'Kolmas osapool' },
    saved: 'Teie valikud on salvestatud.',
    exemptNotice: 'Anonüümne külastatavuse mõõtmine toimib ilma nõusolekuta. Saate selle välja lülitada.',
    optOut: 'Anonüümne külastatavuse mõõtmine',
  },
  signal: {
    honoured: 'Teie brauser saadab Global Privacy Controli signaali, seega jääb reklaam välja lülitatuks.',
    conflict: 'Lubasite reklaami, kuid teie brauser palub veebisaitidel teie andmeid mitte müüa ega jagada. Kas lubada reklaam siiski?',
    confirm: 'Luba siiski',
  },
  settingsButton: 'Küpsiste seaded',
  placeholder: {
    label: 'Blokeeritud sisu: {service}',
    text: 'See sisu ({service}, pakkuja {provider}) on blokeeritud, kuni te selle lubate.',
    allow: 'Luba {service}',
  },
  units: {
    second: { one: '{count}\u00a0sekund', other: '{count}\u00a0sekundit' },
    minute: { one: '{count}\u00a0minut', other: '{count}\u00a0minutit' },
    hour: { one: '{count}\u00a0tund', other: '{count}\u00a0tundi' },
    day: { one: '{count}\u00a0päev', other: '{count}\u00a0päeva' },
    week: { one: '{count}\u00a0nädal', other: '{count}\u00a0nädalat' },
    month: { one: '{count}\u00a0kuu', other: '{count}\u00a0kuud' },
    year: { one: '{count}\u00a0aasta', other: '{count}\u00a0aastat' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const etRegimes: RegimeMessages = {
  optOutText: 'Kasutame küpsiseid statistika ja reklaami jaoks. Võite igal ajal keelduda oma isikuandmete müümisest või jagamisest.',
  noticeText: 'Kasutame küpsiseid statistika ja reklaami jaoks. Saate seda igal ajal küpsiste seadetes muuta.',
  optOut: 'Keeldun',
  acknowledge: 'OK',
  doNotSell: 'Ärge müüge ega jagage minu isikuandmeid',
  privacyChoices: 'Teie privaatsusvalikud',
  limitSensitive: 'Piirake minu tundlike isikuandmete kasutamist',
  honoured: 'Keeldumise taotlus on täidetud',
};
