// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Hebrew, right to left. The texts address the reader without gendered verb forms where they can
// ("אפשר לבחור", nouns on buttons), as many Hebrew sites do.

/** Hebrew catalog (right to left): import it from `@cookiekit/core/locales/he`. */
export const he: Messages = {
  lang: 'he',
  dir: 'rtl',
  banner: {
    title: 'עוגיות באתר הזה',
    text: 'אנחנו משתמשים בעוגיות הכרחיות כדי שהאתר יפעל. בהסכמתך נשתמש בעוגיות גם לסטטיסטיקה ולפרסום. אפשר לשנות את הבחירה בכל עת ב"הגדרות עוגיות".',
    acceptAll: 'אישור הכול',
    rejectAll: 'דחיית הכול',
    customize: 'התאמה אישית',
    policyLink: 'מדיניות העוגיות',
    reasons: {
      'no-choice': '',
      'revision-changed': 'מדיניות העוגיות שלנו השתנתה מאז הבחירה האחרונה שלך.',
      'policy-extended': 'מאז הבחירה האחרונה שלך הוספנו שימושים חדשים בעוגיות.',
      expired: 'תוקף הבחירה האחרונה שלך פג.',
    },
  },
  preferences: {
    title: 'העדפות עוגיות',
    text: 'אפשר לבחור באילו עוגיות נוכל להשתמש. עוגיות הכרחיות תמיד פעילות: האתר לא יכול לפעול בלעדיהן.',
    save: 'שמירת הבחירות',
    acceptAll: 'אישור הכול',
    rejectAll: 'דחיית הכול',
    close: 'סגירה',
    alwaysOn: 'תמיד פעילות',
    showServices: 'הצגת השירותים ({count})',
    hideServices: 'הסתרת השירותים',
    cookies: 'עוגיות',
    duration: 'משך',
    session: 'עד סגירת הדפדפן',
    provider: 'ספק',
    party: { first: 'צד ראשון', third: 'צד שלישי' },
    saved: 'הבחירות שלך נשמרו.',
    exemptNotice: 'מדידת קהל אנונימית פועלת ללא הסכמה; אפשר לכבות אותה.',
    optOut: 'מדידת קהל אנונימית',
  },
  signal: {
    honoured: 'הדפדפן שלך שולח אות GPC, ולכן הפרסום נשאר כבוי.',
    conflict: 'בחרת לאפשר פרסום, אבל הדפדפן שלך מבקש מאתרים לא למכור ולא לשתף את הנתונים שלך. לאפשר בכל זאת?',
    confirm: 'לאפשר בכל זאת',
  },
  settingsButton: 'הגדרות עוגיות',
  placeholder: {
    label: 'תוכן חסום: {service}',
    text: 'התוכן הזה של {provider} ({service}) חסום עד לאישורך.',
    allow: 'לאפשר את {service}',
  },
  units: {
    second: { one: '{count} שנייה', two: '{count} שניות', other: '{count} שניות' },
    minute: { one: '{count} דקה', two: '{count} דקות', other: '{count} דקות' },
    hour: { one: '{count} שעה', two: '{count} שעות', other: '{count} שעות' },
    day: { one: '{count} יום', two: '{count} ימים', other: '{count} ימים' },
    week: { one: '{count} שבוע', two: '{count} שבועות', other: '{count} שבועות' },
    month: { one: '{count} חודש', two: '{count} חודשים', other: '{count} חודשים' },
    year: { one: '{count} שנה', two: '{count} שנים', other: '{count} שנים' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const heRegimes: RegimeMessages = {
  optOutText: 'אנו משתמשים בעוגיות לסטטיסטיקה ולפרסום. ניתן לסרב בכל עת למכירה או לשיתוף של המידע האישי שלך.',
  noticeText: 'אנו משתמשים בעוגיות לסטטיסטיקה ולפרסום. ניתן לשנות זאת בכל עת בהגדרות העוגיות.',
  optOut: 'סירוב',
  acknowledge: 'אישור',
  doNotSell: 'אל תמכרו ואל תשתפו את המידע האישי שלי',
  privacyChoices: 'אפשרויות הפרטיות שלך',
  limitSensitive: 'הגבלת השימוש במידע האישי הרגיש שלי',
  honoured: 'בקשת הסירוב כובדה',
};
