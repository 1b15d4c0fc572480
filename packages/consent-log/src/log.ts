import { canonicalJson, parseDuration, type ConsentSink, type StoredConsentRecord } from '@cookiekit/core';
import type { KeyObject } from 'node:crypto';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { openBackend, tables, type Backend, type ConsentLogDatabase } from './backend';
import { batchMac, createKeyring, eventMac, recordDigest, recordTag, type ConsentLogKey, type Keyring } from './crypto';
import {
  ConsentLogClosedError,
  ConsentLogConfigError,
  ConsentLogError,
  ConsentLogInputError,
  ConsentLogUnavailableError,
} from './errors';
import { TOMBSTONE, checkRecord, recordColumns, rowToExport, rowToRecord, type ExportedRecord } from './records';
import { ensureSchema, migrator, type LogDatabase } from './schema';
import { verifyChain, type PurgeAnchor, type VerifyOptions, type VerifyReport } from './verify';

/** Options of `openConsentLog`. */
export interface ConsentLogOptions {
  /** Where the log lives: a SQLite file (the embedded default) or PostgreSQL. */
  readonly database: ConsentLogDatabase;
  /**
   * The secret of the HMAC chain, at least 32 random bytes, from configuration (an environment
   * variable, a secret manager): never stored in the database. Needed to append, verify, purge
   * and erase; reading and exporting work without it.
   */
  readonly key?: ConsentLogKey;
  /** The id stored beside each batch and event, so keys can be rotated. Default `k1`. */
  readonly keyId?: string;
  /** Earlier keys by id, still needed to verify what they signed. */
  readonly previousKeys?: Readonly<Record<string, ConsentLogKey>>;
  /**
   * Apply pending migrations on open. Default: `true` for SQLite, `false` for PostgreSQL (run
   * `cookiekit-log migrate`, or `migrateConsentLog`, once per deployment).
   */
  readonly migrate?: boolean;
  /** How long the first record of a batch waits for others, in ms. Default 2. */
  readonly batchDelayMs?: number;
  /** The most records one batch commits. Default 500. */
  readonly maxBatchSize?: number;
  /** The clock (ms since the epoch) for batch and event times and for `purge({ olderThan })`. */
  readonly now?: () => number;
}

/** Options of `purge`: give `before` (a time) or `olderThan` (ms, or a duration such as `25 months`). */
export interface PurgeOptions {
  readonly before?: Date | string | number;
  readonly olderThan?: number | string;
  /** Purge even when what would be deleted fails verification (the tampering is then lost). */
  readonly force?: boolean;
}

/** What a purge removed, and the signed anchor the rest now chains from. */
export interface PurgeReport {
  readonly batches: number;
  readonly records: number;
  /** The cutoff: batches committed before it were removed. */
  readonly before: string;
  readonly anchor: { readonly batch: number; readonly seq: number } | null;
  /** The event that records the purge, or null when nothing was old enough. */
  readonly event: number | null;
}

/** What an erasure did. The subject id itself is not kept in the event. */
export interface EraseReport {
  /** Records replaced by a tombstone. */
  readonly records: number;
  /** The event that records the erasure (written even when the subject had no records). */
  readonly event: number;
}

/** A purge or erasure, as recorded in the log's signed event chain. */
export type ConsentLogEvent =
  | {
      readonly id: number;
      readonly kind: 'purge';
      readonly at: string;
      readonly before: string;
      readonly anchor: { readonly batch: number; readonly seq: number };
      readonly batches: number;
      readonly records: number;
    }
  | {
      readonly id: number;
      readonly kind: 'erase';
      readonly at: string;
      readonly records: readonly number[];
      readonly reason?: string;
    };

/** What to export: one subject's history, or everything received in a time range (`from` inclusive, `to` exclusive). */
export type ExportQuery =
  | { readonly subject: string }
  | { readonly from?: Date | string | number; readonly to?: Date | string | number };

