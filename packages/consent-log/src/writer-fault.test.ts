import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, truncateSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { openConsentLog, type ConsentLogOptions } from './index';
import { KEY, sqliteDatabase } from './test/helpers';
import { runLoad } from './test/load';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function stored(database: ConsentLogOptions['database']) {
  const log = await openConsentLog({ database, key: KEY });
  try {
    const ids: string[] = [];
    for await (const line of log.exportLines({})) ids.push((JSON.parse(line) as { recordId: string }).recordId);
    return { ids, report: await log.verify() };
  } finally {
    await log.close();
  }
}

/** The pids of `parent`'s child processes whose command line contains `marker`. */
function childrenOf(parent: number, marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker)) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** The writer processes of a site, once there is one (up to 10 s). */
async function writersOf(site: number): Promise<number[]> {
  for (let waited = 0; ; waited += 20) {
    const found = childrenOf(site, 'cookiekit-log-writer');
    if (found.length > 0 || waited >= 10_000) return found;
    await sleep(20);
  }
}

/** The site process (server-child.ts) on a SQLite file: its URL, and its exit once it ends. */
async function startSite(
  file: string,
): Promise<{ proc: ChildProcess; url: string; errors: string[]; exit: Promise<{ code: number | null; signal: string | null }> }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', new URL('./test/server-child.ts', import.meta.url).pathname, file], {
    cwd: new URL('..', import.meta.url).pathname,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  createInterface({ input: proc.stderr! }).on('line', (line) => errors.push(line));
  cleanups.push(async () => {
    proc.kill('SIGKILL');
  });
  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', (line) => resolve(line.trim()));
    void exit.then(({ code, signal }) => reject(new Error(`site process exited (${code ?? signal})`)));
  });
  return { proc, url, errors, exit };
}

const post = (url: string) => async (text: string) => {
  const response = await fetch(`${url}/api/consent`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: text });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), json: await response.json() };
};

describe('a fault in the SQLite writer', () => {
  it('C9: the WAL index (-shm) truncated under load (SIGBUS in the writer): the site keeps serving, answers 503 meanwhile, nothing acknowledged is lost, verify passes', async () => {
    const db = sqliteDatabase();
    cleanups.push(() => db.cleanup());
    const file = (db.database as { sqlite: string }).sqlite;
    const site = await startSite(file);
    let truncations = 0;
    const result = await runLoad({
      total: 600,
      concurrency: 20,
      post: post(site.url),
      triggerAt: 150,
      deadlineMs: 30_000,
      during: async () => {
        // Twice, a little apart: each writer that maps the truncated file dies of SIGBUS.
        for (let i = 0; i < 2; i++) {
          truncateSync(`${file}-shm`, 0);
          truncations++;
          await sleep(150);
        }
      },
    });
    expect(truncations).toBe(2);
    expect(site.errors.some((e) => e.includes('SIGBUS'))).toBe(true);
    const alive = await Promise.race([site.exit.then(() => false), sleep(50).then(() => true)]);
    expect(alive).toBe(true);
    expect(result.dropped).toBe(0);
    expect(result.unexpected).toEqual([]);
    expect(result.unavailable.length).toBeGreaterThan(0);
    expect(result.unavailable.every((u) => u.retryAfter === '1')).toBe(true);
    expect(result.acked.size).toBe(600);
    site.proc.kill('SIGTERM');
    await site.exit;

    const { ids, report } = await stored(db.database);
    expect(ids.length).toBe(600);
    expect(new Set(ids)).toEqual(result.acked);
    expect(report).toMatchObject({ ok: true, records: 600 });
  });

  it('C9: the writer process killed (SIGKILL) mid-load: 503 meanwhile, the API comes back by itself, nothing acknowledged lost, each record once', async () => {
    const db = sqliteDatabase();
    cleanups.push(() => db.cleanup());
    const file = (db.database as { sqlite: string }).sqlite;
    const site = await startSite(file);
    const killed: number[] = [];
    const result = await runLoad({
      total: 600,
      concurrency: 20,
      post: post(site.url),
      triggerAt: 150,
      deadlineMs: 30_000,
      during: async () => {
        for (let i = 0; i < 2; i++) {
          // The next writer starts with the next append after a kill: wait for it.
          const writers = await writersOf(site.proc.pid!);
          expect(writers).toHaveLength(1);
          process.kill(writers[0]!, 'SIGKILL');
          killed.push(writers[0]!);
          await sleep(200);
        }
      },
    });
    expect(killed).toHaveLength(2);
    expect(killed[0]).not.toBe(killed[1]);
    // The refusals name the kill, whether it fell on a pending query ("exited (SIGKILL)") or
    // between two ("stopped (SIGKILL) and is restarting").
    expect(site.errors.some((e) => e.includes('SIGKILL'))).toBe(true);
    expect(result.dropped).toBe(0);
    expect(result.unexpected).toEqual([]);
    expect(result.unavailable.length).toBeGreaterThan(0);
    expect(result.acked.size).toBe(600);
    // A new writer serves, and the old ones are gone.
    expect(await writersOf(site.proc.pid!)).toHaveLength(1);
    site.proc.kill('SIGTERM');
    await site.exit;

    const { ids, report } = await stored(db.database);
    expect(ids.length).toBe(600);
    expect(new Set(ids)).toEqual(result.acked);
    expect(report).toMatchObject({ ok: true, records: 600 });
  });
});
