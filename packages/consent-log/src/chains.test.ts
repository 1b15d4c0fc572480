import { createSecretKey } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { openBackend, tables } from './backend';
import { batchMac, eventMac, recordDigest, recordTag } from './crypto';
import { migrateConsentLog, openConsentLog, type ConsentLog, type ConsentLogOptions } from './index';
import { TOMBSTONE } from './records';
import { ensureSchema, migrator } from './schema';
import { BACKENDS, KEY, makeRecord, recordColumns, sqliteDatabase, subjectId, type Raw, type TestDatabase } from './test/helpers';
import { recount, storedRollups } from './test/recount';

/** Columns as they were before migration 0003 (no regime, no region). */
const oldColumns = <T extends { regime: unknown; region: unknown }>({ regime: _regime, region: _region, ...rest }: T) => rest;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
});

/** Writes `count` records in batches of `size` the way the log did before several chains (schema 0001). */
async function writeSingleChainLog(db: TestDatabase, count: number, size: number): Promise<void> {
  const backend = await openBackend(db.database);
  try {
    await ensureSchema(backend.db, backend.dialect, backend.schema);
    const { error } = await migrator(backend.db, backend.dialect, backend.schema).migrateTo('0001_consent_log');
    if (error) throw error;
    const secret = createSecretKey(Buffer.from(KEY));
    const q = tables(backend, backend.db) as unknown as Kysely<any>;
    let prev = 'genesis';
    let batch = 0;
    for (let first = 1; first <= count; first += size) {
      batch++;
      const last = Math.min(count, first + size - 1);
      const digests: string[] = [];
      for (let seq = first; seq <= last; seq++) {
        const record = makeRecord(seq);
        const digest = recordDigest(seq, record);
        digests.push(digest);
        await q
          .insertInto('consent_records')
          .values({ seq, batch, ...oldColumns(recordColumns(record)), received_ms: Date.parse(record.receivedAt), digest, tag: recordTag(secret, digest), erased: 0 })
          .execute();
      }
      const committedAt = new Date(Date.UTC(2026, 10, 20, 11) + batch).toISOString();
      const mac = batchMac(secret, { batch, prev, firstSeq: first, lastSeq: last, committedAt, keyId: 'k1' }, digests);
      await q
        .insertInto('consent_batches')
        .values({ batch, first_seq: first, last_seq: last, count: digests.length, committed_at: committedAt, committed_ms: Date.parse(committedAt), key_id: 'k1', prev, mac })
        .execute();
      prev = mac;
      await q.updateTable('consent_head').set({ batch, seq: last, mac }).where('id', '=', 1).execute();
    }
    // An erasure as written then: tombstone `erased:<seq>`, the event listing { seq, digest }.
    const victims = await q.selectFrom('consent_records').select(['seq', 'digest']).where('subject', '=', subjectId(3)).orderBy('seq').execute();
    await q
      .updateTable('consent_records')
      .set({ ...oldColumns(TOMBSTONE), erased: 1, record_id: sql<string>`'erased:' || cast(seq as text)` })
      .where('subject', '=', subjectId(3))
      .execute();
    const at = '2026-11-21T00:00:00.000Z';
    const detail = JSON.stringify({ records: victims.map((v: any) => ({ digest: v.digest, seq: Number(v.seq) })) });
    const emac = eventMac(secret, { id: 1, kind: 'erase', at, detail, prev: 'genesis', keyId: 'k1' });
    await q.insertInto('consent_events').values({ id: 1, kind: 'erase', at, at_ms: Date.parse(at), detail, key_id: 'k1', prev: 'genesis', mac: emac }).execute();
    await q.updateTable('consent_head').set({ event_id: 1, event_mac: emac }).where('id', '=', 1).execute();
  } finally {
    await backend.close();
  }
}

