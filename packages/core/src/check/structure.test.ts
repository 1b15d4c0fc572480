import { browserShop, everyKind, logPolicy, seedSite, serverShop, sizeSite } from '@cookiekit/test-fixtures';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consentRecordSchema, cookiePolicySchema, validatePolicy as validateWithSchema } from '../schema/index';
import { checkConsentRecord, validatePolicy } from './index';
import { hasPolicyStructure } from './structure';

const fixtures = { browserShop, everyKind, logPolicy, seedSite, serverShop, sizeSite };
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// Values a policy file could hold in any field, each near some field's rule (or a field's
// other kind): too short or long, wrong case, URLs zod would trim or read otherwise, ids with a
// bad first character, durations, enums' neighbours.
const nearValues: unknown[] = [
  '', 'x', 'X', '-x', 'session', 'never', '13 months', '14 months', '2 years', '1 week',
  'https://a.example/p', ' https://a.example/p', 'https://a.example/p\n', 'http:a.example', 'https:/a.example', 'HTTPS://A.EXAMPLE/x',
  'ftp://a.example', 'mailto:a@b.example', 'javascript:alert(1)', 'https://', 'not a url',
  true, false, 0, 1, null, [], {}, [{}], { en: 'x' }, { EN: 'x' }, { 'en-GB': 'x' }, { en: '' }, { en: 1 }, { 'toolong-abcdefghi': 'x' },
  'first', 'third', 'necessary', 'statistics', 'Marketing', 'opt-in', 'opt-out', 'none', 'allow', 'block', 'do-not-sell',
  'functionality', 'analytics', 'audience-measurement', 'consent-storage', 'security',
  'cookie', 'localStorage', 'LocalStorage', '/', '/shop', 'shop', 'example.com', '.example.com', '-bad.example', 'exa mple.com',
  'US-CA', 'EU', 'EEA', 'us-ca', 'DE', 'a'.repeat(33), 'a'.repeat(65), 'a'.repeat(129), 'a'.repeat(257), 'é', 'id_1', '1abc',
  { type: 'first' }, { type: 'third', name: 'A', privacyUrl: 'https://a.example' }, { type: 'third', name: 'A' }, { type: 'second' },
  { code: 'security' }, { code: 'security', extra: 1 }, { name: 'x', duration: '1 day' }, { duration: '1 day' },
];

