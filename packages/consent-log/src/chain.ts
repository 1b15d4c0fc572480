import { canonicalJson, type StoredConsentRecord } from '@cookiekit/core';
import type { KeyObject } from 'node:crypto';
import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import { qualifiedTable, tables, type Backend } from './backend';
import { batchMac, eventMac, recordDigest, recordTag, type Keyring } from './crypto';
import { ConsentLogConfigError } from './errors';
import { pushRecordValues } from './records';
import { applyDeltaRows, batchDeltas, deltaRows, type DeltaRow } from './rollups';
import type { BatchesTable, LogDatabase } from './schema';

/** What every part of an open log shares: its database, key and clock. */
export interface LogContext {
  readonly backend: Backend;
  readonly keyring: Keyring;
  /** The clock (ms since the epoch) for batch and event times. */
  readonly clock: () => number;
  /** The chain this instance appends to (0, the default, unless `chain` was configured). */
  readonly chain: number;
  /** Whether batches keep the rollups (insights) in step; off only to measure their cost. */
  readonly rollups: boolean;
  /** The log's tables on a connection or transaction (in the configured PostgreSQL schema). */
  t(db: Kysely<LogDatabase>): ReturnType<typeof tables>;
  /** The current key; `ConsentLogConfigError` when there is none. */
  requireKey(): { id: string; secret: KeyObject };
}

export function createContext(backend: Backend, keyring: Keyring, clock: () => number, chain = 0, rollups = true): LogContext {
  return {
    backend,
    keyring,
    clock,
    chain,
    rollups,
    t: (db) => tables(backend, db),
    requireKey() {
      const id = keyring.currentId;
      const secret = id === undefined ? undefined : keyring.secret(id);
      if (id === undefined || !secret) throw new ConsentLogConfigError('The consent log key is not configured: appending, purging and erasing need it.');
      return { id, secret };
    },
  };
}

/** The most ids one `in (…)` lookup names, and the page size of reads. */
export const CHUNK = 500;

/** The columns of the hot path's insert, in its order. */
export const RECORD_COLUMNS = [
  'chain',
  'seq',
  'batch',
  'record_id',
  'subject',
  'revision',
  'policy_hash',
  'method',
  'categories',
  'services',
  'language',
  'gpc',
  'source',
  'decided_at',
  'received_at',
  'received_ms',
  'digest',
  'tag',
  'erased',
  'regime',
  'region',
] as const satisfies readonly (keyof LogDatabase['consent_records'])[];

/** The head row of a chain (`consent_head.id` is the chain + 1). */
export const headId = (chain: number) => chain + 1;

/** The highest chain number (chains are 0 to this). */
export const MAX_CHAIN = 65_535;

type HeadRow = { id: number | string; batch: number | string; seq: number | string; mac: string; event_id: number | string; event_mac: string };
const toHead = (head: HeadRow) => ({
  chain: Number(head.id) - 1,
  batch: Number(head.batch),
  seq: Number(head.seq),
  mac: head.mac,
  eventId: Number(head.event_id),
  eventMac: head.event_mac,
});

/**
 * A chain's head row, locked until the transaction ends (PostgreSQL; SQLite has one writer).
 * Only appends to that chain wait for it; row 1 (chain 0) also holds the event chain's head.
 */
export async function lockHead(ctx: LogContext, trx: Kysely<LogDatabase>, chain = 0) {
  let query = ctx.t(trx).selectFrom('consent_head').selectAll().where('id', '=', headId(chain));
  if (ctx.backend.dialect === 'postgres') query = query.forUpdate();
  const head = await query.executeTakeFirst();
  if (!head) {
    throw new ConsentLogConfigError(
      chain === 0
        ? 'The consent log head row is missing: the tables were not created by its migrations.'
        : `The head of chain ${chain} is missing: the chain was not opened by this log.`,
    );
  }
  return toHead(head);
}

/** Every chain's head row, locked in ascending order (so no two such transactions deadlock). */
export async function lockAllHeads(ctx: LogContext, trx: Kysely<LogDatabase>) {
  let query = ctx.t(trx).selectFrom('consent_head').selectAll().orderBy('id');
  if (ctx.backend.dialect === 'postgres') query = query.forUpdate();
  const rows = (await query.execute()).map(toHead);
  if (rows[0]?.chain !== 0) throw new ConsentLogConfigError('The consent log head row is missing: the tables were not created by its migrations.');
  return rows;
}

