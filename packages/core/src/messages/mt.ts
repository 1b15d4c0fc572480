// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

/** Maltese catalog. Import it from `@cookiekit/core/locales/mt` so only sites that need it ship it. */
export const mt: Messages = {
  lang: 'mt',
  dir: 'ltr',
  banner: {
    title: 'Cookies f’dan is-sit',
    text: 'Nużaw cookies meħtieġa biex dan is-sit jaħdem. Bil-kunsens tiegħek, nużaw ukoll cookies għall-istatistika u għar-reklamar. Tista’ tibdel l-għażla tiegħek meta trid minn “Issettjar tal-cookies”.',
    acceptAll: 'Aċċetta kollox',
    rejectAll: 'Irrifjuta kollox',
    customize: 'Ippersonalizza',
    policyLink: 'Politika dwar il-cookies',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Il-politika tagħna dwar il-cookies inbidlet mill-aħħar għażla tiegħek.',
      'policy-extended': 'Mill-aħħar għażla tiegħek, bdejna nużaw il-cookies għal skopijiet ġodda.',
      expired: 'L-aħħar għażla tiegħek skadiet.',
    },
  },
  preferences: {
    title: 'Preferenzi dwar il-cookies',
    text: 'Agħżel liema cookies nistgħu nużaw. Il-cookies meħtieġa huma dejjem attivi: is-sit ma jistax jaħdem mingħajrhom.',
    save: 'Issejvja l-għażliet',
    acceptAll: 'Aċċetta kollox',
    rejectAll: 'Irrifjuta kollox',
    close: 'Agħlaq',
    alwaysOn: 'Dejjem attivi',
    showServices: 'Uri s-servizzi ({count})',
    hideServices: 'Aħbi s-servizzi',
    cookies: 'Il-cookies',
    duration: 'Tul ta’ żmien',
    session: 'Sessjoni',
    provider: 'Fornitur',
    party: { first: 'L-ewwel parti', third: 'Parti terza' },
    saved: 'L-għażliet tiegħek ġew issejvjati.',
    exemptNotice: 'Il-kejl anonimu tal-udjenza jaħdem mingħajr kunsens; tista’ titfih.',
    optOut: 'Kejl anonimu tal-udjenza',
  },
  signal: {
    honoured: 'Il-browser tiegħek jibgħat sinjal Global Privacy Control, għalhekk ir-reklamar jibqa’ mitfi.',
    conflict: 'Għażilt li tippermetti r-reklamar, iżda l-browser tiegħek jitlob lis-siti biex ma jbigħux u ma jaqsmux id-data tiegħek. Trid tippermettih xorta waħda?',
    confirm: 'Ippermetti xorta waħda',
  },
  settingsButton: 'Issettjar tal-cookies',
  placeholder: {
    label: 'Kontenut imblukkat: {service}',
    text: 'Dan il-kontenut minn {provider} ({service}) huwa mblukkat sakemm tippermettih.',
    allow: 'Ippermetti {service}',
  },
  // 2–10 (`two`, `few`) take the plural; 1 and from 11 on (`one`, `many`, `other`) the singular.
  units: {
    second: { one: '{count}\u00a0sekonda', two: '{count}\u00a0sekondi', few: '{count}\u00a0sekondi', many: '{count}\u00a0sekonda', other: '{count}\u00a0sekonda' },
    minute: { one: '{count}\u00a0minuta', two: '{count}\u00a0minuti', few: '{count}\u00a0minuti', many: '{count}\u00a0minuta', other: '{count}\u00a0minuta' },
    hour: { one: '{count}\u00a0siegħa', two: '{count}\u00a0sigħat', few: '{count}\u00a0sigħat', many: '{count}\u00a0siegħa', other: '{count}\u00a0siegħa' },
    day: { one: '{count}\u00a0jum', two: '{count}\u00a0jiem', few: '{count}\u00a0jiem', many: '{count}\u00a0jum', other: '{count}\u00a0jum' },
    week: { one: '{count}\u00a0ġimgħa', two: '{count}\u00a0ġimgħat', few: '{count}\u00a0ġimgħat', many: '{count}\u00a0ġimgħa', other: '{count}\u00a0ġimgħa' },
    month: { one: '{count}\u00a0xahar', two: '{count}\u00a0xhur', few: '{count}\u00a0xhur', many: '{count}\u00a0xahar', other: '{count}\u00a0xahar' },
    year: { one: '{count}\u00a0sena', two: '{count}\u00a0snin', few: '{count}\u00a0snin', many: '{count}\u00a0sena', other: '{count}\u00a0sena' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const mtRegimes: RegimeMessages = {
  optOutText: 'Nużaw cookies għall-istatistika u r-reklamar. Tista’ tirrifjuta l-bejgħ jew il-qsim tal-informazzjoni personali tiegħek fi kwalunkwe ħin.',
  noticeText: 'Nużaw cookies għall-istatistika u r-reklamar. Tista’ tibdel dan fi kwalunkwe ħin fis-settings tal-cookies.',
  optOut: 'Irrifjuta',
  acknowledge: 'OK',
  doNotSell: 'Tbigħx u taqsamx l-informazzjoni personali tiegħi',
  privacyChoices: 'L-għażliet tal-privatezza tiegħek',
  limitSensitive: 'Illimita l-użu tal-informazzjoni personali sensittiva tiegħi',
  honoured: 'It-talba ta’ rifjut ġiet rispettata',
};
