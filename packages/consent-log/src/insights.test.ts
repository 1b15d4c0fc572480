import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsentLogInputError, migrateConsentLog, openConsentLog, type ConsentLog, type ConsentLogOptions } from './index';
import { BACKENDS, KEY, makeRecord, subjectId, type Raw, type TestDatabase } from './test/helpers';
import { recount, storedRollups } from './test/recount';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
});

const HOUR = 3_600_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20);

/** Record `n` received at `ms`. */
const at = (n: number, ms: number, overrides: Parameters<typeof makeRecord>[1] = {}) =>
  makeRecord(n, { receivedAt: new Date(ms).toISOString(), ...overrides });

describe.each(BACKENDS)('insights on %s', (name, make) => {
  async function setup(options: Partial<ConsentLogOptions> = {}): Promise<{ db: TestDatabase; log: ConsentLog; raw: Raw }> {
    const db = await make();
    cleanups.push(() => db.cleanup());
    if (name === 'postgres') await migrateConsentLog(db.database);
    const log = await openConsentLog({ database: db.database, key: KEY, batchDelayMs: 0, ...options });
    cleanups.push(() => log.close());
    const raw = await db.raw();
    cleanups.push(() => raw.close());
    return { db, log, raw };
  }

  it('rollups are written with each batch and agree with a recount of the records', async () => {
    const { log, raw } = await setup();
    await Promise.all(Array.from({ length: 40 }, (_, i) => log.append(at(i + 1, T0 + i * 1_800_000))));
    await log.appendMany(Array.from({ length: 30 }, (_, i) => at(100 + i, T0 + DAY + i * 60_000, { regime: 'opt-out', region: 'US-CA' })));
    const stored = await storedRollups(raw);
    expect(stored).toEqual(await recount(raw));
    expect(stored[`0|d|${T0}|total|`]).toBe(40);
    expect(stored[`0|d|${T0 + DAY}|regime|opt-out`]).toBe(30);
  });

  it('a purge and an erasure keep the rollups in step; rebuilding gives the same counts', async () => {
    let now = T0;
    const { log, raw } = await setup({ now: () => now });
    for (let i = 0; i < 3; i++) {
      now = T0 + i * DAY;
      await Promise.all(Array.from({ length: 15 }, (_, j) => log.append(at(i * 100 + j + 1, now + j * 1000))));
    }
    now = T0 + 2 * DAY + HOUR;
    const purged = await log.purge({ before: T0 + DAY });
    expect(purged.records).toBe(15);
    expect(await storedRollups(raw)).toEqual(await recount(raw));
    // The subject's choices leave the counts with the records (C9, art. 17).
    const before = (await log.insights({ from: T0, to: T0 + 3 * DAY })).buckets[2]!.total!;
    const erased = await log.erase(subjectId(1));
    expect(erased.records).toBeGreaterThan(0);
    expect(await storedRollups(raw)).toEqual(await recount(raw));
    const after = (await log.insights({ from: T0, to: T0 + 3 * DAY })).buckets[2]!.total!;
    expect(after).toBeLessThan(before);
    const kept = await storedRollups(raw);
    await raw.exec("update consent_rollups set count = count + 5 where dim = 'total'");
    expect(await storedRollups(raw)).not.toEqual(kept);
    expect((await log.rebuildRollups()).records).toBe(30 - erased.records);
    expect(await storedRollups(raw)).toEqual(kept);
    expect((await log.verify()).ok).toBe(true);
  });

  it('C26: a day with fewer than k decisions shows no number; hours only when every hour reaches k', async () => {
    const { log } = await setup();
    // Day 0: 12 decisions in one hour. Day 1: 3 decisions. Day 2: 10 in one hour and 2 in another.
    await log.appendMany([
      ...Array.from({ length: 12 }, (_, i) => at(i + 1, T0 + 9 * HOUR + i * 1000)),
      ...Array.from({ length: 3 }, (_, i) => at(50 + i, T0 + DAY + 9 * HOUR + i * 1000)),
      ...Array.from({ length: 10 }, (_, i) => at(80 + i, T0 + 2 * DAY + 9 * HOUR + i * 1000)),
      ...Array.from({ length: 2 }, (_, i) => at(95 + i, T0 + 2 * DAY + 15 * HOUR + i * 1000)),
    ]);
    const days = await log.insights({ from: T0, to: T0 + 3 * DAY });
    expect(days.k).toBe(10);
    expect(days.buckets.map((b) => b.total)).toEqual([12, null, 12]);
    expect(days.buckets[1]).toMatchObject({ suppressed: true, methods: null, categories: null, gpc: null });
    expect(days.buckets[0]!.methods).toEqual({ 'accept-all': 4, 'reject-all': 4, custom: 4 });
    // Day 2's hours hold 10 and 2: showing them would reveal the 2 (day minus hour).
    expect(days.hoursAvailable).toBe(false);
    await expect(log.insights({ from: T0 + 2 * DAY, to: T0 + 3 * DAY, bucket: 'hour' })).rejects.toThrow(ConsentLogInputError);
    const day0 = await log.insights({ from: T0, to: T0 + DAY });
    expect(day0.hoursAvailable).toBe(true);
    const hours = await log.insights({ from: T0, to: T0 + DAY, bucket: 'hour' });
    expect(hours.buckets).toHaveLength(24);
    expect(hours.buckets[9]!.total).toBe(12);
    // A larger k hides day 0 too.
    expect((await log.insights({ from: T0, to: T0 + DAY, k: 13 })).buckets[0]!.total).toBeNull();
  });

  it('days follow the configured time zone; bad queries are refused', async () => {
    const { log } = await setup();
    // 23:30 UTC on day 0 is already day 1 in Berlin (UTC+1 in November).
    await log.appendMany(Array.from({ length: 10 }, (_, i) => at(i + 1, T0 + 23 * HOUR + 30 * 60_000 + i)));
    const utc = await log.insights({ from: T0, to: T0 + 2 * DAY });
    expect(utc.buckets.map((b) => b.total)).toEqual([10, 0]);
    const berlin = await log.insights({ from: T0, to: T0 + 2 * DAY, timeZone: 'Europe/Berlin' });
    expect(berlin.buckets[0]!.start).toBe(new Date(T0 - HOUR).toISOString());
    expect(berlin.buckets.map((b) => b.total)).toEqual([0, 10, 0]);
    await expect(log.insights({ from: T0, to: T0 + DAY, timeZone: 'Asia/Kolkata' })).rejects.toThrow(/whole number of hours/);
    await expect(log.insights({ from: T0, to: T0 + DAY, timeZone: 'Mars/Base' })).rejects.toThrow(ConsentLogInputError);
    await expect(log.insights({ from: T0 + DAY, to: T0 })).rejects.toThrow(ConsentLogInputError);
    await expect(log.insights({ from: T0, to: T0 + DAY, k: 1 })).rejects.toThrow(ConsentLogInputError);
  });

  it('C26: any time zone\'s days, cut from day rollups and the hours at their edges, equal a recount of the records (property)', async () => {
    const { log } = await setup();
    // 600 records over 400 days from T0 (both daylight-saving changes of the northern and the
    // southern hemisphere), at random instants, several an hour in places.
    const times = fc.sample(fc.integer({ min: T0, max: T0 + 400 * DAY - 1 }), { numRuns: 600, seed: 26 });
    const records = times.map((ms, i) => at(i + 1, ms));
    await log.appendMany(records);
    const zones = ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Sao_Paulo'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...zones),
        fc.integer({ min: -3 * DAY, max: 400 * DAY }),
        fc.integer({ min: HOUR, max: 120 * DAY }),
        fc.constantFrom(2, 10),
        async (timeZone, offset, length, k) => {
          const from = T0 + offset;
          const result = await log.insights({ from, to: from + length, timeZone, k });
          // Buckets tile the range without gap, and each holds what the records say.
          result.buckets.forEach((b, i) => {
            if (i > 0) expect(b.start).toBe(result.buckets[i - 1]!.end);
            const lo = Date.parse(b.start);
            const hi = Date.parse(b.end);
            const inside = records.filter((r) => Date.parse(r.receivedAt) >= lo && Date.parse(r.receivedAt) < hi);
            const methods: Record<string, number> = {};
            for (const r of inside) methods[r.method] = (methods[r.method] ?? 0) + 1;
            if (inside.length > 0 && inside.length < k) expect(b).toMatchObject({ suppressed: true, total: null });
            else expect([b.total, b.methods], `${timeZone} ${b.start}`).toEqual([inside.length, methods]);
          });
        },
      ),
      { numRuns: 60, seed: 2026 },
    );
  });

  it('a record carries its regime and region into the chain; bad ones are refused', async () => {
    const { log, raw } = await setup();
    const record = at(1, T0, { regime: 'opt-out', region: 'US-CA' });
    await log.append(record);
    await log.append(at(2, T0, {}));
    expect(await log.history(record.subject)).toEqual([record]);
    expect((await log.verify()).ok).toBe(true);
    // The digest covers them: changing the region is named.
    await raw.exec("update consent_records set region = 'US-TX' where seq = 1");
    expect((await log.verify()).firstBad).toMatchObject({ kind: 'changed', seq: 1 });
    for (const bad of [{ region: 'us-ca' }, { region: 'US-CA-LA' }, { region: 'USA' }, { region: 'US-' }, { regime: 'maybe' }]) {
      await expect(log.append(at(9, T0, bad as never))).rejects.toThrow(ConsentLogInputError);
    }
  });

  it('C26: every bucket of insights() equals a recount of the records summed over the chains, by day and by hour', async () => {
    const { db, log, raw } = await setup();
    const second = await openConsentLog({ database: db.database, key: KEY, batchDelayMs: 0, chain: 1 });
    cleanups.push(() => second.close());
    // Both chains write into the same hours and days, with every method, category choice,
    // language, regime and revision mixed.
    const mixed = (n: number, ms: number) =>
      at(n, ms, { language: ['en', 'de', 'fr'][n % 3]!, revision: n % 4 === 0 ? '2026-12-01' : '2026-11-01', ...(n % 5 === 0 ? { regime: 'opt-out' as const, region: 'US-CA' } : {}) });
    await log.appendMany(Array.from({ length: 60 }, (_, i) => mixed(i + 1, T0 + (i % 3) * DAY + (i % 2) * HOUR + i * 1000)));
    await second.appendMany(Array.from({ length: 45 }, (_, i) => mixed(500 + i, T0 + (i % 3) * DAY + (i % 2) * HOUR + i * 1000)));
    const counted = await recount(raw);
    const expected = (period: 'h' | 'd', bucket: number) => {
      const out = { total: 0, methods: {} as Record<string, number>, categories: {} as Record<string, { granted: number; refused: number }>, revisions: {} as Record<string, number>, languages: {} as Record<string, number>, regimes: {} as Record<string, number>, gpc: 0 };
      for (const [id, n] of Object.entries(counted)) {
        const [, p, b, dim, key] = id.split('|') as [string, string, string, string, string];
        if (p !== period || Number(b) !== bucket) continue;
        if (dim === 'total') out.total += n;
        else if (dim === 'gpc') out.gpc += n;
        else if (dim === 'granted' || dim === 'refused') (out.categories[key] ??= { granted: 0, refused: 0 })[dim] += n;
        else {
          const map = { method: out.methods, revision: out.revisions, language: out.languages, regime: out.regimes }[dim]!;
          map[key] = (map[key] ?? 0) + n;
        }
      }
      return out;
    };
    const days = await log.insights({ from: T0, to: T0 + 3 * DAY, k: 2 });
    expect(days.buckets.map((b) => b.total)).toEqual([35, 35, 35]);
    for (const b of days.buckets) expect(b).toEqual({ start: b.start, end: b.end, suppressed: false, ...expected('d', Date.parse(b.start)) });
    const hours = await log.insights({ from: T0, to: T0 + 2 * HOUR, bucket: 'hour', k: 2 });
    expect(hours.buckets.map((b) => b.total)).toEqual([18, 17]);
    for (const b of hours.buckets) expect(b).toEqual({ start: b.start, end: b.end, suppressed: false, ...expected('h', Date.parse(b.start)) });
  });
});

