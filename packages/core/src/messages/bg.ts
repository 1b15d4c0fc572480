// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Bulgarian typography: „…“ quotes; a no-break space (\u00a0) between a number and its unit.

/** Bulgarian catalog: the UI texts. `bgPolicyPage` adds the policy page's texts. */
export const bg: Messages = {
  lang: 'bg',
  dir: 'ltr',
  banner: {
    title: 'Бисквитки на този сайт',
    text: 'Използваме необходими бисквитки, за да работи сайтът. С ваше съгласие ползваме бисквитки и за статистика и реклама. Можете да промените избора си по всяко време от „Настройки за бисквитките“.',
    acceptAll: 'Приемане на всички',
    rejectAll: 'Отхвърляне на всички',
    customize: 'Настройки',
    policyLink: 'Политика за бисквитките',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Политиката ни за бисквитките се промени след последния ви избор.',
      'policy-extended': 'След последния ви избор използваме бисквитки и за нови цели.',
      expired: 'Последният ви избор е изтекъл.',
    },
  },
  preferences: {
    title: 'Настройки за бисквитките',
    text: 'Изберете кои бисквитки можем да ползваме. Необходимите са винаги включени: сайтът не работи без тях.',
    save: 'Запазване на избора',
    acceptAll: 'Приемане на всички',
    rejectAll: 'Отхвърляне на всички',
    close: 'Затваряне',
    alwaysOn: 'Винаги включени',
    showServices: 'Показване на услугите ({count})',
    hideServices: 'Скриване на услугите',
    cookies: 'Бисквитки',
    duration: 'Продължителност',
    session: 'Сесия',
    provider: 'Доставчик',
    party: { first: 'Първа страна', third: 'Трета страна' },
    saved: 'Изборът ви е запазен.',
    exemptNotice: 'Анонимното измерване на посещаемостта работи без съгласие. Можете да го изключите.',
    optOut: 'Анонимно измерване на посещаемостта',
  },
  signal: {
    honoured: 'Браузърът ви изпраща сигнал Global Privacy Control, затова рекламата остава изключена.',
    conflict: 'Разрешихте рекламата, но браузърът ви иска от сайтовете да не продават и споделят данните ви. Да се разреши ли все пак?',
    confirm: 'Разрешаване все пак',
  },
  settingsButton: 'Настройки за бисквитките',
  placeholder: {
    label: 'Блокирано съдържание: {service}',
    text: 'Съдържанието от {provider} ({service}) е блокирано, докато не го разрешите.',
    allow: 'Разрешаване на {service}',
  },
  units: {
    second: { one: '{count}\u00a0секунда', other: '{count}\u00a0секунди' },
    minute: { one: '{count}\u00a0минута', other: '{count}\u00a0минути' },
    hour: { one: '{count}\u00a0час', other: '{count}\u00a0часа' },
    day: { one: '{count}\u00a0ден', other: '{count}\u00a0дни' },
    week: { one: '{count}\u00a0седмица', other: '{count}\u00a0седмици' },
    month: { one: '{count}\u00a0месец', other: '{count}\u00a0месеца' },
    year: { one: '{count}\u00a0година', other: '{count}\u00a0години' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const bgRegimes: RegimeMessages = {
  optOutText: 'Използваме бисквитки за статистика и реклама. Можете по всяко време да се откажете от продажбата или споделянето на личната ви информация.',
  noticeText: 'Използваме бисквитки за статистика и реклама. Можете да промените това по всяко време в настройките за бисквитки.',
  optOut: 'Отказвам',
  acknowledge: 'OK',
  doNotSell: 'Не продавайте и не споделяйте личната ми информация',
  privacyChoices: 'Вашите избори за поверителност',
  limitSensitive: 'Ограничете използването на чувствителната ми лична информация',
  honoured: 'Искането за отказ е изпълнено',
};
