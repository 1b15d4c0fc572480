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

// Likely subtags: where a tag does not name a shipped catalog itself, the catalog that serves it.
// Chinese goes by script (Taiwan, Hong Kong and Macau read Traditional), Norwegian to Bokmål,
// Serbian to its Latin script, and the old codes of Hebrew, Indonesian and Yiddish to today's.
const LIKELY: Readonly<Record<string, string>> = {
  zh: 'zh-hans', 'zh-cn': 'zh-hans', 'zh-sg': 'zh-hans', 'zh-my': 'zh-hans',
  'zh-tw': 'zh-hant', 'zh-hk': 'zh-hant', 'zh-mo': 'zh-hant',
  no: 'nb', nn: 'nb', sr: 'sr-latn', iw: 'he', in: 'id', ji: 'yi',
};

/**
 * The first candidate that `available` can serve: its exact tag, then the tag cut from the end
 * (`fr-CA` -> `fr`, `zh-Hant-TW` -> `zh-Hant` -> `zh`), each step also through the likely
 * subtags (`zh-TW` -> `zh-Hant`, `zh-CN` and `zh` -> `zh-Hans`, `no` and `nn` -> `nb`,
 * `sr` -> `sr-Latn`), then any available tag of the same language (`fr` -> `fr-BE`).
 * Tags compare case-insensitively; `_` counts as `-`.
 * Returns the matching entry of `available` as spelled there, or `undefined`.
 *
 * @example
 * ```ts
 * lookupLanguage(['zh-TW', 'en'], ['en', 'zh-Hans', 'zh-Hant']); // 'zh-Hant'
 * lookupLanguage(['nn'], ['en', 'nb']); // 'nb'
 * ```
 */
export function lookupLanguage(
  candidates: readonly (string | undefined)[],
  available: readonly string[],
): string | undefined {
  const tags = available.map(normalize);
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const parts = normalize(candidate).split('-');
    if (!parts[0] || parts[0] === '*') continue;
    let index = -1;
    while (index < 0 && parts.length > 0) {
      const tag = parts.join('-');
      index = tags.indexOf(tag);
      if (index < 0 && LIKELY[tag]) index = tags.indexOf(LIKELY[tag]);
      parts.pop();
    }
    if (index < 0) index = tags.findIndex((tag) => primary(tag) === primary(normalize(candidate)));
    if (index >= 0) return available[index];
  }
  return undefined;
}

/**
 * The language tags of an `Accept-Language` header, most preferred first (by `q`, then order);
 * `q=0`, `*` and malformed parts are left out, and at most 32 parts are read. Never throws:
 * any string, however hostile, gives a list (maybe empty). Pass it as `browser` to
 * {@link resolveLanguage}.
 *
 * @example
 * ```ts
 * acceptLanguages('fr-CA, fr;q=0.9, en;q=0.5, de;q=0'); // ['fr-CA', 'fr', 'en']
 * resolveLanguage({ browser: acceptLanguages(request.headers['accept-language']) }, ['en', 'fr']);
 * ```
 */
export function acceptLanguages(header: string | null | undefined): string[] {
  if (typeof header !== 'string' || header === '') return [];
  const ranked: { tag: string; q: number; i: number }[] = [];
  header
    .slice(0, 4096)
    .split(',')
    .slice(0, 32)
    .forEach((part, i) => {
      const [rawTag, ...params] = part.split(';');
      const tag = rawTag!.trim();
      if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return;
      let q = 1;
      for (const param of params) {
        const m = /^\s*q\s*=\s*([01](\.\d{0,3})?)\s*$/i.exec(param);
        if (m) q = Math.min(1, Number(m[1]));
        else if (/^\s*q\s*=/i.test(param)) q = 0; // a malformed weight: ignore the tag
      }
      if (q > 0) ranked.push({ tag, q, i });
    });
  return ranked.sort((a, b) => b.q - a.q || a.i - b.i).map((r) => r.tag);
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

/**
 * The catalog a UI shows: `messages` itself when it is one catalog; among several, the one
 * {@link resolveMessages} picks from the app's `lang` (an explicit choice always wins), else the
 * page's `<html lang>` (the server's choice, when it rendered the page), else the browser's
 * languages, else `defaultLanguage`, else English. Give its result to `createCookieKit`, React's
 * provider or Vue's plugin (`messages`); they take one catalog, so a page with one language
 * carries none of this matching.
 *
 * @example
 * ```ts
 * const messages = chooseMessages([en, fr, pl], { defaultLanguage: policy.defaultLanguage });
 * createCookieKit({ policy, messages }).start();
 * ```
 */
export function chooseMessages<M extends Messages>(
  messages: M | readonly M[] | undefined,
  options: { readonly lang?: string | undefined; readonly defaultLanguage?: string | undefined } = {},
): M | undefined {
  if (messages === undefined || !Array.isArray(messages)) return messages as M | undefined;
  const list = messages as readonly M[];
  if (list.length === 0) return undefined;
  return resolveMessages({ ...detectLanguagePreferences(), ...options }, list, list.find((m) => m.lang === 'en') ?? list[0]!);
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