/**
 * Creates the head of chain `chain` if the log has none yet, and records its opening as a signed
 * event, so removing a whole chain later is detected. Chain 0 always exists.
 */
export async function ensureChain(ctx: LogContext, chain: number): Promise<void> {
  if (chain === 0) return;
  const exists = async (db: Kysely<LogDatabase>) =>
    (await ctx.t(db).selectFrom('consent_head').select('id').where('id', '=', headId(chain)).executeTakeFirst()) !== undefined;
  if (await exists(ctx.backend.reader())) return;
  await ctx.backend.write(async (trx) => {
    const events = await lockHead(ctx, trx, 0);
    if (await exists(trx)) return;
    await ctx.t(trx).insertInto('consent_head').values({ id: headId(chain), batch: 0, seq: 0, mac: 'genesis', event_id: 0, event_mac: 'genesis' }).execute();
    await appendEvent(ctx, trx, events, 'chain', { chain });
  });
}

/** Whether a database error is a unique-key violation (the same record id committed at once by another chain). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return true;
  }
  return false;
}

/** The batch's records by record id, the first of repeated ids only (a batch writes an id once). */
export function firstOfEachId<J extends PendingRecord>(jobs: readonly J[]): Map<string, J> {
  const byId = new Map<string, J>();
  for (const job of jobs) if (!byId.has(job.record.recordId)) byId.set(job.record.recordId, job);
  return byId;
}

/** Commits a batch; resolves with the records written (the others were duplicates). */
export type BatchCommit = <J extends PendingRecord>(jobs: readonly J[]) => Promise<Set<J>>;

/** A record waiting for its batch, with its received time in ms. */
export interface PendingRecord {
  readonly record: StoredConsentRecord;
  readonly receivedMs: number;
}

/** Where a chain stands: its last batch, last record and last batch MAC. */
export interface ChainHead {
  readonly batch: number;
  readonly seq: number;
  readonly mac: string;
}

/** A batch ready to write: the records' values, its batch row, its rollup changes, and the head after it. */
export interface SignedBatch {
  /** Every record's values in RECORD_COLUMNS order, one row after another. */
  readonly params: unknown[];
  readonly batchRow: Readonly<Insertable<BatchesTable>>;
  readonly rollups: readonly DeltaRow[];
  readonly next: ChainHead;
}

/** Numbers, digests, tags and signs `jobs` as the batch after `head` on the context's chain. */
export function signBatch(ctx: LogContext, jobs: readonly PendingRecord[], head: ChainHead, secret: KeyObject, keyId: string): SignedBatch {
  const { chain } = ctx;
  const batch = head.batch + 1;
  const firstSeq = head.seq + 1;
  const lastSeq = firstSeq + jobs.length - 1;
  const committedMs = ctx.clock();
  const committedAt = new Date(committedMs).toISOString();
  const digests: string[] = [];
  // Each row's values in RECORD_COLUMNS order, straight into the statement's parameters:
  // no object per row to build and read back.
  const params: unknown[] = [];
  for (let i = 0; i < jobs.length; i++) {
    const record = jobs[i]!.record;
    const seq = firstSeq + i;
    const digest = recordDigest(seq, record, chain);
    digests.push(digest);
    params.push(chain, seq, batch);
    pushRecordValues(params, record);
    params.push(jobs[i]!.receivedMs, digest, recordTag(secret, digest), 0, record.regime ?? null, record.region ?? null);
  }
  const mac = batchMac(secret, { chain, batch, prev: head.mac, firstSeq, lastSeq, committedAt, keyId }, digests);
  const batchRow = {
    chain,
    batch,
    first_seq: firstSeq,
    last_seq: lastSeq,
    count: jobs.length,
    committed_at: committedAt,
    committed_ms: committedMs,
    key_id: keyId,
    prev: head.mac,
    mac,
  };
  const rollups = ctx.rollups
    ? deltaRows(
        chain,
        batchDeltas(
          jobs.map(({ record: r, receivedMs }) => ({ receivedMs, method: r.method, categories: r.categories, revision: r.revision, language: r.language, regime: r.regime, gpc: r.signals.gpc })),
        ),
      )
    : [];
  return { params, batchRow, rollups, next: { batch, seq: lastSeq, mac } };
}

