import type { LocalizedText } from '../policy';
import { lookupLanguage } from './resolve';
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
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const keys = Object.keys(text);
  const key = lookupLanguage([lang, defaultLanguage, 'en'], keys) ?? keys[0];
  return key === undefined ? '' : (text[key] ?? '');
}

// The duration syntax of `parseDuration` (duration.ts), read here for its count and unit.
const DURATION = /^\s*(\d{1,6})\s*(second|minute|hour|day|week|month|year)s?\s*$/i;

function pluralIsOne(lang: string, count: number): boolean {
  try {
    return new Intl.PluralRules(lang).select(count) === 'one';
  } catch {
    return count === 1;
  }
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
  if (/^\s*session\s*$/i.test(duration)) return messages.page.session;
  const match = DURATION.exec(duration);
  if (!match) return duration;
  const count = Number(match[1]);
  const forms = messages.units[match[2]!.toLowerCase() as DurationUnit];
  return format(pluralIsOne(messages.lang, count) ? forms.one : forms.other, { count });
}
