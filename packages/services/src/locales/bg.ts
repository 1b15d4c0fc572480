import type { ServiceTexts } from '../types';

/** bg: the service presets' function codes and notes. Awaiting native review. */
export const bg: ServiceTexts = {
  lang: 'bg',
  review: 'awaiting native review',
  functions: {
    analytics: 'Уеб анализ',
    'tag-management': 'Управление на тагове',
    advertising: 'Реклама и проследяване на реализации',
    'session-recording': 'Топлинни карти и записи на сесии',
    maps: 'Вградена карта',
    video: 'Вградено видео',
    audio: 'Вграден аудиоплейър',
    'bot-protection': 'Защита от ботове и спам',
    chat: 'Чат на живо и обслужване на клиенти',
    payment: 'Обработка на плащания',
    monitoring: 'Наблюдение на грешки и производителност',
    'ab-testing': 'A/B тестове',
    comments: 'Коментари',
    'social-embed': 'Вградени публикации от социални мрежи',
    scheduling: 'Записване на срещи',
    forms: 'Формуляри и анкети',
    'customer-data': 'Платформа за клиентски данни',
    'marketing-automation': 'Автоматизация на маркетинга и CRM',
  },
  notes: {
    basic: 'Режим на съгласие на Google, основен: тагът се зарежда само след съгласие',
    advanced: 'Режим на съгласие на Google, разширен: тагът се зарежда преди съгласие със забранено съхранение и изпраща сигнали без бисквитки',
    cookieless: 'не съхранява нищо на вашето устройство',
    ungated: 'работи без съгласие въз основа на изключение, на което се позовава този сайт',
  },
};