/**
 * Commits one batch in one transaction: the records not already stored (by record id; the first
 * of repeated ids in the batch), each with its digest and tag, and the batch's MAC chained to
 * the previous one. Resolves with the records written; the others were duplicates.
 */
export function createBatchCommitter(ctx: LogContext): BatchCommit {
  const { backend } = ctx;
  const recordsTable = qualifiedTable(backend, 'consent_records');
  const insertSqlCache = new Map<number, string>();
  const insertSql = (count: number): string => {
    let text = insertSqlCache.get(count);
    if (!text) {
      let p = 0;
      const placeholder = backend.dialect === 'postgres' ? () => `$${++p}` : () => '?';
      const row = () => `(${RECORD_COLUMNS.map(placeholder).join(', ')})`;
      text = `insert into ${recordsTable} (${RECORD_COLUMNS.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: count }, row).join(', ')}`;
      insertSqlCache.set(count, text);
    }
    return text;
  };

  const { chain } = ctx;
  // The general path: one transaction that locks the chain's head, skips record ids already
  // stored, and writes statement by statement (about ten round trips a batch).
  const commitLocked = async <J extends PendingRecord>(jobs: readonly J[]): Promise<Set<J>> => {
    const { id: keyId, secret } = ctx.requireKey();
    return backend.write(async (trx) => {
      const head = await lockHead(ctx, trx, chain);
      const byId = firstOfEachId(jobs);
      const ids = [...byId.keys()];
      const existing = new Set<string>();
      for (let i = 0; i < ids.length; i += CHUNK) {
        const found = await ctx.t(trx).selectFrom('consent_records').select('record_id').where('record_id', 'in', ids.slice(i, i + CHUNK)).execute();
        for (const row of found) existing.add(row.record_id);
      }
      const fresh = [...byId.values()].filter((job) => !existing.has(job.record.recordId));
      if (fresh.length === 0) return new Set();
      const { params, batchRow, rollups } = signBatch(ctx, fresh, head, secret, keyId);
      // The hot path: chunks of 256, 128, …, 1 rows, so a handful of statement texts (built once,
      // prepared once) cover every batch size, without the query builder's per-row work.
      for (let i = 0; i < fresh.length; ) {
        let size = 256;
        while (size > fresh.length - i) size >>= 1;
        const values = i === 0 && size === fresh.length ? params : params.slice(i * RECORD_COLUMNS.length, (i + size) * RECORD_COLUMNS.length);
        await trx.executeQuery(CompiledQuery.raw(insertSql(size), values));
        i += size;
      }
      // The insights' counts, in the same transaction: they cannot disagree with the records.
      await applyDeltaRows(backend, trx, rollups);
      await ctx.t(trx).insertInto('consent_batches').values(batchRow).execute();
      await ctx.t(trx).updateTable('consent_head').set({ batch: batchRow.batch, seq: batchRow.last_seq, mac: batchRow.mac }).where('id', '=', headId(chain)).execute();
      return new Set(fresh);
    });
  };
  // Two chains may commit the same record id at once (a retry sent to another server): the
  // later insert fails on the unique record id, and the batch runs again, now seeing it stored.
  return async (jobs) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await commitLocked(jobs);
      } catch (error) {
        if (attempt >= 3 || !isUniqueViolation(error)) throw error;
      }
    }
  };
}

/** Appends a purge or erasure to the signed event chain, inside the caller's transaction. Returns its id. */
export async function appendEvent(
  ctx: LogContext,
  trx: Kysely<LogDatabase>,
  head: { eventId: number; eventMac: string },
  kind: 'purge' | 'erase' | 'chain',
  detail: Record<string, unknown>,
): Promise<number> {
  const { id: keyId, secret } = ctx.requireKey();
  const id = head.eventId + 1;
  const atMs = ctx.clock();
  const at = new Date(atMs).toISOString();
  const text = canonicalJson(detail);
  const mac = eventMac(secret, { id, kind, at, detail: text, prev: head.eventMac, keyId });
  await ctx.t(trx).insertInto('consent_events').values({ id, kind, at, at_ms: atMs, detail: text, key_id: keyId, prev: head.eventMac, mac }).execute();
  await ctx.t(trx).updateTable('consent_head').set({ event_id: id, event_mac: mac }).where('id', '=', 1).execute();
  return id;
}
