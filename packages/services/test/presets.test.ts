// Every preset as a site uses it: a valid policy alone and beside the seed site's services, its row
// on the policy page in English and French, its texts in every shipped language, its own entry.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATEGORY_KINDS, defineCookiePolicy, type CookiePolicy, type Service } from '@cookiekit/core';
import { policyPage } from '@cookiekit/core/page';
import { fr, frPolicyPage } from '@cookiekit/core/locales/fr';
import { enPolicyPage } from '@cookiekit/core/page';
import { validatePolicy } from '@cookiekit/core/schema';
import { policy as seed } from 'example-policy';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/all';
import { FUNCTION_CODES, PRESET, presetInfo, withServiceTexts, type ServiceTexts } from '../src/index';
import { fr as frTexts } from '../src/locales/fr';
import { en as enTexts } from '../src/locales/en';
import { googleAnalytics4 } from '../src/presets/google-analytics-4';
import { matomo } from '../src/presets/matomo';
import { plausible } from '../src/presets/plausible';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const KINDS = CATEGORY_KINDS.map((id) => ({ id, label: id, description: `${id} cookies` }));
const alone = (service: Service): CookiePolicy => ({ revision: '1', categories: KINDS, services: [service] });
const errors = (policy: unknown) => {
  const result = validatePolicy(policy);
  return result.ok ? [] : result.issues.filter((i) => i.severity === 'error');
};

const LANGUAGES = 'en fr bg cs da de el es et fi ga hr hu it lt lv mt nl pl pt ro sk sl sv nb is ca eu gl uk sr-Latn tr ru ar he hi ja ko zh-Hans zh-Hant id vi th pt-BR'.split(' ');

describe('the catalog', () => {
  it('has at least 50 presets, one entry and one file each, under unique names', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(50);
    const names = catalog.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    const files = readdirSync(root('src/presets')).map((f) => f.replace(/\.ts$/, ''));
    expect([...names].sort()).toEqual(files.sort());
    const exports = Object.keys(JSON.parse(readFileSync(root('package.json'), 'utf8')).exports);
    for (const name of names) expect(exports).toContain(`./${name}`);
    for (const lang of LANGUAGES) expect(exports).toContain(`./locales/${lang}`);
  });

  it.each(catalog.map((e) => [e.name, e] as const))('%s passes validatePolicy alone and with the seed policy, in its suggested kind', (_, entry) => {
    const service = entry.sample();
    expect(service.id).toBe(entry.name);
    expect(service.category).toBe(entry.kind);
    expect(presetInfo(service)?.kind).toBe(entry.kind);
    expect(errors(alone(service))).toEqual([]);
    // The seed site has no preferences category: a site adds the suggested one, or passes `category`.
    const categories = seed.categories.some((c) => (c.kind ?? c.id) === entry.kind) ? seed.categories : [...seed.categories, KINDS.find((k) => k.id === entry.kind)!];
    expect(errors({ ...seed, categories, services: [...seed.services, service] })).toEqual([]);
  });

  it.each(catalog.map((e) => [e.name, e] as const))('%s renders on the policy page in English and French', (_, entry) => {
    const service = withServiceTexts([entry.sample()], [enTexts, frTexts])[0]!;
    const policy = alone(service);
    for (const [lang, messages, texts] of [['en', [enPolicyPage], enTexts], ['fr', [enPolicyPage, frPolicyPage], frTexts]] as const) {
      const rows = policyPage(policy, { lang, messages }).categories.flatMap((c) => c.rows);
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      const info = presetInfo(service)!;
      expect(row.provider).toBe(service.provider);
      expect(row.function.startsWith(texts.functions[info.fn])).toBe(true);
      if (info.location) expect(row.function).toContain(new Intl.DisplayNames(lang, { type: 'region' }).of(info.location)!);
      // Purposes come from core's catalogs by code: never the bare code.
      expect(row.purposes).toHaveLength(service.purposes.length);
      for (const [i, p] of service.purposes.entries()) expect(row.purposes[i]).not.toBe(p.code);
      expect(row.cookies.map((c) => c.name)).toEqual(service.storage.map((s) => s.name));
    }
  });
});

