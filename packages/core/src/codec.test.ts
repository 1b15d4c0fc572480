import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COOKIE_BYTES, decodeConsent, encodeConsent, newSubjectId } from './codec';
import { CONSENT_METHODS as METHODS, type Consent } from './decide';
import { REGIMES } from './regions/regime';
const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/);
const choicesArb = (max: number) => fc.dictionary(idArb, fc.boolean(), { maxKeys: max });
const consentArb: fc.Arbitrary<Consent> = fc.record({
  revision: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/),
  subject: fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
  decidedAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  expiresAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  method: fc.constantFrom(...METHODS),
  categories: choicesArb(16),
  services: choicesArb(84),
  regime: fc.constantFrom(...REGIMES),
}, { requiredKeys: ['revision', 'subject', 'decidedAt', 'expiresAt', 'method', 'categories', 'services'] });

// RFC 6265 cookie-octet: %x21 / %x23-2B / %x2D-3A / %x3C-5B / %x5D-7E.
const COOKIE_OCTETS = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*$/;

describe('consent cookie codec', () => {
  it('C9: stores each method core lists as its own letter, fixed so cookies already set keep their meaning', () => {
    const letters = METHODS.map((method) => {
      const consent: Consent = { revision: 'r1', subject: newSubjectId(), decidedAt: 1, expiresAt: 2, method, categories: {}, services: {} };
      const value = encodeConsent(consent);
      expect(decodeConsent(value)?.method).toBe(method);
      return `${method}=${value.split('~')[5]}`;
    });
    expect(letters).toEqual(['accept-all=a', 'reject-all=r', 'custom=c', 'withdraw=w', 'gpc=g', 'confirm-over-gpc=o']);
  });

  it('C16 C25: a regime other than opt-in is one letter after the choices; opt-in values are written as before regimes', () => {
    const base: Consent = { revision: 'r1', subject: 'abcdefghijklmnopqrstuv', decidedAt: 1, expiresAt: 2, method: 'reject-all', categories: { ads: false }, services: {} };
    expect(encodeConsent(base)).toBe('1~r1~abcdefghijklmnopqrstuv~1~2~r~!ads~');
    expect(encodeConsent({ ...base, regime: 'opt-in' })).toBe(encodeConsent(base));
    expect(REGIMES.map((regime) => encodeConsent({ ...base, regime }).slice(encodeConsent(base).length))).toEqual(['', '~o', '~n', '~x']);
    expect(decodeConsent(`${encodeConsent(base)}~o`)?.regime).toBe('opt-out');
    // An unknown letter, an opt-in letter written out, or two letters: not a value cookiekit writes.
    for (const tail of ['~z', '~i', '~oo', '~o~n', '~']) expect(decodeConsent(`${encodeConsent(base)}${tail}`)).toBeNull();
    expect(() => encodeConsent({ ...base, regime: 'sometimes' as never })).toThrow(RangeError);
  });

  it('C16: round-trips every valid consent, using only cookie-octets', () => {
    fc.assert(
      fc.property(consentArb, (consent) => {
        const value = encodeConsent(consent);
        expect(value).toMatch(COOKIE_OCTETS);
        // Opt-in is the default and is not written, so it reads back as no regime.
        const { regime, ...rest } = consent;
        expect(decodeConsent(value)).toEqual({
          ...rest,
          ...(regime && regime !== 'opt-in' && { regime }),
          categories: { ...consent.categories },
          services: { ...consent.services },
        });
      }),
    );
  });

  it('C16: the largest policy the validator accepts still fits in 4096 bytes with the cookie name', () => {
    // 100 optional categories and services with 32-character ids: MAX_CHOICES in the schema.
    const id = (i: number) => `${String(i).padStart(3, '0')}${'x'.repeat(29)}`;
    const consent: Consent = {
      revision: 'r'.repeat(32),
      subject: newSubjectId(),
      decidedAt: 4_102_444_800_000,
      expiresAt: 4_102_444_800_000,
      method: 'confirm-over-gpc',
      categories: Object.fromEntries(Array.from({ length: 16 }, (_, i) => [id(i), false])),
      services: Object.fromEntries(Array.from({ length: 84 }, (_, i) => [id(100 + i), false])),
    };
    const cookie = `${'n'.repeat(64)}=${encodeConsent(consent)}`;
    expect(new TextEncoder().encode(cookie).length).toBeLessThanOrEqual(MAX_COOKIE_BYTES);
  });

  it('arbitrary strings never throw and are no valid choice unless well-formed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000, unit: 'binary' }), (text) => {
        const decoded = decodeConsent(text);
        if (decoded !== null) expect(decodeConsent(encodeConsent(decoded))).toEqual(decoded);
      }),
    );
  });

  it('valid values with random edits never throw, and whatever decodes re-encodes to the same choice', () => {
    fc.assert(
      fc.property(consentArb, fc.nat(), fc.string({ maxLength: 8 }), fc.nat({ max: 8 }), (consent, at, insert, remove) => {
        const value = encodeConsent(consent);
        const i = at % (value.length + 1);
        const edited = value.slice(0, i) + insert + value.slice(i + remove);
        const decoded = decodeConsent(edited);
        if (decoded !== null) expect(decodeConsent(encodeConsent(decoded))).toEqual(decoded);
      }),
    );
  });

  it('fails closed on truncated, forged, old-version and oversized values', () => {
    const good = encodeConsent({
      revision: 'r1',
      subject: newSubjectId(),
      decidedAt: 1,
      expiresAt: 2,
      method: 'custom',
      categories: { statistics: true, ads: false },
      services: { analytics: true },
    });
    expect(decodeConsent(good)).not.toBeNull();
    for (let cut = 0; cut < good.length; cut++) {
      const truncated = good.slice(0, cut);
      const decoded = decodeConsent(truncated);
      // A cut inside the final list can still be well-formed; it must then re-encode to itself.
      if (decoded) expect(encodeConsent(decoded)).toBe(truncated);
    }
    expect(decodeConsent(good.replace(/^1~/, '0~'))).toBeNull();
    expect(decodeConsent(good.replace('~c~', '~z~'))).toBeNull();
    expect(decodeConsent(good.replace('statistics', 'statistics.statistics'))).toBeNull();
    expect(decodeConsent(good.replace('statistics', '<script>'))).toBeNull();
    expect(decodeConsent(`${good}.${'a'.repeat(5000)}`)).toBeNull();
    expect(decodeConsent(null)).toBeNull();
    expect(decodeConsent(undefined)).toBeNull();
    expect(decodeConsent('')).toBeNull();
    expect(decodeConsent('1~r1~short~1~2~a~~')).toBeNull();
    expect(decodeConsent(good.replace(/~1~2~/, '~zzzzzzzzzzzz~2~'))).toBeNull();
  });

  it('refuses to encode what it could not decode', () => {
    const base = { revision: 'r1', subject: newSubjectId(), decidedAt: 1, expiresAt: 2, method: 'custom' as const, categories: {}, services: {} };
    expect(() => encodeConsent({ ...base, revision: 'has space' })).toThrow(RangeError);
    expect(() => encodeConsent({ ...base, categories: { 'a;b': true } })).toThrow(/cannot store consent/);
    expect(() => encodeConsent({ ...base, subject: 'x' })).toThrow(RangeError);
    // Ids that would read back as other ids, or with the other answer.
    expect(() => encodeConsent({ ...base, categories: { 'a.b': true } })).toThrow(RangeError);
    expect(() => encodeConsent({ ...base, services: { '!a': true } })).toThrow(RangeError);
    expect(() => encodeConsent({ ...base, services: { 'a~b': false } })).toThrow(RangeError);
    expect(() => encodeConsent({ ...base, method: 'unknown' as 'custom' })).toThrow(RangeError);
    // Longer than a browser keeps: refused rather than silently dropped by the browser (C16).
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`service-number-${i}`, true]));
    expect(() => encodeConsent({ ...base, services: many })).toThrow(RangeError);
  });

  it('encodes every consent whose parts the schema allows, and reads it back unchanged', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9][\w-]{0,31}$/);
    fc.assert(
      fc.property(
        fc.dictionary(id, fc.boolean(), { maxKeys: 8 }),
        fc.dictionary(id, fc.boolean(), { maxKeys: 8 }),
        fc.stringMatching(/^[A-Za-z0-9][\w.-]{0,31}$/),
        (categories, services, revision) => {
          const consent = { revision, subject: newSubjectId(), decidedAt: 1, expiresAt: 2, method: 'custom' as const, categories, services };
          expect(decodeConsent(encodeConsent(consent))).toEqual(consent);
        },
      ),
    );
  });

  it('makes distinct 128-bit subject ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, newSubjectId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
