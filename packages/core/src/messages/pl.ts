// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

/**
 * Polish catalog: four plural forms (one, few, many, other). Import it from
 * `@cookiekit/core/locales/pl` so only sites that need it ship it.
 */
export const pl: Messages = {
  lang: 'pl',
  dir: 'ltr',
  banner: {
    title: 'Pliki cookie na tej stronie',
    text: 'Używamy niezbędnych plików cookie, aby ta strona działała. Za Twoją zgodą używamy też plików cookie do statystyk i reklam. Swój wybór możesz zmienić w dowolnej chwili w „Ustawieniach plików cookie”.',
    acceptAll: 'Zaakceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    customize: 'Dostosuj',
    policyLink: 'Polityka plików cookie',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Nasza polityka plików cookie zmieniła się od Twojego ostatniego wyboru.',
      'policy-extended': 'Od Twojego ostatniego wyboru dodaliśmy nowe zastosowania plików cookie.',
      expired: 'Twój ostatni wybór wygasł.',
    },
  },
  preferences: {
    title: 'Preferencje dotyczące plików cookie',
    text: 'Wybierz, których plików cookie możemy używać. Niezbędne pliki cookie są zawsze włączone: bez nich strona nie może działać.',
    save: 'Zapisz wybór',
    acceptAll: 'Zaakceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    close: 'Zamknij',
    alwaysOn: 'Zawsze włączone',
    showServices: 'Pokaż usługi ({count})',
    hideServices: 'Ukryj usługi',
    cookies: 'Pliki cookie',
    duration: 'Okres przechowywania',
    session: 'Sesja',
    provider: 'Dostawca',
    party: { first: 'Własne', third: 'Zewnętrzne' },
    saved: 'Twój wybór został zapisany.',
    exemptNotice: 'Anonimowy pomiar oglądalności działa bez zgody; możesz go wyłączyć.',
    optOut: 'Anonimowy pomiar oglądalności',
  },
  signal: {
    honoured: 'Twoja przeglądarka wysyła sygnał Global Privacy Control, więc reklamy pozostają wyłączone.',
    conflict: 'Wybrano zgodę na reklamy, ale Twoja przeglądarka prosi strony, aby nie sprzedawały ani nie udostępniały Twoich danych. Czy mimo to zezwolić?',
    confirm: 'Zezwól mimo to',
  },
  settingsButton: 'Ustawienia plików cookie',
  placeholder: {
    label: 'Zablokowana treść: {service}',
    text: 'Ta treść od {provider} ({service}) jest zablokowana, dopóki na nią nie zezwolisz.',
    allow: 'Zezwól na {service}',
  },
  // `other` is the form of fractions (1,5 roku); Intl.PluralRules picks the category.
  units: {
    second: { one: '{count} sekunda', few: '{count} sekundy', many: '{count} sekund', other: '{count} sekundy' },
    minute: { one: '{count} minuta', few: '{count} minuty', many: '{count} minut', other: '{count} minuty' },
    hour: { one: '{count} godzina', few: '{count} godziny', many: '{count} godzin', other: '{count} godziny' },
    day: { one: '{count} dzień', few: '{count} dni', many: '{count} dni', other: '{count} dnia' },
    week: { one: '{count} tydzień', few: '{count} tygodnie', many: '{count} tygodni', other: '{count} tygodnia' },
    month: { one: '{count} miesiąc', few: '{count} miesiące', many: '{count} miesięcy', other: '{count} miesiąca' },
    year: { one: '{count} rok', few: '{count} lata', many: '{count} lat', other: '{count} roku' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const plRegimes: RegimeMessages = {
  optOutText: 'Używamy cookie do statystyk i reklam. Możesz sprzeciwić się sprzedaży lub udostępnianiu swoich danych.',
  noticeText: 'Używamy cookie do statystyk i reklam. Możesz to zmienić w ustawieniach.',
  optOut: 'Sprzeciw',
  acknowledge: 'OK',
  doNotSell: 'Nie sprzedawaj ani nie udostępniaj moich danych',
  privacyChoices: 'Twoje wybory prywatności',
  limitSensitive: 'Ogranicz użycie moich danych wrażliwych',
  honoured: 'Sprzeciw uwzględniony',
};
