import { en } from './en';
import type { Messages } from './types';

/** Where a language can come from, strongest first. Empty values are skipped. */
export interface LanguagePreferences {
  /** Set explicitly by the site (an option): wins over everything. */
  readonly lang?: string | undefined;
  /** The page's `<html lang>`. */
  readonly htmlLang?: string | undefined;
  /** The browser's languages (`navigator.languages`), most preferred first. */
  readonly browser?: string | readonly string[] | undefined;
  /** The policy's `defaultLanguage`: used when none of the above is available. */
  readonly defaultLanguage?: string | undefined;
}

const normalize = (tag: string): string => tag.trim().replace(/_/g, '-').toLowerCase();
const primary = (tag: string): string => tag.split('-')[0]!;

/**
 * The first candidate that `available` can serve: its exact tag, then the tag cut from the end
 * (`fr-CA` -> `fr`, `zh-Hant-TW` -> `zh-Hant` -> `zh`), then any available tag of the same
 * language (`fr` -> `fr-BE`). Tags compare case-insensitively; `_` counts as `-`.
 * Returns the matching entry of `available` as spelled there.
 * @internal
 */
export function lookupLanguage(
  candidates: readonly (string | undefined)[],
  available: readonly string[],
): string | undefined {
  const tags = available.map(normalize);
  for (const candidate of candidates) {
    if (!candidate) continue;
    const parts = normalize(candidate).split('-');
    if (!parts[0] || parts[0] === '*') continue;
    let index = -1;
    while (index < 0 && parts.length > 0) {
      index = tags.indexOf(parts.join('-'));
      parts.pop();
    }
    if (index < 0) index = tags.findIndex((tag) => primary(tag) === primary(normalize(candidate)));
    if (index >= 0) return available[index];
  }
  return undefined;
}

/**
 * Picks the language to show from what the site asked, the page's `<html lang>` and the
 * browser, in that order, among the `available` tags. For each candidate: exact tag, then its
 * base language (`fr-CA` -> `fr`); then the policy's default language; then English.
 *
 * @example
 * ```ts
 * resolveLanguage({ htmlLang: 'fr-CA', browser: ['de-DE', 'en'] }, ['en', 'fr']); // 'fr'
 * resolveLanguage({ lang: 'pt', defaultLanguage: 'fr' }, ['en', 'fr']); // 'fr'
 * ```
 */
export function resolveLanguage(preferences: LanguagePreferences, available: readonly string[]): string {
  const browser = typeof preferences.browser === 'string' ? [preferences.browser] : (preferences.browser ?? []);
  return (
    lookupLanguage([preferences.lang, preferences.htmlLang, ...browser], available) ??
    lookupLanguage([preferences.defaultLanguage, 'en'], available) ??
    available[0] ??
    'en'
  );
}

/**
 * The catalog to show, chosen by {@link resolveLanguage} among `catalogs` (default: English
 * only). Falls back to English when no catalog fits.
 *
 * @example
 * ```ts
 * import { en, resolveMessages } from '@cookiekit/core';
 * import { fr } from '@cookiekit/core/locales/fr';
 *
 * const messages = resolveMessages({ lang: 'fr-CA' }, [en, fr]); // fr
 * ```
 */
export function resolveMessages(preferences: LanguagePreferences, catalogs?: readonly Messages[]): Messages;
export function resolveMessages<M extends Messages>(preferences: LanguagePreferences, catalogs: readonly M[], fallback: M): M;
export function resolveMessages(
  preferences: LanguagePreferences,
  catalogs: readonly Messages[] = [en],
  fallback: Messages = en,
): Messages {
  const lang = resolveLanguage(
    preferences,
    catalogs.map((catalog) => catalog.lang),
  );
  return catalogs.find((catalog) => catalog.lang === lang) ?? fallback;
}

// Languages written right to left unless a script subtag says otherwise.
const RTL_LANGUAGES = new Set([
  'ar', 'arc', 'azb', 'bal', 'ckb', 'dv', 'fa', 'glk', 'he', 'iw', 'ji', 'khw', 'ks', 'lrc',
  'mzn', 'nqo', 'pnb', 'prs', 'ps', 'sd', 'sdh', 'syr', 'ug', 'ur', 'yi',
]);
const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'mand', 'mend', 'nkoo', 'rohg', 'samr', 'syrc', 'thaa', 'yezi']);

/**
 * Writing direction of a language tag: `rtl` for Arabic, Hebrew, Persian, Urdu and the other
 * right-to-left languages, or any tag with a right-to-left script subtag (`az-Arab`).
 *
 * @example
 * ```ts
 * textDirection('ar-EG'); // 'rtl'
 * textDirection('fr'); // 'ltr'
 * ```
 */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  const [language = '', script] = normalize(lang).split('-');
  if (script?.length === 4) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/**
 * Reads the page's `<html lang>` and the browser's languages, for {@link resolveLanguage}.
 * Safe on the server: returns nothing there.
 *
 * @example
 * ```ts
 * const messages = resolveMessages({ ...detectLanguagePreferences(), defaultLanguage: policy.defaultLanguage }, [en, fr]);
 * ```
 */
export function detectLanguagePreferences(): Pick<LanguagePreferences, 'htmlLang' | 'browser'> {
  const htmlLang = typeof document === 'undefined' ? undefined : document.documentElement?.lang || undefined;
  const browser =
    typeof navigator === 'undefined'
      ? undefined
      : navigator.languages?.length
        ? navigator.languages
        : navigator.language || undefined;
  return { htmlLang, browser };
}
