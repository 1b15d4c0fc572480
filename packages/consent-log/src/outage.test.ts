import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateConsentLog, openConsentLog, type ConsentLogOptions } from './index';
import { serveConsentApi } from './test/api';
import { KEY, recordId, sqliteDatabase } from './test/helpers';
import { runLoad } from './test/load';
import { canRunPrivatePostgres, startPrivatePostgres } from './test/private-postgres';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function stored(database: ConsentLogOptions['database']) {
  const log = await openConsentLog({ database, key: KEY, migrate: false });
  try {
    const ids: string[] = [];
    for await (const line of log.exportLines({})) ids.push((JSON.parse(line) as { recordId: string }).recordId);
    return { ids, report: await log.verify() };
  } finally {
    await log.close();
  }
}

describe('the database stops mid-load', () => {
  it.skipIf(!canRunPrivatePostgres())(
    'C9: PostgreSQL stopped and restarted under load: 503 with Retry-After in between, nothing acknowledged lost, each record once, verify passes',
    async () => {
      const pg = await startPrivatePostgres();
      cleanups.push(() => pg.destroy());
      await migrateConsentLog(pg.url);
      const database = { postgres: pg.url, connectionTimeoutMs: 1000, queryTimeoutMs: 5000 };
      const log = await openConsentLog({ database, key: KEY });
      cleanups.push(() => log.close());
      const api = await serveConsentApi(log);
      cleanups.push(() => api.close());

      const outage = { stoppedAt: 0, startedAt: 0 };
      const result = await runLoad({
        total: 800,
        concurrency: 25,
        post: (text) => api.post(text),
        triggerAt: 250,
        during: async () => {
          await pg.stop();
          outage.stoppedAt = Date.now();
          await sleep(400);
          await pg.start();
          outage.startedAt = Date.now();
        },
      });
      expect(result.unexpected).toEqual([]);
      expect(outage.startedAt).toBeGreaterThan(outage.stoppedAt);
      expect(result.unavailable.length).toBeGreaterThan(0);
      expect(result.unavailable.every((u) => u.retryAfter === '1')).toBe(true);
      expect(result.acked.size).toBe(800);
      await log.close();

      const { ids, report } = await stored(database);
      expect(ids.length).toBe(800);
      expect(new Set(ids)).toEqual(result.acked);
      expect(report).toMatchObject({ ok: true, records: 800 });
    },
  );

  it('C9: SQLite site process killed (SIGKILL) under load and restarted: nothing acknowledged lost, each record once, verify passes', async () => {
    const db = sqliteDatabase();
    cleanups.push(() => db.cleanup());
    const file = (db.database as { sqlite: string }).sqlite;
    let child: ChildProcess | undefined;
    let url = '';
    const startChild = async () => {
      const proc = spawn(process.execPath, ['--import', 'tsx', new URL('./test/server-child.ts', import.meta.url).pathname, file], {
        cwd: new URL('..', import.meta.url).pathname,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child = proc;
      cleanups.push(async () => {
        proc.kill('SIGKILL');
      });
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: proc.stdout! }).once('line', resolve);
        proc.once('exit', (code) => reject(new Error(`site process exited with ${code}`)));
      });
      url = line.trim();
    };
    await startChild();
    let killedAt = 0;
    const result = await runLoad({
      total: 800,
      concurrency: 25,
      post: async (text) => {
        const response = await fetch(`${url}/api/consent`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: url },
          body: text,
        });
        return { status: response.status, retryAfter: response.headers.get('retry-after'), json: await response.json() };
      },
      triggerAt: 250,
      during: async () => {
        const dying = child!;
        const exited = new Promise((r) => dying.once('exit', r));
        dying.kill('SIGKILL');
        killedAt = Date.now();
        await exited;
        await startChild();
      },
    });
    expect(killedAt).toBeGreaterThan(0);
    expect(result.unexpected).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
    expect(result.acked.size).toBe(800);
    const last = child!;
    const exited = new Promise((r) => last.once('exit', r));
    last.kill('SIGTERM');
    await exited;

    const { ids, report } = await stored(db.database);
    expect(ids.length).toBe(800);
    expect(new Set(ids)).toEqual(result.acked);
    expect(report).toMatchObject({ ok: true, records: 800 });
  });

  it('C9: SQLite locked by another connection: appends fail fast with 503, then the log resumes with nothing lost', async () => {
    const db = sqliteDatabase();
    cleanups.push(() => db.cleanup());
    const log = await openConsentLog({ database: { ...(db.database as { sqlite: string }), busyTimeoutMs: 50 }, key: KEY });
    cleanups.push(() => log.close());
    const api = await serveConsentApi(log);
    cleanups.push(() => api.close());
    const raw = await db.raw();
    cleanups.push(() => raw.close());
    let locked = false;
    const result = await runLoad({
      total: 600,
      concurrency: 20,
      post: (text) => api.post(text),
      triggerAt: 200,
      during: async () => {
        // The log's writer runs back-to-back batches in its own thread: poll for a gap between
        // two of them (SQLite's busy handler is not fair and could miss every gap).
        await raw.exec('pragma busy_timeout = 0');
        for (let attempt = 0; !locked && attempt < 100_000; attempt++) {
          try {
            await raw.exec('begin exclusive');
            locked = true;
          } catch {
            await new Promise((r) => setImmediate(r));
          }
        }
        await sleep(300);
        await raw.exec('commit');
      },
    });
    expect(locked).toBe(true);
    expect(result.unexpected).toEqual([]);
    expect(result.unavailable.length).toBeGreaterThan(0);
    expect(api.errors.some((e) => /database is locked/.test(e))).toBe(true);
    expect(result.acked.size).toBe(600);
    const ids = (await raw.query<{ record_id: string }>('select record_id from consent_records')).map((r) => r.record_id);
    expect(ids).toHaveLength(600);
    expect(new Set(ids)).toEqual(result.acked);
    expect(result.acked.has(recordId(600))).toBe(true);
    expect((await log.verify()).ok).toBe(true);
  });
});
