// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

/** Basque catalog. Import it from `@cookiekit/core/locales/eu` so only sites that need it ship it. */
export const eu: Messages = {
  lang: 'eu',
  dir: 'ltr',
  banner: {
    title: 'Cookieak webgune honetan',
    text: 'Beharrezko cookieak erabiltzen ditugu webgune honek funtziona dezan. Zure baimenarekin, estatistiketarako eta publizitaterako cookieak ere erabiltzen ditugu. Zure aukera edozein unetan alda dezakezu «Cookieen ezarpenak» atalean.',
    acceptAll: 'Onartu guztiak',
    rejectAll: 'Baztertu guztiak',
    customize: 'Pertsonalizatu',
    policyLink: 'Cookie-politika',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Gure cookie-politika aldatu egin da zure azken aukeraz geroztik.',
      'policy-extended': 'Zure azken aukeraz geroztik, cookieak helburu berrietarako erabiltzen hasi gara.',
      expired: 'Zure azken aukera iraungi egin da.',
    },
  },
  preferences: {
    title: 'Cookieen hobespenak',
    text: 'Aukeratu zer cookie erabil ditzakegun. Beharrezko cookieak beti daude aktibatuta: webguneak ezin du funtzionatu haiek gabe.',
    save: 'Gorde aukerak',
    acceptAll: 'Onartu guztiak',
    rejectAll: 'Baztertu guztiak',
    close: 'Itxi',
    alwaysOn: 'Beti aktibatuta',
    showServices: 'Erakutsi zerbitzuak ({count})',
    hideServices: 'Ezkutatu zerbitzuak',
    cookies: 'Cookieak',
    duration: 'Iraupena',
    session: 'Saioa',
    provider: 'Hornitzailea',
    party: { first: 'Lehen alderdia', third: 'Hirugarren alderdia' },
    saved: 'Zure aukerak gorde dira.',
    exemptNotice: 'Audientziaren neurketa anonimoa baimenik gabe dabil; desaktibatu egin dezakezu.',
    optOut: 'Audientziaren neurketa anonimoa',
  },
  signal: {
    honoured: 'Zure nabigatzaileak Global Privacy Control seinalea bidaltzen du; beraz, publizitatea desaktibatuta geratzen da.',
    conflict: 'Publizitatea baimentzea aukeratu duzu, baina zure nabigatzaileak webguneei eskatzen die zure datuak ez saltzeko eta ez partekatzeko. Hala ere baimendu nahi duzu?',
    confirm: 'Baimendu hala ere',
  },
  settingsButton: 'Cookieen ezarpenak',
  placeholder: {
    label: 'Blokeatutako edukia: {service}',
    text: '{provider} hornitzailearen eduki hau ({service}) blokeatuta dago baimentzen duzun arte.',
    allow: 'Baimendu {service}',
  },
  // Basque nouns stay singular after a number.
  units: {
    second: { one: '{count}\u00a0segundo', other: '{count}\u00a0segundo' },
    minute: { one: '{count}\u00a0minutu', other: '{count}\u00a0minutu' },
    hour: { one: '{count}\u00a0ordu', other: '{count}\u00a0ordu' },
    day: { one: '{count}\u00a0egun', other: '{count}\u00a0egun' },
    week: { one: '{count}\u00a0aste', other: '{count}\u00a0aste' },
    month: { one: '{count}\u00a0hilabete', other: '{count}\u00a0hilabete' },
    year: { one: '{count}\u00a0urte', other: '{count}\u00a0urte' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const euRegimes: RegimeMessages = {
  optOutText: 'Estatistiketarako eta publizitaterako cookieak erabiltzen ditugu. Zure informazio pertsonala saltzeari edo partekatzeari uko egin diezaiokezu edonoiz.',
  noticeText: 'Estatistiketarako eta publizitaterako cookieak erabiltzen ditugu. Edonoiz alda dezakezu hori cookieen ezarpenetan.',
  optOut: 'Uko egin',
  acknowledge: 'Ados',
  doNotSell: 'Ez saldu edo partekatu nire informazio pertsonala',
  privacyChoices: 'Zure pribatutasun-aukerak',
  limitSensitive: 'Mugatu nire informazio pertsonal sentikorraren erabilera',
  honoured: 'Uko egiteko eskaera bete da',
};