/** The consent log: a `ConsentSink` with verification, retention, erasure and export. */
export interface ConsentLog extends ConsentSink {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * Queues the record for the next batch and resolves once that batch is committed. A record id
   * already stored writes nothing and resolves `{ duplicate: true }`. Rejects with
   * `ConsentLogInputError` (invalid record, nothing written) or `ConsentLogUnavailableError`
   * (database down: not acknowledged, retry).
   */
  append(record: StoredConsentRecord): Promise<{ readonly duplicate: boolean }>;
  /** The subject's records, oldest first (erased ones are gone). */
  history(subject: string): Promise<readonly StoredConsentRecord[]>;
  /** Checks every record, batch link and event against the key; names the first bad record. */
  verify(options?: VerifyOptions): Promise<VerifyReport>;
  /** Deletes whole batches committed before the cutoff and records a signed anchor. */
  purge(options: PurgeOptions): Promise<PurgeReport>;
  /** Replaces a subject's personal fields with tombstones; the chain still verifies. */
  erase(subject: string, options?: { readonly reason?: string }): Promise<EraseReport>;
  /** The records as JSON lines (each ends with `\n`), in log order. */
  exportLines(query: ExportQuery): AsyncIterable<string>;
  /** The purges and erasures recorded so far, oldest first. */
  events(): Promise<readonly ConsentLogEvent[]>;
  /** Commits what is queued, then closes the database. */
  close(): Promise<void>;
}

type AppendJob = {
  readonly kind: 'append';
  readonly record: StoredConsentRecord;
  readonly receivedMs: number;
  readonly resolve: (value: { duplicate: boolean }) => void;
  readonly reject: (error: unknown) => void;
};
type TaskJob = {
  readonly kind: 'task';
  readonly run: () => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
};

const CHUNK = 500;

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

function toMs(value: Date | string | number, name: string): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new ConsentLogInputError(`${name} is not a valid time.`);
  return ms;
}

