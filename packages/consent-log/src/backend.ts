import { chmodSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import { ConsentLogConfigError } from './errors';
import type { Dialect, LogDatabase } from './schema';
import { sqliteWriterDialects } from './sqlite-writer';

/**
 * Where the log lives.
 *
 * - a string: `postgres://…` / `postgresql://…` for PostgreSQL, otherwise a SQLite file path
 *   (an optional `sqlite:` or `file:` prefix is removed);
 * - `{ sqlite: path }` with optional `synchronous` (`'full'`, the default, makes every
 *   acknowledged batch survive a power cut; `'normal'` only a process crash) and `busyTimeoutMs`
 *   (default 1000: how long a write waits for another process's lock; SQLite waits synchronously,
 *   so keep it short);
 * - `{ postgres: url | pg connection config }` with optional `schema` (created by the
 *   migrations), `poolSize` (default 10), `connectionTimeoutMs` (default 5000) and
 *   `queryTimeoutMs` (default 15000).
 */
export type ConsentLogDatabase =
  | string
  | {
      readonly sqlite: string;
      readonly synchronous?: 'full' | 'normal';
      readonly busyTimeoutMs?: number;
    }
  | {
      readonly postgres: string | Readonly<Record<string, unknown>>;
      readonly schema?: string;
      readonly poolSize?: number;
      readonly connectionTimeoutMs?: number;
      readonly queryTimeoutMs?: number;
    };

export interface Backend {
  readonly dialect: Dialect;
  readonly schema: string | undefined;
  /** Writes go through this one (SQLite: the single writer connection). */
  readonly db: Kysely<LogDatabase>;
  /** Reads that must not wait behind writes (SQLite: a second connection; PostgreSQL: the pool). */
  readonly reader: () => Kysely<LogDatabase>;
  /** Runs `fn` in a write transaction that holds the chain's lock until commit. */
  write<T>(fn: (trx: Kysely<LogDatabase>) => Promise<T>): Promise<T>;
  /** Runs `fn` on one consistent snapshot. */
  snapshot<T>(fn: (trx: Kysely<LogDatabase>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

type Parsed =
  | { kind: 'sqlite'; file: string; synchronous: 'full' | 'normal'; busyTimeoutMs: number }
  | {
      kind: 'postgres';
      config: Record<string, unknown>;
      schema: string | undefined;
      poolSize: number;
      connectionTimeoutMs: number;
      queryTimeoutMs: number;
    };

/** Reads a database option; throws a `ConsentLogConfigError` saying what is wrong. */
export function parseDatabase(database: ConsentLogDatabase): Parsed {
  if (typeof database === 'string') {
    const text = database.trim();
    if (/^postgres(ql)?:\/\//i.test(text)) return parseDatabase({ postgres: text });
    return parseDatabase({ sqlite: text.replace(/^(sqlite|file):(\/\/)?/i, '') });
  }
  if (database && 'sqlite' in database) {
    const file = database.sqlite;
    if (typeof file !== 'string' || file.trim() === '') throw new ConsentLogConfigError('The SQLite file path is empty.');
    if (file === ':memory:' || file.startsWith('file::memory:')) {
      throw new ConsentLogConfigError('The consent log needs a SQLite file: an in-memory database would lose the proof of consent on exit.');
    }
    const synchronous = database.synchronous ?? 'full';
    if (synchronous !== 'full' && synchronous !== 'normal') throw new ConsentLogConfigError('synchronous must be "full" or "normal".');
    return { kind: 'sqlite', file, synchronous, busyTimeoutMs: positive(database.busyTimeoutMs, 1000, 'busyTimeoutMs') };
  }
  if (database && 'postgres' in database) {
    const { postgres, schema } = database;
    if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
      throw new ConsentLogConfigError(`Invalid PostgreSQL schema name "${schema}": use letters, digits and "_" (at most 63).`);
    }
    const config = typeof postgres === 'string' ? { connectionString: postgres } : { ...postgres };
    return {
      kind: 'postgres',
      config,
      schema,
      poolSize: positive(database.poolSize, 10, 'poolSize'),
      connectionTimeoutMs: positive(database.connectionTimeoutMs, 5000, 'connectionTimeoutMs'),
      queryTimeoutMs: positive(database.queryTimeoutMs, 15000, 'queryTimeoutMs'),
    };
  }
  throw new ConsentLogConfigError('database must be a PostgreSQL URL, a SQLite file path, { sqlite } or { postgres }.');
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new ConsentLogConfigError(`${name} must be a positive number.`);
  return value;
}

async function loadDriver<T>(name: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new ConsentLogConfigError(`The consent log needs the "${name}" package for this database: install it beside @cookiekit/consent-log.`, {
      cause: error,
    });
  }
}

/** Opens the database named by `database`. Nothing is created in PostgreSQL until migrations run. */
export async function openBackend(database: ConsentLogDatabase): Promise<Backend> {
  const parsed = parseDatabase(database);
  return parsed.kind === 'sqlite' ? openSqlite(parsed) : openPostgres(parsed);
}

async function inTransaction<T>(
  db: Kysely<LogDatabase>,
  begin: string,
  fn: (trx: Kysely<LogDatabase>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql.raw(begin).execute(conn);
    let result: T;
    try {
      result = await fn(conn);
    } catch (error) {
      await sql.raw('rollback').execute(conn).catch(() => undefined);
      throw error;
    }
    try {
      await sql.raw('commit').execute(conn);
    } catch (error) {
      await sql.raw('rollback').execute(conn).catch(() => undefined);
      throw error;
    }
    return result;
  });
}

async function openSqlite(parsed: Extract<Parsed, { kind: 'sqlite' }>): Promise<Backend> {
  const require = createRequire(import.meta.url);
  const driver = await loadDriver('better-sqlite3', async () => require.resolve('better-sqlite3'));
  const synchronous = parsed.synchronous === 'full' ? 'FULL' : 'NORMAL';
  const created = !existsSync(parsed.file);
  // Both connections live in a child process (sqlite-writer.ts): a fault of SQLite's mapped
  // files there cannot take this process down.
  const dialects = sqliteWriterDialects({ driver, file: parsed.file, busyTimeoutMs: parsed.busyTimeoutMs, synchronous });
  const db = new Kysely<LogDatabase>({ dialect: dialects.writer });
  try {
    await dialects.ready;
    // Personal data: a file this log creates is readable by its owner only (SQLite gives the
    // -wal and -shm files the same mode).
    if (created) chmodSync(parsed.file, 0o600);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw new ConsentLogConfigError(`Cannot open the SQLite file ${parsed.file}: ${(error as Error).message}`, { cause: error });
  }
  // Reads (history, verify, export) use the read-only connection: in WAL mode they never wait
  // for the writer, and they do not fsync.
  const reader = new Kysely<LogDatabase>({ dialect: dialects.reader });
  return {
    dialect: 'sqlite',
    schema: undefined,
    db,
    reader: () => reader,
    // `immediate` takes the write lock at once: two processes never both read the head and
    // then race to write the next link.
    write: (fn) => inTransaction(db, 'begin immediate', fn),
    snapshot: (fn) => inTransaction(reader, 'begin', fn),
    async close() {
      await reader.destroy();
      await db.destroy();
    },
  };
}

async function openPostgres(parsed: Extract<Parsed, { kind: 'postgres' }>): Promise<Backend> {
  const mod = await loadDriver('pg', () => import('pg'));
  const pg = ((mod as { default?: unknown }).default ?? mod) as typeof import('pg');
  const pool = new pg.Pool({
    max: parsed.poolSize,
    connectionTimeoutMillis: parsed.connectionTimeoutMs,
    query_timeout: parsed.queryTimeoutMs,
    ...parsed.config,
  });
  // A server restart kills idle and checked-out connections alike; the error reaches the next
  // query as a rejected promise. Without these listeners it would crash the process instead.
  const ignore = () => undefined;
  pool.on('error', ignore);
  const listened = new WeakSet<object>();
  const wrapped = {
    async connect() {
      const client = await pool.connect();
      if (!listened.has(client)) {
        listened.add(client);
        client.on('error', ignore);
      }
      return client;
    },
    end: () => pool.end(),
  };
  const db = new Kysely<LogDatabase>({ dialect: new PostgresDialect({ pool: wrapped as never }) });
  return {
    dialect: 'postgres',
    schema: parsed.schema,
    db,
    reader: () => db,
    write: (fn) => inTransaction(db, 'begin', fn),
    snapshot: (fn) => inTransaction(db, 'begin isolation level repeatable read read only', fn),
    close: () => db.destroy(),
  };
}

/** A table's name for raw SQL, quoted and in the configured schema. */
export function qualifiedTable(backend: Pick<Backend, 'schema'>, name: string): string {
  return backend.schema ? `"${backend.schema}"."${name}"` : `"${name}"`;
}

/** The tables of the log, in the configured schema. */
export function tables(backend: Backend, db: Kysely<LogDatabase> | Transaction<LogDatabase>) {
  return backend.schema ? db.withSchema(backend.schema) : db;
}
