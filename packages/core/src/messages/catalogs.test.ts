// Checks every catalog found in this folder (a `<file>.ts` with a `<file>-page.ts` beside it),
// so a catalog added later is checked without touching this file.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../locales/index';
import { enPolicyPage } from './en-page';
import { textDirection } from './resolve';
import { enRegimes } from './en';
import type { PolicyPageMessages, RegimeMessages } from './types';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const HEADER = '// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).';
// The header once a native speaker has read the whole catalog (LOCALES.md).
const REVIEWED = /^\/\/ Reviewed by a native speaker: .+, \d{4}-\d{2}-\d{2}\.$/;

const files = readdirSync(HERE);
const catalogFiles = files
  .filter((f) => /^[a-z]{2,3}(-[a-z0-9]{2,8})*\.ts$/.test(f) && files.includes(f.replace(/\.ts$/, '-page.ts')))
  .map((f) => f.slice(0, -3))
  .sort();

/** `pt-br` -> `ptBR`: the constant a catalog file exports. */
const nameOf = (file: string) =>
  file.split('-').map((part, i) => (i === 0 ? part : part.length === 2 ? part.toUpperCase() : part[0]!.toUpperCase() + part.slice(1))).join('');

interface Loaded {
  readonly file: string;
  readonly page: PolicyPageMessages;
}
const loaded: Loaded[] = await Promise.all(
  catalogFiles.map(async (file) => {
    const module = (await import(`./${file}-page.ts`)) as Record<string, PolicyPageMessages>;
    const ui = (await import(`./${file}.ts`)) as Record<string, RegimeMessages>;
    const page = module[`${nameOf(file)}PolicyPage`];
    const regimes = ui[`${nameOf(file)}Regimes`];
    if (!page) throw new Error(`${file}-page.ts must export ${nameOf(file)}PolicyPage`);
    if (!regimes) throw new Error(`${file}.ts must export ${nameOf(file)}Regimes`);
    // The regime texts ship apart from the catalogs (opt-in-only pages skip them); checked as part of them.
    return { file, page: { ...page, regimes } };
  }),
);
const others = loaded.filter((c) => c.file !== 'en');

/** Every leaf of a catalog as [path, value]. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const textLeaves = (c: PolicyPageMessages) => leaves(c).filter(([path]) => !path.startsWith('units.') && path !== 'units');
const reference = new Map(textLeaves({ ...enPolicyPage, regimes: enRegimes }));

// Keys whose English text is a name or a loan word that a translation may keep as is.
const MAY_EQUAL_ENGLISH = new Set([
  'dir', 'banner.reasons.no-choice', 'preferences.cookies', 'preferences.session', 'page.session',
  'page.cacheStorage', 'page.serviceWorker', 'preferences.party.first', 'preferences.party.third',
  'page.durationOf', // `{name}: {duration}`: placeholders and a colon
  'regimes.acknowledge', // "OK"
]);
// Latin words a catalog in another script may keep: names, acronyms and web terms.
const LATIN_ALLOWED = /Global Privacy Control|GPC|API|OK|CSRF|IndexedDB|Cache Storage|service worker|Service Worker|cookies?|Cookies?|A\/B|\{\w+\}/g;
/** The script a language is written in, when it is not Latin. */
const SCRIPT: Record<string, RegExp> = {
  el: /\p{Script=Greek}/u,
  ru: /\p{Script=Cyrillic}/u, uk: /\p{Script=Cyrillic}/u, bg: /\p{Script=Cyrillic}/u, mk: /\p{Script=Cyrillic}/u, 'sr-cyrl': /\p{Script=Cyrillic}/u,
  ar: /\p{Script=Arabic}/u, fa: /\p{Script=Arabic}/u, he: /\p{Script=Hebrew}/u, hi: /\p{Script=Devanagari}/u, th: /\p{Script=Thai}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u, ko: /[\p{Script=Hangul}\p{Script=Han}]/u,
  'zh-hans': /\p{Script=Han}/u, 'zh-hant': /\p{Script=Han}/u, zh: /\p{Script=Han}/u,
};
const scriptOf = (file: string) => SCRIPT[file] ?? SCRIPT[file.split('-')[0]!];

