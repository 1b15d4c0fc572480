import type { ServiceTexts } from '../types';

/** uk: the service presets' function codes and notes. Awaiting native review. */
export const uk: ServiceTexts = {
  lang: 'uk',
  review: 'awaiting native review',
  functions: {
    analytics: 'Вебаналітика',
    'tag-management': 'Керування тегами',
    advertising: 'Реклама та відстеження конверсій',
    'session-recording': 'Теплові карти та записи сеансів',
    maps: 'Вбудована карта',
    video: 'Вбудоване відео',
    audio: 'Вбудований аудіоплеєр',
    'bot-protection': 'Захист від ботів і спаму',
    chat: 'Онлайн-чат і підтримка клієнтів',
    payment: 'Обробка платежів',
    monitoring: 'Моніторинг помилок і продуктивності',
    'ab-testing': 'A/B-тестування',
    comments: 'Коментарі',
    'social-embed': 'Вбудовані дописи із соціальних мереж',
    scheduling: 'Запис на зустрічі',
    forms: 'Форми та опитування',
    'customer-data': 'Платформа клієнтських даних',
    'marketing-automation': 'Автоматизація маркетингу та CRM',
  },
  notes: {
    basic: 'Режим згоди Google, базовий: тег завантажується лише після згоди',
    advanced: 'Режим згоди Google, розширений: тег завантажується до згоди із забороненим зберіганням і надсилає сигнали без файлів cookie',
    cookieless: 'нічого не зберігає на вашому пристрої',
    ungated: 'працює без згоди на підставі винятку, на який спирається цей сайт',
  },
};
