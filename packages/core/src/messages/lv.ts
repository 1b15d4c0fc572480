// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

/** Latvian catalog. Import it from `@cookiekit/core/locales/lv` so only sites that need it ship it. */
export const lv: Messages = {
  lang: 'lv',
  dir: 'ltr',
  banner: {
    title: 'Sīkdatnes šajā vietnē',
    text: 'Mēs izmantojam nepieciešamās sīkdatnes, lai šī vietne darbotos. Ar jūsu piekrišanu mēs izmantojam sīkdatnes arī statistikai un reklāmai. Savu izvēli jebkurā laikā varat mainīt sadaļā „Sīkdatņu iestatījumi”.',
    acceptAll: 'Pieņemt visas',
    rejectAll: 'Noraidīt visas',
    customize: 'Pielāgot',
    policyLink: 'Sīkdatņu politika',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Mūsu sīkdatņu politika ir mainījusies kopš jūsu pēdējās izvēles.',
      'policy-extended': 'Kopš jūsu pēdējās izvēles mēs sīkdatnes izmantojam arī jauniem nolūkiem.',
      expired: 'Jūsu pēdējās izvēles derīguma termiņš ir beidzies.',
    },
  },
  preferences: {
    title: 'Sīkdatņu preferences',
    text: 'Izvēlieties, kuras sīkdatnes mēs drīkstam izmantot. Nepieciešamās sīkdatnes vienmēr ir ieslēgtas: bez tām vietne nevar darboties.',
    save: 'Saglabāt izvēli',
    acceptAll: 'Pieņemt visas',
    rejectAll: 'Noraidīt visas',
    close: 'Aizvērt',
    alwaysOn: 'Vienmēr ieslēgtas',
    showServices: 'Rādīt pakalpojumus ({count})',
    hideServices: 'Slēpt pakalpojumus',
    cookies: 'Sīkdatnes',
    duration: 'Ilgums',
    session: 'Sesija',
    provider: 'Nodrošinātājs',
    party: { first: 'Pirmā puse', third: 'Trešā puse' },
    saved: 'Jūsu izvēle ir saglabāta.',
    exemptNotice: 'Anonīma auditorijas mērīšana darbojas bez piekrišanas; varat to izslēgt.',
    optOut: 'Anonīma auditorijas mērīšana',
  },
  signal: {
    honoured: 'Jūsu pārlūks sūta Global Privacy Control signālu, tāpēc reklāma paliek izslēgta.',
    conflict: 'Jūs izvēlējāties atļaut reklāmu, taču jūsu pārlūks lūdz vietnes nepārdot un nekopīgot jūsu datus. Vai tomēr atļaut?',
    confirm: 'Tomēr atļaut',
  },
  settingsButton: 'Sīkdatņu iestatījumi',
  placeholder: {
    label: 'Bloķēts saturs: {service}',
    text: 'Šis saturs no {provider} ({service}) ir bloķēts, kamēr jūs to neatļausiet.',
    allow: 'Atļaut {service}',
  },
  // `zero` (0, 10–20, 30…) takes the genitive plural.
  units: {
    second: { zero: '{count}\u00a0sekunžu', one: '{count}\u00a0sekunde', other: '{count}\u00a0sekundes' },
    minute: { zero: '{count}\u00a0minūšu', one: '{count}\u00a0minūte', other: '{count}\u00a0minūtes' },
    hour: { zero: '{count}\u00a0stundu', one: '{count}\u00a0stunda', other: '{count}\u00a0stundas' },
    day: { zero: '{count}\u00a0dienu', one: '{count}\u00a0diena', other: '{count}\u00a0dienas' },
    week: { zero: '{count}\u00a0nedēļu', one: '{count}\u00a0nedēļa', other: '{count}\u00a0nedēļas' },
    month: { zero: '{count}\u00a0mēnešu', one: '{count}\u00a0mēnesis', other: '{count}\u00a0mēneši' },
    year: { zero: '{count}\u00a0gadu', one: '{count}\u00a0gads', other: '{count}\u00a0gadi' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const lvRegimes: RegimeMessages = {
  optOutText: 'Mēs izmantojam sīkdatnes statistikai un reklāmai. Jūs jebkurā laikā varat atteikties no savas personiskās informācijas pārdošanas vai kopīgošanas.',
  noticeText: 'Mēs izmantojam sīkdatnes statistikai un reklāmai. To jebkurā laikā varat mainīt sīkdatņu iestatījumos.',
  optOut: 'Atteikties',
  acknowledge: 'Labi',
  doNotSell: 'Nepārdot un nekopīgot manu personisko informāciju',
  privacyChoices: 'Jūsu privātuma izvēles',
  limitSensitive: 'Ierobežot manas sensitīvās personiskās informācijas izmantošanu',
  honoured: 'Atteikuma pieprasījums izpildīts',
};
