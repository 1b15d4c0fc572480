// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Ukrainian typography: « » quotes, the apostrophe ’, a no-break space (\u00a0) between a number
// and its unit and before a dash, so neither starts a line.

/** Ukrainian catalog: import it from `@cookiekit/core/locales/uk`. */
export const uk: Messages = {
  lang: 'uk',
  dir: 'ltr',
  banner: {
    title: 'Файли cookie на цьому сайті',
    text: 'Ми використовуємо необхідні файли cookie для роботи сайту. За вашою згодою ми також використовуємо їх для статистики та реклами. Змінити вибір можна будь-коли в розділі «Налаштування cookie».',
    acceptAll: 'Прийняти всі',
    rejectAll: 'Відхилити всі',
    customize: 'Налаштувати',
    policyLink: 'Політика використання файлів cookie',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Наша політика використання файлів cookie змінилася після вашого останнього вибору.',
      'policy-extended': 'Після вашого останнього вибору ми почали використовувати файли cookie для нових цілей.',
      expired: 'Строк дії вашого останнього вибору минув.',
    },
  },
  preferences: {
    title: 'Параметри файлів cookie',
    text: 'Виберіть, які файли cookie ми можемо використовувати. Необхідні завжди ввімкнені: без них сайт не працює.',
    save: 'Зберегти вибір',
    acceptAll: 'Прийняти всі',
    rejectAll: 'Відхилити всі',
    close: 'Закрити',
    alwaysOn: 'Завжди ввімкнені',
    showServices: 'Показати сервіси ({count})',
    hideServices: 'Сховати сервіси',
    cookies: 'Файли cookie',
    duration: 'Строк зберігання',
    session: 'Сеанс',
    provider: 'Постачальник',
    party: { first: 'Цей сайт', third: 'Третя сторона' },
    saved: 'Ваш вибір збережено.',
    exemptNotice: 'Анонімна статистика відвідуваності збирається без згоди; її можна вимкнути.',
    optOut: 'Анонімна статистика відвідуваності',
  },
  signal: {
    honoured: 'Ваш браузер надсилає сигнал GPC, тому реклама залишається вимкненою.',
    conflict: 'Ви дозволили рекламу, але ваш браузер просить сайти не продавати й не передавати ваші дані. Усе ж дозволити?',
    confirm: 'Усе ж дозволити',
  },
  settingsButton: 'Налаштування cookie',
  placeholder: {
    label: 'Заблокований вміст: {service}',
    text: 'Цей вміст від {provider} ({service}) заблоковано, доки ви його не дозволите.',
    allow: 'Дозволити {service}',
  },
  units: {
    second: { one: '{count}\u00a0секунда', few: '{count}\u00a0секунди', many: '{count}\u00a0секунд', other: '{count}\u00a0секунди' },
    minute: { one: '{count}\u00a0хвилина', few: '{count}\u00a0хвилини', many: '{count}\u00a0хвилин', other: '{count}\u00a0хвилини' },
    hour: { one: '{count}\u00a0година', few: '{count}\u00a0години', many: '{count}\u00a0годин', other: '{count}\u00a0години' },
    day: { one: '{count}\u00a0день', few: '{count}\u00a0дні', many: '{count}\u00a0днів', other: '{count}\u00a0дня' },
    week: { one: '{count}\u00a0тиждень', few: '{count}\u00a0тижні', many: '{count}\u00a0тижнів', other: '{count}\u00a0тижня' },
    month: { one: '{count}\u00a0місяць', few: '{count}\u00a0місяці', many: '{count}\u00a0місяців', other: '{count}\u00a0місяця' },
    year: { one: '{count}\u00a0рік', few: '{count}\u00a0роки', many: '{count}\u00a0років', other: '{count}\u00a0року' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const ukRegimes: RegimeMessages = {
  optOutText: 'Ми використовуємо файли cookie для статистики та реклами. Ви можете будь-коли відмовитися від продажу або передавання вашої особистої інформації.',
  noticeText: 'Ми використовуємо файли cookie для статистики та реклами. Це можна будь-коли змінити в налаштуваннях cookie.',
  optOut: 'Відмовитися',
  acknowledge: 'OK',
  doNotSell: 'Не продавати й не передавати мою особисту інформацію',
  privacyChoices: 'Ваші налаштування конфіденційності',
  limitSensitive: 'Обмежити використання моєї чутливої особистої інформації',
  honoured: 'Запит на відмову виконано',
};