describe.each(BACKENDS)('several chains on %s', (name, make) => {
  async function database(): Promise<{ db: TestDatabase; raw: Raw }> {
    const db = await make();
    cleanups.push(() => db.cleanup());
    const raw = await db.raw();
    cleanups.push(() => raw.close());
    return { db, raw };
  }
  async function open(db: TestDatabase, options: Partial<ConsentLogOptions> = {}): Promise<ConsentLog> {
    // Several SQLite writers on one file take turns on its lock: wait for it on a busy machine.
    const database = name === 'sqlite' ? { ...(db.database as { sqlite: string }), busyTimeoutMs: 15_000 } : db.database;
    const log = await openConsentLog({ database, key: KEY, ...options });
    cleanups.push(() => log.close());
    return log;
  }

  it('C9: a log written with one chain migrates: its rows become chain 0 and still verify, and new chains join it', async () => {
    const { db, raw } = await database();
    await writeSingleChainLog(db, 25, 10);
    if (name === 'postgres') expect(await migrateConsentLog(db.database)).toEqual({ applied: ['0002_chains', '0003_insights', '0004_rollup_totals'] });
    const zero = await open(db);
    const before = await zero.verify();
    expect(before).toMatchObject({ ok: true, records: 25, erased: 3, batches: 3, events: 1, head: { batch: 3, seq: 25 } });
    expect(before.chains.map((c) => c.chain)).toEqual([0]);
    // Migration 0003 gave the old rows their counts (erased ones count nothing).
    expect(await storedRollups(raw)).toEqual(await recount(raw));
    expect((await storedRollups(raw))[`0|d|${Date.UTC(2026, 10, 20)}|total|`]).toBe(22);
    const one = await open(db, { chain: 1 });
    await Promise.all([zero.append(makeRecord(26)), one.append(makeRecord(27)), one.append(makeRecord(28))]);
    const after = await one.verify();
    expect(after).toMatchObject({ ok: true, records: 28, events: 2 });
    expect(after.chains.map((c) => [c.chain, c.records])).toEqual([
      [0, 26],
      [1, 2],
    ]);
    expect(await zero.events()).toEqual([
      expect.objectContaining({ id: 1, kind: 'erase', records: [3, 13, 23], positions: [0, 0, 0].map((chain, i) => ({ chain, seq: 3 + 10 * i })) }),
      expect.objectContaining({ id: 2, kind: 'chain', chain: 1 }),
    ]);
    // Chain 0's old rows are still checked: a change among them is found.
    await raw.exec("update consent_records set language = 'fr' where chain = 0 and seq = 7");
    expect((await zero.verify()).chains[0]!.firstBad).toMatchObject({ kind: 'changed', chain: 0, seq: 7 });
  });

  it('C9: three chains append at once; verify checks each, names the first bad record of each, and catches a removed or foreign chain', async () => {
    const { db, raw } = await database();
    if (name === 'postgres') await migrateConsentLog(db.database);
    const logs = [await open(db), await open(db, { chain: 1 }), await open(db, { chain: 2 })];
    expect(logs.map((l) => l.chain)).toEqual([0, 1, 2]);
    await Promise.all(
      Array.from({ length: 12 }, async (_, writer) => {
        for (let i = 0; i < 10; i++) await logs[writer % 3]!.append(makeRecord(writer * 10 + i + 1));
      }),
    );
    // The same record id sent to two chains at once is stored once.
    const twice = await Promise.all([logs[1]!.append(makeRecord(500)), logs[2]!.append(makeRecord(500))]);
    expect(twice.map((r) => r.duplicate).sort()).toEqual([false, true]);
    const ok = await logs[0]!.verify();
    expect(ok.ok).toBe(true);
    expect(ok.records).toBe(121);
    expect(ok.chains.map((c) => c.chain)).toEqual([0, 1, 2]);
    expect(ok.chains.map((c) => c.records).reduce((a, b) => a + b)).toBe(121);
    const n = async (where: string) => Number((await raw.query<{ n: string | number }>(`select count(*) as n from consent_records where ${where}`))[0]!.n);
    expect(await n('chain = 1')).toBeGreaterThanOrEqual(40);
    // Each chain numbers its own records from 1.
    expect(await n('seq = 1')).toBe(3);

    // Tampering in chains 1 and 2 is named in each; chain 0 stays ok.
    await raw.exec("update consent_records set language = 'de' where chain = 1 and seq = 5");
    await raw.exec('delete from consent_records where chain = 2 and seq = 9');
    const bad = await logs[0]!.verify();
    expect(bad.ok).toBe(false);
    expect(bad.chains.map((c) => c.ok)).toEqual([true, false, false]);
    expect(bad.chains[1]!.firstBad).toMatchObject({ kind: 'changed', chain: 1, seq: 5 });
    expect(bad.chains[1]!.firstBad!.message).toMatch(/^Chain 1: Record 5/);
    expect(bad.chains[2]!.firstBad).toMatchObject({ kind: 'missing', chain: 2, seq: 9 });
    expect(bad.firstBad).toEqual(bad.chains[1]!.firstBad);
    // A record moved from chain 1 to chain 0, with its position, is not accepted there.
    await raw.exec("update consent_records set language = 'en' where chain = 1 and seq = 5");
    const top0 = Number((await raw.query<{ n: string | number }>('select max(seq) as n from consent_records where chain = 0'))[0]!.n);
    await raw.exec(`update consent_records set chain = 0, seq = ${top0 + 1} where chain = 1 and seq = 1`);
    const moved = await logs[0]!.verify();
    expect(moved.chains[0]!.firstBad).toMatchObject({ kind: 'unchained', chain: 0, seq: top0 + 1 });
    expect(moved.chains[1]!.firstBad).toMatchObject({ kind: 'missing', chain: 1, seq: 1 });
    await raw.exec(`update consent_records set chain = 1, seq = 1 where chain = 0 and seq = ${top0 + 1}`);

    // A whole chain removed (records, batches and head) is still missed: its opening was signed.
    await raw.exec('delete from consent_records where chain = 2');
    await raw.exec('delete from consent_batches where chain = 2');
    await raw.exec('delete from consent_head where id = 3');
    const gone = await logs[0]!.verify();
    expect(gone.chains.map((c) => [c.chain, c.ok])).toEqual([
      [0, true],
      [1, true],
      [2, false],
    ]);
    expect(gone.chains[2]!.firstBad).toMatchObject({ kind: 'head', chain: 2 });
    // Rows of a chain no signed event opened are foreign.
    await raw.exec(
      "insert into consent_records (chain, seq, batch, record_id, subject, revision, policy_hash, method, categories, services, language, gpc, source, decided_at, received_at, received_ms, digest, tag, erased) select 7, seq, batch, 'x' || record_id, subject, revision, policy_hash, method, categories, services, language, gpc, source, decided_at, received_at, received_ms, digest, tag, erased from consent_records where chain = 1 and seq = 2",
    );
    const foreign = await logs[0]!.verify();
    expect(foreign.chains.map((c) => c.chain)).toEqual([0, 1, 2, 7]);
    expect(foreign.chains[3]!.firstBad).toMatchObject({ kind: 'unchained', chain: 7, seq: 2 });
  });

  it('C9: one instance with `chains: 3` commits on each of its chains; every record once, an erasure queued behind appends sees them, verify passes', async () => {
    const { db, raw } = await database();
    if (name === 'postgres') await migrateConsentLog(db.database);
    const log = await open(db, { chain: 4, chains: 3, batchDelayMs: 1, maxBatchSize: 20 });
    expect([log.chain, ...log.chains]).toEqual([4, 4, 5, 6]);
    // Waves of concurrent appends: while one chain's batch commits, the next records go to another.
    for (let wave = 0; wave < 6; wave++) {
      await Promise.all(Array.from({ length: 50 }, (_, i) => log.append(makeRecord(wave * 50 + i + 1))));
    }
    // Not awaited: the erasure runs after these appends' batches, whichever chains take them.
    const late = Array.from({ length: 30 }, (_, i) => log.append(makeRecord(301 + i)));
    const erased = await log.erase(subjectId(7));
    await Promise.all(late);
    const perChain = await raw.query<{ chain: number | string; n: number | string }>('select chain, count(*) as n from consent_records group by chain order by chain');
    expect(perChain.map((r) => Number(r.chain))).toEqual([4, 5, 6]);
    expect(perChain.reduce((sum, r) => sum + Number(r.n), 0)).toBe(330);
    // Subject 7 holds records 7, 17, …, 327: every one of them, the late ones included, was erased.
    expect(erased.records).toBe(33);
    expect(await log.history(subjectId(7))).toEqual([]);
    const report = await log.verify();
    expect(report).toMatchObject({ ok: true, records: 330 });
    expect(report.chains.map((c) => c.chain)).toEqual([0, 4, 5, 6]);
    expect(await storedRollups(raw)).toEqual(await recount(raw));
    // Reopened with other chains, the log still verifies as one.
    await log.close();
    const again = await open(db, { chain: 5 });
    await again.append(makeRecord(400));
    expect(await again.verify()).toMatchObject({ ok: true, records: 331 });
  });

  it('refuses a chain range past the last chain', async () => {
    const { db } = await database();
    if (name === 'postgres') await migrateConsentLog(db.database);
    await expect(open(db, { chain: 65_534, chains: 3 })).rejects.toThrow(/chains must be a positive integer, and chain \+ chains - 1 at most 65535/);
    await expect(open(db, { chains: 0 })).rejects.toThrow(/chains must be a positive integer/);
  });

  it('C9: erasure, purge and export work across chains', async () => {
    const { db, raw } = await database();
    if (name === 'postgres') await migrateConsentLog(db.database);
    let now = Date.UTC(2024, 0, 1);
    const clock = { now: () => now };
    const logs = [await open(db, clock), await open(db, { ...clock, chain: 1 }), await open(db, { ...clock, chain: 2 })];
    // Old batches in chains 0 and 1 only; subject 4 has records in every chain.
    for (let i = 1; i <= 12; i++) await logs[i % 2]!.append(makeRecord(i));
    now = Date.UTC(2026, 0, 1);
    for (let i = 13; i <= 30; i++) await logs[i % 3]!.append(makeRecord(i));

    const erased = await logs[2]!.erase(subjectId(4), { reason: 'art. 17 request' });
    expect(erased.records).toBe(3);
    expect(await logs[0]!.history(subjectId(4))).toEqual([]);
    const events = await logs[0]!.events();
    const erase = events.find((e) => e.kind === 'erase');
    expect(erase).toMatchObject({ kind: 'erase', reason: 'art. 17 request' });
    const positions = erase?.kind === 'erase' ? erase.positions : [];
    expect(new Set(positions.map((p) => p.chain)).size).toBeGreaterThanOrEqual(2);
    const tombstones = await raw.query<{ record_id: string }>('select record_id from consent_records where erased = 1 order by chain, seq');
    expect(tombstones.map((t) => t.record_id).every((id) => /^erased:(\d+:)?\d+$/.test(id))).toBe(true);
    expect((await logs[0]!.verify()).ok).toBe(true);

    const purged = await logs[1]!.purge({ before: Date.UTC(2025, 0, 1) });
    expect(purged.records).toBe(12);
    expect(purged.anchors.map((a) => a.chain)).toEqual([0, 1]);
    expect(purged.anchor).toEqual({ batch: purged.anchors[0]!.batch, seq: purged.anchors[0]!.seq });
    const after = await logs[0]!.verify();
    expect(after.ok).toBe(true);
    expect(after.records).toBe(18);
    expect(after.chains.map((c) => c.anchor !== null)).toEqual([true, true, false]);
    // The anchors are signed: moving chain 1's anchor is caught as a changed event.
    const purge = (await raw.query<{ id: number | string; detail: string }>("select id, detail from consent_events where kind = 'purge'"))[0]!;
    await raw.exec(`update consent_events set detail = '${purge.detail.replace('"chain":1', '"chain":2')}' where id = ${Number(purge.id)}`);
    expect((await logs[0]!.verify()).firstBad).toMatchObject({ kind: 'event', event: Number(purge.id) });
    await raw.exec(`update consent_events set detail = '${purge.detail}' where id = ${Number(purge.id)}`);

    // Export covers every chain, chain by chain, and each line names its chain.
    const lines: { chain: number; seq: number }[] = [];
    for await (const line of logs[0]!.exportLines({})) lines.push(JSON.parse(line) as { chain: number; seq: number });
    expect(lines).toHaveLength(18);
    const keys = lines.map((l) => [l.chain, l.seq] as const);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect(new Set(lines.map((l) => l.chain))).toEqual(new Set([0, 1, 2]));
  });

  it('refuses a chain number out of range', async () => {
    const { db } = await database();
    await expect(openConsentLog({ database: db.database, key: KEY, chain: -1 })).rejects.toThrow(/chain must be an integer/);
    await expect(openConsentLog({ database: db.database, key: KEY, chain: 70_000 })).rejects.toThrow(/chain must be an integer/);
  });
});

