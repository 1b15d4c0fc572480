import { Migrator, sql, type ColumnType, type Kysely, type Migration, type RawBuilder } from 'kysely';

/** An integer column: PostgreSQL's `bigint` comes back as a string, SQLite's as a number. */
type Int = ColumnType<number | string, number, number>;

export interface RecordsTable {
  /** The chain the record belongs to (0, the default chain, in a log written by one process). */
  chain: Int;
  /** Its position in that chain. */
  seq: Int;
  batch: Int;
  record_id: string;
  subject: string;
  revision: string;
  policy_hash: string;
  method: string;
  categories: string;
  services: string;
  language: string;
  gpc: Int;
  source: string;
  decided_at: string;
  received_at: string;
  received_ms: Int;
  digest: string;
  tag: string;
  erased: Int;
  /** The regime the server applied (migration 0003; null in rows written before it, or without regions). */
  regime: string | null;
  /** The visitor's country or subdivision (ISO 3166), or null. */
  region: string | null;
}

/**
 * Counts maintained with every batch (migration 0003), per chain so that chains never share a row:
 * `period` is `h` (an hour) or `d` (a UTC day), `bucket` its start in ms, `dim` what is counted
 * (`total`, `method`, `granted`, `refused`, `revision`, `language`, `regime`, `gpc`) and `key`
 * the value counted (a method, a category id, a revision, …; empty for `total` and `gpc`).
 */
export interface RollupsTable {
  chain: Int;
  period: string;
  bucket: Int;
  dim: string;
  key: string;
  count: Int;
}

export interface BatchesTable {
  chain: Int;
  batch: Int;
  first_seq: Int;
  last_seq: Int;
  count: Int;
  committed_at: string;
  committed_ms: Int;
  key_id: string;
  prev: string;
  mac: string;
}

export interface EventsTable {
  id: Int;
  kind: string;
  at: string;
  at_ms: Int;
  detail: string;
  key_id: string;
  prev: string;
  mac: string;
}

/**
 * One row per chain: `id` is the chain number + 1 (row 1, the default chain 0, also holds the
 * head of the event chain; the other rows keep `event_id` 0 and `event_mac` "genesis").
 */
export interface HeadTable {
  id: Int;
  batch: Int;
  seq: Int;
  mac: string;
  event_id: Int;
  event_mac: string;
}

export interface LogDatabase {
  consent_records: RecordsTable;
  consent_batches: BatchesTable;
  consent_events: EventsTable;
  consent_head: HeadTable;
  consent_rollups: RollupsTable;
}

export type Dialect = 'sqlite' | 'postgres';

/** Names of Kysely's own bookkeeping tables for this log's migrations. */
export const MIGRATION_TABLE = 'consent_log_migrations';
export const MIGRATION_LOCK_TABLE = 'consent_log_migrations_lock';

