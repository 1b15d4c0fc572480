import { createConsentStore, memoryStorage } from '@cookiekit/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsentLogClosedError, ConsentLogConfigError, ConsentLogInputError, migrateConsentLog, openConsentLog } from './index';
import { TEST_POLICY, body, serveConsentApi } from './test/api';
import { BACKENDS, KEY, makeRecord, recordId, sqliteDatabase, type Raw } from './test/helpers';
import { runLoad } from './test/load';
import { canRunPrivatePostgres, startPrivatePostgres } from './test/private-postgres';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
});

describe.each(BACKENDS)("through @cookiekit/server's consent API on %s", (name, make) => {
  async function setup(options: { readonly now?: () => number } = {}) {
    const db = await make();
    cleanups.push(() => db.cleanup());
    if (name === 'postgres') await migrateConsentLog(db.database);
    const log = await openConsentLog({ database: db.database, key: KEY });
    cleanups.push(() => log.close());
    const api = await serveConsentApi(log, options);
    cleanups.push(() => api.close());
    const raw = await db.raw();
    cleanups.push(() => raw.close());
    return { log, api, raw };
  }
  const rows = async (raw: Raw) => Number((await raw.query<{ n: number | string }>('select count(*) as n from consent_records'))[0]!.n);

  it('C9: stores a valid record (201 once acknowledged), a repeat writes nothing (200), and the server adds time and policy hash', async () => {
    const { api, log, raw } = await setup();
    const record = makeRecord(1);
    expect(await api.post(body(record))).toMatchObject({ status: 201, json: { recordId: recordId(1) } });
    expect(await api.post(body(record))).toMatchObject({ status: 200, json: { duplicate: true } });
    expect(await rows(raw)).toBe(1);
    const [stored] = await log.history(record.subject);
    expect(stored).toMatchObject({ recordId: recordId(1), policyHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(Math.abs(Date.parse(stored!.receivedAt) - Date.now())).toBeLessThan(60_000);
    expect((await log.verify()).ok).toBe(true);
  });

  it('C9: overload: past maxQueuedRecords the API answers 503 with Retry-After at once, and what it acknowledged is all stored', async () => {
    const db = await make();
    cleanups.push(() => db.cleanup());
    if (name === 'postgres') await migrateConsentLog(db.database);
    const log = await openConsentLog({ database: db.database, key: KEY, maxBatchSize: 10, maxQueuedRecords: 10, batchDelayMs: 5 });
    cleanups.push(() => log.close());
    const api = await serveConsentApi(log);
    cleanups.push(() => api.close());
    const result = await runLoad({ total: 150, concurrency: 40, post: (text) => api.post(text), retryDelayMs: 10 });
    expect(result.unexpected).toEqual([]);
    expect(result.unavailable.length).toBeGreaterThan(0);
    expect(result.unavailable.every((u) => u.retryAfter === '1')).toBe(true);
    expect(api.errors.some((e) => /overloaded/.test(e))).toBe(true);
    expect(result.acked.size).toBe(150);
    expect(await log.verify()).toMatchObject({ ok: true, records: 150 });
    await expect(openConsentLog({ database: db.database, key: KEY, maxQueuedRecords: 0 })).rejects.toThrow(/maxQueuedRecords/);
  });

  it('C9: bad bodies are refused with 400 or 413 and nothing is written', async () => {
    const { api, raw, log } = await setup();
    const good = JSON.parse(body(makeRecord(2))) as Record<string, unknown>;
    const bad: [string, number][] = [
      ['', 400],
      ['not json', 400],
      ['[]', 400],
      ['null', 400],
      [JSON.stringify({ ...good, ip: '203.0.113.7' }), 400],
      [JSON.stringify({ ...good, receivedAt: '2020-01-01T00:00:00.000Z' }), 400],
      [JSON.stringify({ ...good, revision: '1999-01-01' }), 400],
      [JSON.stringify({ ...good, categories: { tracking: true } }), 400],
      [JSON.stringify({ ...good, services: { unknown: true } }), 400],
      [JSON.stringify({ ...good, recordId: 'x' }), 400],
      [JSON.stringify({ ...good, method: 'sure' }), 400],
      [JSON.stringify({ ...good, language: 'en<script>' }), 400],
      [JSON.stringify({ ...good, padding: 'x'.repeat(10_000) }), 413],
      // C9: keys a schema would skip are refused whole, not dropped while the rest is stored.
      [JSON.stringify(good).replace('"categories":{', '"categories":{"__proto__":true,'), 400],
      [JSON.stringify(good).replace('"services":{', '"services":{"__proto__":{"statistics":true},'), 400],
    ];
    for (const [text, status] of bad) {
      const answer = await api.post(text);
      expect(answer.status, text.slice(0, 60)).toBe(status);
    }
    expect(await rows(raw)).toBe(0);
    expect((await log.verify()).records).toBe(0);
  });

  it('C9: any body gets 201, 200, 400 or 413, never a 5xx; the log holds exactly the acknowledged records', async () => {
    const { api, raw, log } = await setup();
    const good = JSON.parse(body(makeRecord(3))) as Record<string, unknown>;
    const mutated = fc
      .tuple(fc.integer({ min: 100, max: 10_000 }), fc.constantFrom(...Object.keys(good)), fc.jsonValue())
      .map(([n, key, value]) => JSON.stringify({ ...(JSON.parse(body(makeRecord(n))) as object), [key]: value }));
    const acked = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), mutated, fc.integer({ min: 100, max: 10_000 }).map((n) => body(makeRecord(n)))), async (text) => {
        const answer = await api.post(text);
        expect([200, 201, 400, 413]).toContain(answer.status);
        if (answer.status === 201) acked.add(String(answer.json.recordId));
      }),
      { numRuns: name === 'sqlite' ? 150 : 80 },
    );
    expect(acked.size).toBeGreaterThan(0);
    const stored = await raw.query<{ record_id: string }>('select record_id from consent_records');
    expect(new Set(stored.map((r) => r.record_id))).toEqual(acked);
    expect((await log.verify()).ok).toBe(true);
  });

  it('C9: a record the log refuses as invalid is answered 400, which the browser does not retry; nothing written', async () => {
    // A server clock past year 9999 makes a receivedAt (`+010000-…`) the log refuses as invalid.
    const { api, raw, log } = await setup({ now: () => Date.UTC(10_000, 0, 1) });
    const record = makeRecord(4);
    await expect(log.append({ ...record, receivedAt: new Date(Date.UTC(10_000, 0, 1)).toISOString() })).rejects.toBeInstanceOf(ConsentLogInputError);
    const answer = await api.post(body(record));
    expect(answer).toMatchObject({ status: 400, retryAfter: null, json: { error: 'sink-refused' } });
    expect(String(answer.json.message)).toContain('receivedAt');
    expect(api.errors.some((line) => line.includes('refused the record (400)'))).toBe(true);
    expect(await rows(raw)).toBe(0);
  });

  it('C9: a closed log (ConsentLogClosedError, 503) is answered 503 with Retry-After, for records and histories', async () => {
    const { api, log } = await setup();
    await log.close();
    await expect(log.append(makeRecord(5))).rejects.toBeInstanceOf(ConsentLogClosedError);
    expect(await api.post(body(makeRecord(5)))).toMatchObject({ status: 503, retryAfter: '1', json: { error: 'sink-unavailable' } });
    const cookie = grantedCookie();
    expect(await api.history(cookie.split('~')[2]!, cookie)).toMatchObject({ status: 503, retryAfter: '1' });
  });
});

