import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { arTest } from '../test/rtl-catalog';
import { en, enRegimes } from './en';
import { enPolicyPage } from './en-page';
import { format, formatDuration, localize } from './format';
import { fr, frRegimes } from './fr';
import { frPolicyPage } from './fr-page';
import { detectLanguagePreferences, resolveLanguage, resolveMessages, textDirection } from './resolve';
import type { Messages } from './types';

/** Every leaf of a catalog as [path, value]. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

// Keys whose text may be empty: the first visit needs no "why asked again" notice.
const MAY_BE_EMPTY = new Set(['banner.reasons.no-choice']);
// The policy-page catalogs carry the UI catalog too, so checking them checks every shipped string.
const shipped: Messages[] = [{ ...enPolicyPage, regimes: enRegimes }, { ...frPolicyPage, regimes: frRegimes }];

describe('catalogs', () => {
  const reference = new Map(leaves(shipped[0]));

  it.each(shipped.map((c) => [c.lang, c] as const))('%s has every key of the catalog type, each a non-empty string', (_, catalog) => {
    // `units` is null in English (policies write durations in English) and complete elsewhere.
    const entries = leaves(catalog).filter(([path]) => !path.startsWith('units'));
    expect(entries.map(([path]) => path).sort()).toEqual([...reference.keys()].filter((k) => !k.startsWith('units')).sort());
    for (const [path, value] of entries) {
      expect(typeof value, path).toBe('string');
      if (!MAY_BE_EMPTY.has(path)) expect((value as string).trim(), path).not.toBe('');
    }
  });

  it('French has both plural forms of every duration unit, each with its {count}', () => {
    expect(en.units).toBeNull();
    for (const unit of ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const) {
      expect(fr.units?.[unit].one).toContain('{count}');
      expect(fr.units?.[unit].other).toContain('{count}');
    }
  });

  it.each(shipped.map((c) => [c.lang, c] as const))('%s uses exactly the placeholders of English in every string', (_, catalog) => {
    for (const [path, value] of leaves(catalog).filter(([p]) => !p.startsWith('units'))) {
      expect(placeholders(value as string), path).toEqual(placeholders(reference.get(path) as string));
    }
  });

  it('each catalog declares the direction of its language, RTL test catalog included', () => {
    for (const catalog of [...shipped, arTest]) expect(catalog.dir, catalog.lang).toBe(textDirection(catalog.lang));
    expect(arTest.dir).toBe('rtl');
  });

  it('French follows French typography: no-break space before : ; ? ! and inside « », curly apostrophes', () => {
    const spaceBeforeSign = /[^\u00a0\u202f][;?!»]|[^\u00a0\u202f\d]:(?!\/\/)|«(?!\u00a0)/;
    for (const [path, value] of leaves({ ...frPolicyPage, regimes: frRegimes })) {
      expect(value as string, path).not.toMatch(spaceBeforeSign);
      expect(value as string, path).not.toContain("'");
    }
    // The check bites: an ordinary space before "?" or ":" and a bare « are caught.
    for (const wrong of ['Vraiment ?', 'Durée : 2 ans', '«oui\u00a0»']) expect(wrong).toMatch(spaceBeforeSign);
    expect('Voir https://exemple.fr à 10:30').not.toMatch(spaceBeforeSign);
  });

  it('French is a translation, not a copy: only words French shares with English are equal', () => {
    const same = leaves({ ...frPolicyPage, regimes: frRegimes })
      .filter(([path, value]) => value === reference.get(path))
      .map(([path]) => path);
    expect(same.sort()).toEqual(['banner.reasons.no-choice', 'dir', 'page.session', 'preferences.cookies', 'preferences.session', 'regimes.acknowledge']);
  });
});

describe('resolveLanguage', () => {
  const available = ['en', 'fr', 'de-CH'];
  it.each([
    ['the option wins', { lang: 'fr', htmlLang: 'en', browser: ['de-CH'] }, 'fr'],
    ['exact tag, case-insensitive, "_" as "-"', { lang: 'DE_ch' }, 'de-CH'],
    ['base language: fr-CA -> fr', { lang: 'fr-CA' }, 'fr'],
    ['a longer tag is cut from the end', { lang: 'fr-Latn-CA' }, 'fr'],
    ['a bare language finds a regional catalog', { lang: 'de' }, 'de-CH'],
    ['html lang when no option', { htmlLang: 'fr-BE', browser: ['en-US'] }, 'fr'],
    ['empty html lang is skipped', { htmlLang: '', browser: ['de-AT', 'fr'] }, 'de-CH'],
    ['browser languages in order', { browser: ['pt-BR', 'es', 'fr-FR', 'en'] }, 'fr'],
    ['one browser language as a string', { browser: 'fr-CH' }, 'fr'],
    ['an unavailable option falls to the next source', { lang: 'pt', htmlLang: 'fr' }, 'fr'],
    ['then the policy default', { lang: 'pt', browser: ['es'], defaultLanguage: 'fr' }, 'fr'],
    ['then English', { lang: 'pt', defaultLanguage: 'it' }, 'en'],
    ['nothing given: English', {}, 'en'],
    ['wildcards are ignored', { browser: ['*'] }, 'en'],
  ])('%s', (_, preferences, expected) => {
    expect(resolveLanguage(preferences, available)).toBe(expected);
  });

  it('without English, the first available language is the last resort', () => {
    expect(resolveLanguage({ lang: 'pt' }, ['fr', 'de'])).toBe('fr');
    expect(resolveLanguage({ lang: 'pt' }, [])).toBe('en');
  });
});

describe('resolveMessages', () => {
  it('returns the catalog of the resolved language, English by default', () => {
    expect(resolveMessages({ lang: 'fr-CA' }, [en, fr])).toBe(fr);
    expect(resolveMessages({ lang: 'fr' })).toBe(en);
    expect(resolveMessages({ lang: 'pt' }, [fr])).toBe(fr);
    expect(resolveMessages({ lang: 'pt' }, [])).toBe(en);
  });

  it('a right-to-left language gives dir "rtl"', () => {
    const messages = resolveMessages({ htmlLang: 'ar-EG' }, [en, fr, arTest]);
    expect(messages.lang).toBe('ar');
    expect(messages.dir).toBe('rtl');
  });
});

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['az-Arab', 'rtl'],
    ['pa-Arab-PK', 'rtl'],
    ['ku-Latn', 'ltr'],
    ['en', 'ltr'],
    ['fr-CA', 'ltr'],
    ['', 'ltr'],
  ] as const)('%s is %s', (lang, dir) => {
    expect(textDirection(lang)).toBe(dir);
  });
});

describe('detectLanguagePreferences', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads nothing on the server', () => {
    vi.stubGlobal('navigator', undefined);
    expect(detectLanguagePreferences()).toEqual({ htmlLang: undefined, browser: undefined });
  });

  it('reads <html lang> and navigator.languages in a browser', () => {
    const dom = new JSDOM('<!doctype html><html lang="fr-CA"><body></body></html>');
    vi.stubGlobal('document', dom.window.document);
    vi.stubGlobal('navigator', { languages: ['de-DE', 'en'], language: 'de-DE' });
    const preferences = detectLanguagePreferences();
    expect(preferences).toEqual({ htmlLang: 'fr-CA', browser: ['de-DE', 'en'] });
    expect(resolveLanguage(preferences, ['en', 'fr', 'de'])).toBe('fr');
  });
});

describe('format', () => {
  it('fills placeholders, keeps unknown ones and numbers', () => {
    expect(format('Show services ({count})', { count: 2 })).toBe('Show services (2)');
    expect(format('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(format('{a}{a}', { a: 1 })).toBe('11');
  });

  it('does not expand a value again, nor read "$" patterns or inherited keys', () => {
    expect(format('{a} {b}', { a: '{b}', b: 'B' })).toBe('{b} B');
    expect(format('{a}', { a: "$& $' $1" })).toBe("$& $' $1");
    expect(format('{constructor} {toString} {__proto__}', {})).toBe('{constructor} {toString} {__proto__}');
  });
});

describe('localize', () => {
  const text = { en: 'Statistics', fr: 'Statistiques', 'fr-CA': 'Statistiques (CA)', de: 'Statistik' };
  it.each([
    ['exact tag', 'fr-CA', 'en', 'Statistiques (CA)'],
    ['base language', 'fr-BE', 'en', 'Statistiques'],
    ['default language', 'pt', 'de', 'Statistik'],
    ['English last', 'pt', 'it', 'Statistics'],
  ])('%s', (_, lang, fallback, expected) => {
    expect(localize(text, lang, fallback)).toBe(expected);
  });

  it('plain strings, missing English, empty records and undefined', () => {
    expect(localize('Same for all', 'fr')).toBe('Same for all');
    expect(localize({ de: 'Nur Deutsch' }, 'fr')).toBe('Nur Deutsch');
    expect(localize({}, 'fr')).toBe('');
    expect(localize(undefined, 'fr')).toBe('');
  });

  it('picks the exact tag, then the base language, then a regional variant, for the wanted language, the default, then English (any case)', () => {
    // The order spelled out as a slow reference: every candidate key, ranked.
    const reference = (record: Record<string, string>, lang: string, fallback: string): string => {
      const keys = Object.keys(record);
      for (const want of [lang, fallback, 'en']) {
        const tag = want.toLowerCase();
        const base = tag.split('-')[0]!;
        for (const rank of [(k: string) => k === tag, (k: string) => k === base, (k: string) => k.split('-')[0] === base]) {
          const key = keys.find((k) => rank(k.toLowerCase()));
          if (key !== undefined) return record[key]!;
        }
      }
      return keys.length > 0 ? record[keys[0]!]! : '';
    };
    const tag = fc.constantFrom('en', 'EN', 'fr', 'fr-CA', 'FR-ca', 'fr-BE', 'de', 'de-AT', 'pt', 'pt-BR', 'zh-Hant', 'zh');
    fc.assert(
      fc.property(fc.dictionary(tag, fc.string()), tag, tag, (record, lang, fallback) => {
        expect(localize(record, lang, fallback)).toBe(reference(record, lang, fallback));
      }),
    );
    expect(localize({ 'FR-ca': 'québécois', en: 'English' }, 'fr')).toBe('québécois');
  });
});

describe('formatDuration', () => {
  it.each([
    [en, '13 months', '13 months'],
    [en, '1 year', '1 year'],
    [en, '1 years', '1 year'],
    [en, '30 Minutes', '30 minutes'],
    [en, 'session', 'Session'],
    [fr, '13 months', '13\u00a0mois'],
    [fr, '1 year', '1\u00a0an'],
    [fr, '2 years', '2\u00a0ans'],
    [fr, '2 weeks', '2\u00a0semaines'],
    [fr, ' Session ', 'Session'],
    [en, 'until logout', 'until logout'],
  ] as const)('%#: %s', (messages, duration, expected) => {
    expect(formatDuration(duration, messages)).toBe(expected);
  });

  it('picks the plural category Intl gives the language (Polish: one, few, many), else other', () => {
    const month = { one: '{count} miesiąc', few: '{count} miesiące', many: '{count} miesięcy', other: '{count} miesiąca' };
    const polish = { ...fr, lang: 'pl', units: { ...fr.units!, month } };
    expect(formatDuration('1 month', polish)).toBe('1 miesiąc');
    expect(formatDuration('3 months', polish)).toBe('3 miesiące');
    expect(formatDuration('5 months', polish)).toBe('5 miesięcy');
    expect(formatDuration('22 months', polish)).toBe('22 miesiące');
    const withoutMany = { ...polish, units: { ...polish.units, month: { one: month.one, other: month.other } } };
    expect(formatDuration('5 months', withoutMany)).toBe('5 miesiąca');
  });

  it('a catalog whose tag Intl does not know still formats', () => {
    expect(formatDuration('1 day', { ...en, lang: 'not a tag' })).toBe('1 day');
    expect(formatDuration('2 days', { ...en, lang: 'not a tag' })).toBe('2 days');
  });
});
