// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

/** Romanian catalog. Import it from `@cookiekit/core/locales/ro` so only sites that need it ship it. */
export const ro: Messages = {
  lang: 'ro',
  dir: 'ltr',
  banner: {
    title: 'Cookie-uri pe acest site',
    text: 'Folosim cookie-uri necesare pentru funcționarea acestui site. Cu acordul dumneavoastră, folosim și cookie-uri pentru statistici și publicitate. Vă puteți schimba oricând alegerea din „Setări cookie-uri”.',
    acceptAll: 'Acceptă toate',
    rejectAll: 'Respinge toate',
    customize: 'Personalizează',
    policyLink: 'Politica privind cookie-urile',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Politica noastră privind cookie-urile s-a schimbat de la ultima dumneavoastră alegere.',
      'policy-extended': 'De la ultima dumneavoastră alegere, folosim cookie-uri și în scopuri noi.',
      expired: 'Ultima dumneavoastră alegere a expirat.',
    },
  },
  preferences: {
    title: 'Preferințe privind cookie-urile',
    text: 'Alegeți ce cookie-uri putem folosi. Cookie-urile necesare sunt mereu active: site-ul nu poate funcționa fără ele.',
    save: 'Salvează alegerile',
    acceptAll: 'Acceptă toate',
    rejectAll: 'Respinge toate',
    close: 'Închide',
    alwaysOn: 'Mereu active',
    showServices: 'Afișează serviciile ({count})',
    hideServices: 'Ascunde serviciile',
    cookies: 'Cookie-uri',
    duration: 'Durată',
    session: 'Sesiune',
    provider: 'Furnizor',
    party: { first: 'Primă parte', third: 'Terță parte' },
    saved: 'Alegerile dumneavoastră au fost salvate.',
    exemptNotice: 'Măsurarea anonimă a audienței funcționează fără consimțământ; o puteți dezactiva.',
    optOut: 'Măsurarea anonimă a audienței',
  },
  signal: {
    honoured: 'Browserul dumneavoastră trimite un semnal Global Privacy Control, așa că publicitatea rămâne dezactivată.',
    conflict: 'Ați ales să permiteți publicitatea, dar browserul dumneavoastră le cere site-urilor să nu vă vândă și să nu vă partajeze datele. O permiteți totuși?',
    confirm: 'Permite totuși',
  },
  settingsButton: 'Setări cookie-uri',
  placeholder: {
    label: 'Conținut blocat: {service}',
    text: 'Acest conținut de la {provider} ({service}) este blocat până când îl permiteți.',
    allow: 'Permite {service}',
  },
  // From 20 on (except 101–119, 201–219…), Romanian puts "de" between the number and the noun.
  units: {
    second: { one: '{count}\u00a0secundă', few: '{count}\u00a0secunde', other: '{count}\u00a0de secunde' },
    minute: { one: '{count}\u00a0minut', few: '{count}\u00a0minute', other: '{count}\u00a0de minute' },
    hour: { one: '{count}\u00a0oră', few: '{count}\u00a0ore', other: '{count}\u00a0de ore' },
    day: { one: '{count}\u00a0zi', few: '{count}\u00a0zile', other: '{count}\u00a0de zile' },
    week: { one: '{count}\u00a0săptămână', few: '{count}\u00a0săptămâni', other: '{count}\u00a0de săptămâni' },
    month: { one: '{count}\u00a0lună', few: '{count}\u00a0luni', other: '{count}\u00a0de luni' },
    year: { one: '{count}\u00a0an', few: '{count}\u00a0ani', other: '{count}\u00a0de ani' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const roRegimes: RegimeMessages = {
  optOutText: 'Folosim cookie-uri pentru statistici și publicitate. Puteți refuza oricând vânzarea sau partajarea informațiilor dvs. personale.',
  noticeText: 'Folosim cookie-uri pentru statistici și publicitate. Puteți schimba oricând acest lucru în setările cookie-urilor.',
  optOut: 'Refuz',
  acknowledge: 'OK',
  doNotSell: 'Nu vindeți și nu partajați informațiile mele personale',
  privacyChoices: 'Opțiunile dvs. de confidențialitate',
  limitSensitive: 'Limitați utilizarea informațiilor mele personale sensibile',
  honoured: 'Cererea de refuz a fost respectată',
};
