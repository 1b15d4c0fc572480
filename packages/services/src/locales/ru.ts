import type { ServiceTexts } from '../types';

/** ru: the service presets' function codes and notes. Awaiting native review. */
export const ru: ServiceTexts = {
  lang: 'ru',
  review: 'awaiting native review',
  functions: {
    analytics: 'Веб-аналитика',
    'tag-management': 'Управление тегами',
    advertising: 'Реклама и отслеживание конверсий',
    'session-recording': 'Тепловые карты и записи сеансов',
    maps: 'Встроенная карта',
    video: 'Встроенное видео',
    audio: 'Встроенный аудиоплеер',
    'bot-protection': 'Защита от ботов и спама',
    chat: 'Онлайн-чат и поддержка клиентов',
    payment: 'Обработка платежей',
    monitoring: 'Мониторинг ошибок и производительности',
    'ab-testing': 'A/B-тестирование',
    comments: 'Комментарии',
    'social-embed': 'Встроенные публикации из соцсетей',
    scheduling: 'Запись на встречи',
    forms: 'Формы и опросы',
    'customer-data': 'Платформа клиентских данных',
    'marketing-automation': 'Автоматизация маркетинга и CRM',
  },
  notes: {
    basic: 'Режим согласия Google, базовый: тег загружается только после согласия',
    advanced: 'Режим согласия Google, расширенный: тег загружается до согласия с запрещённым хранением и отправляет сигналы без файлов cookie',
    cookieless: 'ничего не хранит на вашем устройстве',
    ungated: 'работает без согласия на основании исключения, на которое ссылается этот сайт',
  },
};
