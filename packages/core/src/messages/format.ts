import type { LocalizedText, PurposeEntry } from '../policy';
import { DURATION, SESSION } from '../duration';
import type { DurationUnit, Messages } from './types';

/**
 * Fills `{name}` placeholders from `values`, in one pass: a value that itself contains `{x}`
 * is not expanded again. Unknown placeholders stay as they are.
 *
 * @example
 * ```ts
 * format('Show services ({count})', { count: 2 }); // 'Show services (2)'
 * ```
 */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  );
}

/**
 * The text of a policy string in `lang`: a plain string as is; for a per-language record, the
 * exact tag, then the base language (`fr-CA` -> `fr`), then `defaultLanguage`, then English,
 * then the first one given. `undefined` gives `''`.
 *
 * @example
 * ```ts
 * localize({ en: 'Statistics', fr: 'Statistiques' }, 'fr-CA', 'en'); // 'Statistiques'
 * ```
 */
export function localize(text: LocalizedText | undefined, lang: string, defaultLanguage = 'en'): string {
  if (text === undefined || typeof text === 'string') return text ?? '';
  // Kept apart from resolveLanguage so the banner does not carry its fuller matching.
  const keys = Object.keys(text);
  const find = (wanted: (key: string) => boolean) => keys.find((key) => wanted(key.toLowerCase()));
  for (const want of [lang, defaultLanguage, 'en']) {
    const tag = want.toLowerCase();
    const base = tag.split('-')[0];
    const key = find((k) => k === tag) ?? find((k) => k === base) ?? find((k) => k.split('-')[0] === base);
    if (key !== undefined) return text[key]!;
  }
  return text[keys[0]!] ?? ''; // the first given, or '' for none
}

/**
 * The text of one purpose of a service, as the preferences and the policy page show it: the
 * policy's own text in `lang`, else the catalog's text for the purpose code, else the code as words.
 *
 * @example
 * ```ts
 * purposeText({ code: 'shopping-cart' }, fr, 'fr'); // 'Mémorise votre panier'
 * ```
 */
export function purposeText(purpose: PurposeEntry, messages: Messages, lang: string, defaultLanguage?: string): string {
  return localize(purpose.text, lang, defaultLanguage) || messages.purposes?.[purpose.code] || purpose.code.replace(/-/g, ' ');
}


/**
 * A policy duration (`session`, `13 months`, `1 year`) in the catalog's language. Text that is
 * not a duration is returned unchanged.
 *
 * @example
 * ```ts
 * formatDuration('13 months', fr); // '13 mois'
 * formatDuration('session', en); // 'Session'
 * ```
 */
export function formatDuration(duration: string, messages: Messages): string {
  if (SESSION.test(duration)) return messages.preferences.session;
  const match = DURATION.exec(duration);
  if (!match) return duration;
  const count = Number(match[1]);
  const unit = match[2]!.toLowerCase() as DurationUnit;
  const forms = messages.units?.[unit];
  // A catalog without units (English) shows durations as policies write them: English.
  if (!forms) return `${count} ${unit}${count === 1 ? '' : 's'}`;
  let category: Intl.LDMLPluralRule;
  try {
    category = new Intl.PluralRules(messages.lang).select(count);
  } catch {
    category = count === 1 ? 'one' : 'other'; // a catalog language Intl does not know
  }
  return format(forms[category] ?? forms.other, { count });
}