/** A consent cookie value for TEST_POLICY, as the browser store writes it. */
function grantedCookie(): string {
  const storage = memoryStorage();
  createConsentStore({ policy: TEST_POLICY, storage, signals: {} }).acceptAll();
  return storage.value!;
}

describe("the consent API's answer to a log that cannot store", () => {
  it('C9: a log opened without its key (ConsentLogConfigError, 500) is answered 503 with Retry-After: an operator can fix it, so the browser retries', async () => {
    const db = sqliteDatabase();
    cleanups.push(() => db.cleanup());
    const log = await openConsentLog({ database: db.database });
    cleanups.push(() => log.close());
    await expect(log.append(makeRecord(6))).rejects.toBeInstanceOf(ConsentLogConfigError);
    const api = await serveConsentApi(log);
    cleanups.push(() => api.close());
    expect(await api.post(body(makeRecord(6)))).toMatchObject({ status: 503, retryAfter: '1' });
  });

  it.skipIf(!canRunPrivatePostgres())(
    'C9: PostgreSQL stopped: 503 with Retry-After for records and histories; once restarted, 201 and the history is read',
    async () => {
      const pg = await startPrivatePostgres();
      cleanups.push(() => pg.destroy());
      await migrateConsentLog(pg.url);
      const log = await openConsentLog({ database: { postgres: pg.url, connectionTimeoutMs: 1000, queryTimeoutMs: 5000 }, key: KEY });
      cleanups.push(() => log.close());
      const api = await serveConsentApi(log);
      cleanups.push(() => api.close());
      const cookie = grantedCookie();
      const subject = cookie.split('~')[2]!;
      const record = { ...makeRecord(7), subject };

      await pg.stop();
      expect(await api.post(body(record))).toMatchObject({ status: 503, retryAfter: '1', json: { error: 'sink-unavailable' } });
      expect(await api.history(subject, cookie)).toMatchObject({ status: 503, retryAfter: '1' });
      await pg.start();
      expect(await api.post(body(record))).toMatchObject({ status: 201 });
      const history = await api.history(subject, cookie);
      expect(history.status).toBe(200);
      expect((history.json.records as { recordId: string }[]).map((r) => r.recordId)).toEqual([record.recordId]);
    },
  );
});