/** The migrations, oldest first. Both backends get the same tables, columns and indexes. */
export function migrations(dialect: Dialect, schema: string | undefined): Record<string, Migration> {
  const big = dialect === 'sqlite' ? 'integer' : 'bigint';
  return {
    '0001_consent_log': {
      async up(db: Kysely<any>) {
        const s = schema ? db.schema.withSchema(schema) : db.schema;
        await s
          .createTable('consent_records')
          .addColumn('seq', big, (c) => c.primaryKey())
          .addColumn('batch', big, (c) => c.notNull())
          .addColumn('record_id', 'text', (c) => c.notNull().unique())
          .addColumn('subject', 'text', (c) => c.notNull())
          .addColumn('revision', 'text', (c) => c.notNull())
          .addColumn('policy_hash', 'text', (c) => c.notNull())
          .addColumn('method', 'text', (c) => c.notNull())
          .addColumn('categories', 'text', (c) => c.notNull())
          .addColumn('services', 'text', (c) => c.notNull())
          .addColumn('language', 'text', (c) => c.notNull())
          .addColumn('gpc', 'integer', (c) => c.notNull())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('decided_at', 'text', (c) => c.notNull())
          .addColumn('received_at', 'text', (c) => c.notNull())
          .addColumn('received_ms', big, (c) => c.notNull())
          .addColumn('digest', 'text', (c) => c.notNull())
          .addColumn('tag', 'text', (c) => c.notNull())
          .addColumn('erased', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await s.createIndex('consent_records_subject').on('consent_records').columns(['subject', 'seq']).execute();
        await s.createIndex('consent_records_received').on('consent_records').columns(['received_ms', 'seq']).execute();
        await s
          .createTable('consent_batches')
          .addColumn('batch', big, (c) => c.primaryKey())
          .addColumn('first_seq', big, (c) => c.notNull())
          .addColumn('last_seq', big, (c) => c.notNull())
          .addColumn('count', 'integer', (c) => c.notNull())
          .addColumn('committed_at', 'text', (c) => c.notNull())
          .addColumn('committed_ms', big, (c) => c.notNull())
          .addColumn('key_id', 'text', (c) => c.notNull())
          .addColumn('prev', 'text', (c) => c.notNull())
          .addColumn('mac', 'text', (c) => c.notNull())
          .execute();
        await s
          .createTable('consent_events')
          .addColumn('id', big, (c) => c.primaryKey())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('at_ms', big, (c) => c.notNull())
          .addColumn('detail', 'text', (c) => c.notNull())
          .addColumn('key_id', 'text', (c) => c.notNull())
          .addColumn('prev', 'text', (c) => c.notNull())
          .addColumn('mac', 'text', (c) => c.notNull())
          .execute();
        await s
          .createTable('consent_head')
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .addColumn('batch', big, (c) => c.notNull())
          .addColumn('seq', big, (c) => c.notNull())
          .addColumn('mac', 'text', (c) => c.notNull())
          .addColumn('event_id', big, (c) => c.notNull())
          .addColumn('event_mac', 'text', (c) => c.notNull())
          .execute();
        await (schema ? db.withSchema(schema) : db)
          .insertInto('consent_head')
          .values({ id: 1, batch: 0, seq: 0, mac: 'genesis', event_id: 0, event_mac: 'genesis' })
          .execute();
      },
    },
    // Several chains: records and batches are keyed by (chain, position in the chain). Rows
    // written before become chain 0, whose digests and links are unchanged, so they verify.
    '0002_chains': {
      async up(db: Kysely<any>) {
        const table = (name: string): RawBuilder<unknown> => (schema ? sql.table(`${schema}.${name}`) : sql.table(name));
        if (dialect === 'postgres') {
          for (const [name, key] of [
            ['consent_records', 'seq'],
            ['consent_batches', 'batch'],
          ] as const) {
            await sql`alter table ${table(name)} add column chain integer not null default 0`.execute(db);
            await sql`alter table ${table(name)} drop constraint ${sql.id(`${name}_pkey`)}`.execute(db);
            await sql`alter table ${table(name)} add constraint ${sql.id(`${name}_pkey`)} primary key (chain, ${sql.id(key)})`.execute(db);
          }
          return;
        }
        // SQLite cannot change a primary key: each table is rebuilt, its rows copied as chain 0.
        await sql.raw(`create table consent_records_new (
          chain integer not null default 0,
          seq integer not null,
          batch integer not null,
          record_id text not null unique,
          subject text not null,
          revision text not null,
          policy_hash text not null,
          method text not null,
          categories text not null,
          services text not null,
          language text not null,
          gpc integer not null,
          source text not null,
          decided_at text not null,
          received_at text not null,
          received_ms integer not null,
          digest text not null,
          tag text not null,
          erased integer not null default 0,
          primary key (chain, seq))`).execute(db);
        const recordCols = 'seq, batch, record_id, subject, revision, policy_hash, method, categories, services, language, gpc, source, decided_at, received_at, received_ms, digest, tag, erased';
        await sql.raw(`insert into consent_records_new (chain, ${recordCols}) select 0, ${recordCols} from consent_records`).execute(db);
        await sql.raw('drop table consent_records').execute(db);
        await sql.raw('alter table consent_records_new rename to consent_records').execute(db);
        await sql.raw('create index consent_records_subject on consent_records (subject, seq)').execute(db);
        await sql.raw('create index consent_records_received on consent_records (received_ms, seq)').execute(db);
        await sql.raw(`create table consent_batches_new (
          chain integer not null default 0,
          batch integer not null,
          first_seq integer not null,
          last_seq integer not null,
          count integer not null,
          committed_at text not null,
          committed_ms integer not null,
          key_id text not null,
          prev text not null,
          mac text not null,
          primary key (chain, batch))`).execute(db);
        const batchCols = 'batch, first_seq, last_seq, count, committed_at, committed_ms, key_id, prev, mac';
        await sql.raw(`insert into consent_batches_new (chain, ${batchCols}) select 0, ${batchCols} from consent_batches`).execute(db);
        await sql.raw('drop table consent_batches').execute(db);
        await sql.raw('alter table consent_batches_new rename to consent_batches').execute(db);
      },
    },
    // Jurisdictions and insights: two nullable record columns (rows already there keep null, and
    // their digests never covered them, so they verify as before) and the rollups, filled from
    // the records present now so that an upgraded log starts with counts that agree.
    '0003_insights': {
      async up(db: Kysely<any>) {
        const table = (name: string): RawBuilder<unknown> => (schema ? sql.table(`${schema}.${name}`) : sql.table(name));
        await sql`alter table ${table('consent_records')} add column regime text`.execute(db);
        await sql`alter table ${table('consent_records')} add column region text`.execute(db);
        await sql`create table ${table('consent_rollups')} (
          chain integer not null,
          period text not null,
          bucket ${sql.raw(big)} not null,
          dim text not null,
          key text not null,
          count ${sql.raw(big)} not null,
          primary key (period, bucket, dim, key, chain))${sql.raw(dialect === 'sqlite' ? ' without rowid' : '')}`.execute(db);
      },
    },
    // One counted value over a range of buckets (the hourly totals that decide whether hours may
    // be shown, the first and last day of the log): a narrow range of this index instead of every
    // counted value of every bucket in the range (which PostgreSQL read as a whole-table scan).
    // An index only: nothing to fill.
    '0004_rollup_totals': {
      async up(db: Kysely<any>) {
        const s = schema ? db.schema.withSchema(schema) : db.schema;
        await s.createIndex('consent_rollups_dim').on('consent_rollups').columns(['period', 'dim', 'bucket']).execute();
      },
    },
  };
}

export function migrator(db: Kysely<any>, dialect: Dialect, schema: string | undefined): Migrator {
  const all = migrations(dialect, schema);
  return new Migrator({
    db,
    provider: { getMigrations: async () => all },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

/** Creates the PostgreSQL schema if one is named (Kysely's migrator needs it to exist). */
export async function ensureSchema(db: Kysely<any>, dialect: Dialect, schema: string | undefined): Promise<void> {
  if (dialect === 'postgres' && schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
}

/** The names of the migrations this version ships, oldest first. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(migrations('sqlite', undefined));
