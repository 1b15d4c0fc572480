// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Finnish typography: ”…” quotes; a no-break space (\u00a0) between a number and its unit.
// Placeholders stand where no case ending is needed.

/** Finnish catalog: the UI texts. `fiPolicyPage` adds the policy page's texts. */
export const fi: Messages = {
  lang: 'fi',
  dir: 'ltr',
  banner: {
    title: 'Evästeet tällä sivustolla',
    text: 'Käytämme välttämättömiä evästeitä, jotta sivusto toimii. Suostumuksellasi käytämme evästeitä myös tilastointiin ja mainontaan. Voit muuttaa valintaasi milloin tahansa kohdassa ”Evästeasetukset”.',
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    customize: 'Mukauta',
    policyLink: 'Evästekäytäntö',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Evästekäytäntömme on muuttunut edellisen valintasi jälkeen.',
      'policy-extended': 'Olemme ottaneet evästeitä käyttöön uusiin tarkoituksiin edellisen valintasi jälkeen.',
      expired: 'Edellinen valintasi on vanhentunut.',
    },
  },
  preferences: {
    title: 'Evästeasetukset',
    text: 'Valitse, mitä evästeitä saamme käyttää. Välttämättömät evästeet ovat aina käytössä, koska sivusto ei toimi ilman niitä.',
    save: 'Tallenna valinnat',
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    close: 'Sulje',
    alwaysOn: 'Aina käytössä',
    showServices: 'Näytä palvelut ({count})',
    hideServices: 'Piilota palvelut',
    cookies: 'Evästeet',
    duration: 'Kesto',
    session: 'Istunto',
    provider: 'Palveluntarjoaja',
    party: { first: 'Ensimmäinen osapuoli', third: 'Kolmas osapuoli' },
    saved: 'Valintasi on tallennettu.',
    exemptNotice: 'Anonyymi kävijämittaus on käytössä ilman suostumusta. Voit poistaa sen käytöstä.',
    optOut: 'Anonyymi kävijämittaus',
  },
  signal: {
    honoured: 'Selaimesi lähettää Global Privacy Control -signaalin, joten mainonta pysyy pois käytöstä.',
    conflict: 'Sallit mainonnan, mutta selaimesi pyytää sivustoja olemaan myymättä tai jakamatta tietojasi. Sallitaanko mainonta silti?',
    confirm: 'Salli silti',
  },
  settingsButton: 'Evästeasetukset',
  placeholder: {
    label: 'Estetty sisältö: {service}',
    text: 'Tämä sisältö ({service}, tarjoaja {provider}) on estetty, kunnes sallit sen.',
    allow: 'Salli {service}',
  },
  units: {
    second: { one: '{count}\u00a0sekunti', other: '{count}\u00a0sekuntia' },
    minute: { one: '{count}\u00a0minuutti', other: '{count}\u00a0minuuttia' },
    hour: { one: '{count}\u00a0tunti', other: '{count}\u00a0tuntia' },
    day: { one: '{count}\u00a0päivä', other: '{count}\u00a0päivää' },
    week: { one: '{count}\u00a0viikko', other: '{count}\u00a0viikkoa' },
    month: { one: '{count}\u00a0kuukausi', other: '{count}\u00a0kuukautta' },
    year: { one: '{count}\u00a0vuosi', other: '{count}\u00a0vuotta' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const fiRegimes: RegimeMessages = {
  optOutText: 'Käytämme evästeitä tilastointiin ja mainontaan. Voit milloin tahansa kieltää henkilötietojesi myynnin tai jakamisen.',
  noticeText: 'Käytämme evästeitä tilastointiin ja mainontaan. Voit muuttaa tätä milloin tahansa evästeasetuksissa.',
  optOut: 'Kiellä',
  acknowledge: 'OK',
  doNotSell: 'Älä myy tai jaa henkilötietojani',
  privacyChoices: 'Tietosuojavalintasi',
  limitSensitive: 'Rajoita arkaluonteisten henkilötietojeni käyttöä',
  honoured: 'Kieltopyyntö on toteutettu',
};
