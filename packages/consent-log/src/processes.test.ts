import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateConsentLog, openConsentLog } from './index';
import { KEY, makeRecord, postgresDatabase, recordId } from './test/helpers';
import { recount, storedRollups } from './test/recount';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
});

interface Appender {
  readonly proc: ChildProcess;
  readonly acked: Set<number>;
  /** Resolves with `done` when the process finished, or the signal that ended it. */
  readonly ended: Promise<string>;
  readonly ready: Promise<void>;
}

function startAppender(database: unknown, chain: number, first: number, count: number): Appender {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./test/append-child.ts', import.meta.url).pathname, JSON.stringify(database), String(chain), String(first), String(count), '16'],
    { cwd: new URL('..', import.meta.url).pathname, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  cleanups.push(async () => {
    proc.kill('SIGKILL');
  });
  const acked = new Set<number>();
  let done = false;
  let onReady: () => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    if (line === 'ready') onReady();
    else if (line === 'done') done = true;
    else if (line.startsWith('ack ')) acked.add(Number(line.slice(4)));
  });
  const ended = new Promise<string>((resolve) => proc.once('close', (code, signal) => resolve(done ? 'done' : `${signal ?? code}`)));
  return { proc, acked, ended, ready };
}

describe('several server processes on one PostgreSQL log', () => {
  it('C9: 4 processes append on 4 chains at once, one is killed (SIGKILL) mid-batch: every acknowledged record is there once, verify passes, and the rollups equal a recount', async () => {
    const db = await postgresDatabase();
    cleanups.push(() => db.cleanup());
    await migrateConsentLog(db.database);
    // Each process marks its connections, so the test can see its transaction open before the kill.
    const url = new URL((db.database as { postgres: string }).postgres);
    const perProcess = 400;
    // The victim (chain 3) has far more to append than the others, so it is still appending when
    // its open batch is seen, however loaded the machine (a batch is one short statement, and a
    // process with 400 records could finish before the poll caught one).
    const victimCount = 5000;
    const appenders = [0, 1, 2, 3].map((chain) => {
      url.searchParams.set('application_name', `cklog-chain-${chain}`);
      return startAppender(
        { ...(db.database as { postgres: string; schema: string }), postgres: url.toString() },
        chain,
        chain * perProcess + 1,
        chain === 3 ? victimCount : perProcess,
      );
    });
    await Promise.all(appenders.map((a) => a.ready));

    const raw = await db.raw();
    cleanups.push(() => raw.close());
    const victim = appenders[3]!;
    // Kill chain 3's process while it holds an open batch transaction (its head row locked),
    // after some of its records were acknowledged and well before it is done.
    let inBatch = false;
    for (let tries = 0; tries < 4000 && !inBatch; tries++) {
      if (victim.acked.size >= 60) {
        const open = await raw.query<{ n: string | number }>(
          "select count(*) as n from pg_stat_activity where application_name = 'cklog-chain-3' and xact_start is not null and state <> 'idle'",
        );
        inBatch = Number(open[0]!.n) > 0;
      }
      if (!inBatch) await new Promise((r) => setTimeout(r, 2));
    }
    expect(inBatch).toBe(true);
    victim.proc.kill('SIGKILL');
    expect(await victim.ended).toBe('SIGKILL');
    expect(victim.acked.size).toBeLessThan(victimCount);
    expect(await Promise.all(appenders.slice(0, 3).map((a) => a.ended))).toEqual(['done', 'done', 'done']);

    const log = await openConsentLog({ database: db.database, key: KEY });
    cleanups.push(() => log.close());
    const report = await log.verify();
    expect(report.firstBad).toBeUndefined();
    expect(report.chains.map((c) => c.chain)).toEqual([0, 1, 2, 3]);
    const stored = await raw.query<{ record_id: string; chain: number | string }>('select record_id, chain from consent_records');
    const ids = stored.map((r) => r.record_id);
    expect(new Set(ids).size).toBe(ids.length);
    const have = new Set(ids);
    const acked = appenders.flatMap((a) => [...a.acked]);
    expect(acked.filter((n) => !have.has(recordId(n)))).toEqual([]);
    expect(report.records).toBe(3 * perProcess + stored.filter((r) => Number(r.chain) === 3).length);
    for (const [chain, a] of appenders.entries()) {
      expect(stored.filter((r) => Number(r.chain) === chain).length).toBeGreaterThanOrEqual(a.acked.size);
    }

    // The killed process's chain goes on where its last committed batch ended.
    const restarted = await openConsentLog({ database: db.database, key: KEY, chain: 3 });
    cleanups.push(() => restarted.close());
    await restarted.append(makeRecord(10_000));
    const again = await restarted.verify();
    expect(again.ok).toBe(true);
    expect(again.chains[3]!.records).toBe(report.chains[3]!.records + 1);
    // The rollups, kept per chain in each batch's transaction, agree with a full recount: the
    // killed batch's counts went with its rolled-back records.
    const stored_ = await storedRollups(raw);
    expect(Object.keys(stored_).some((k) => k.startsWith('3|'))).toBe(true);
    expect(stored_).toEqual(await recount(raw));
  });
});