function unavailable(what: string, error: unknown): ConsentLogError {
  if (error instanceof ConsentLogError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ConsentLogUnavailableError(`The consent log could not ${what}: ${message || 'database error'}`, { cause: error });
}

async function lockHead(backend: Backend, trx: Kysely<LogDatabase>) {
  let query = tables(backend, trx).selectFrom('consent_head').selectAll().where('id', '=', 1);
  if (backend.dialect === 'postgres') query = query.forUpdate();
  const head = await query.executeTakeFirst();
  if (!head) throw new ConsentLogConfigError('The consent log head row is missing: the tables were not created by its migrations.');
  return { batch: Number(head.batch), seq: Number(head.seq), mac: head.mac, eventId: Number(head.event_id), eventMac: head.event_mac };
}

async function runMigrations(backend: Backend): Promise<string[]> {
  await ensureSchema(backend.db, backend.dialect, backend.schema);
  const { error, results } = await migrator(backend.db, backend.dialect, backend.schema).migrateToLatest();
  if (error) {
    throw new ConsentLogConfigError(`The consent log migrations failed: ${(error as Error).message ?? String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Creates or updates the log's tables. SQLite logs do this on open; PostgreSQL deployments run it
 * once (`cookiekit-log migrate`). Resolves with the migrations applied now (none when up to date).
 *
 * @example
 * ```ts
 * import { migrateConsentLog } from '@cookiekit/consent-log';
 * const { applied } = await migrateConsentLog(process.env.DATABASE_URL!);
 * ```
 */
export async function migrateConsentLog(database: ConsentLogDatabase): Promise<{ readonly applied: readonly string[] }> {
  const backend = await openBackend(database);
  try {
    return { applied: await runMigrations(backend) };
  } catch (error) {
    throw error instanceof ConsentLogError ? error : new ConsentLogConfigError(`Cannot migrate the consent log: ${(error as Error).message}`, { cause: error });
  } finally {
    await backend.close();
  }
}

/**
 * Opens a consent log: an append-only, tamper-evident `ConsentSink` on SQLite or PostgreSQL.
 *
 * @example
 * ```ts
 * import { openConsentLog } from '@cookiekit/consent-log';
 * const log = await openConsentLog({ database: './data/consent.db', key: process.env.CONSENT_LOG_KEY });
 * await log.append(storedRecord); // resolves once its batch is committed
 * const report = await log.verify(); // report.ok, or report.firstBad names the first bad record
 * ```
 */
export async function openConsentLog(options: ConsentLogOptions): Promise<ConsentLog> {
  const keyring: Keyring = createKeyring(options.key, options.keyId, options.previousKeys);
  const batchDelayMs = options.batchDelayMs ?? 2;
  const maxBatchSize = options.maxBatchSize ?? 500;
  if (!(batchDelayMs >= 0 && batchDelayMs <= 1000)) throw new ConsentLogConfigError('batchDelayMs must be between 0 and 1000.');
  if (!(Number.isInteger(maxBatchSize) && maxBatchSize >= 1 && maxBatchSize <= 10_000)) {
    throw new ConsentLogConfigError('maxBatchSize must be an integer between 1 and 10000.');
  }
  const clock = options.now ?? Date.now;

  const backend = await openBackend(options.database);
  try {
    if (options.migrate ?? backend.dialect === 'sqlite') {
      await runMigrations(backend);
    } else {
      const infos = await migrator(backend.db, backend.dialect, backend.schema).getMigrations();
      if (infos.some((m) => !m.executedAt)) {
        throw new ConsentLogConfigError(
          'The consent log tables are missing or out of date: run `cookiekit-log migrate` (or migrateConsentLog) against this database first.',
        );
      }
    }
  } catch (error) {
    await backend.close().catch(() => undefined);
    if (error instanceof ConsentLogError) throw error;
    throw new ConsentLogUnavailableError(`Cannot open the consent log: ${(error as Error).message}`, { cause: error });
  }

  const t = (db: Kysely<LogDatabase>) => tables(backend, db);
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
  const requireKey = (): { id: string; secret: KeyObject } => {
    const id = keyring.currentId;
    const secret = id === undefined ? undefined : keyring.secret(id);
    if (id === undefined || !secret) throw new ConsentLogConfigError('The consent log key is not configured: appending, purging and erasing need it.');
    return { id, secret };
  };

  // ---- The writer: one job at a time; consecutive appends are committed as one batch. ----
  const queue: (AppendJob | TaskJob)[] = [];
  let queuedAppends = 0;
  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let closing: Promise<void> | undefined;
  let drained: Promise<void> = Promise.resolve();

  const kick = () => {
    if (running || timer || queue.length === 0) return;
    if (queue[0]!.kind === 'task' || queuedAppends >= maxBatchSize || batchDelayMs === 0) {
      drained = drain();
    } else {
      timer = setTimeout(() => {
        timer = undefined;
        drained = drain();
      }, batchDelayMs);
    }
  };

  async function drain(): Promise<void> {
    running = true;
    try {
      while (queue.length > 0) {
        const first = queue[0]!;
        if (first.kind === 'task') {
          queue.shift();
          try {
            first.resolve(await first.run());
          } catch (error) {
            first.reject(error);
          }
          continue;
        }
        const batch: AppendJob[] = [];
        while (batch.length < maxBatchSize && queue[0]?.kind === 'append') batch.push(queue.shift() as AppendJob);
        queuedAppends -= batch.length;
        await commitBatch(batch);
        // Let requests that arrived during the commit join the next batch.
        if (queue.length > 0 && queuedAppends < maxBatchSize) await new Promise((r) => setImmediate(r));
      }
    } finally {
      running = false;
    }
  }

  async function commitBatch(jobs: AppendJob[]): Promise<void> {
    let written: Set<AppendJob>;
    try {
      const { id: keyId, secret } = requireKey();
      written = await backend.write(async (trx) => {
        const head = await lockHead(backend, trx);
        const byId = new Map<string, AppendJob>();
        for (const job of jobs) if (!byId.has(job.record.recordId)) byId.set(job.record.recordId, job);
        const ids = [...byId.keys()];
        const existing = new Set<string>();
        for (let i = 0; i < ids.length; i += CHUNK) {
          const found = await t(trx).selectFrom('consent_records').select('record_id').where('record_id', 'in', ids.slice(i, i + CHUNK)).execute();
          for (const row of found) existing.add(row.record_id);
        }
        const fresh = [...byId.values()].filter((job) => !existing.has(job.record.recordId));
        if (fresh.length === 0) return new Set<AppendJob>();
        const batch = head.batch + 1;
        const firstSeq = head.seq + 1;
        const committedMs = clock();
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
        await t(trx)
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
        await t(trx).updateTable('consent_head').set({ batch, seq: lastSeq, mac }).where('id', '=', 1).execute();
        return new Set(fresh);
      });
    } catch (error) {
      const failure = unavailable(`commit a batch of ${jobs.length} record(s)`, error);
      for (const job of jobs) job.reject(failure);
      return;
    }
    for (const job of jobs) job.resolve({ duplicate: !written.has(job) });
  }

  function task<T>(run: () => Promise<T>): Promise<T> {
    if (closed) return Promise.reject(new ConsentLogClosedError());
    return new Promise<T>((resolve, reject) => {
      queue.push({ kind: 'task', run, resolve: resolve as (v: unknown) => void, reject });
      kick();
    });
  }

  async function appendEvent(
    trx: Kysely<LogDatabase>,
    head: { eventId: number; eventMac: string },
    kind: 'purge' | 'erase',
    detail: Record<string, unknown>,
  ): Promise<number> {
    const { id: keyId, secret } = requireKey();
    const id = head.eventId + 1;
    const atMs = clock();
    const at = new Date(atMs).toISOString();
    const text = canonicalJson(detail);
    const mac = eventMac(secret, { id, kind, at, detail: text, prev: head.eventMac, keyId });
    await t(trx).insertInto('consent_events').values({ id, kind, at, at_ms: atMs, detail: text, key_id: keyId, prev: head.eventMac, mac }).execute();
    await t(trx).updateTable('consent_head').set({ event_id: id, event_mac: mac }).where('id', '=', 1).execute();
    return id;
  }

  const log: ConsentLog = {
    dialect: backend.dialect,

    append(record) {
      if (closed) return Promise.reject(new ConsentLogClosedError());
      let receivedMs: number;
      try {
        receivedMs = checkRecord(record);
        requireKey();
      } catch (error) {
        return Promise.reject(error);
      }
      return new Promise((resolve, reject) => {
        queue.push({ kind: 'append', record, receivedMs, resolve, reject });
        queuedAppends++;
        kick();
      });
    },

    async history(subject) {
      if (typeof subject !== 'string' || subject === '') return [];
      try {
        const rows = await t(backend.reader())
          .selectFrom('consent_records')
          .selectAll()
          .where('subject', '=', subject)
          .where('erased', '=', 0)
          .orderBy('seq')
          .execute();
        return rows.map(rowToRecord);
      } catch (error) {
        throw unavailable('read a history', error);
      }
    },

    async verify(options) {
      if (keyring.size === 0) throw new ConsentLogConfigError('The consent log key is not configured: verification needs it.');
      try {
        return await backend.snapshot((trx) => verifyChain(t(trx), keyring, options));
      } catch (error) {
        throw unavailable('verify', error);
      }
    },

    purge(options) {
      let cutoff: number;
      try {
        if (options.before !== undefined) cutoff = toMs(options.before, 'before');
        else if (typeof options.olderThan === 'number' && options.olderThan >= 0) cutoff = clock() - options.olderThan;
        else if (typeof options.olderThan === 'string' && parseDuration(options.olderThan)) {
          cutoff = clock() - parseDuration(options.olderThan)! * 1000;
        } else throw new ConsentLogInputError('purge needs `before` (a time) or `olderThan` (ms, or a duration such as "25 months").');
        requireKey();
      } catch (error) {
        return Promise.reject(error);
      }
      const before = new Date(cutoff).toISOString();
      return task(async () => {
        try {
          return await backend.write(async (trx): Promise<PurgeReport> => {
            const head = await lockHead(backend, trx);
            const keep = await t(trx)
              .selectFrom('consent_batches')
              .select((eb) => eb.fn.min('batch').as('batch'))
              .where('committed_ms', '>=', cutoff)
              .executeTakeFirst();
            const stopAt = keep?.batch == null ? head.batch + 1 : Number(keep.batch);
            const last = await t(trx)
              .selectFrom('consent_batches')
              .selectAll()
              .where('batch', '<', stopAt)
              .orderBy('batch', 'desc')
              .limit(1)
              .executeTakeFirst();
            if (!last) return { batches: 0, records: 0, before, anchor: null, event: null };
            const anchor: PurgeAnchor = { batch: Number(last.batch), seq: Number(last.last_seq), mac: last.mac };
            if (!options.force) {
              const check = await verifyChain(t(trx), keyring, { untilBatch: anchor.batch });
              if (!check.ok) {
                throw new ConsentLogError(
                  'COOKIEKIT_LOG_TAMPERED',
                  `Refusing to purge: what would be deleted fails verification (${check.firstBad!.message}). Investigate, or purge with force.`,
                  500,
                );
              }
            }
            const records = await t(trx).deleteFrom('consent_records').where('seq', '<=', anchor.seq).executeTakeFirst();
            const batches = await t(trx).deleteFrom('consent_batches').where('batch', '<=', anchor.batch).executeTakeFirst();
            const counts = { batches: Number(batches.numDeletedRows), records: Number(records.numDeletedRows) };
            const event = await appendEvent(trx, head, 'purge', { before, anchor: { ...anchor }, ...counts });
            return { ...counts, before, anchor: { batch: anchor.batch, seq: anchor.seq }, event };
          });
        } catch (error) {
          throw unavailable('purge', error);
        }
      });
    },

    erase(subject, options = {}) {
      if (typeof subject !== 'string' || subject.trim() === '' || subject.length > 256) {
        return Promise.reject(new ConsentLogInputError('erase needs the subject id (a non-empty string).'));
      }
      if (options.reason !== undefined && (typeof options.reason !== 'string' || options.reason.length > 500)) {
        return Promise.reject(new ConsentLogInputError('The erasure reason must be a string of at most 500 characters.'));
      }
      try {
        requireKey();
      } catch (error) {
        return Promise.reject(error);
      }
      return task(async () => {
        try {
          return await backend.write(async (trx): Promise<EraseReport> => {
            const head = await lockHead(backend, trx);
            const rows = await t(trx)
              .selectFrom('consent_records')
              .select(['seq', 'digest'])
              .where('subject', '=', subject)
              .where('erased', '=', 0)
              .orderBy('seq')
              .execute();
            if (rows.length > 0) {
              await t(trx)
                .updateTable('consent_records')
                .set({ ...TOMBSTONE, erased: 1, record_id: sql<string>`'erased:' || cast(seq as text)` })
                .where('subject', '=', subject)
                .where('erased', '=', 0)
                .execute();
            }
            const detail: Record<string, unknown> = { records: rows.map((r) => ({ seq: Number(r.seq), digest: r.digest })) };
            if (options.reason) detail.reason = options.reason;
            const event = await appendEvent(trx, head, 'erase', detail);
            return { records: rows.length, event };
          });
        } catch (error) {
          throw unavailable('erase', error);
        }
      });
    },

    exportLines(query) {
      const reader = () => t(backend.reader());
      let filter: (seqAfter: number) => Promise<ExportedRecord[]>;
      if ('subject' in query && query.subject !== undefined) {
        const subject = query.subject;
        if (typeof subject !== 'string') throw new ConsentLogInputError('export: subject must be a string.');
        filter = async (after) =>
          (
            await reader()
              .selectFrom('consent_records')
              .selectAll()
              .where('subject', '=', subject)
              .where('erased', '=', 0)
              .where('seq', '>', after)
              .orderBy('seq')
              .limit(CHUNK)
              .execute()
          ).map(rowToExport);
      } else {
        const range = query as { from?: Date | string | number; to?: Date | string | number };
        const from = range.from === undefined ? Number.MIN_SAFE_INTEGER : toMs(range.from, 'from');
        const to = range.to === undefined ? Number.MAX_SAFE_INTEGER : toMs(range.to, 'to');
        filter = async (after) =>
          (
            await reader()
              .selectFrom('consent_records')
              .selectAll()
              .where('received_ms', '>=', from)
              .where('received_ms', '<', to)
              .where('seq', '>', after)
              .orderBy('seq')
              .limit(CHUNK)
              .execute()
          ).map(rowToExport);
      }
      return {
        async *[Symbol.asyncIterator]() {
          let after = 0;
          for (;;) {
            let page: ExportedRecord[];
            try {
              page = await filter(after);
            } catch (error) {
              throw unavailable('export', error);
            }
            for (const item of page) yield `${JSON.stringify(item)}\n`;
            if (page.length < CHUNK) return;
            after = page[page.length - 1]!.seq;
          }
        },
      };
    },

    async events() {
      let rows;
      try {
        rows = await t(backend.reader()).selectFrom('consent_events').selectAll().orderBy('id').execute();
      } catch (error) {
        throw unavailable('read events', error);
      }
      return rows.map((row): ConsentLogEvent => {
        const detail = JSON.parse(row.detail) as Record<string, unknown>;
        if (row.kind === 'purge') {
          const anchor = detail.anchor as { batch: number; seq: number };
          return {
            id: Number(row.id),
            kind: 'purge',
            at: row.at,
            before: String(detail.before),
            anchor: { batch: anchor.batch, seq: anchor.seq },
            batches: Number(detail.batches),
            records: Number(detail.records),
          };
        }
        const records = (detail.records as { seq: number }[]).map((r) => r.seq);
        return {
          id: Number(row.id),
          kind: 'erase',
          at: row.at,
          records,
          ...(typeof detail.reason === 'string' ? { reason: detail.reason } : {}),
        };
      });
    },

    close() {
      closed = true;
      closing ??= (async () => {
        if (timer) {
          clearTimeout(timer);
          timer = undefined;
        }
        await drained;
        while (queue.length > 0) {
          if (!running) drained = drain();
          await drained;
        }
        await backend.close();
      })();
      return closing;
    },
  };
  return log;
}
