// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Russian typography: « » quotes, a no-break space (\u00a0) between a number and its unit and
// before a dash, so neither starts a line.

/** Russian catalog: import it from `@cookiekit/core/locales/ru`. */
export const ru: Messages = {
  lang: 'ru',
  dir: 'ltr',
  banner: {
    title: 'Файлы cookie на этом сайте',
    text: 'Мы используем необходимые файлы cookie для работы сайта. С вашего согласия мы также используем их для статистики и рекламы. Изменить выбор можно в любой момент в разделе «Настройки cookie».',
    acceptAll: 'Принять все',
    rejectAll: 'Отклонить все',
    customize: 'Настроить',
    policyLink: 'Политика использования файлов cookie',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Наша политика использования файлов cookie изменилась после вашего последнего выбора.',
      'policy-extended': 'После вашего последнего выбора мы стали использовать файлы cookie для новых целей.',
      expired: 'Срок действия вашего выбора истёк.',
    },
  },
  preferences: {
    title: 'Параметры файлов cookie',
    text: 'Выберите, какие файлы cookie мы можем использовать. Необходимые включены всегда: без них сайт не работает.',
    save: 'Сохранить выбор',
    acceptAll: 'Принять все',
    rejectAll: 'Отклонить все',
    close: 'Закрыть',
    alwaysOn: 'Всегда включены',
    showServices: 'Показать сервисы ({count})',
    hideServices: 'Скрыть сервисы',
    cookies: 'Файлы cookie',
    duration: 'Срок хранения',
    session: 'Сеанс',
    provider: 'Поставщик',
    party: { first: 'Этот сайт', third: 'Третья сторона' },
    saved: 'Ваш выбор сохранён.',
    exemptNotice: 'Анонимная статистика посещений собирается без согласия; её можно отключить.',
    optOut: 'Анонимная статистика посещений',
  },
  signal: {
    honoured: 'Ваш браузер передаёт сигнал GPC, поэтому реклама отключена.',
    conflict: 'Вы разрешили рекламу, но браузер просит сайты не продавать и не передавать ваши данные. Всё равно разрешить?',
    confirm: 'Всё равно разрешить',
  },
  settingsButton: 'Настройки cookie',
  placeholder: {
    label: 'Заблокированный контент: {service}',
    text: 'Этот контент от {provider} ({service}) заблокирован, пока вы его не разрешите.',
    allow: 'Разрешить {service}',
  },
  units: {
    second: { one: '{count}\u00a0секунда', few: '{count}\u00a0секунды', many: '{count}\u00a0секунд', other: '{count}\u00a0секунды' },
    minute: { one: '{count}\u00a0минута', few: '{count}\u00a0минуты', many: '{count}\u00a0минут', other: '{count}\u00a0минуты' },
    hour: { one: '{count}\u00a0час', few: '{count}\u00a0часа', many: '{count}\u00a0часов', other: '{count}\u00a0часа' },
    day: { one: '{count}\u00a0день', few: '{count}\u00a0дня', many: '{count}\u00a0дней', other: '{count}\u00a0дня' },
    week: { one: '{count}\u00a0неделя', few: '{count}\u00a0недели', many: '{count}\u00a0недель', other: '{count}\u00a0недели' },
    month: { one: '{count}\u00a0месяц', few: '{count}\u00a0месяца', many: '{count}\u00a0месяцев', other: '{count}\u00a0месяца' },
    year: { one: '{count}\u00a0год', few: '{count}\u00a0года', many: '{count}\u00a0лет', other: '{count}\u00a0года' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const ruRegimes: RegimeMessages = {
  optOutText: 'Мы используем файлы cookie для статистики и рекламы. Вы можете в любой момент отказаться от продажи или передачи вашей личной информации.',
  noticeText: 'Мы используем файлы cookie для статистики и рекламы. Это можно изменить в любой момент в настройках cookie.',
  optOut: 'Отказаться',
  acknowledge: 'OK',
  doNotSell: 'Не продавать и не передавать мою личную информацию',
  privacyChoices: 'Ваши настройки конфиденциальности',
  limitSensitive: 'Ограничить использование моей конфиденциальной личной информации',
  honoured: 'Запрос на отказ выполнен',
};