/** What is wrong with a catalog, one line per problem, by check. */
type Check = 'tag' | 'header' | 'keys' | 'placeholders' | 'plurals' | 'copies' | 'script';
function problems(file: string, page: PolicyPageMessages, header?: string): Record<Check, string[]> {
  const found: Record<Check, string[]> = { tag: [], header: [], keys: [], placeholders: [], plurals: [], copies: [], script: [] };
  if (page.lang.toLowerCase() !== file) found.tag.push(`lang ${page.lang} in ${file}.ts`);
  if (page.dir !== textDirection(page.lang)) found.tag.push(`dir ${page.dir}`);
  if (file !== 'en' && header !== undefined && header !== HEADER && !REVIEWED.test(header)) found.header.push(header);
  const entries = textLeaves(page);
  const got = new Set(entries.map(([path]) => path));
  for (const key of reference.keys()) if (!got.has(key)) found.keys.push(`missing ${key}`);
  for (const [path, value] of entries) {
    const english = reference.get(path);
    if (english === undefined) found.keys.push(`extra ${path}`);
    else if (typeof value !== 'string') found.keys.push(`${path} is not text`);
    else {
      if ((english as string).trim() !== '' && value.trim() === '') found.keys.push(`${path} is empty`);
      if (placeholders(value).join() !== placeholders(english as string).join()) found.placeholders.push(path);
      if (file !== 'en' && value === english && !MAY_EQUAL_ENGLISH.has(path)) found.copies.push(path);
      if (file !== 'en' && path !== 'lang' && path !== 'dir') {
        // Placeholders are code, not words; a text with no letter besides them (`{name}: {duration}`) has no script.
        const text = value.replace(/\{\w+\}/g, '').replace(LATIN_ALLOWED, '');
        const script = scriptOf(file);
        if (script ? /[A-Za-z]{2,}/.test(text) || (/\p{L}/u.test(text) && !script.test(text)) : text.replace(/[\p{Script=Latin}\P{L}]/gu, '') !== '') {
          found.script.push(path);
        }
      }
    }
  }
  if (file !== 'en') {
    const categories = new Intl.PluralRules(page.lang).resolvedOptions().pluralCategories.slice().sort().join();
    if (page.units === null) found.plurals.push('units is null');
    for (const [unit, forms] of Object.entries(page.units ?? {})) {
      if (Object.keys(forms).sort().join() !== categories) found.plurals.push(`${unit}: ${Object.keys(forms).sort().join()} instead of ${categories}`);
      for (const [category, text] of Object.entries(forms)) if (!text.includes('{count}')) found.plurals.push(`${unit}.${category} without {count}`);
    }
  }
  return found;
}

describe('every catalog on disk', () => {
  it('finds the catalogs, English among them, and the generated entries list exactly them', () => {
    expect(catalogFiles).toContain('en');
    expect(catalogFiles).toContain('pl');
    expect(LANGUAGES.map((l) => l.tag.toLowerCase())).toEqual(catalogFiles);
    // The entries, the exports map and the size rows are derived from this folder: stale ones fail.
    const script = fileURLToPath(new URL('../../scripts/locales.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  describe.each(loaded.map((c) => [c.file, c] as const))('%s', (file, { page }) => {
    const header = (f: string) => readFileSync(`${HERE}${f}`, 'utf8').split('\n')[0]!;
    const found = () => problems(file, page);

    it('its tag matches its file name, and its direction the language (RTL for ar and he)', () => {
      expect(found().tag).toEqual([]);
      if (['ar', 'he'].includes(file)) expect(page.dir).toBe('rtl');
      expect(LANGUAGES.find((l) => l.tag === page.lang)?.dir).toBe(page.dir);
    });

    it.runIf(file !== 'en')('starts with the review header, in both files', () => {
      expect(problems(file, page, header(`${file}.ts`)).header).toEqual([]);
      expect(problems(file, page, header(`${file}-page.ts`)).header).toEqual([]);
    });

    it('has exactly the keys of English, each text non-empty where English has text', () => {
      expect(found().keys).toEqual([]);
    });

    it('keeps every placeholder of English, no more, no fewer', () => {
      expect(found().placeholders).toEqual([]);
    });

    it.runIf(file !== 'en')('has one duration form per plural category of the language (Intl.PluralRules), exactly, each with {count}', () => {
      expect(found().plurals).toEqual([]);
    });

    it.runIf(file !== 'en')('is a translation: no text equals English outside the names and loan words', () => {
      expect(found().copies).toEqual([]);
    });

    it.runIf(file !== 'en')('is written in the script of its language', () => {
      expect(found().script).toEqual([]);
    });
  });

  it('the checks bite: each kind of mistake in a catalog is reported', () => {
    const pl = others.find((c) => c.file === 'pl')!.page;
    const { acceptAll: _a, ...banner } = pl.banner;
    const broken = {
      ...pl,
      dir: 'rtl',
      banner: { ...banner, rejectAll: 'Reject all', extra: 'x', title: '' },
      preferences: { ...pl.preferences, showServices: 'Pokaż usługi ({cout})', close: 'Zamknij Ρύθμιση' },
      units: { ...pl.units!, month: { one: '{count} miesiąc', other: 'miesiąca' } },
    } as unknown as PolicyPageMessages;
    const found = problems('pl', broken, '// Polish');
    expect(found.tag).toEqual(['dir rtl']);
    expect(found.header).toEqual(['// Polish']);
    expect(problems('pl', pl, '// Reviewed by a native speaker: @someone, 2027-01-05.').header).toEqual([]);
    expect(found.keys.sort()).toEqual(['banner.title is empty', 'extra banner.extra', 'missing banner.acceptAll']);
    expect(found.placeholders).toEqual(['preferences.showServices']);
    expect(found.copies).toEqual(['banner.rejectAll']);
    expect(found.script).toEqual(['preferences.close']);
    expect(found.plurals).toEqual(['month: one,other instead of few,many,one,other', 'month.other without {count}']);
    // Latin words in a catalog of another script are caught; allowed names are not.
    const el = { ...pl, lang: 'el', preferences: { ...pl.preferences, close: 'Κλείσιμο' } } as PolicyPageMessages;
    expect(problems('el', el).script).toContain('banner.title');
    expect(problems('el', el).script).not.toContain('preferences.close');
    expect(problems('pl', { ...pl, lang: 'pl-PL' }).tag).toEqual(['lang pl-PL in pl.ts']);
  });
});