describe('options', () => {
  it('the id, category, cookie domain and location are the site\'s, and keep their literal types', () => {
    const ga = googleAnalytics4({ measurementId: 'G-TEST123', id: 'ga', category: 'analytics', cookieDomain: 'example.com', location: 'IE' });
    const policy = defineCookiePolicy({
      revision: '1',
      categories: [{ id: 'necessary', label: 'N', description: 'd' }, { id: 'analytics', kind: 'statistics', label: 'A', description: 'd' }],
      services: [ga],
    });
    const id: 'ga' = policy.services[0]!.id;
    expect(id).toBe('ga');
    expect(ga.category).toBe('analytics');
    expect(ga.storage.filter((s) => !s.kind).every((s) => s.domain === 'example.com')).toBe(true);
    expect(ga.function).toEqual({ en: 'Web analytics (Ireland); Google Consent Mode basic: the tag loads only after consent' });
    expect(ga[PRESET].script).toBe('https://www.googletagmanager.com/gtag/js?id=G-TEST123');
    expect(errors(policy)).toEqual([]);
  });

  it('Consent Mode advanced is the site\'s choice, and the policy page says which', () => {
    const advanced = googleAnalytics4({ measurementId: 'G-1', consentMode: 'advanced', texts: [enTexts, frTexts] });
    expect(advanced[PRESET]).toMatchObject({ consentMode: 'advanced', consentModeTypes: ['analytics_storage'] });
    expect((advanced.function as Record<string, string>).en).toContain(enTexts.notes.advanced);
    expect((advanced.function as Record<string, string>).fr).toContain(frTexts.notes.advanced);
    expect((googleAnalytics4({ measurementId: 'G-1' }).function as Record<string, string>).en).toContain(enTexts.notes.basic);
  });

  it('a cookieless service is gated unless the site switches it off explicitly, and the page says so', () => {
    const gated = plausible({ domain: 'example.com' });
    expect(gated[PRESET].cookieless).toBe(true);
    expect(gated[PRESET].gated).not.toBe(false);
    expect(gated.storage).toEqual([]);
    expect((gated.function as Record<string, string>).en).toBe(`Web analytics (Germany); ${enTexts.notes.cookieless}`);
    const ungated = plausible({ domain: 'example.com', gated: false });
    expect(ungated[PRESET].gated).toBe(false);
    expect((ungated.function as Record<string, string>).en).toContain(enTexts.notes.ungated);
  });

  it('self-hosted Matomo: cookieless stores nothing; with the C8 exemption it is exempt audience measurement', () => {
    expect(matomo({ url: 'https://stats.example.com', siteId: 1, cookieless: true }).storage).toEqual([]);
    const exempt = matomo({ url: 'https://stats.example.com', siteId: 1, exemption: { dataRetention: '25 months' } });
    expect(exempt.exemption?.type).toBe('audience-measurement');
    expect(errors(alone(exempt))).toEqual([]);
    // The exemption is refused where its conditions cannot hold (C8): under marketing.
    expect(errors(alone({ ...exempt, category: 'marketing' })).map((i) => i.rule)).toContain('C8');
  });
});

describe('language entries', () => {
  it.each(LANGUAGES)('%s has words for every function code and note, and is marked for review unless English', async (lang) => {
    const mod = (await import(`../src/locales/${lang}.ts`)) as Record<string, ServiceTexts>;
    const texts = Object.values(mod)[0]!;
    expect(texts.lang).toBe(lang);
    expect(texts.review).toBe(lang === 'en' ? 'reviewed' : 'awaiting native review');
    expect(Object.keys(texts.functions).sort()).toEqual([...FUNCTION_CODES].sort());
    for (const text of [...Object.values(texts.functions), ...Object.values(texts.notes)]) {
      expect(text.trim()).not.toBe('');
      expect(text.length).toBeLessThan(160);
    }
    if (lang !== 'en') expect(texts.functions.maps).not.toBe(enTexts.functions.maps);
    // Every region name comes from Intl.DisplayNames, which knows this language's tag.
    expect(new Intl.DisplayNames(lang, { type: 'region' }).of('US')).toBeTruthy();
  });

  it('core\'s French catalog and the French entry agree on the language', () => {
    expect(fr.lang).toBe(frTexts.lang);
  });
});

describe('tree shaking', () => {
  /** Every file a built entry reaches through its static imports, with its text. */
  const graph = (entry: string): Map<string, string> => {
    const seen = new Map<string, string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      const text = readFileSync(file, 'utf8');
      seen.set(file, text);
      for (const m of text.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) visit(fileURLToPath(new URL(m[1]!, `file://${file}`)));
    };
    visit(root(`dist/${entry}.js`));
    return seen;
  };

  it.each(catalog.map((e) => [e.name] as const))('importing %s pulls no other preset, and no language but English', (name) => {
    const files = graph(name);
    const text = [...files.values()].join('\n');
    expect(text).toContain(`id: "${name}"`);
    for (const other of catalog) if (other.name !== name) expect(text, other.name).not.toContain(`id: "${other.name}"`);
    expect(text).not.toContain('lang: "fr"');
    expect([...files.keys()].some((f) => f.endsWith('all.js'))).toBe(false);
  });
});

describe('the README', () => {
  it('has a row for every preset, with its import, category and Consent Mode types', () => {
    const readme = readFileSync(root('README.md'), 'utf8');
    for (const entry of catalog) {
      const row = readme.split('\n').find((line) => line.includes(`\`@cookiekit/services/${entry.name}\``));
      expect(row, entry.name).toBeDefined();
      expect(row).toContain(`| ${entry.kind} |`);
      for (const type of presetInfo(entry.sample())?.consentModeTypes ?? []) expect(row).toContain(`\`${type}\``);
      for (const item of entry.sample().storage) expect(row).toContain(`\`${item.name}\``);
    }
  });
});
