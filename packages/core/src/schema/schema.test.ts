import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { testPolicy } from '../test/fixtures';
import { MAX_CHOICES, policyJsonSchema, validatePolicy } from './index';

// Tests break policies on purpose, so they edit them as plain data.
const clone = (): { services: any[]; categories: any[] } & Record<string, any> => structuredClone(testPolicy) as never;
const errors = (input: unknown) => {
  const result = validatePolicy(input);
  return result.ok ? [] : result.issues.filter((i) => i.severity === 'error');
};

describe('validatePolicy', () => {
  it('accepts a complete policy', () => {
    const result = validatePolicy(testPolicy);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });

  it('warns which texts lack a language the policy writes elsewhere, and that they show in the default language', () => {
    const categories = testPolicy.categories.map((c, i) =>
      i === 1 ? { ...c, label: { en: 'Preferences', de: 'Präferenzen' } } : i === 2 ? { ...c, label: { en: 'Statistics', fr: 'Statistiques', de: 'Statistik' } } : c,
    );
    const languages = validatePolicy({ ...testPolicy, categories }).issues.filter((i) => i.path === 'languages');
    // Both labels have German; only the statistics label has French.
    expect(languages).toEqual([
      { path: 'languages', severity: 'warning', message: '1 text(s) have no "fr" version and show in "en": categories[1].label' },
    ]);
    // Every text in every language written: nothing to say.
    const complete = testPolicy.categories.map((c) => ({ ...c, label: { en: 'L', de: 'L' } }));
    expect(validatePolicy({ ...testPolicy, categories: complete }).issues.filter((i) => i.path === 'languages')).toEqual([]);
  });

  it('C25: refuses a malformed regions block, naming the field, and accepts a well-formed one', () => {
    const paths = (regions: unknown) => {
      const result = validatePolicy({ ...testPolicy, regions });
      return result.ok ? [] : result.issues.filter((i) => i.severity === 'error').map((i) => i.path);
    };
    expect(paths({ regimes: { EEA: 'opt-in', 'US-CA': 'opt-out', GB: 'opt-in' }, table: true, reask: { 'opt-out': '12 months' } })).toEqual([]);
    expect(paths({ regimes: { 'us-ca': 'opt-out' } })).toEqual(['regions.regimes.us-ca']);
    expect(paths({ regimes: { US: 'maybe' } })).toEqual(['regions.regimes.US']);
    expect(paths({ reask: { 'opt-out': 'forever' } })).toEqual(['regions.reask.opt-out']);
    expect(paths({ reask: { sometimes: '1 year' } }).length).toBeGreaterThan(0);
    expect(paths({ table: 'yes' })).toEqual(['regions.table']);
    expect(paths({ regimes: {}, extra: 1 })).toEqual(['regions']);
    const flags = validatePolicy({ ...testPolicy, categories: testPolicy.categories.map((c) => ({ ...c, sensitive: 'yes' })) });
    expect(flags.ok).toBe(false);
  });

  it('reports structural errors with paths and never throws on any input', () => {
    for (const input of [null, 42, 'policy', [], {}, { revision: 'r1', categories: 'x', services: [] }]) {
      const result = validatePolicy(input);
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    }
    const policy = clone();
    (policy.services[1] as { storage: unknown[] }).storage[0] = { name: 'theme', duration: 'forever' };
    expect(errors(policy)).toContainEqual(
      expect.objectContaining({ path: 'services[1].storage[0].duration', message: expect.stringContaining('13 months') }),
    );
  });

  it('C2: refuses a necessary service with a purpose that is not strictly necessary', () => {
    const policy = clone();
    (policy.services[0] as { purposes: unknown }).purposes = [{ code: 'authentication' }, { code: 'analytics' }];
    expect(errors(policy)).toEqual([
      expect.objectContaining({ path: 'services[0].purposes[1].code', rule: 'C2', message: expect.stringContaining('"analytics"') }),
    ]);
  });

  it('C2: the consent cookie must sit in a necessary category', () => {
    const policy = clone();
    (policy.services[2] as { storage: unknown[] }).storage.push({ name: 'cookies_preferences', duration: '6 months' });
    const found = errors(policy);
    expect(found.some((i) => i.rule === 'C2' && i.path === 'services[2].storage[1].name')).toBe(true);
  });

  it('C8: refuses the audience exemption when any condition is broken, naming it', () => {
    const cases: Array<[(s: Record<string, any>) => void, string]> = [
      [(s) => (s.exemption.anonymousOutput = false), 'services[3].exemption.anonymousOutput'],
      [(s) => (s.exemption.crossSiteTracking = true), 'services[3].exemption.crossSiteTracking'],
      [(s) => (s.exemption.combinedWithOtherData = true), 'services[3].exemption.combinedWithOtherData'],
      [(s) => (s.exemption.extendsOnRevisit = true), 'services[3].exemption.extendsOnRevisit'],
      [(s) => (s.exemption.dataRetention = '26 months'), 'services[3].exemption.dataRetention'],
      [(s) => (s.party = { type: 'third', name: 'X', privacyUrl: 'https://x.example/p' }), 'services[3].party'],
      [(s) => (s.purposes = [{ code: 'analytics' }]), 'services[3].purposes'],
      [(s) => (s.storage = [{ name: '_aud', duration: '14 months' }]), 'services[3].storage[0].duration'],
      [(s) => (s.category = 'preferences'), 'services[3].exemption'],
    ];
    for (const [breakIt, path] of cases) {
      const policy = clone();
      breakIt(policy.services[3] as Record<string, any>);
      const found = errors(policy);
      expect(found.map((i) => i.path)).toContain(path);
      expect(found.every((i) => i.rule === 'C8' || i.rule === 'C7')).toBe(true);
    }
  });

  it('C7: refuses anything needing consent that lives longer than 13 months, and a longer consent memory', () => {
    const policy = clone();
    (policy.services[4] as { storage: unknown[] }).storage[0] = { name: '_ad', duration: '2 years' };
    expect(errors(policy)).toEqual([expect.objectContaining({ path: 'services[4].storage[0].duration', rule: 'C7' })]);
    expect(errors({ ...clone(), consentCookie: { duration: '14 months' } })).toEqual([
      expect.objectContaining({ path: 'consentCookie.duration', rule: 'C7' }),
    ]);
    expect(errors({ ...clone(), consentCookie: { duration: 'session' } })).toHaveLength(1);
    // Necessary cookies may live longer (a CSRF token for a year is fine).
    const necessary = clone();
    (necessary.services[0] as { storage: unknown[] }).storage[0] = { name: 'sessionid', duration: '1 year' };
    expect(validatePolicy(necessary).ok).toBe(true);
  });

  it('refuses duplicate ids, ids shared by a category and a service, and unknown categories', () => {
    const dup = clone();
    dup.services.push({ ...dup.services[1]! });
    expect(errors(dup)).toContainEqual(expect.objectContaining({ path: 'services[5].id', message: expect.stringContaining('used twice') }));
    const shared = clone();
    shared.services[1] = { ...shared.services[1]!, id: 'statistics' };
    expect(errors(shared)).toContainEqual(expect.objectContaining({ path: 'services[1].id' }));
    const unknown = clone();
    unknown.services[2] = { ...unknown.services[2]!, category: 'stats' };
    expect(errors(unknown)).toEqual([
      expect.objectContaining({ path: 'services[2].category', message: expect.stringContaining('"stats"') }),
    ]);
    const noKind = { ...clone(), categories: [...testPolicy.categories, { id: 'social', label: 'S', description: 'S' }] };
    expect(errors(noKind)).toEqual([expect.objectContaining({ path: 'categories[4].kind' })]);
  });

  it('refuses an exact name claimed by two categories, but not by two services of one category', () => {
    const policy = clone();
    (policy.services[4] as { storage: unknown[] }).storage.push({ name: 'sessionid', duration: '1 day' });
    expect(errors(policy)).toEqual([
      expect.objectContaining({ path: 'services[4].storage[1].name', message: expect.stringContaining('"necessary"') }),
    ]);
    const same = clone();
    (same.services[2] as { storage: unknown[] }).storage.push({ name: '_aud', duration: '1 day' });
    expect(validatePolicy(same).ok).toBe(true);
  });

  it('refuses a storage item with both or neither of name and pattern, and a broken pattern', () => {
    const policy = clone();
    (policy.services[2] as { storage: unknown[] }).storage = [
      { duration: '1 day' },
      { name: 'a', pattern: 'b', duration: '1 day' },
      { pattern: '([', duration: '1 day' },
    ];
    expect(errors(policy).map((i) => i.path)).toEqual([
      'services[2].storage[0]',
      'services[2].storage[1]',
      'services[2].storage[2].pattern',
    ]);
  });

  it('needs every localized text in the default language', () => {
    const en = clone();
    (en.categories as unknown[])[1] = { id: 'preferences', label: { fr: 'Préférences' }, description: 'x' };
    expect(errors(en)).toEqual([expect.objectContaining({ path: 'categories[1].label' })]);
  });

  it('C16: refuses more optional choices than the consent cookie holds', () => {
    const policy = clone();
    for (let i = 0; i < MAX_CHOICES; i++) {
      policy.services.push({ ...policy.services[2]!, id: `extra-${i}`, storage: [] });
    }
    expect(errors(policy)).toContainEqual(expect.objectContaining({ rule: 'C16' }));
  });

  it('accepts IndexedDB, Cache Storage and service worker items, and refuses an unknown kind', () => {
    const policy = clone();
    policy.services[4].storage.push(
      { kind: 'indexedDB', name: 'ads-db', duration: '13 months' },
      { kind: 'cacheStorage', name: 'ads-*', duration: '13 months' },
      { kind: 'serviceWorker', name: '/ads-sw.js', duration: '13 months' },
    );
    expect(validatePolicy(policy).ok).toBe(true);
    policy.services[4].storage.push({ kind: 'webSQL', name: 'x', duration: '1 day' });
    expect(errors(policy)).toContainEqual(expect.objectContaining({ path: expect.stringMatching(/^services\[4\]\.storage\[\d+\]\.kind$/) }));
  });

  describe('patterns likely to match more than meant are warnings, not errors', () => {
    const warningsFor = (storage: unknown[], service = 4) => {
      const policy = clone();
      policy.services[service].storage.push(...storage);
      const result = validatePolicy(policy);
      expect(result.ok).toBe(true);
      // The missing display name of a pattern has its own test below.
      return result.issues.filter((i) => i.severity === 'warning' && !i.path.endsWith('.displayName'));
    };

    it('a pattern that matches every name (even an empty one), and a bare *', () => {
      for (const pattern of ['.*', '.+', '[^_]*', '^.*$', '(?:)']) {
        expect(warningsFor([{ pattern, duration: '1 day' }]), pattern).toEqual([
          expect.objectContaining({ path: 'services[4].storage[1].pattern', message: expect.stringContaining('matches every name') }),
        ]);
      }
      expect(warningsFor([{ name: '*', duration: '1 day' }])).toEqual([
        expect.objectContaining({ path: 'services[4].storage[1].name', message: expect.stringContaining('matches every name') }),
      ]);
    });

    it('a pattern open on both sides: it matches any name that merely contains a word', () => {
      for (const pattern of ['.*stats.*', '^.+stats.*$', '.*stats.+']) {
        expect(warningsFor([{ pattern, duration: '1 day' }]), pattern).toEqual([
          expect.objectContaining({ message: expect.stringContaining('merely contains "stats"') }),
        ]);
      }
      // Open on one side only, or a literal dot and star: no warning.
      for (const pattern of ['_stats_.*', '.*_stats', '_pk_id\\.\\d+\\..*', '\\.*x\\.*']) {
        expect(warningsFor([{ pattern, duration: '1 day' }]), pattern).toEqual([]);
      }
    });

    it('C2: an optional service\'s pattern that matches the consent cookie', () => {
      expect(warningsFor([{ pattern: 'cookies_.*', duration: '1 day' }])).toEqual([
        expect.objectContaining({ rule: 'C2', message: expect.stringContaining('consent cookie "cookies_preferences"') }),
      ]);
      // For local storage the consent cookie's name is just another key.
      expect(warningsFor([{ kind: 'localStorage', pattern: 'cookies_.*', duration: '1 day' }])).toEqual([]);
      // A necessary service may match it: the consent cookie is necessary.
      expect(warningsFor([{ pattern: 'cookies_.*', duration: '1 day' }], 0)).toEqual([]);
    });

    it('an optional service\'s pattern that matches a necessary service\'s exact cookie name', () => {
      expect(warningsFor([{ pattern: 'session.*', duration: '1 day' }])).toEqual([
        expect.objectContaining({ path: 'services[4].storage[1].pattern', message: expect.stringContaining('"sessionid", declared by a necessary service') }),
      ]);
      expect(warningsFor([{ kind: 'sessionStorage', pattern: 'session.*', duration: '1 day' }])).toEqual([]);
    });

    it('a regular expression without a displayName is a warning; a prefix pattern or a displayName is enough', () => {
      const displayWarnings = (item: Record<string, unknown>) => {
        const policy = clone();
        policy.services[4].storage.push({ duration: '1 day', ...item });
        const result = validatePolicy(policy);
        expect(result.ok).toBe(true);
        return result.issues.filter((i) => i.path.endsWith('.displayName'));
      };
      expect(displayWarnings({ pattern: '_pk_id\\.\\d+\\..*' })).toEqual([
        expect.objectContaining({ path: 'services[4].storage[1].displayName', severity: 'warning', message: expect.stringContaining('"_pk_id\\.\\d+\\..*"') }),
      ]);
      expect(displayWarnings({ pattern: '_pk_id\\.\\d+\\..*', displayName: '_pk_id.<site>.<visitor>' })).toEqual([]);
      // Reads as `shop_stats:*`: a display name would add nothing.
      expect(displayWarnings({ kind: 'localStorage', pattern: 'shop_stats:.*' })).toEqual([]);
      expect(displayWarnings({ name: '_shop_x*' })).toEqual([]);
      // An empty display name is refused by the schema.
      const policy = clone();
      policy.services[4].storage.push({ pattern: 'a\\d+', displayName: '', duration: '1 day' });
      expect(validatePolicy(policy).ok).toBe(false);
    });

    it('the patterns of the example shop raise none', () => {
      expect(warningsFor([{ pattern: '_pk_id\\.\\d+\\..*', duration: '1 day' }, { kind: 'localStorage', pattern: 'shop_stats:.*', duration: '1 day' }])).toEqual([]);
    });
  });

  it('warns, without failing, when the consent cookie is not declared', () => {
    const policy = clone();
    (policy.services[0] as { storage: unknown[] }).storage = [{ name: 'sessionid', duration: '1 day' }];
    const result = validatePolicy(policy);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'warning', rule: 'C2' })]);
  });
});

describe('policy JSON Schema', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(policyJsonSchema());

  it('accepts a valid policy file and refuses typos editors should flag', () => {
    expect(validate(JSON.parse(JSON.stringify(testPolicy)))).toBe(true);
    expect(validate({ ...testPolicy, categories: [{ id: 'necessary', lable: 'x', description: 'y' }] })).toBe(false);
    expect(validate({ ...testPolicy, undeclaredCookies: 'maybe' })).toBe(false);
  });
});
