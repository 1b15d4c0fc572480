import { afterEach, describe, expect, it } from 'vitest';
import {
  ConsentLogClosedError,
  ConsentLogConfigError,
  ConsentLogInputError,
  migrateConsentLog,
  openConsentLog,
  type ConsentLog,
  type ConsentLogOptions,
} from './index';
import { BACKENDS, KEY, OTHER_KEY, makeRecord, recordId, subjectId, type Raw, type TestDatabase } from './test/helpers';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
});

describe.each(BACKENDS)('consent log on %s', (name, make) => {
  async function setup(options: Partial<ConsentLogOptions> = {}): Promise<{ db: TestDatabase; log: ConsentLog; raw: Raw }> {
    const db = await make();
    cleanups.push(() => db.cleanup());
    if (name === 'postgres') await migrateConsentLog(db.database);
    const log = await openConsentLog({ database: db.database, key: KEY, ...options });
    cleanups.push(() => log.close());
    const raw = await db.raw();
    cleanups.push(() => raw.close());
    return { db, log, raw };
  }

  async function fill(log: ConsentLog, count: number, batchSize = 10): Promise<void> {
    for (let start = 1; start <= count; start += batchSize) {
      const size = Math.min(batchSize, count - start + 1);
      await Promise.all(Array.from({ length: size }, (_, i) => log.append(makeRecord(start + i))));
    }
  }

  const count = async (raw: Raw, table: string, where = '1=1') =>
    Number((await raw.query<{ n: number | string }>(`select count(*) as n from ${table} where ${where}`))[0]!.n);

  it('C9: appends a record and returns it in the subject history, oldest first', async () => {
    const { log } = await setup();
    const first = makeRecord(10, { method: 'accept-all' });
    const withdrawal = makeRecord(20, { method: 'withdraw', categories: { necessary: true, statistics: false } });
    expect(await log.append(first)).toEqual({ duplicate: false });
    expect(await log.append(withdrawal)).toEqual({ duplicate: false });
    expect(await log.append(makeRecord(11))).toEqual({ duplicate: false });
    const history = await log.history(subjectId(0));
    expect(history).toEqual([first, withdrawal]);
    expect(await log.history(subjectId(1))).toHaveLength(1);
    expect(await log.history('nobody_000000000000')).toEqual([]);
  });

  it('C9: a repeated record id writes nothing and answers duplicate, also inside one batch', async () => {
    const { log, raw } = await setup();
    const [a, b] = await Promise.all([log.append(makeRecord(1)), log.append(makeRecord(1, { method: 'withdraw' }))]);
    expect([a.duplicate, b.duplicate]).toEqual([false, true]);
    expect(await log.append(makeRecord(1))).toEqual({ duplicate: true });
    expect(await count(raw, 'consent_records')).toBe(1);
    expect((await log.history(subjectId(1)))[0]!.method).toBe(makeRecord(1).method);
    expect((await log.verify()).ok).toBe(true);
  });

  it('C9: refuses invalid records with ConsentLogInputError and writes nothing', async () => {
    const { log, raw } = await setup();
    const bad: unknown[] = [
      null,
      { ...makeRecord(1), ip: '203.0.113.7' },
      { ...makeRecord(1), userAgent: 'Mozilla/5.0' },
      { ...makeRecord(1), recordId: 'short' },
      { ...makeRecord(1), method: 'maybe' },
      { ...makeRecord(1), signals: { gpc: 'yes' } },
      { ...makeRecord(1), receivedAt: 'yesterday' },
      { ...makeRecord(1), receivedAt: '2026-11-20T10:00:00+02:00' },
      { ...makeRecord(1), policyHash: '' },
      { ...makeRecord(1), categories: { statistics: 1 } },
    ];
    for (const record of bad) {
      await expect(log.append(record as never)).rejects.toBeInstanceOf(ConsentLogInputError);
    }
    await expect(log.append({ ...makeRecord(1), ip: '203.0.113.7' } as never)).rejects.toMatchObject({ status: 400 });
    expect(await count(raw, 'consent_records')).toBe(0);
    expect(await count(raw, 'consent_batches')).toBe(0);
  });

  it('C9: 2,000 records from 50 concurrent appenders are each stored once, acknowledged only after commit, and verify', async () => {
    const { log, raw } = await setup();
    const acked: string[] = [];
    let checked = 0;
    await Promise.all(
      Array.from({ length: 50 }, async (_, writer) => {
        for (let i = 0; i < 40; i++) {
          const n = writer * 40 + i + 1;
          const result = await log.append(makeRecord(n));
          expect(result.duplicate).toBe(false);
          acked.push(recordId(n));
          if (i % 10 === 0) {
            // Acknowledged means committed: another connection sees the row right away.
            expect(await count(raw, 'consent_records', `record_id = '${recordId(n)}'`)).toBe(1);
            checked++;
          }
        }
      }),
    );
    expect(checked).toBe(200);
    expect(new Set(acked).size).toBe(2000);
    const rows = await raw.query<{ record_id: string }>('select record_id from consent_records');
    expect(rows).toHaveLength(2000);
    expect(new Set(rows.map((r) => r.record_id))).toEqual(new Set(acked));
    const seqs = await raw.query<{ lo: number | string; hi: number | string }>('select min(seq) as lo, max(seq) as hi from consent_records');
    expect([Number(seqs[0]!.lo), Number(seqs[0]!.hi)]).toEqual([1, 2000]);
    // Group commit: fewer batches than records, and some batches hold many records.
    const batches = await raw.query<{ count: number | string }>('select count from consent_batches');
    expect(batches.length).toBeLessThan(500);
    expect(Math.max(...batches.map((b) => Number(b.count)))).toBeGreaterThan(10);
    const report = await log.verify();
    expect(report).toMatchObject({ ok: true, records: 2000, batches: batches.length, erased: 0 });
    expect(report.head).toMatchObject({ seq: 2000, batch: batches.length });
  });

  it('C9: a changed row fails verification, naming that record (every stored field)', async () => {
    const { log, raw } = await setup();
    await fill(log, 30);
    const changes: [string, string][] = [
      ['method', `'withdraw'`],
      ['categories', `'{"marketing":true,"necessary":true,"statistics":true}'`],
      ['services', `'{"analytics":true}'`],
      ['subject', `'${subjectId(8)}'`],
      ['record_id', `'${recordId(999)}'`],
      ['revision', `'2026-12-01'`],
      ['policy_hash', `'${'b'.repeat(64)}'`],
      ['language', `'fr'`],
      ['gpc', '1'],
      ['source', `'api'`],
      ['decided_at', `'2026-11-21T10:00:00.000Z'`],
      ['received_at', `'2026-11-21T10:00:00.000Z'`],
      ['digest', `'${'c'.repeat(64)}'`],
      ['tag', `'${'d'.repeat(64)}'`],
      ['erased', '1'],
      ['batch', 'batch + 1'],
    ];
    const original = (await raw.query<Record<string, unknown>>('select * from consent_records where seq = 17'))[0]!;
    for (const [column, value] of changes) {
      await raw.exec(`update consent_records set ${column} = ${value} where seq = 17`);
      const report = await log.verify();
      expect(report.ok, column).toBe(false);
      expect(report.firstBad, column).toMatchObject({ kind: 'changed', seq: 17 });
      const restored = original[column];
      await raw.exec(`update consent_records set ${column} = ${typeof restored === 'string' ? `'${restored}'` : String(restored)} where seq = 17`);
      expect((await log.verify()).ok, `${column} restored`).toBe(true);
    }
  });

  it('C9: a deleted row is named as missing (middle, batch end, whole batch)', async () => {
    const { log, raw } = await setup();
    await fill(log, 40);
    await raw.exec('delete from consent_records where seq = 23');
    let report = await log.verify();
    expect(report.firstBad).toMatchObject({ kind: 'missing', seq: 23 });
    expect(report.firstBad!.message).toMatch(/Record 23/);

    const last = Number((await raw.query<{ last_seq: number }>('select last_seq from consent_batches order by batch desc limit 1'))[0]!.last_seq);
    await raw.exec(`delete from consent_records where seq = ${last}`);
    expect((await log.verify()).firstBad).toMatchObject({ kind: 'missing', seq: 23 });

    // A whole batch with its link, renumbered around: still the first record of that batch.
    const db2 = await setup();
    await fill(db2.log, 40);
    await db2.raw.exec('delete from consent_records where batch = 2');
    await db2.raw.exec('delete from consent_batches where batch = 2');
    report = await db2.log.verify();
    expect(report.firstBad).toMatchObject({ kind: 'missing', seq: 11, batch: 2 });
  });

  it('C9: swapping two rows is named as reordering at the first of them', async () => {
    const { log, raw } = await setup();
    await fill(log, 40);
    await raw.exec('update consent_records set seq = -1 where seq = 12');
    await raw.exec('update consent_records set seq = 12 where seq = 15');
    await raw.exec('update consent_records set seq = 15 where seq = -1');
    const report = await log.verify();
    expect(report.firstBad).toMatchObject({ kind: 'reordered', seq: 12, recordId: recordId(15), movedFrom: 15 });

    // Swapping across batches (record 5 of batch 1 and record 35 of batch 4).
    const other = await setup();
    await fill(other.log, 40);
    await other.raw.exec('update consent_records set seq = -1 where seq = 5');
    await other.raw.exec('update consent_records set batch = 1, seq = 5 where seq = 35');
    await other.raw.exec('update consent_records set batch = 4, seq = 35 where seq = -1');
    expect((await other.log.verify()).firstBad).toMatchObject({ kind: 'reordered', seq: 5, movedFrom: 35 });

    // C9: swapped across batches with their batch numbers left as written: still a reordering.
    const third = await setup();
    await fill(third.log, 40);
    await third.raw.exec('update consent_records set seq = -1 where seq = 5');
    await third.raw.exec('update consent_records set seq = 5 where seq = 35');
    await third.raw.exec('update consent_records set seq = 35 where seq = -1');
    expect((await third.log.verify()).firstBad).toMatchObject({ kind: 'reordered', seq: 5, recordId: recordId(35), movedFrom: 35 });
  });

  it('C9: a wrong key is named as a key mismatch, and one forged record under the right key still as a change', async () => {
    const { log, raw, db } = await setup();
    await fill(log, 30);
    await log.close();
    const wrongKey = await openConsentLog({ database: db.database, key: OTHER_KEY });
    cleanups.push(() => wrongKey.close());
    expect((await wrongKey.verify()).firstBad).toMatchObject({ kind: 'key', batch: 1, seq: 1 });
    // The same key id with the right secret: a single rewritten row (digest and all) is a change.
    const right = await openConsentLog({ database: db.database, key: KEY });
    cleanups.push(() => right.close());
    await raw.exec("update consent_records set digest = 'f' || substr(digest, 2), language = 'de' where seq = 1");
    expect((await right.verify()).firstBad).toMatchObject({ kind: 'changed', seq: 1 });
  });

  it('C9: forged rows, changed batch links and a wrong key are caught', async () => {
    const { log, raw, db } = await setup();
    await fill(log, 20);
    await raw.exec('update consent_batches set committed_at = \'2020-01-01T00:00:00.000Z\' where batch = 2');
    expect((await log.verify()).firstBad).toMatchObject({ kind: 'batch', batch: 2, seq: 11 });
    await raw.exec('update consent_batches set committed_at = (select committed_at from consent_batches where batch = 1) where batch = 2');
    const copied = await log.verify();
    expect(copied.firstBad).toMatchObject({ kind: 'batch', batch: 2 });

    const fresh = await setup();
    await fill(fresh.log, 20);
    const row = (await fresh.raw.query<Record<string, unknown>>('select * from consent_records where seq = 20'))[0]!;
    const cols = Object.keys(row);
    const values = cols.map((c) => (c === 'seq' ? '21' : c === 'record_id' ? `'${recordId(777)}'` : typeof row[c] === 'string' ? `'${String(row[c])}'` : String(row[c])));
    await fresh.raw.exec(`insert into consent_records (${cols.join(', ')}) values (${values.join(', ')})`);
    expect((await fresh.log.verify()).firstBad).toMatchObject({ kind: 'unchained', seq: 21, recordId: recordId(777) });

    await log.close();
    const wrongKey = await openConsentLog({ database: db.database, key: OTHER_KEY });
    cleanups.push(() => wrongKey.close());
    // C9: a key that signed nothing here is named as such, not as a changed first record.
    const wrong = (await wrongKey.verify()).firstBad!;
    expect(wrong).toMatchObject({ kind: 'key', batch: 1 });
    expect(wrong.message).toMatch(/key "k1" does not match/);
    const noKey = await openConsentLog({ database: db.database, keyId: 'k2', key: OTHER_KEY });
    cleanups.push(() => noKey.close());
    // Batches signed with k1 while only k2 is configured: say which key is missing.
    expect((await noKey.verify()).firstBad).toMatchObject({ kind: 'key', batch: 1 });
  });

  it('key rotation: new batches use the new key, old ones verify with previousKeys', async () => {
    const { log, db } = await setup();
    await fill(log, 10);
    await log.close();
    const rotated = await openConsentLog({ database: db.database, key: OTHER_KEY, keyId: 'k2', previousKeys: { k1: KEY } });
    cleanups.push(() => rotated.close());
    await rotated.append(makeRecord(11));
    expect(await rotated.verify()).toMatchObject({ ok: true, records: 11, batches: 2 });
    const raw = await db.raw();
    cleanups.push(() => raw.close());
    expect((await raw.query<{ key_id: string }>('select key_id from consent_batches order by batch')).map((r) => r.key_id)).toEqual(['k1', 'k2']);
  });

  it('a cut tail passes alone (the limit of any chain), and is caught with an expected head kept outside', async () => {
    const { log, raw } = await setup();
    await fill(log, 30);
    const before = (await log.verify()).head!;
    const previous = (await raw.query<{ last_seq: number; mac: string }>('select last_seq, mac from consent_batches where batch = 2'))[0]!;
    await raw.exec('delete from consent_records where batch = 3');
    await raw.exec('delete from consent_batches where batch = 3');
    await raw.exec(`update consent_head set batch = 2, seq = ${Number(previous.last_seq)}, mac = '${previous.mac}'`);
    expect((await log.verify()).ok).toBe(true);
    const report = await log.verify({ expectHead: { seq: before.seq, mac: before.mac } });
    expect(report.firstBad).toMatchObject({ kind: 'truncated', seq: 30 });
    // Cutting the tail without fixing the head is caught on its own.
    const other = await setup();
    await fill(other.log, 30);
    await other.raw.exec('delete from consent_records where batch = 3');
    await other.raw.exec('delete from consent_batches where batch = 3');
    expect((await other.log.verify()).firstBad).toMatchObject({ kind: 'head' });
  });

  it('C9: purge by age deletes old batches, records a signed anchor, and the rest still verifies', async () => {
    let now = Date.UTC(2024, 0, 1);
    const { log, raw } = await setup({ now: () => now });
    await fill(log, 30); // batches 1-3 in January 2024
    now = Date.UTC(2026, 0, 1);
    for (let n = 31; n <= 40; n++) await log.append(makeRecord(n)); // batches 4.. in 2026
    const report = await log.purge({ olderThan: '12 months' });
    expect(report).toMatchObject({ batches: 3, records: 30, anchor: { batch: 3, seq: 30 }, event: 1 });
    expect(await count(raw, 'consent_records')).toBe(10);
    const verified = await log.verify();
    expect(verified).toMatchObject({ ok: true, records: 10, anchor: { batch: 3, seq: 30 }, events: 1 });
    expect(await log.events()).toEqual([
      { id: 1, kind: 'purge', at: new Date(now).toISOString(), before: new Date(now - 12 * 2_629_746_000).toISOString(), anchor: { batch: 3, seq: 30 }, anchors: [{ chain: 0, batch: 3, seq: 30 }], batches: 3, records: 30 },
    ]);
    // Nothing more is old enough: no event.
    expect(await log.purge({ before: Date.UTC(2025, 0, 1) })).toMatchObject({ records: 0, event: null });

    // The anchor cannot be moved: removing the first remaining record is still caught ...
    await raw.exec('delete from consent_records where seq = 31');
    expect((await log.verify()).firstBad).toMatchObject({ kind: 'missing', seq: 31 });
  });

  it('C9: the purge event and its anchor are protected', async () => {
    let now = Date.UTC(2024, 0, 1);
    const { log, raw } = await setup({ now: () => now });
    await fill(log, 20);
    now = Date.UTC(2026, 0, 1);
    await fill(log, 5);
    await log.purge({ before: Date.UTC(2025, 0, 1) });
    const event = (await raw.query<{ detail: string }>('select detail from consent_events where id = 1'))[0]!;
    const moved = event.detail.replace('"seq":20', '"seq":21');
    expect(moved).not.toBe(event.detail);
    await raw.exec(`update consent_events set detail = '${moved}' where id = 1`);
    expect((await log.verify()).firstBad).toMatchObject({ kind: 'event', event: 1 });
    await raw.exec(`update consent_events set detail = '${event.detail}' where id = 1`);
    expect((await log.verify()).ok).toBe(true);
    await raw.exec('delete from consent_events where id = 1');
    expect((await log.verify()).ok).toBe(false);
  });

  it('purge refuses to delete a range that fails verification, unless forced', async () => {
    let now = Date.UTC(2024, 0, 1);
    const { log, raw } = await setup({ now: () => now });
    await fill(log, 20);
    now = Date.UTC(2026, 0, 1);
    await raw.exec(`update consent_records set method = 'withdraw' where seq = 3`);
    await expect(log.purge({ olderThan: '1 year' })).rejects.toMatchObject({ code: 'COOKIEKIT_LOG_TAMPERED' });
    expect(await count(raw, 'consent_records')).toBe(20);
    expect(await log.purge({ olderThan: '1 year', force: true })).toMatchObject({ records: 20 });
    expect((await log.verify()).ok).toBe(true);
  });

  it('C9: erasure replaces a subject with tombstones, keeps the chain verifiable and records it without the subject id', async () => {
    const { log, raw } = await setup();
    await fill(log, 40);
    const subject = subjectId(3);
    expect(await log.history(subject)).toHaveLength(4);
    const report = await log.erase(subject, { reason: 'art. 17 request' });
    expect(report).toEqual({ records: 4, event: 1 });
    expect(await log.history(subject)).toEqual([]);
    expect(await log.history(subjectId(4))).toHaveLength(4);
    expect(await count(raw, 'consent_records')).toBe(40);
    expect(await count(raw, 'consent_records', `subject = '${subject}' or record_id in ('${recordId(3)}', '${recordId(13)}')`)).toBe(0);
    const events = await raw.query<{ detail: string }>('select detail from consent_events');
    expect(events[0]!.detail).not.toContain(subject);
    expect(await log.events()).toEqual([expect.objectContaining({ id: 1, kind: 'erase', records: [3, 13, 23, 33], reason: 'art. 17 request' })]);
    expect(await log.verify()).toMatchObject({ ok: true, records: 40, erased: 4, events: 1 });

    // The same subject consenting again afterwards is a new record.
    await log.append(makeRecord(103));
    expect(await log.history(subject)).toHaveLength(1);
    // A subject with nothing stored: still recorded.
    expect(await log.erase('subj_nobody_00000000')).toEqual({ records: 0, event: 2 });
    expect((await log.verify()).ok).toBe(true);
  });

  it('C9: a forged tombstone or an un-erased record is caught', async () => {
    const { log, raw } = await setup();
    await fill(log, 20);
    await log.erase(subjectId(3));
    // Hiding someone else's record as if it had been erased.
    await raw.exec(
      `update consent_records set erased = 1, subject = '', method = '', categories = '{}', services = '{}', language = '', gpc = 0, source = '', decided_at = '', record_id = 'erased:7' where seq = 7`,
    );
    expect((await log.verify()).firstBad).toMatchObject({ kind: 'changed', seq: 7 });

    const other = await setup();
    await fill(other.log, 20);
    const original = (await other.raw.query<Record<string, unknown>>('select * from consent_records where seq = 13'))[0]!;
    await other.log.erase(subjectId(3));
    await other.raw.exec(
      `update consent_records set erased = 0, subject = '${String(original.subject)}', record_id = '${String(original.record_id)}', method = '${String(original.method)}', categories = '${String(original.categories)}', services = '${String(original.services)}', language = 'en', gpc = ${Number(original.gpc)}, source = 'banner', decided_at = '${String(original.decided_at)}' where seq = 13`,
    );
    expect((await other.log.verify()).firstBad).toMatchObject({ kind: 'changed', seq: 13 });
  });

  it('C9: exports one subject, and a time range for an auditor, as JSON lines', async () => {
    const { log } = await setup();
    await fill(log, 30);
    await log.erase(subjectId(5));
    const lines = async (query: Parameters<ConsentLog['exportLines']>[0]) => {
      const out: string[] = [];
      for await (const line of log.exportLines(query)) out.push(line);
      return out;
    };
    const mine = await lines({ subject: subjectId(2) });
    expect(mine.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    const parsed = mine.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.map((p) => p.recordId)).toEqual([recordId(2), recordId(12), recordId(22)]);
    const { chain, seq, batch, ...record } = parsed[0]!;
    expect(record).toEqual(makeRecord(2));
    expect([chain, seq, batch]).toEqual([0, 2, 1]);

    // Records 11..20 were received at 10:00:11 .. 10:00:20 (makeRecord); 15 was erased.
    const range = (await lines({ from: '2026-11-20T10:00:11.000Z', to: '2026-11-20T10:00:21.000Z' })).map(
      (l) => JSON.parse(l) as Record<string, unknown>,
    );
    expect(range.map((r) => r.seq)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(range[4]).toEqual({ chain: 0, seq: 15, batch: 2, erased: true, revision: '2026-11-01', policyHash: 'a'.repeat(64), receivedAt: makeRecord(15).receivedAt });
    expect(await lines({ from: '2030-01-01T00:00:00Z' })).toEqual([]);
    expect(await lines({})).toHaveLength(30);
    // An absent subject is no filter; a subject that is not a string is refused, not matched.
    expect(await lines({ subject: undefined } as unknown as { subject: string })).toHaveLength(30);
    await expect(lines({ subject: 2 as unknown as string })).rejects.toBeInstanceOf(ConsentLogInputError);
    await expect(lines({ subject: { $ne: '' } as unknown as string })).rejects.toThrow(/subject must be a string/);
  });

  it('close commits what is queued, then refuses new work, reads included', async () => {
    const { log, raw } = await setup({ batchDelayMs: 50 });
    const pending = log.append(makeRecord(1));
    await log.close();
    await expect(pending).resolves.toEqual({ duplicate: false });
    expect(await count(raw, 'consent_records')).toBe(1);
    await expect(log.append(makeRecord(2))).rejects.toBeInstanceOf(ConsentLogClosedError);
    await expect(log.erase(subjectId(1))).rejects.toBeInstanceOf(ConsentLogClosedError);
    await expect(log.purge({ olderThan: 0 })).rejects.toBeInstanceOf(ConsentLogClosedError);
    await expect(log.history(subjectId(1))).rejects.toBeInstanceOf(ConsentLogClosedError);
    await expect(log.verify()).rejects.toBeInstanceOf(ConsentLogClosedError);
    await expect(log.events()).rejects.toBeInstanceOf(ConsentLogClosedError);
    expect(() => log.exportLines({})).toThrow(ConsentLogClosedError);
  });

  it('without a key it reads and exports but refuses to write or verify', async () => {
    const { log, db } = await setup();
    await fill(log, 3);
    const readOnly = await openConsentLog({ database: db.database });
    cleanups.push(() => readOnly.close());
    expect(await readOnly.history(subjectId(1))).toHaveLength(1);
    await expect(readOnly.append(makeRecord(4))).rejects.toBeInstanceOf(ConsentLogConfigError);
    await expect(readOnly.verify()).rejects.toBeInstanceOf(ConsentLogConfigError);
    await expect(readOnly.erase(subjectId(1))).rejects.toBeInstanceOf(ConsentLogConfigError);
  });
});

/** A migrated PostgreSQL schema of its own, and two log instances on it (two pools, as two servers). */
async function twoInstances(options: Partial<ConsentLogOptions> = {}) {
  const { postgresDatabase } = await import('./test/helpers');
  const db = await postgresDatabase();
  cleanups.push(() => db.cleanup());
  await migrateConsentLog(db.database);
  const a = await openConsentLog({ database: db.database, key: KEY, ...options });
  const b = await openConsentLog({ database: db.database, key: KEY, ...options });
  cleanups.push(() => a.close(), () => b.close());
  return { db, a, b };
}

describe('several application servers on one PostgreSQL schema', () => {
  it('C9: two log instances (two pools, as two servers) append concurrently: one chain, every record once, verify passes', async () => {
    const { db, a, b } = await twoInstances();
    await Promise.all(
      Array.from({ length: 20 }, async (_, writer) => {
        const log = writer % 2 === 0 ? a : b;
        for (let i = 0; i < 30; i++) await log.append(makeRecord(writer * 30 + i + 1));
      }),
    );
    // The same record sent to both servers is stored once.
    const [x, y] = await Promise.all([a.append(makeRecord(5000)), b.append(makeRecord(5000))]);
    expect([x.duplicate, y.duplicate].sort()).toEqual([false, true]);
    const report = await a.verify();
    expect(report).toMatchObject({ ok: true, records: 601 });
    const raw = await db.raw();
    cleanups.push(() => raw.close());
    const ids = await raw.query<{ n: number | string; d: number | string }>('select count(*) as n, count(distinct record_id) as d from consent_records');
    expect([Number(ids[0]!.n), Number(ids[0]!.d)]).toEqual([601, 601]);
  });
});

describe('PostgreSQL: a batch in one statement', () => {
  it('C9: a head moved by another instance since this one last wrote writes nothing, is read again, and the batch is signed again from it', async () => {
    const { db, a, b } = await twoInstances({ batchDelayMs: 0 });
    // Each instance keeps the head it wrote last; each append below finds it moved by the other.
    for (let i = 1; i <= 6; i++) await (i % 2 === 1 ? a : b).append(makeRecord(i));
    const raw = await db.raw();
    cleanups.push(() => raw.close());
    const batches = await raw.query<{ batch: number | string; first_seq: number | string; last_seq: number | string }>(
      'select batch, first_seq, last_seq from consent_batches order by batch',
    );
    expect(batches.map((r) => [Number(r.batch), Number(r.first_seq), Number(r.last_seq)])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, n, n]));
    expect(await a.verify()).toMatchObject({ ok: true, records: 6, batches: 6 });
    // A record id already stored makes the statement fail as a whole: the batch is committed by
    // the locked path instead, and the records beside the repeated one are written.
    const c = await openConsentLog({ database: db.database, key: KEY, batchDelayMs: 50 });
    cleanups.push(() => c.close());
    const [repeat, fresh] = await Promise.all([c.append(makeRecord(3)), c.append(makeRecord(7))]);
    expect([repeat.duplicate, fresh.duplicate]).toEqual([true, false]);
    expect(await b.verify()).toMatchObject({ ok: true, records: 7, batches: 7 });
  });
});

