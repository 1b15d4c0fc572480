// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Irish typography: “…” quotes; a no-break space (\u00a0) between a number and its unit.
// Units follow the initial mutations after a number: `one` 1, `two` 2, `few` 3–6, `many`
// 7–10, `other` the rest (0, 11 and up).

/** Irish catalog: the UI texts. `gaPolicyPage` adds the policy page's texts. */
export const ga: Messages = {
  lang: 'ga',
  dir: 'ltr',
  banner: {
    title: 'Fianáin ar an suíomh seo',
    text: 'Úsáidimid fianáin riachtanacha chun an suíomh seo a choinneáil ag obair. Le do thoiliú, úsáidimid fianáin freisin le haghaidh staitisticí agus fógraíochta. Is féidir leat do rogha a athrú am ar bith faoi “Socruithe fianán”.',
    acceptAll: 'Glac le gach fianán',
    rejectAll: 'Diúltaigh do gach fianán',
    customize: 'Saincheap',
    policyLink: 'Beartas fianán',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Tá athrú tagtha ar ár mbeartas fianán ó rinne tú do rogha dheireanach.',
      'policy-extended': 'Táimid ag úsáid fianán chun críocha nua ó rinne tú do rogha dheireanach.',
      expired: 'Tá do rogha dheireanach imithe in éag.',
    },
  },
  preferences: {
    title: 'Roghanna fianán',
    text: 'Roghnaigh na fianáin is féidir linn a úsáid. Bíonn na fianáin riachtanacha ar siúl i gcónaí, mar ní féidir leis an suíomh oibriú gan iad.',
    save: 'Sábháil do roghanna',
    acceptAll: 'Glac le gach fianán',
    rejectAll: 'Diúltaigh do gach fianán',
    close: 'Dún',
    alwaysOn: 'Ar siúl i gcónaí',
    showServices: 'Taispeáin na seirbhísí ({count})',
    hideServices: 'Folaigh na seirbhísí',
    cookies: 'Fianáin',
    duration: 'Fad',
    session: 'Seisiún',
    provider: 'Soláthraí',
    party: { first: 'Céadpháirtí', third: 'Tríú páirtí' },
    saved: 'Sábháladh do roghanna.',
    exemptNotice: 'Ritheann tomhas anaithnid lucht féachana gan toiliú. Is féidir leat é a mhúchadh.',
    optOut: 'Tomhas anaithnid lucht féachana',
  },
  signal: {
    honoured: 'Seolann do bhrabhsálaí comhartha Global Privacy Control, mar sin fanann an fhógraíocht múchta.',
    conflict: 'Roghnaigh tú fógraíocht a cheadú, ach iarrann do bhrabhsálaí ar shuíomhanna gan do chuid sonraí a dhíol ná a roinnt. An gceadófar í mar sin féin?',
    confirm: 'Ceadaigh mar sin féin',
  },
  settingsButton: 'Socruithe fianán',
  placeholder: {
    label: 'Ábhar blocáilte: {service}',
    text: 'Tá an t-ábhar seo ó {provider} ({service}) blocáilte go dtí go gceadóidh tú é.',
    allow: 'Ceadaigh {service}',
  },
  units: {
    second: { one: '{count}\u00a0soicind', two: '{count}\u00a0shoicind', few: '{count}\u00a0shoicind', many: '{count}\u00a0soicind', other: '{count}\u00a0soicind' },
    minute: { one: '{count}\u00a0nóiméad', two: '{count}\u00a0nóiméad', few: '{count}\u00a0nóiméad', many: '{count}\u00a0nóiméad', other: '{count}\u00a0nóiméad' },
    hour: { one: '{count}\u00a0uair an chloig', two: '{count}\u00a0uair an chloig', few: '{count}\u00a0huaire an chloig', many: '{count}\u00a0n-uaire an chloig', other: '{count}\u00a0uair an chloig' },
    day: { one: '{count}\u00a0lá', two: '{count}\u00a0lá', few: '{count}\u00a0lá', many: '{count}\u00a0lá', other: '{count}\u00a0lá' },
    week: { one: '{count}\u00a0seachtain', two: '{count}\u00a0sheachtain', few: '{count}\u00a0seachtaine', many: '{count}\u00a0seachtaine', other: '{count}\u00a0seachtain' },
    month: { one: '{count}\u00a0mhí', two: '{count}\u00a0mhí', few: '{count}\u00a0mhí', many: '{count}\u00a0mí', other: '{count}\u00a0mí' },
    year: { one: '{count}\u00a0bhliain', two: '{count}\u00a0bhliain', few: '{count}\u00a0bliana', many: '{count}\u00a0mbliana', other: '{count}\u00a0bliain' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const gaRegimes: RegimeMessages = {
  optOutText: 'Úsáidimid fianáin le haghaidh staitisticí agus fógraíochta. Is féidir leat diúltú do dhíol nó do chomhroinnt d’fhaisnéise pearsanta tráth ar bith.',
  noticeText: 'Úsáidimid fianáin le haghaidh staitisticí agus fógraíochta. Is féidir leat é seo a athrú tráth ar bith i socruithe na bhfianán.',
  optOut: 'Diúltaigh',
  acknowledge: 'OK',
  doNotSell: 'Ná díol ná comhroinn m’fhaisnéis phearsanta',
  privacyChoices: 'Do roghanna príobháideachais',
  limitSensitive: 'Teorannaigh úsáid m’fhaisnéise pearsanta íogaire',
  honoured: 'Comhlíonadh an t-iarratas diúltaithe',
};
