import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSENT_METHODS, CONSENT_SOURCES, type StoredConsentRecord } from '@cookiekit/core';
import { checkConsentRecord, isCheckedRecord, receivedRecord } from '@cookiekit/core/schema';
import { createKeyring, recordDigest, recordTag } from './crypto';
import { ConsentLogInputError } from './errors';
import { RECORD_COLUMNS } from './chain';
import { checkRecord, pushRecordValues, rowToRecord } from './records';
import { KEY, makeRecord, recordColumns } from './test/helpers';

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
  receivedAt: fc.date({ min: new Date(0), max: new Date(Date.UTC(2100, 0)), noInvalidDate: true }).map((d) => d.toISOString()),
  policyHash: fc.stringMatching(/^[0-9a-f]{64}$/),
}) as fc.Arbitrary<StoredConsentRecord>;

describe('records and their digests', () => {
  it('C9: the log takes exactly the methods and sources core lists, on the way in and on the way out', () => {
    const row = (record: StoredConsentRecord) => ({ ...recordColumns(record), chain: 0, seq: 1, batch: 1, received_ms: 0, digest: '', tag: '', erased: 0 });
    for (const method of CONSENT_METHODS) expect(rowToRecord(row(makeRecord(1, { method }))).method).toBe(method);
    for (const source of CONSENT_SOURCES) expect(rowToRecord(row(makeRecord(1, { source }))).source).toBe(source);
    const listed = new Set<string>([...CONSENT_METHODS, ...CONSENT_SOURCES]);
    fc.assert(
      fc.property(fc.string().filter((s) => !listed.has(s)), (other) => {
        expect(() => checkRecord({ ...makeRecord(1), method: other } as unknown as StoredConsentRecord)).toThrow(ConsentLogInputError);
        expect(() => checkRecord({ ...makeRecord(1), source: other } as unknown as StoredConsentRecord)).toThrow(ConsentLogInputError);
        expect(() => rowToRecord({ ...row(makeRecord(1)), method: other })).toThrow(/is not a consent method/);
        expect(() => rowToRecord({ ...row(makeRecord(1)), source: other })).toThrow(/is not a consent source/);
      }),
    );
  });

  it('C9: a stored row reads back as the same record, with the same digest', () => {
    fc.assert(
      fc.property(recordArb, fc.integer({ min: 1, max: 2 ** 40 }), (record, seq) => {
        expect(checkRecord(record)).toBe(Date.parse(record.receivedAt));
        const row = { ...recordColumns(record), chain: 0, seq, batch: 1, received_ms: 0, digest: '', tag: '', erased: 0 };
        const back = rowToRecord(row);
        expect(back).toEqual(record);
        expect(recordDigest(seq, back)).toBe(recordDigest(seq, record));
      }),
    );
  });

  it("C9: the insert's values are the record's columns, in the insert's column order", () => {
    const from = RECORD_COLUMNS.indexOf('record_id');
    const to = RECORD_COLUMNS.indexOf('received_at') + 1;
    fc.assert(
      fc.property(recordArb, fc.array(fc.integer(), { maxLength: 3 }), (record, before) => {
        const values: unknown[] = [...before];
        pushRecordValues(values, record);
        const columns = recordColumns(record) as Record<string, unknown>;
        expect(values).toEqual([...before, ...RECORD_COLUMNS.slice(from, to).map((c) => columns[c])]);
      }),
    );
  });

  it('C9: changing any field or the position changes the digest; the tag depends on the key', () => {
    const keyring = createKeyring(KEY);
    const other = createKeyring('x'.repeat(40));
    fc.assert(
      fc.property(recordArb, recordArb, fc.constantFrom(...(Object.keys(makeRecord(1)) as (keyof StoredConsentRecord)[])), (a, b, field) => {
        fc.pre(JSON.stringify(a[field]) !== JSON.stringify(b[field]));
        const changed = { ...a, [field]: b[field] } as StoredConsentRecord;
        expect(recordDigest(5, changed)).not.toBe(recordDigest(5, a));
        expect(recordDigest(6, a)).not.toBe(recordDigest(5, a));
        const digest = recordDigest(5, a);
        expect(recordTag(keyring.secret('k1')!, digest)).not.toBe(recordTag(other.secret('k1')!, digest));
      }),
    );
  });

  it('C9: any input either passes or is refused with ConsentLogInputError (never another error)', () => {
    const anyValue = fc.oneof(fc.anything(), recordArb.map((r) => ({ ...r })), recordArb.chain((r) => fc.record({ ...Object.fromEntries(Object.keys(r).map((k) => [k, fc.anything()])) })));
    fc.assert(
      fc.property(anyValue, (value) => {
        try {
          checkRecord(value as StoredConsentRecord);
        } catch (error) {
          expect(error).toBeInstanceOf(ConsentLogInputError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('C9: a record whose categories or services carry a key that is not an id (such as __proto__) is refused, not stored without it', () => {
    const notIds = fc.constantFrom('__proto__', '', ' x', 'a'.repeat(40), 'é', '-x');
    fc.assert(
      fc.property(recordArb, notIds, fc.constantFrom('categories', 'services'), (record, key, field) => {
        const text = JSON.stringify(record).replace(`"${field}":{`, `"${field}":{${JSON.stringify(key)}:true${Object.keys(record[field]).length ? ',' : ''}`);
        const parsed = JSON.parse(text) as StoredConsentRecord;
        expect(Object.keys(parsed[field])).toContain(key);
        expect(() => checkRecord(parsed)).toThrow(ConsentLogInputError);
        expect(() => checkRecord(parsed)).toThrow(`${field}.`);
      }),
      { numRuns: 100 },
    );
  });

  it("C9: a record the consent API checked (core's checkConsentRecord) still has its server part checked", () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const { receivedAt, policyHash, ...browserPart } = record;
        const check = checkConsentRecord(browserPart);
        if (!check.ok) throw new Error('a valid record was refused');
        const stored = receivedRecord(check.record, { receivedAt, policyHash });
        expect(isCheckedRecord(stored)).toBe(true);
        expect(checkRecord(stored)).toBe(Date.parse(receivedAt));
        expect(() => checkRecord(receivedRecord(check.record, { receivedAt: 'yesterday', policyHash }))).toThrow(/receivedAt/);
        expect(() => checkRecord(receivedRecord(check.record, { receivedAt, policyHash: 'x' }))).toThrow(/policyHash/);
        expect(() => checkRecord(receivedRecord(check.record, { receivedAt, policyHash, region: 'Berlin' }))).toThrow(/region/);
      }),
      { numRuns: 100 },
    );
  });

  it('keys shorter than 32 bytes and bad key ids are refused', () => {
    expect(() => createKeyring('x'.repeat(31))).toThrow(/at least 32/);
    expect(() => createKeyring(new Uint8Array(32))).not.toThrow();
    expect(() => createKeyring(KEY, 'bad id')).toThrow(/Invalid key id/);
    expect(() => createKeyring(KEY, 'k2', { old: 'short' })).toThrow(/"old" is 5 bytes/);
  });
});
