import { canonicalJson, type StoredConsentRecord } from '@cookiekit/core';
import type { KeyObject } from 'node:crypto';
import { CompiledQuery, type Kysely } from 'kysely';
import { tables, type Backend } from './backend';
import { batchMac, eventMac, recordDigest, recordTag, type Keyring } from './crypto';
import { ConsentLogConfigError } from './errors';
import { recordColumns } from './records';
import type { LogDatabase } from './schema';

/** What every part of an open log shares: its database, key and clock. */
export interface LogContext {
  readonly backend: Backend;
  readonly keyring: Keyring;
  /** The clock (ms since the epoch) for batch and event times. */
  readonly clock: () => number;
  /** The log's tables on a connection or transaction (in the configured PostgreSQL schema). */
  t(db: Kysely<LogDatabase>): ReturnType<typeof tables>;
  /** The current key; `ConsentLogConfigError` when there is none. */
  requireKey(): { id: string; secret: KeyObject };
}

export function createContext(backend: Backend, keyring: Keyring, clock: () => number): LogContext {
  return {
    backend,
    keyring,
    clock,
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

const RECORD_COLUMNS = [
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
] as const satisfies readonly (keyof LogDatabase['consent_records'])[];

/** The chains' head row, locked until the transaction ends (PostgreSQL; SQLite has one writer). */
export async function lockHead(ctx: LogContext, trx: Kysely<LogDatabase>) {
  let query = ctx.t(trx).selectFrom('consent_head').selectAll().where('id', '=', 1);
  if (ctx.backend.dialect === 'postgres') query = query.forUpdate();
  const head = await query.executeTakeFirst();
  if (!head) throw new ConsentLogConfigError('The consent log head row is missing: the tables were not created by its migrations.');
  return { batch: Number(head.batch), seq: Number(head.seq), mac: head.mac, eventId: Number(head.event_id), eventMac: head.event_mac };
}

/** A record waiting for its batch, with its received time in ms. */
export interface PendingRecord {
  readonly record: StoredConsentRecord;
  readonly receivedMs: number;
}

/**
 * Commits one batch in one transaction: the records not already stored (by record id; the first
 * of repeated ids in the batch), each with its digest and tag, and the batch's MAC chained to
 * the previous one. Resolves with the records written; the others were duplicates.
 */
export function createBatchCommitter(ctx: LogContext): <J extends PendingRecord>(jobs: readonly J[]) => Promise<Set<J>> {
  const { backend } = ctx;
  const recordsTable = backend.schema ? `"${backend.schema}"."consent_records"` : '"consent_records"';
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

  return async (jobs) => {
    const { id: keyId, secret } = ctx.requireKey();
    return backend.write(async (trx) => {
      const head = await lockHead(ctx, trx);
      const byId = new Map<string, (typeof jobs)[number]>();
      for (const job of jobs) if (!byId.has(job.record.recordId)) byId.set(job.record.recordId, job);
      const ids = [...byId.keys()];
      const existing = new Set<string>();
      for (let i = 0; i < ids.length; i += CHUNK) {
        const found = await ctx.t(trx).selectFrom('consent_records').select('record_id').where('record_id', 'in', ids.slice(i, i + CHUNK)).execute();
        for (const row of found) existing.add(row.record_id);
      }
      const fresh = [...byId.values()].filter((job) => !existing.has(job.record.recordId));
      if (fresh.length === 0) return new Set();
      const batch = head.batch + 1;
      const firstSeq = head.seq + 1;
      const committedMs = ctx.clock();
      const committedAt = new Date(committedMs).toISOString();
      const digests: string[] = [];
      const rows = fresh.map((job, i) => {
        const seq = firstSeq + i;
        const digest = recordDigest(seq, job.record);
        digests.push(digest);
        return {
          seq,
          batch,
          ...recordColumns(job.record),
          received_ms: job.receivedMs,
          digest,
          tag: recordTag(secret, digest),
          erased: 0,
        };
      });
      // The hot path: chunks of 256, 128, …, 1 rows, so a handful of statement texts (built once,
      // prepared once) cover every batch size, without the query builder's per-row work.
      for (let i = 0; i < rows.length; ) {
        let size = 256;
        while (size > rows.length - i) size >>= 1;
        const chunk = rows.slice(i, i + size);
        await trx.executeQuery(CompiledQuery.raw(insertSql(size), chunk.flatMap((row) => RECORD_COLUMNS.map((c) => row[c]))));
        i += size;
      }
      const lastSeq = firstSeq + fresh.length - 1;
      const mac = batchMac(secret, { batch, prev: head.mac, firstSeq, lastSeq, committedAt, keyId }, digests);
      await ctx
        .t(trx)
        .insertInto('consent_batches')
        .values({
          batch,
          first_seq: firstSeq,
          last_seq: lastSeq,
          count: fresh.length,
          committed_at: committedAt,
          committed_ms: committedMs,
          key_id: keyId,
          prev: head.mac,
          mac,
        })
        .execute();
      await ctx.t(trx).updateTable('consent_head').set({ batch, seq: lastSeq, mac }).where('id', '=', 1).execute();
      return new Set(fresh);
    });
  };
}

/** Appends a purge or erasure to the signed event chain, inside the caller's transaction. Returns its id. */
export async function appendEvent(
  ctx: LogContext,
  trx: Kysely<LogDatabase>,
  head: { eventId: number; eventMac: string },
  kind: 'purge' | 'erase',
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