describe('several chains, property', () => {
  type Op = { kind: 'append'; chain: number; count: number } | { kind: 'erase'; subject: number } | { kind: 'purge' } | { kind: 'tick' };
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('append' as const), chain: fc.integer({ min: 0, max: 2 }), count: fc.integer({ min: 1, max: 6 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const), subject: fc.integer({ min: 0, max: 9 }) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'purge' as const }) },
    { weight: 2, arbitrary: fc.constant({ kind: 'tick' as const }) },
  );

  it('C9: random appends, purges and erasures on three chains verify; a change in any chain is found in that chain only', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 14 }), fc.nat(), async (ops, pick) => {
        const db = sqliteDatabase();
        const opened: ConsentLog[] = [];
        try {
          let now = Date.UTC(2025, 0, 1);
          const database = { ...(db.database as { sqlite: string }), busyTimeoutMs: 15_000 };
          for (const chain of [0, 1, 2]) opened.push(await openConsentLog({ database, key: KEY, chain, now: () => now }));
          let n = 0;
          for (const o of ops) {
            if (o.kind === 'append') await Promise.all(Array.from({ length: o.count }, () => opened[o.chain]!.append(makeRecord(++n))));
            else if (o.kind === 'erase') await opened[n % 3]!.erase(subjectId(o.subject));
            else if (o.kind === 'purge') await opened[(n + 1) % 3]!.purge({ olderThan: 30 * 24 * 3600 * 1000 });
            else now += 20 * 24 * 3600 * 1000;
          }
          const report = await opened[0]!.verify();
          expect(report.firstBad).toBeUndefined();
          expect(report.chains.map((c) => c.chain)).toEqual([0, 1, 2]);
          const raw = await db.raw();
          let target: { chain: number; seq: number };
          try {
            const live = await raw.query<{ chain: number; seq: number }>('select chain, seq from consent_records where erased = 0 order by chain, seq');
            if (live.length === 0) return;
            target = live[pick % live.length]!;
            await raw.exec(`update consent_records set language = 'xx' where chain = ${target.chain} and seq = ${target.seq}`);
          } finally {
            await raw.close();
          }
          const tampered = await opened[0]!.verify();
          expect(tampered.chains.filter((c) => !c.ok).map((c) => c.chain)).toEqual([target.chain]);
          expect(tampered.chains[target.chain]!.firstBad).toMatchObject({ kind: 'changed', chain: target.chain, seq: target.seq });
        } finally {
          for (const log of opened) await log.close();
          await db.cleanup();
        }
      }),
      { numRuns: 5 },
    );
  });
});
