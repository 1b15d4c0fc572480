import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES, loadLocale, loadPolicyPageLocale } from '../locales/index';
import { en, enRegimes } from './en';
import { fr, frRegimes } from './fr';
import { pl, plRegimes } from './pl';
import { acceptLanguages, chooseMessages, lookupLanguage, resolveLanguage } from './resolve';

// The catalogs the issue lists, whether or not they are on disk yet: negotiation is about tags.
const SHIPPED = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
  'nb', 'is', 'ca', 'eu', 'gl', 'uk', 'sr-Latn', 'tr', 'ru', 'ar', 'he', 'hi', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'id', 'vi', 'th', 'pt-BR'];

describe('negotiation: Accept-Language, likely subtags, fallbacks', () => {
  it.each([
    ['de-AT,de;q=0.9,en;q=0.5', 'de'],
    ['pt-BR,pt;q=0.8', 'pt-BR'],
    ['pt-PT', 'pt'],
    ['pt-AO,en;q=0.5', 'pt'],
    ['zh-TW,zh;q=0.9', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-CN,zh;q=0.9', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['no', 'nb'],
    ['nn-NO,en;q=0.3', 'nb'],
    ['nb-NO', 'nb'],
    ['sr', 'sr-Latn'],
    ['sr-RS', 'sr-Latn'],
    ['sr-Cyrl-RS', 'sr-Latn'], // Cyrillic is not shipped: the Latin catalog, named in Content-Language
    ['iw', 'he'],
    ['in-ID', 'id'],
    ['ga-IE', 'ga'],
    ['xx, fr-CA;q=0.2, *;q=0.1', 'fr'],
    ['en-GB;q=0.1, de;q=0.2', 'de'],
    ['de;q=0, fr;q=0.5', 'fr'],
  ])('%s -> %s', (header, expected) => {
    expect(resolveLanguage({ browser: acceptLanguages(header), defaultLanguage: 'en' }, SHIPPED)).toBe(expected);
  });

  it('falls back to the policy default language, then English, when nothing matches', () => {
    expect(resolveLanguage({ browser: acceptLanguages('xx-YY, qq'), defaultLanguage: 'fr' }, SHIPPED)).toBe('fr');
    expect(resolveLanguage({ browser: acceptLanguages('xx-YY'), defaultLanguage: 'qq' }, SHIPPED)).toBe('en');
    expect(resolveLanguage({ browser: acceptLanguages(''), defaultLanguage: 'pl' }, SHIPPED)).toBe('pl');
  });

  it('an explicit language from the app wins over the header and the page', () => {
    expect(resolveLanguage({ lang: 'pl', htmlLang: 'fr', browser: acceptLanguages('de') }, SHIPPED)).toBe('pl');
  });

  it('a likely subtag is used only when the tag itself is not served', () => {
    expect(lookupLanguage(['zh'], ['zh', 'zh-Hans'])).toBe('zh');
    expect(lookupLanguage(['no'], ['no', 'nb'])).toBe('no');
    expect(lookupLanguage(['zh-TW'], ['en', 'zh-Hans'])).toBe('zh-Hans'); // same language beats none
    expect(lookupLanguage(['nn'], ['en'])).toBeUndefined();
  });

  it('C24: any header value, however hostile, gives a served language and never throws', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom('de', 'zh-TW', 'sr-Cyrl', '*', 'q=', ';q=0.5', ';q=2', ';q=-1', ';q=NaN', ',', ';', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '\u0000', '\r\n', 'zh-hant-', '-', 'a'.repeat(300)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), fc.constantFrom(undefined, 'fr', 'qq', '__proto__'), (header, defaultLanguage) => {
        const tags = acceptLanguages(header);
        expect(tags.length).toBeLessThanOrEqual(32);
        for (const tag of tags) expect(tag).toMatch(/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/);
        expect(SHIPPED).toContain(resolveLanguage({ browser: tags, defaultLanguage }, SHIPPED));
      }),
      { numRuns: 500 },
    );
    expect(acceptLanguages(undefined)).toEqual([]);
    expect(acceptLanguages(null)).toEqual([]);
    expect(acceptLanguages(`${'de,'.repeat(10_000)}fr`)).toHaveLength(32);
  });
});

describe('chooseMessages: one rule for React, Vue and pages without a framework', () => {
  afterEach(() => vi.unstubAllGlobals());
  const browser = (htmlLang: string, languages: string[]) => {
    const dom = new JSDOM(`<!doctype html><html lang="${htmlLang}"><body></body></html>`);
    vi.stubGlobal('document', dom.window.document);
    vi.stubGlobal('navigator', { languages, language: languages[0] });
  };

  it('one catalog is used as given; none gives none', () => {
    expect(chooseMessages(pl)).toBe(pl);
    expect(chooseMessages(undefined)).toBeUndefined();
    expect(chooseMessages([])).toBeUndefined();
  });

  it('among several: the app lang, then <html lang> (the server choice), then the browser, then the policy default', () => {
    browser('pl', ['fr-FR']);
    expect(chooseMessages([en, fr, pl], { lang: 'fr' })).toBe(fr);
    expect(chooseMessages([en, fr, pl])).toBe(pl);
    browser('', ['fr-FR', 'en']);
    expect(chooseMessages([en, fr, pl])).toBe(fr);
    browser('', ['de']);
    expect(chooseMessages([en, fr, pl], { defaultLanguage: 'pl' })).toBe(pl);
    expect(chooseMessages([fr, pl, en])).toBe(en);
  });

  it('on the server, without lang, the policy default', () => {
    vi.stubGlobal('navigator', undefined);
    expect(chooseMessages([en, fr, pl], { defaultLanguage: 'fr' })).toBe(fr);
  });
});

describe('@cookiekit/core/locales', () => {
  it('LANGUAGES names each language in itself, with its direction', () => {
    expect(LANGUAGES.find((l) => l.tag === 'pl')).toEqual({ tag: 'pl', name: 'Polski', dir: 'ltr' });
    expect(LANGUAGES.find((l) => l.tag === 'fr')?.name).toBe('Français');
    expect(new Set(LANGUAGES.map((l) => l.tag)).size).toBe(LANGUAGES.length);
  });

  it('loadLocale loads the closest catalog with its regime texts, English when none fits', async () => {
    expect(await loadLocale('pl-PL')).toEqual({ ...pl, regimes: plRegimes });
    expect(await loadLocale('FR_ca')).toEqual({ ...fr, regimes: frRegimes });
    expect(await loadLocale('qq')).toEqual({ ...en, regimes: enRegimes });
    expect(await loadLocale('__proto__')).toEqual({ ...en, regimes: enRegimes });
    const page = await loadPolicyPageLocale('pl');
    expect(page.lang).toBe('pl');
    expect(page.page.title).toBe('Polityka plików cookie');
  });
});