/** Every path to a value inside `value` (object keys and array indexes), the root excepted. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key])]);
}

type Edit = { path: (string | number)[]; kind: 'set' | 'delete' | 'add-key'; value: unknown };
function applyEdit(policy: unknown, { path, kind, value }: Edit): unknown {
  const copy = json(policy) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  // An earlier edit may have taken the path away: then this one changes nothing.
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    if (typeof next !== 'object' || next === null) return copy;
    at = next as Record<string | number, unknown>;
  }
  const last = path.at(-1)!;
  if (kind === 'set') at[last] = json(value ?? null);
  else if (kind === 'delete') {
    if (Array.isArray(at)) at.splice(Number(last), 1);
    else delete at[last];
  } else {
    const target = at[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, unknown>).extra = 1;
  }
  return copy;
}

// A fixture with one to three of its values replaced, deleted, or given an unknown key.
const nearPolicy = fc.constantFrom(...Object.values(fixtures)).chain((policy) => {
  const paths = pathsOf(policy);
  const edit = fc.record({
    path: fc.constantFrom(...paths),
    kind: fc.constantFrom('set' as const, 'set' as const, 'delete' as const, 'add-key' as const),
    value: fc.constantFrom(...nearValues),
  });
  return fc.array(edit, { minLength: 0, maxLength: 3 }).map((edits) => edits.reduce<unknown>(applyEdit, policy));
});

describe('the zod-free policy structure', () => {
  it('takes every fixture policy, as the schema does', () => {
    for (const [name, policy] of Object.entries(fixtures)) {
      expect(hasPolicyStructure(json(policy)), name).toBe(true);
      expect(cookiePolicySchema.safeParse(policy).success, name).toBe(true);
    }
  });

  it('takes exactly the policies the schema takes unchanged, on near-policies (property)', () => {
    let taken = 0;
    let refused = 0;
    fc.assert(
      fc.property(nearPolicy, (input) => {
        const parsed = cookiePolicySchema.safeParse(input);
        const fast = hasPolicyStructure(input);
        // What it takes, the schema takes, and gives back as it was.
        if (fast) {
          expect(parsed.success).toBe(true);
          expect(parsed.data).toStrictEqual(input);
          taken++;
        } else {
          refused++;
          // What it leaves to the schema, the schema refuses or changes (trims a URL).
          if (parsed.success) expect(parsed.data).not.toStrictEqual(input);
        }
      }),
      { numRuns: 1500 },
    );
    expect(taken).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(400);
  });

  it('agrees with the schema on every single value of two fixtures replaced by every near value', () => {
    let taken = 0;
    let compared = 0;
    for (const policy of [everyKind, seedSite]) {
      for (const path of pathsOf(policy)) {
        for (const value of nearValues) {
          const input = applyEdit(policy, { path, kind: 'set', value });
          const parsed = cookiePolicySchema.safeParse(input);
          const unchanged = parsed.success && isDeepStrictEqual(parsed.data, input);
          if (hasPolicyStructure(input) !== unchanged) throw new Error(`disagrees at ${JSON.stringify(path)} = ${JSON.stringify(value)}`);
          if (unchanged) taken++;
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
    expect(taken).toBeGreaterThan(500);
  });

  it('never throws and refuses what is not an object of the right make', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const fast = hasPolicyStructure(input);
        if (fast) expect(cookiePolicySchema.safeParse(input).success).toBe(true);
      }),
      { numRuns: 500 },
    );
    // A __proto__ key (an own property after JSON.parse) is left to the schema.
    const withProto = JSON.parse(JSON.stringify(seedSite).replace('"label":', '"__proto__":{"en":"x"},"label":')) as unknown;
    expect(hasPolicyStructure(withProto)).toBe(false);
    expect(hasPolicyStructure(Object.assign(Object.create({ polluted: true }) as object, json(seedSite)))).toBe(false);
  });

  it('validatePolicy of @cookiekit/core/check answers as the schema entry does, word for word, loading the schema only to explain', () => {
    fc.assert(
      fc.property(nearPolicy, (input) => {
        expect(validatePolicy(input)).toStrictEqual(validateWithSchema(input));
      }),
      { numRuns: 300 },
    );
    const refused = validatePolicy({ revision: 'r1', categories: [], services: [] });
    expect(refused).toEqual({ ok: false, issues: [expect.objectContaining({ path: 'categories', severity: 'error' })] });
  });
});

describe('the zod-free record check', () => {
  const record = {
    recordId: 'r'.repeat(20),
    subject: 's'.repeat(20),
    revision: 'r1',
    method: 'custom',
    categories: { statistics: true },
    services: {},
    language: 'en',
    signals: { gpc: false },
    source: 'banner',
    decidedAt: '2026-11-02T10:00:00.000Z',
  };
  it('C9: takes a decision time exactly when zod’s ISO date and time does (leap days, hours, offsets; property)', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const stamp = fc
      .tuple(
        fc.oneof(fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')), fc.constantFrom('2000', '1900', '2024', '2100', '2400', '0000')),
        two(13),
        two(32),
        two(25),
        two(61),
        two(61),
        fc.constantFrom('', '.1', '.123', '.123456789', '.'),
        fc.constantFrom('Z', 'Z', 'z', '+01:00', ''),
      )
      .map(([y, mo, d, h, mi, s, frac, zone]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${zone}`);
    let taken = 0;
    fc.assert(
      fc.property(stamp, (decidedAt) => {
        const input = { ...record, decidedAt };
        const check = checkConsentRecord(input);
        expect(check.ok).toBe(consentRecordSchema.safeParse(input).success);
        if (check.ok) taken++;
      }),
      { numRuns: 2000 },
    );
    expect(taken).toBeGreaterThan(100);
    for (const leap of ['2024-02-29T00:00:00Z', '2000-02-29T00:00:00Z']) expect(checkConsentRecord({ ...record, decidedAt: leap }).ok).toBe(true);
    for (const notLeap of ['2100-02-29T00:00:00Z', '2026-02-29T00:00:00Z', '2026-04-31T00:00:00Z']) expect(checkConsentRecord({ ...record, decidedAt: notLeap }).ok).toBe(false);
  });
});
