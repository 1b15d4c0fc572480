// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

/** Icelandic catalog. Import it from `@cookiekit/core/locales/is` so only sites that need it ship it. */
export const is: Messages = {
  lang: 'is',
  dir: 'ltr',
  banner: {
    title: 'Vafrakökur á þessum vef',
    text: 'Við notum nauðsynlegar vafrakökur til að vefurinn virki. Með samþykki þínu notum við einnig vafrakökur fyrir tölfræði og auglýsingar. Þú getur alltaf breytt vali þínu undir „Stillingar vafrakakna“.',
    acceptAll: 'Samþykkja allar',
    rejectAll: 'Hafna öllum',
    customize: 'Sérsníða',
    policyLink: 'Vafrakökustefna',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Vafrakökustefnan okkar hefur breyst frá síðasta vali þínu.',
      'policy-extended': 'Við höfum tekið upp nýja notkun á vafrakökum frá síðasta vali þínu.',
      expired: 'Síðasta val þitt er útrunnið.',
    },
  },
  preferences: {
    title: 'Val á vafrakökum',
    text: 'Veldu hvaða vafrakökur við megum nota. Nauðsynlegar vafrakökur eru alltaf virkar: vefurinn virkar ekki án þeirra.',
    save: 'Vista val',
    acceptAll: 'Samþykkja allar',
    rejectAll: 'Hafna öllum',
    close: 'Loka',
    alwaysOn: 'Alltaf virkar',
    showServices: 'Sýna þjónustur ({count})',
    hideServices: 'Fela þjónustur',
    cookies: 'Vafrakökur',
    duration: 'Gildistími',
    session: 'Lota',
    provider: 'Veitandi',
    party: { first: 'Fyrsti aðili', third: 'Þriðji aðili' },
    saved: 'Val þitt hefur verið vistað.',
    exemptNotice: 'Nafnlaus aðsóknarmæling er virk án samþykkis; þú getur slökkt á henni.',
    optOut: 'Nafnlaus aðsóknarmæling',
  },
  signal: {
    honoured: 'Vafrinn þinn sendir Global Privacy Control-merki og því haldast auglýsingar óvirkar.',
    conflict: 'Þú valdir að leyfa auglýsingar, en vafrinn þinn biður vefi um að hvorki selja né deila gögnunum þínum. Leyfa samt?',
    confirm: 'Leyfa samt',
  },
  settingsButton: 'Stillingar vafrakakna',
  placeholder: {
    label: 'Útilokað efni: {service}',
    text: 'Þetta efni frá {provider} ({service}) er útilokað þar til þú leyfir það.',
    allow: 'Leyfa {service}',
  },
  units: {
    second: { one: '{count}\u00a0sekúnda', other: '{count}\u00a0sekúndur' },
    minute: { one: '{count}\u00a0mínúta', other: '{count}\u00a0mínútur' },
    hour: { one: '{count}\u00a0klukkustund', other: '{count}\u00a0klukkustundir' },
    day: { one: '{count}\u00a0dagur', other: '{count}\u00a0dagar' },
    week: { one: '{count}\u00a0vika', other: '{count}\u00a0vikur' },
    month: { one: '{count}\u00a0mánuður', other: '{count}\u00a0mánuðir' },
    year: { one: '{count}\u00a0ár', other: '{count}\u00a0ár' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const isRegimes: RegimeMessages = {
  optOutText: 'Við notum vafrakökur fyrir tölfræði og auglýsingar. Þú getur hvenær sem er hafnað sölu eða miðlun persónuupplýsinga þinna.',
  noticeText: 'Við notum vafrakökur fyrir tölfræði og auglýsingar. Þú getur breytt þessu hvenær sem er í stillingum vafrakaka.',
  optOut: 'Hafna',
  acknowledge: 'Í lagi',
  doNotSell: 'Ekki selja eða miðla persónuupplýsingum mínum',
  privacyChoices: 'Persónuverndarval þitt',
  limitSensitive: 'Takmarka notkun viðkvæmra persónuupplýsinga minna',
  honoured: 'Beiðni um höfnun virt',
};
