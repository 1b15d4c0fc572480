import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateConsentLog, openConsentLog } from './index';
import { body, serveConsentApi } from './test/api';
import { BACKENDS, KEY, makeRecord, recordId, type Raw } from './test/helpers';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
});

describe.each(BACKENDS)("through @cookiekit/server's consent API on %s", (name, make) => {
  async function setup() {
    const db = await make();
    cleanups.push(() => db.cleanup());
    if (name === 'postgres') await migrateConsentLog(db.database);
    const log = await openConsentLog({ database: db.database, key: KEY });
    cleanups.push(() => log.close());
    const api = await serveConsentApi(log);
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
});
