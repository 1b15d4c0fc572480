import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openConsentLog, runConsentLogCli } from './index';
import { KEY, keepUntilExit, makeRecord, postgresDatabase, recordId, subjectId } from './test/helpers';

const dir = mkdtempSync(join(tmpdir(), 'cookiekit-log-cli-'));
const keyFile = join(dir, 'key');
writeFileSync(keyFile, `${KEY}\n`);
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runConsentLogCli(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env,
  });
  return { code, stdout, stderr };
}

describe('cookiekit-log', () => {
  it('--help lists every command and says where the key comes from; each command has its own help', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['migrate', 'verify', 'purge', 'erase', 'export', 'rebuild-rollups', 'dashboard']) expect(help.stdout).toContain(`  ${command} `);
    expect(help.stdout).toMatch(/COOKIEKIT_LOG_KEY/);
    const verify = await cli(['verify', '--help']);
    expect(verify).toMatchObject({ code: 0 });
    expect(verify.stdout).toMatch(/^Usage: cookiekit-log verify/);
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('wrong usage exits 2 with a message, never a stack trace', async () => {
    const db = join(dir, 'usage.db');
    const cases: [string[], RegExp][] = [
      [[], /Usage: cookiekit-log/],
      [['frobnicate'], /unknown command "frobnicate"/],
      [['verify', '--nope'], /Unknown option '--nope'/],
      [['verify'], /No database/],
      [['verify', '--db', join(dir, 'absent.db'), '--key-file', keyFile], /No consent log at/],
      [['migrate', '--db', db, '--schema', 'x'], /PostgreSQL only/],
      [['verify', '--db', db, '--key-file', join(dir, 'missing-key')], /Cannot read the key file/],
      [['export', '--db', db, '--subject', 'a', '--from', '2020-01-01'], /not both/],
      [['export', '--db', db, '--from', 'someday'], /--from is not a valid time/],
    ];
    expect((await cli(['migrate', '--db', db])).code).toBe(0);
    for (const [args, message] of cases) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await cli(['purge', '--db', db, '--key-file', keyFile]))).toMatchObject({ code: 2, stderr: expect.stringMatching(/exactly one of/) });
    expect((await cli(['erase', '--db', db], { COOKIEKIT_LOG_KEY: KEY }))).toMatchObject({ code: 2, stderr: expect.stringMatching(/--subject/) });
    expect((await cli(['erase', '--db', db, '--subject', 'x']))).toMatchObject({ code: 2, stderr: expect.stringMatching(/No key/) });
    expect((await cli(['verify', '--db', db], { COOKIEKIT_LOG_KEY: 'short' }))).toMatchObject({ code: 2, stderr: expect.stringMatching(/at least 32/) });
  });

  it('C9: migrate, verify, export, erase, purge on a SQLite file; verify exits 1 naming a changed record', async () => {
    const db = join(dir, 'flow.db');
    expect(await cli(['migrate', '--db', db])).toMatchObject({ code: 0, stdout: 'applied: 0001_consent_log, 0002_chains, 0003_insights, 0004_rollup_totals\n' });
    expect(await cli(['migrate', '--db', db])).toMatchObject({ code: 0, stdout: 'up to date\n' });
    let now = Date.UTC(2024, 0, 1);
    const log = await openConsentLog({ database: db, key: KEY, now: () => now });
    for (let n = 1; n <= 20; n++) await log.append(makeRecord(n));
    now = Date.UTC(2026, 0, 1);
    for (let n = 21; n <= 30; n++) await log.append(makeRecord(n));
    await log.close();

    const ok = await cli(['verify', '--db', `sqlite:${db}`, '--key-file', keyFile]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok: 30 records \(0 erased\) in 30 batches, 0 events\nhead: 30:[0-9a-f]{64}\n$/);
    expect(ok.stdout + ok.stderr).not.toContain(KEY);
    const head = /head: (\S+)/.exec(ok.stdout)![1]!;
    expect((await cli(['verify', '--db', db, '--expect-head', head], { COOKIEKIT_LOG_KEY: KEY })).code).toBe(0);

    const exported = await cli(['export', '--db', db, '--subject', subjectId(4)]);
    expect(exported.code).toBe(0);
    expect(exported.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { recordId: string }).recordId)).toEqual([
      recordId(4),
      recordId(14),
      recordId(24),
    ]);

    const erased = await cli(['erase', '--db', db, '--subject', subjectId(4), '--json'], { COOKIEKIT_LOG_KEY: KEY });
    expect(JSON.parse(erased.stdout)).toEqual({ records: 3, event: 1 });
    expect((await cli(['export', '--db', db, '--subject', subjectId(4)])).stdout).toBe('');
    const purged = await cli(['purge', '--db', db, '--before', '2025-01-01T00:00:00Z'], { COOKIEKIT_LOG_KEY: KEY });
    expect(purged).toMatchObject({ code: 0, stdout: expect.stringMatching(/^purged 20 records in 20 batches committed before 2025-01-01T00:00:00.000Z; anchor at record 20 \(event 2\)/) });
    const range = await cli(['export', '--db', db, '--from', '2026-11-20T10:00:25Z']);
    expect(range.stdout.trim().split('\n')).toHaveLength(6);

    const json = await cli(['verify', '--db', db, '--json'], { COOKIEKIT_LOG_KEY: KEY });
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, records: 10, erased: 1, events: 2, anchor: { seq: 20 } });

    const Database = (await import('better-sqlite3')).default;
    const raw = keepUntilExit(new Database(db));
    raw.exec(`update consent_records set categories = '{"marketing":true,"necessary":true,"statistics":true}' where seq = 27`);
    raw.close();
    const bad = await cli(['verify', '--db', db, '--key-file', keyFile]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe(`FAILED at record 27 (${recordId(27)}): changed\nRecord 27 (${recordId(27)}) was changed: its content does not match its tag.\n`);
    expect((await cli(['purge', '--db', db, '--older-than', '1 day'], { COOKIEKIT_LOG_KEY: KEY })).code).toBe(1);
  });

  it('migrates and verifies a PostgreSQL schema', async () => {
    const pg = await postgresDatabase();
    cleanups.push(() => pg.cleanup());
    const { postgres, schema } = pg.database as { postgres: string; schema: string };
    expect(await cli(['migrate', '--json'], { COOKIEKIT_LOG_DB: postgres, COOKIEKIT_LOG_SCHEMA: schema })).toMatchObject({
      code: 0,
      stdout: '{"applied":["0001_consent_log","0002_chains","0003_insights","0004_rollup_totals"]}\n',
    });
    const log = await openConsentLog({ database: pg.database, key: KEY });
    await Promise.all([1, 2, 3].map((n) => log.append(makeRecord(n))));
    await log.close();
    const ok = await cli(['verify', '--db', postgres, '--schema', schema, '--key-file', keyFile]);
    expect(ok).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ok: 3 records/) });
  });

  it('runs as an executable script: shebang, exit code, output', async () => {
    const run = promisify(execFile);
    const script = new URL('./cli.ts', import.meta.url).pathname;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script, '--help'], { cwd: new URL('..', import.meta.url).pathname });
    expect(stdout).toMatch(/^cookiekit-log \d/);
    const failed = await run(process.execPath, ['--import', 'tsx', script, 'verify'], { cwd: new URL('..', import.meta.url).pathname }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringMatching(/No database/) });
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(script, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

describe('cookiekit-log dashboard and rebuild-rollups', () => {
  it('C26: the dashboard refuses to start without credentials, and --insecure-local off loopback', async () => {
    const db = join(dir, 'dash.db');
    expect((await cli(['migrate', '--db', db])).code).toBe(0);
    const none = await cli(['dashboard', '--db', db, '--port', '0']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no default password/);
    const open = await cli(['dashboard', '--db', db, '--port', '0', '--host', '0.0.0.0', '--insecure-local']);
    expect(open.code).toBe(2);
    expect(open.stderr).toMatch(/loopback address only/);
    const weak = await cli(['dashboard', '--db', db, '--port', '0'], { COOKIEKIT_DASHBOARD_TOKEN: 'short' });
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/at least 16 characters/);
  });

  it('C26: the dashboard serves behind its token; rebuild-rollups recomputes the counts', async () => {
    const db = join(dir, 'dash2.db');
    const log = await openConsentLog({ database: db, key: KEY, batchDelayMs: 0 });
    await log.appendMany(Array.from({ length: 12 }, (_, i) => makeRecord(i + 1)));
    await log.close();
    const rebuilt = await cli(['rebuild-rollups', '--db', db, '--json']);
    expect(rebuilt.code).toBe(0);
    expect(JSON.parse(rebuilt.stdout)).toEqual({ records: 12 });
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, 'a-dashboard-token-of-some-length\n');
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['--import', 'tsx', new URL('./cli.ts', import.meta.url).pathname, 'dashboard', '--db', db, '--port', '0', '--token-file', tokenFile], {
      cwd: new URL('..', import.meta.url).pathname,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    cleanups.push(async () => void child.kill('SIGKILL'));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /dashboard: (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('close', () => reject(new Error(`dashboard exited: ${out}`)));
    });
    const range = '?from=2026-11-20&to=2026-11-20';
    expect((await fetch(`${url}${range}`)).status).toBe(401);
    const res = await fetch(`${url}insights.csv${range}&plot=decisions`, { headers: { authorization: 'Bearer a-dashboard-token-of-some-length' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('2026-11-20,12,');
    child.kill('SIGTERM');
    expect(await new Promise((r) => child.once('close', r))).toBe(0);
  });
});
