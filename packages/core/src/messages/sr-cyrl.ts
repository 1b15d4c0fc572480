// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Serbian in Cyrillic script (sr-latn.ts has it in Latin, letter for letter). Typography: „ “
// quotes, a no-break space (\u00a0) between a number and its unit, so the unit never starts a line.

/** Serbian (Cyrillic) catalog: import it from `@cookiekit/core/locales/sr-cyrl`. */
export const srCyrl: Messages = {
  lang: 'sr-Cyrl',
  dir: 'ltr',
  banner: {
    title: 'Колачићи на овом сајту',
    text: 'Користимо неопходне колачиће да би сајт радио. Уз вашу сагласност користимо и колачиће за статистику и оглашавање. Свој избор можете да промените у било ком тренутку у „Подешавањима колачића“.',
    acceptAll: 'Прихвати све',
    rejectAll: 'Одбиј све',
    customize: 'Прилагоди',
    policyLink: 'Политика колачића',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Наша политика колачића се променила од вашег последњег избора.',
      'policy-extended': 'Од вашег последњег избора почели смо да користимо колачиће у нове сврхе.',
      expired: 'Ваш последњи избор је истекао.',
    },
  },
  preferences: {
    title: 'Избор колачића',
    text: 'Изаберите које колачиће смемо да користимо. Неопходни колачићи су увек укључени: без њих сајт не може да ради.',
    save: 'Сачувај избор',
    acceptAll: 'Прихвати све',
    rejectAll: 'Одбиј све',
    close: 'Затвори',
    alwaysOn: 'Увек укључено',
    showServices: 'Прикажи услуге ({count})',
    hideServices: 'Сакриј услуге',
    cookies: 'Колачићи',
    duration: 'Трајање',
    session: 'Сесија',
    provider: 'Пружалац',
    party: { first: 'Овај сајт', third: 'Трећа страна' },
    saved: 'Ваш избор је сачуван.',
    exemptNotice: 'Анонимно мерење посећености ради без сагласности; можете да га искључите.',
    optOut: 'Анонимно мерење посећености',
  },
  signal: {
    honoured: 'Ваш прегледач шаље сигнал GPC, па оглашавање остаје искључено.',
    conflict: 'Изабрали сте да дозволите оглашавање, али ваш прегледач тражи од сајтова да не продају и не деле ваше податке. Ипак дозволити?',
    confirm: 'Ипак дозволи',
  },
  settingsButton: 'Подешавања колачића',
  placeholder: {
    label: 'Блокиран садржај: {service}',
    text: 'Садржај услуге {service} ({provider}) блокиран је док га не дозволите.',
    allow: 'Дозволи {service}',
  },
  units: {
    second: { one: '{count}\u00a0секунда', few: '{count}\u00a0секунде', other: '{count}\u00a0секунди' },
    minute: { one: '{count}\u00a0минут', few: '{count}\u00a0минута', other: '{count}\u00a0минута' },
    hour: { one: '{count}\u00a0сат', few: '{count}\u00a0сата', other: '{count}\u00a0сати' },
    day: { one: '{count}\u00a0дан', few: '{count}\u00a0дана', other: '{count}\u00a0дана' },
    week: { one: '{count}\u00a0недеља', few: '{count}\u00a0недеље', other: '{count}\u00a0недеља' },
    month: { one: '{count}\u00a0месец', few: '{count}\u00a0месеца', other: '{count}\u00a0месеци' },
    year: { one: '{count}\u00a0година', few: '{count}\u00a0године', other: '{count}\u00a0година' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const srCyrlRegimes: RegimeMessages = {
  optOutText: 'Користимо колачиће за статистику и оглашавање. Продају или дељење својих личних података можете одбити у било ком тренутку.',
  noticeText: 'Користимо колачиће за статистику и оглашавање. То можете променити у било ком тренутку у подешавањима колачића.',
  optOut: 'Одбиј',
  acknowledge: 'У реду',
  doNotSell: 'Не продај и не дели моје личне податке',
  privacyChoices: 'Ваши избори приватности',
  limitSensitive: 'Ограничи употребу мојих осетљивих личних података',
  honoured: 'Захтев за одбијање је испоштован',
};