describe('configuration', () => {
  it('refuses a short key, an in-memory SQLite database and bad options with a clear message', async () => {
    await expect(openConsentLog({ database: '/tmp/x.db', key: 'short' })).rejects.toThrow(/at least 32 random bytes/);
    await expect(openConsentLog({ database: ':memory:', key: KEY })).rejects.toThrow(/needs a SQLite file/);
    await expect(openConsentLog({ database: { postgres: 'postgres://x', schema: 'bad-name;' }, key: KEY })).rejects.toThrow(/schema name/);
    await expect(openConsentLog({ database: '/tmp/x.db', key: KEY, maxBatchSize: 0 })).rejects.toBeInstanceOf(ConsentLogConfigError);
    await expect(openConsentLog({ database: '/nonexistent-dir/consent.db', key: KEY })).rejects.toThrow(/Cannot open the SQLite file/);
  });

  it('SQLite: while a write waits for another connection\'s lock, the process keeps serving (the writer runs in a worker thread)', async () => {
    const { sqliteDatabase } = await import('./test/helpers');
    const db = sqliteDatabase();
    cleanups.push(() => db.cleanup());
    const log = await openConsentLog({ database: { ...(db.database as { sqlite: string }), busyTimeoutMs: 5000 }, key: KEY });
    cleanups.push(() => log.close());
    const raw = await db.raw();
    cleanups.push(() => raw.close());
    await raw.exec('begin exclusive');
    const started = Date.now();
    const pending = log.append(makeRecord(1)).then(
      () => 'stored',
      (error: Error) => error.message,
    );
    // Timers keep firing while the writer waits (up to 5 s) for the lock, held here for 1 s.
    // A writer on this thread would freeze it for the whole second.
    const ticks: number[] = [];
    while (Date.now() - started < 1000) {
      const before = Date.now();
      await new Promise((r) => setTimeout(r, 20));
      ticks.push(Date.now() - before);
    }
    expect(ticks.length).toBeGreaterThan(5);
    expect(Math.max(...ticks)).toBeLessThan(500);
    await raw.exec('commit');
    expect(await pending).toBe('stored');
  });

  it('PostgreSQL: opening before `migrate` says to run it; migrate is idempotent and gives the same tables as SQLite', async () => {
    const { postgresDatabase, sqliteDatabase } = await import('./test/helpers');
    const db = await postgresDatabase();
    cleanups.push(() => db.cleanup());
    await expect(openConsentLog({ database: db.database, key: KEY })).rejects.toThrow(/cookiekit-log migrate/);
    expect(await migrateConsentLog(db.database)).toEqual({ applied: ['0001_consent_log', '0002_chains', '0003_insights', '0004_rollup_totals'] });
    expect(await migrateConsentLog(db.database)).toEqual({ applied: [] });
    const raw = await db.raw();
    cleanups.push(() => raw.close());
    const schema = (db.database as { schema: string }).schema;
    const pgColumns = await raw.query<{ t: string; c: string }>(
      `select table_name as t, column_name as c from information_schema.columns where table_schema = '${schema}' and table_name like 'consent\\_%' and table_name not like 'consent_log%' order by 1, 2`,
    );
    const lite = sqliteDatabase();
    cleanups.push(() => lite.cleanup());
    const log = await openConsentLog({ database: lite.database, key: KEY });
    await log.close();
    const liteRaw = await lite.raw();
    cleanups.push(() => liteRaw.close());
    const liteColumns = await liteRaw.query<{ t: string; c: string }>(
      `select m.name as t, p.name as c from sqlite_master m join pragma_table_info(m.name) p where m.type = 'table' and m.name like 'consent\\_%' escape '\\' and m.name not like 'consent_log%' order by 1, 2`,
    );
    expect(pgColumns.length).toBeGreaterThan(30);
    expect(liteColumns).toEqual(pgColumns);
    expect(await liteRaw.query('pragma journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    const { statSync } = await import('node:fs');
    const file = (lite.database as { sqlite: string }).sqlite;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
  });
});
