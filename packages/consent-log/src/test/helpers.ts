import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { canonicalJson, type StoredConsentRecord } from '@cookiekit/core';
import type { ConsentLogDatabase } from '../backend';

const require = createRequire(import.meta.url);

/** A 48-byte test key. */
export const KEY = 'test-key-0123456789abcdefghijklmnopqrstuvwxyzABCD';
export const OTHER_KEY = 'another-key-0123456789abcdefghijklmnopqrstuvwxyz';

const pad = (prefix: string, n: number) => `${prefix}${String(n).padStart(16, '0')}`;
export const recordId = (n: number) => pad('rec_', n);
export const subjectId = (n: number) => pad('subj_', n);

/** A valid stored record; `n` makes its record id, `subject` its subject. */
export function makeRecord(n: number, overrides: Partial<StoredConsentRecord> = {}): StoredConsentRecord {
  return {
    recordId: recordId(n),
    subject: subjectId(n % 10),
    revision: '2026-11-01',
    method: n % 3 === 0 ? 'accept-all' : n % 3 === 1 ? 'reject-all' : 'custom',
    categories: { necessary: true, statistics: n % 2 === 0, marketing: n % 3 === 0 },
    services: { analytics: n % 2 === 0 },
    language: 'en',
    signals: { gpc: n % 5 === 0 },
    source: 'banner',
    decidedAt: '2026-11-20T10:00:00.000Z',
    receivedAt: new Date(Date.UTC(2026, 10, 20, 10, 0, 0) + n * 1000).toISOString(),
    policyHash: 'a'.repeat(64),
    ...overrides,
  };
}

/** Raw SQL on the same database, behind the log's back (the tampering an attacker could do). */
export interface Raw {
  exec(statement: string): Promise<void>;
  query<T = Record<string, unknown>>(statement: string): Promise<T[]>;
  close(): Promise<void>;
}

export interface TestDatabase {
  readonly name: 'sqlite' | 'postgres';
  readonly database: ConsentLogDatabase;
  raw(): Promise<Raw>;
  cleanup(): Promise<void>;
}

// better-sqlite3 12 on Node 24 aborts the process (`Assertion failed: (env) != nullptr`) when the
// collector finalizes one of its databases or statements while the process is shutting down,
// which can end a test worker after its tests passed. Objects still referenced at exit are never
// finalized, so the tests' own in-process connections and statements stay referenced.
const keptUntilExit: object[] = [];
/** Keeps a better-sqlite3 object referenced until the process exits (see above). */
export function keepUntilExit<T extends object>(value: T): T {
  keptUntilExit.push(value);
  return value;
}

export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'cookiekit-log-'));
  const file = join(dir, 'consent.db');
  return {
    name: 'sqlite',
    database: { sqlite: file },
    async raw() {
      const Database = require('better-sqlite3') as typeof import('better-sqlite3');
      const db = keepUntilExit(new Database(file, { timeout: 5000 }));
      return {
        async exec(statement) {
          db.exec(statement);
        },
        async query<T>(statement: string) {
          return keepUntilExit(db.prepare(statement)).all() as T[];
        },
        async close() {
          db.close();
        },
      };
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let pgUrl: string | undefined;
/** The PostgreSQL URL from the project's `ensurePostgres()` (found or started). */
export async function postgresUrl(): Promise<string> {
  if (pgUrl) return pgUrl;
  const script = new URL('../../../../scripts/test-env.mjs', import.meta.url).href;
  const env = (await import(/* @vite-ignore */ script)) as { ensurePostgres(): string };
  pgUrl = env.ensurePostgres();
  return pgUrl;
}

/** A unique schema per test database, dropped on cleanup, so parallel runs never meet. */
export async function postgresDatabase(): Promise<TestDatabase> {
  const url = await postgresUrl();
  const schema = `cklog_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const pg = require('pg') as typeof import('pg');
  const connect = async () => {
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => undefined);
    await client.connect();
    await client.query(`set search_path to ${schema}`);
    return client;
  };
  return {
    name: 'postgres',
    database: { postgres: url, schema },
    async raw() {
      const client = await connect();
      return {
        async exec(statement) {
          await client.query(statement);
        },
        async query<T>(statement: string) {
          return (await client.query(statement)).rows as T[];
        },
        close: () => client.end(),
      };
    },
    async cleanup() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

export const BACKENDS = [
  ['sqlite', async () => sqliteDatabase()],
  ['postgres', postgresDatabase],
] as const satisfies readonly (readonly [string, () => Promise<TestDatabase>])[];

/** A record's stored columns by name (what `rowToRecord` reads back), as a test writes or checks a row. */
export function recordColumns(record: StoredConsentRecord) {
  return {
    record_id: record.recordId,
    subject: record.subject,
    revision: record.revision,
    policy_hash: record.policyHash,
    method: record.method,
    categories: canonicalJson(record.categories),
    services: canonicalJson(record.services),
    language: record.language,
    gpc: record.signals.gpc ? 1 : 0,
    source: record.source,
    decided_at: record.decidedAt,
    received_at: record.receivedAt,
    regime: record.regime ?? null,
    region: record.region ?? null,
  };
}
