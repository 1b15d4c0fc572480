import type { ServiceTexts } from '../types';

/** he: the service presets' function codes and notes. Awaiting native review. */
export const he: ServiceTexts = {
  lang: 'he',
  review: 'awaiting native review',
  functions: {
    analytics: 'ניתוח נתוני אתר',
    'tag-management': 'ניהול תגים',
    advertising: 'פרסום ומעקב המרות',
    'session-recording': 'מפות חום והקלטות הפעלה',
    maps: 'מפה מוטמעת',
    video: 'סרטון מוטמע',
    audio: 'נגן שמע מוטמע',
    'bot-protection': 'הגנה מפני בוטים ודואר זבל',
    chat: 'צ׳אט חי ותמיכת לקוחות',
    payment: 'עיבוד תשלומים',
    monitoring: 'ניטור שגיאות וביצועים',
    'ab-testing': 'בדיקות A/B',
    comments: 'תגובות',
    'social-embed': 'פוסטים מוטמעים מרשתות חברתיות',
    scheduling: 'קביעת פגישות',
    forms: 'טפסים וסקרים',
    'customer-data': 'פלטפורמת נתוני לקוחות',
    'marketing-automation': 'אוטומציה שיווקית ו-CRM',
  },
  notes: {
    basic: 'מצב ההסכמה של Google, בסיסי: התג נטען רק לאחר הסכמה',
    advanced: 'מצב ההסכמה של Google, מתקדם: התג נטען לפני ההסכמה כשהאחסון נדחה ושולח אותות ללא קובצי Cookie',
    cookieless: 'אינו שומר דבר במכשיר שלך',
    ungated: 'פועל ללא הסכמה מכוח פטור שעליו האתר מסתמך',
  },
};
