// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Lithuanian typography: „…“ quotes; a no-break space (\u00a0) between a number and its unit.
// Units: `one` 1, 21, 31…; `few` 2–9, 22–29…; `many` decimals; `other` 0, 10–20, 30…
// Placeholders stand where no case ending is needed.

/** Lithuanian catalog: the UI texts. `ltPolicyPage` adds the policy page's texts. */
export const lt: Messages = {
  lang: 'lt',
  dir: 'ltr',
  banner: {
    title: 'Slapukai šioje svetainėje',
    text: 'Naudojame būtinuosius slapukus, kad ši svetainė veiktų. Jums sutikus, slapukus naudojame ir statistikai bei reklamai. Savo pasirinkimą bet kada galite pakeisti skiltyje „Slapukų nustatymai“.',
    acceptAll: 'Priimti visus',
    rejectAll: 'Atmesti visus',
    customize: 'Tinkinti',
    policyLink: 'Slapukų politika',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Mūsų slapukų politika pasikeitė nuo jūsų paskutinio pasirinkimo.',
      'policy-extended': 'Nuo jūsų paskutinio pasirinkimo slapukus naudojame ir naujais tikslais.',
      expired: 'Jūsų paskutinio pasirinkimo galiojimas baigėsi.',
    },
  },
  preferences: {
    title: 'Slapukų nuostatos',
    text: 'Pasirinkite, kuriuos slapukus galime naudoti. Būtinieji slapukai visada įjungti, nes be jų svetainė negali veikti.',
    save: 'Išsaugoti pasirinkimą',
    acceptAll: 'Priimti visus',
    rejectAll: 'Atmesti visus',
    close: 'Uždaryti',
    alwaysOn: 'Visada įjungti',
    showServices: 'Rodyti paslaugas ({count})',
    hideServices: 'Slėpti paslaugas',
    cookies: 'Slapukai',
    duration: 'Trukmė',
    session: 'Seansas',
    provider: 'Teikėjas',
    party: { first: 'Pirmoji šalis', third: 'Trečioji šalis' },
    saved: 'Jūsų pasirinkimas išsaugotas.',
    exemptNotice: 'Anoniminis lankomumo matavimas veikia be sutikimo. Galite jį išjungti.',
    optOut: 'Anoniminis lankomumo matavimas',
  },
  signal: {
    honoured: 'Jūsų naršyklė siunčia „Global Privacy Control“ signalą, todėl reklama lieka išjungta.',
    conflict: 'Pasirinkote leisti reklamą, tačiau jūsų naršyklė prašo svetainių neparduoti jūsų duomenų ir jais nesidalyti. Vis tiek leisti reklamą?',
    confirm: 'Vis tiek leisti',
  },
  settingsButton: 'Slapukų nustatymai',
  placeholder: {
    label: 'Užblokuotas turinys: {service}',
    text: 'Šis turinys ({service}, teikėjas {provider}) užblokuotas, kol jo neleisite.',
    allow: 'Leisti {service}',
  },
  units: {
    second: { one: '{count}\u00a0sekundė', few: '{count}\u00a0sekundės', many: '{count}\u00a0sekundės', other: '{count}\u00a0sekundžių' },
    minute: { one: '{count}\u00a0minutė', few: '{count}\u00a0minutės', many: '{count}\u00a0minutės', other: '{count}\u00a0minučių' },
    hour: { one: '{count}\u00a0valanda', few: '{count}\u00a0valandos', many: '{count}\u00a0valandos', other: '{count}\u00a0valandų' },
    day: { one: '{count}\u00a0diena', few: '{count}\u00a0dienos', many: '{count}\u00a0dienos', other: '{count}\u00a0dienų' },
    week: { one: '{count}\u00a0savaitė', few: '{count}\u00a0savaitės', many: '{count}\u00a0savaitės', other: '{count}\u00a0savaičių' },
    month: { one: '{count}\u00a0mėnuo', few: '{count}\u00a0mėnesiai', many: '{count}\u00a0mėnesio', other: '{count}\u00a0mėnesių' },
    year: { one: '{count}\u00a0metai', few: '{count}\u00a0metai', many: '{count}\u00a0metų', other: '{count}\u00a0metų' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const ltRegimes: RegimeMessages = {
  optOutText: 'Naudojame slapukus statistikai ir reklamai. Bet kada galite atsisakyti, kad jūsų asmeninė informacija būtų parduodama ar bendrinama.',
  noticeText: 'Naudojame slapukus statistikai ir reklamai. Tai bet kada galite pakeisti slapukų nustatymuose.',
  optOut: 'Atsisakyti',
  acknowledge: 'Gerai',
  doNotSell: 'Neparduokite ir nebendrinkite mano asmeninės informacijos',
  privacyChoices: 'Jūsų privatumo pasirinkimai',
  limitSensitive: 'Apriboti mano jautrios asmeninės informacijos naudojimą',
  honoured: 'Atsisakymo prašymas įvykdytas',
};