describe('rollups after an upgrade (SQLite)', () => {
  it('a log written before migration 0003 gets its counts on open, and still verifies', async () => {
    const [, make] = BACKENDS[0];
    const db = await make();
    cleanups.push(() => db.cleanup());
    let log = await openConsentLog({ database: db.database, key: KEY, batchDelayMs: 0 });
    await log.appendMany(Array.from({ length: 25 }, (_, i) => at(i + 1, T0 + i * HOUR)));
    await log.close();
    // Back to the 0002 shape: no rollups, no regime or region columns.
    const raw = await db.raw();
    await raw.exec('drop table consent_rollups');
    await raw.exec('alter table consent_records drop column regime');
    await raw.exec('alter table consent_records drop column region');
    await raw.exec("delete from consent_log_migrations where name in ('0003_insights', '0004_rollup_totals')");
    await raw.close();
    log = await openConsentLog({ database: db.database, key: KEY });
    cleanups.push(() => log.close());
    const again = await db.raw();
    cleanups.push(() => again.close());
    expect(Object.keys(await storedRollups(again)).length).toBeGreaterThan(0);
    expect(await storedRollups(again)).toEqual(await recount(again));
    expect((await log.verify()).ok).toBe(true);
  });
});

describe('rollups equal a recount over any mix of appends, purges and erasures (SQLite, property)', () => {
  type Op = { kind: 'append'; n: number; day: number; hour: number } | { kind: 'purge'; day: number } | { kind: 'erase'; subject: number } | { kind: 'many'; count: number; day: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('append' as const), n: fc.integer({ min: 1, max: 400 }), day: fc.integer({ min: 0, max: 5 }), hour: fc.integer({ min: 0, max: 23 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('many' as const), count: fc.integer({ min: 1, max: 30 }), day: fc.integer({ min: 0, max: 5 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('purge' as const), day: fc.integer({ min: 0, max: 6 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const), subject: fc.integer({ min: 0, max: 9 }) }) },
  );

  it('rollups == recount, and rebuilding changes nothing', async () => {
    const [, make] = BACKENDS[0];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const db = await make();
        let now = T0;
        const log = await openConsentLog({ database: db.database, key: KEY, batchDelayMs: 0, now: () => now });
        const raw = await db.raw();
        let next = 1000 * ++run;
        try {
          for (const o of ops) {
            if (o.kind === 'append') {
              now = T0 + o.day * DAY + o.hour * HOUR;
              await log.append(at(o.n + 1000 * run, now, o.n % 4 === 0 ? { regime: 'opt-in', region: 'DE' } : {}));
            } else if (o.kind === 'many') {
              now = T0 + o.day * DAY;
              await log.appendMany(Array.from({ length: o.count }, (_, i) => at(next++ + 500, now + i * 97_000)));
            } else if (o.kind === 'purge') {
              now = T0 + 7 * DAY;
              await log.purge({ before: T0 + o.day * DAY });
            } else {
              await log.erase(subjectId(o.subject));
            }
          }
          const stored = await storedRollups(raw);
          expect(stored).toEqual(await recount(raw));
          await log.rebuildRollups();
          expect(await storedRollups(raw)).toEqual(stored);
        } finally {
          await raw.close();
          await log.close();
          await db.cleanup();
        }
      }),
      { numRuns: 15 },
    );
  });
});
