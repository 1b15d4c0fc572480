// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Croatian typography: „…“ quotes; a no-break space (\u00a0) between a number and its unit.
// Units: `one` 1, 21, 31…; `few` 2–4, 22–24…; `other` the rest.

/** Croatian catalog: the UI texts. `hrPolicyPage` adds the policy page's texts. */
export const hr: Messages = {
  lang: 'hr',
  dir: 'ltr',
  banner: {
    title: 'Kolačići na ovoj web-stranici',
    text: 'Koristimo nužne kolačiće kako bi ova web-stranica radila. Uz vašu privolu koristimo kolačiće i za statistiku i oglašavanje. Svoj odabir možete u bilo kojem trenutku promijeniti putem poveznice „Postavke kolačića“.',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    customize: 'Prilagodi',
    policyLink: 'Pravila o kolačićima',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Naša pravila o kolačićima promijenila su se od vašeg posljednjeg odabira.',
      'policy-extended': 'Od vašeg posljednjeg odabira kolačiće koristimo i u nove svrhe.',
      expired: 'Vaš posljednji odabir je istekao.',
    },
  },
  preferences: {
    title: 'Postavke kolačića',
    text: 'Odaberite koje kolačiće smijemo koristiti. Nužni kolačići uvijek su uključeni jer web-stranica bez njih ne može raditi.',
    save: 'Spremi odabir',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    close: 'Zatvori',
    alwaysOn: 'Uvijek uključeno',
    showServices: 'Prikaži usluge ({count})',
    hideServices: 'Sakrij usluge',
    cookies: 'Kolačići',
    duration: 'Trajanje',
    session: 'Sesija',
    provider: 'Pružatelj',
    party: { first: 'Prva strana', third: 'Treća strana' },
    saved: 'Vaš odabir je spremljen.',
    exemptNotice: 'Anonimno mjerenje posjećenosti radi bez privole. Možete ga isključiti.',
    optOut: 'Anonimno mjerenje posjećenosti',
  },
  signal: {
    honoured: 'Vaš preglednik šalje signal Global Privacy Control, pa oglašavanje ostaje isključeno.',
    conflict: 'Dopustili ste oglašavanje, ali vaš preglednik traži od web-stranica da ne prodaju i ne dijele vaše podatke. Želite li ga ipak dopustiti?',
    confirm: 'Ipak dopusti',
  },
  settingsButton: 'Postavke kolačića',
  placeholder: {
    label: 'Blokirani sadržaj: {service}',
    text: 'Ovaj sadržaj ({service}, pružatelj {provider}) blokiran je dok ga ne dopustite.',
    allow: 'Dopusti {service}',
  },
  units: {
    second: { one: '{count}\u00a0sekunda', few: '{count}\u00a0sekunde', other: '{count}\u00a0sekundi' },
    minute: { one: '{count}\u00a0minuta', few: '{count}\u00a0minute', other: '{count}\u00a0minuta' },
    hour: { one: '{count}\u00a0sat', few: '{count}\u00a0sata', other: '{count}\u00a0sati' },
    day: { one: '{count}\u00a0dan', few: '{count}\u00a0dana', other: '{count}\u00a0dana' },
    week: { one: '{count}\u00a0tjedan', few: '{count}\u00a0tjedna', other: '{count}\u00a0tjedana' },
    month: { one: '{count}\u00a0mjesec', few: '{count}\u00a0mjeseca', other: '{count}\u00a0mjeseci' },
    year: { one: '{count}\u00a0godina', few: '{count}\u00a0godine', other: '{count}\u00a0godina' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const hrRegimes: RegimeMessages = {
  optOutText: 'Koristimo kolačiće za statistiku i oglašavanje. Prodaju ili dijeljenje svojih osobnih podataka možete odbiti u bilo kojem trenutku.',
  noticeText: 'Koristimo kolačiće za statistiku i oglašavanje. To možete promijeniti u bilo kojem trenutku u postavkama kolačića.',
  optOut: 'Odbij',
  acknowledge: 'U redu',
  doNotSell: 'Ne prodaji i ne dijeli moje osobne podatke',
  privacyChoices: 'Vaši izbori privatnosti',
  limitSensitive: 'Ograniči upotrebu mojih osjetljivih osobnih podataka',
  honoured: 'Zahtjev za odbijanje je poštovan',
};
