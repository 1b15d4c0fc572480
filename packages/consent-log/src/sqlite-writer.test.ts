// The SQLite writer process's wire: lines read back whole however the pipe splits them, and a
// transaction's writes sent with the next statement whose answer is needed, through a real
// writer process on a real SQLite file.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { lineReader, sqliteWriterDialects } from './sqlite-writer';
import { sqliteDatabase } from './test/helpers';

const require = createRequire(import.meta.url);
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
});

describe('lineReader', () => {
  it('property: any lines, split into chunks anywhere, come back as the same lines in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replaceAll('\n', ' ')), { maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (lines, cuts) => {
          const text = lines.map((l) => `${l}\n`).join('');
          const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const chunks: string[] = [];
          let from = 0;
          for (const c of [...at, text.length]) {
            if (c > from) chunks.push(text.slice(from, c));
            from = Math.max(from, c);
          }
          const seen: string[] = [];
          const read = lineReader((line) => seen.push(line));
          for (const chunk of chunks) read(chunk);
          expect(seen).toEqual(lines);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a 16 MB line in 64 kB chunks in linear time (joining at every chunk was quadratic)', () => {
    const line = 'x'.repeat(16 * 1024 * 1024);
    const seen: number[] = [];
    const read = lineReader((l) => seen.push(l.length));
    const started = performance.now();
    for (let i = 0; i < line.length; i += 65_536) read(line.slice(i, i + 65_536));
    read('\n');
    expect(seen).toEqual([line.length]);
    // Joining at every chunk would copy about 256 × 8 MB = 2 GB and rescan it; this is one copy.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('the writer process', () => {
  async function open() {
    const { sqlite: file } = sqliteDatabase().database as { sqlite: string };
    const dialects = sqliteWriterDialects({ driver: require.resolve('better-sqlite3'), file, busyTimeoutMs: 1000, synchronous: 'FULL' });
    const db = new Kysely<{ t: { id: number; v: string } }>({ dialect: dialects.writer });
    cleanups.push(() => db.destroy());
    await dialects.ready;
    await sql`create table t (id integer primary key, v text not null)`.execute(db);
    // Counts the messages that cross to the writer (each is one round trip).
    let messages = 0;
    const send = dialects.process.send.bind(dialects.process);
    dialects.process.send = (m) => {
      messages++;
      return send(m);
    };
    opened.set(db, dialects);
    return { db, messages: () => messages };
  }
  const opened = new WeakMap<object, ReturnType<typeof sqliteWriterDialects>>();
  const dialectsOf = (db: object) => opened.get(db)!;

  it('a writer killed between queries: the query refused while the next one starts names the signal, and the one after is served', async () => {
    const { db } = await open();
    await db.insertInto('t').values({ id: 1, v: 'one' }).execute();
    const { process: writer } = dialectsOf(db);
    const pid = writer.pid!;
    // Nothing is pending: no query fails at the kill itself.
    process.kill(pid, 'SIGKILL');
    // Seen gone (its exit handled) within a turn of the loop, well inside the 50 ms before a restart.
    while (writer.pid !== undefined) await new Promise((resolve) => setImmediate(resolve));
    await expect(db.selectFrom('t').selectAll().execute()).rejects.toThrow(/stopped \(SIGKILL\) and is restarting/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await db.selectFrom('t').select('v').execute()).toEqual([{ v: 'one' }]);
    expect(writer.pid).not.toBe(pid);
  });

  it("sends a transaction's writes with the commit: one message for begin, 3 inserts, an update and the commit", async () => {
    const { db, messages } = await open();
    const before = messages();
    await db.transaction().execute(async (trx) => {
      for (let id = 1; id <= 3; id++) await trx.insertInto('t').values({ id, v: `v${id}` }).execute();
      await trx.updateTable('t').set({ v: 'changed' }).where('id', '=', 2).execute();
    });
    expect(messages() - before).toBe(1);
    expect(await db.selectFrom('t').selectAll().orderBy('id').execute()).toEqual([
      { id: 1, v: 'v1' },
      { id: 2, v: 'changed' },
      { id: 3, v: 'v3' },
    ]);
  });

  it('a read inside the transaction sees the writes sent before it, in the same message', async () => {
    const { db, messages } = await open();
    const before = messages();
    const seen = await db.transaction().execute(async (trx) => {
      await trx.insertInto('t').values({ id: 7, v: 'seven' }).execute();
      const rows = await trx.selectFrom('t').select('v').where('id', '=', 7).execute();
      await trx.insertInto('t').values({ id: 8, v: 'eight' }).execute();
      return rows;
    });
    expect(seen).toEqual([{ v: 'seven' }]);
    expect(messages() - before).toBe(2);
    expect((await db.selectFrom('t').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual([7, 8]);
  });

  it("a failing write fails the commit with SQLite's code, and nothing of the transaction is kept", async () => {
    const { db } = await open();
    await db.insertInto('t').values({ id: 1, v: 'first' }).execute();
    const failed = db.transaction().execute(async (trx) => {
      await trx.insertInto('t').values({ id: 2, v: 'second' }).execute();
      await trx.insertInto('t').values({ id: 1, v: 'again' }).execute();
      await trx.updateTable('t').set({ v: 'changed' }).execute();
    });
    await expect(failed).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
    expect(await db.selectFrom('t').selectAll().execute()).toEqual([{ id: 1, v: 'first' }]);
    // The connection is usable after the rollback.
    await db.transaction().execute((trx) => trx.insertInto('t').values({ id: 3, v: 'third' }).execute());
    expect((await db.selectFrom('t').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual([1, 3]);
  });
});
