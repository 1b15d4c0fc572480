import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSENT_METHODS } from '../decide';
import { CONSENT_SOURCES } from '../store';
import { checkConsentRecord, consentRecordSchema, isCheckedRecord, receivedRecord } from './index';

const id = fc.stringMatching(/^[a-z][a-z0-9_-]{0,15}$/);
const recordArb = fc.record({
  recordId: fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
  subject: fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
  revision: fc.constantFrom('2026-11-01', 'r1', 'v2'),
  method: fc.constantFrom(...CONSENT_METHODS),
  categories: fc.dictionary(id, fc.boolean(), { maxKeys: 6 }),
  services: fc.dictionary(id, fc.boolean(), { maxKeys: 6 }),
  language: fc.constantFrom('en', 'fr', 'fr-CA', 'de'),
  signals: fc.record({ gpc: fc.boolean() }),
  source: fc.constantFrom(...CONSENT_SOURCES),
  decidedAt: fc.date({ min: new Date(0), max: new Date(Date.UTC(2100, 0)), noInvalidDate: true }).map((d) => d.toISOString()),
});
const server = { receivedAt: '2026-12-03T12:00:00.000Z', policyHash: 'a'.repeat(64) };

describe('checkConsentRecord', () => {
  it('C9: takes what the schema takes, as the schema gives it, frozen and marked checked', () => {
    fc.assert(
      fc.property(recordArb, (input) => {
        const check = checkConsentRecord(JSON.parse(JSON.stringify(input)));
        expect(check.ok).toBe(true);
        if (!check.ok) return;
        expect(check.record).toEqual(consentRecordSchema.parse(input));
        expect(isCheckedRecord(check.record)).toBe(true);
        for (const part of [check.record, check.record.categories, check.record.services, check.record.signals]) expect(Object.isFrozen(part)).toBe(true);
        // A copy, or the same fields built by hand, was not checked.
        expect(isCheckedRecord({ ...check.record })).toBe(false);
        expect(isCheckedRecord(input)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('C9: never throws; whatever it refuses or takes, the schema refuses or takes too', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), recordArb.chain((r) => fc.record({ ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fc.oneof(fc.constant(v), fc.anything())])) }))), (input) => {
        const check = checkConsentRecord(input);
        if (check.ok) expect(consentRecordSchema.safeParse(input).success).toBe(true);
        else expect(check.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('C9: takes exactly what the schema takes, and gives what it gives, on near-records (property)', () => {
    // Each field valid, or replaced by a near miss of the kind a browser or a forger could send.
    const nearMiss: Record<string, fc.Arbitrary<unknown>> = {
      recordId: fc.constantFrom('short', 'x'.repeat(65), 'has space in it!!', 16, null),
      subject: fc.constantFrom('', 'é'.repeat(20), ['a'.repeat(20)]),
      revision: fc.constantFrom('', 'r 1', 'x'.repeat(40), 7),
      method: fc.constantFrom('accept', 'ACCEPTALL', '', 'toString', 0),
      categories: fc.constantFrom([], null, { 'b a': true }, { a: 1 }, { a: 'true' }, Object.create({ a: true }), { constructor: true }, { toString: false }),
      services: fc.constantFrom({ '': true }, { ['a'.repeat(33)]: false }, { 'ok-id': true, _x: true }, new Map()),
      language: fc.constantFrom('e', 'english', 'en_GB', 'en-', 'fr-CA-x-verylongpart', 'EN-gb'),
      signals: fc.constantFrom({}, { gpc: 1 }, { gpc: true, dnt: false }, { GPC: true }, [true], Object.create({ gpc: true })),
      source: fc.constantFrom('Banner', 'cli', ''),
      decidedAt: fc.constantFrom('2026-11-02T10:00:00Z', '2026-11-02T10:00:00.123456Z', '2026-11-02T10:00:00+01:00', '2026-11-02 10:00:00Z', '2026-02-30T10:00:00Z', '2026-11-02T24:00:00Z', '2026-11-02', 1_700_000_000_000),
    };
    const nearRecord = recordArb.chain((r) =>
      fc
        .record(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fc.oneof({ weight: 9, arbitrary: fc.constant(v) }, { weight: 1, arbitrary: nearMiss[k]! })])))
        .chain((fields) =>
          fc.constantFrom(
            fields,
            { ...fields, extra: 1 },
            Object.fromEntries(Object.entries(fields).slice(1)),
            Object.assign(Object.create(null) as object, fields),
            Object.assign(Object.create({ inherited: true }) as object, fields),
          ),
        ),
    );
    const schemaCheck = (input: unknown) => {
      const parsed = consentRecordSchema.safeParse(input);
      if (!parsed.success) return undefined;
      for (const field of ['categories', 'services'] as const) {
        for (const key of Object.keys((input as Record<string, object>)[field]!)) if (!Object.hasOwn(parsed.data[field], key)) return undefined;
      }
      return parsed.data;
    };
    let taken = 0;
    let refused = 0;
    fc.assert(
      fc.property(nearRecord, (input) => {
        const check = checkConsentRecord(input);
        const expected = schemaCheck(input);
        expect(check.ok).toBe(expected !== undefined);
        if (check.ok) {
          expect(check.record).toStrictEqual(expected);
          expect(Object.keys(check.record)).toEqual(Object.keys(expected!));
          taken++;
        } else refused++;
      }),
      { numRuns: 1000 },
    );
    expect(taken).toBeGreaterThan(60);
    expect(refused).toBeGreaterThan(200);
  });

  it('C9: a key that is not an id (such as __proto__ from JSON.parse) is refused, not skipped', () => {
    const notIds = fc.constantFrom('__proto__', '', ' x', 'a'.repeat(40), 'é', '-x');
    fc.assert(
      fc.property(recordArb, notIds, fc.constantFrom('categories' as const, 'services' as const), (record, key, field) => {
        const text = JSON.stringify(record).replace(`"${field}":{`, `"${field}":{${JSON.stringify(key)}:true${Object.keys(record[field]).length ? ',' : ''}`);
        const check = checkConsentRecord(JSON.parse(text));
        expect(check.ok).toBe(false);
        if (!check.ok) expect(check.issues[0]!.path.startsWith(`${field}.`)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('receivedRecord: built on a checked record it is marked checked; on any other, not; frozen either way', () => {
    fc.assert(
      fc.property(recordArb, fc.option(fc.constantFrom('DE', 'US-CA'), { nil: undefined }), (input, region) => {
        const check = checkConsentRecord(input);
        if (!check.ok) throw new Error('a valid record was refused');
        const stored = receivedRecord(check.record, { ...server, region });
        expect(stored).toEqual({ ...input, ...server, ...(region === undefined ? {} : { region }) });
        expect(isCheckedRecord(stored)).toBe(true);
        expect(Object.isFrozen(stored)).toBe(true);
        const unchecked = receivedRecord(input, server);
        expect(isCheckedRecord(unchecked)).toBe(false);
        expect(Object.isFrozen(unchecked)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
