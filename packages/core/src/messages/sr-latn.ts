// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Serbian in Latin script: sr-cyrl.ts letter for letter. Typography: „ “ quotes, a no-break
// space (\u00a0) between a number and its unit, so the unit never starts a line.

/** Serbian (Latin) catalog: import it from `@cookiekit/core/locales/sr-latn`. */
export const srLatn: Messages = {
  lang: 'sr-Latn',
  dir: 'ltr',
  banner: {
    title: 'Kolačići na ovom sajtu',
    text: 'Koristimo neophodne kolačiće da bi sajt radio. Uz vašu saglasnost koristimo i kolačiće za statistiku i oglašavanje. Svoj izbor možete da promenite u bilo kom trenutku u „Podešavanjima kolačića“.',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    customize: 'Prilagodi',
    policyLink: 'Politika kolačića',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Naša politika kolačića se promenila od vašeg poslednjeg izbora.',
      'policy-extended': 'Od vašeg poslednjeg izbora počeli smo da koristimo kolačiće u nove svrhe.',
      expired: 'Vaš poslednji izbor je istekao.',
    },
  },
  preferences: {
    title: 'Izbor kolačića',
    text: 'Izaberite koje kolačiće smemo da koristimo. Neophodni kolačići su uvek uključeni: bez njih sajt ne može da radi.',
    save: 'Sačuvaj izbor',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    close: 'Zatvori',
    alwaysOn: 'Uvek uključeno',
    showServices: 'Prikaži usluge ({count})',
    hideServices: 'Sakrij usluge',
    cookies: 'Kolačići',
    duration: 'Trajanje',
    session: 'Sesija',
    provider: 'Pružalac',
    party: { first: 'Ovaj sajt', third: 'Treća strana' },
    saved: 'Vaš izbor je sačuvan.',
    exemptNotice: 'Anonimno merenje posećenosti radi bez saglasnosti; možete da ga isključite.',
    optOut: 'Anonimno merenje posećenosti',
  },
  signal: {
    honoured: 'Vaš pregledač šalje signal GPC, pa oglašavanje ostaje isključeno.',
    conflict: 'Izabrali ste da dozvolite oglašavanje, ali vaš pregledač traži od sajtova da ne prodaju i ne dele vaše podatke. Ipak dozvoliti?',
    confirm: 'Ipak dozvoli',
  },
  settingsButton: 'Podešavanja kolačića',
  placeholder: {
    label: 'Blokiran sadržaj: {service}',
    text: 'Sadržaj usluge {service} ({provider}) blokiran je dok ga ne dozvolite.',
    allow: 'Dozvoli {service}',
  },
  units: {
    second: { one: '{count}\u00a0sekunda', few: '{count}\u00a0sekunde', other: '{count}\u00a0sekundi' },
    minute: { one: '{count}\u00a0minut', few: '{count}\u00a0minuta', other: '{count}\u00a0minuta' },
    hour: { one: '{count}\u00a0sat', few: '{count}\u00a0sata', other: '{count}\u00a0sati' },
    day: { one: '{count}\u00a0dan', few: '{count}\u00a0dana', other: '{count}\u00a0dana' },
    week: { one: '{count}\u00a0nedelja', few: '{count}\u00a0nedelje', other: '{count}\u00a0nedelja' },
    month: { one: '{count}\u00a0mesec', few: '{count}\u00a0meseca', other: '{count}\u00a0meseci' },
    year: { one: '{count}\u00a0godina', few: '{count}\u00a0godine', other: '{count}\u00a0godina' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const srLatnRegimes: RegimeMessages = {
  optOutText: 'Koristimo kolačiće za statistiku i oglašavanje. Prodaju ili deljenje svojih ličnih podataka možete odbiti u bilo kom trenutku.',
  noticeText: 'Koristimo kolačiće za statistiku i oglašavanje. To možete promeniti u bilo kom trenutku u podešavanjima kolačića.',
  optOut: 'Odbij',
  acknowledge: 'U redu',
  doNotSell: 'Ne prodaj i ne deli moje lične podatke',
  privacyChoices: 'Vaši izbori privatnosti',
  limitSensitive: 'Ograniči upotrebu mojih osetljivih ličnih podataka',
  honoured: 'Zahtev za odbijanje je ispoštovan',
};
