import type { StoredConsentRecord, ConsentSink } from '@cookiekit/core';
import { openBackend, tables, type Backend, type ConsentLogDatabase } from './backend';
import { MAX_CHAIN, createBatchCommitter, createContext, ensureChain, lockAllHeads, type LogContext } from './chain';
import { createKeyring, type ConsentLogKey, type Keyring } from './crypto';
import { ConsentLogClosedError, ConsentLogConfigError, ConsentLogError, ConsentLogUnavailableError, unavailable } from './errors';
import { exportLines, type ExportQuery } from './export';
import { createPostgresCommitter } from './postgres-batch';
import { checkRecord, rowToRecord } from './records';
import { createRetention, type ConsentLogEvent, type EraseReport, type PurgeAnchorReport, type PurgeOptions, type PurgeReport } from './retention';
import { queryInsights, type Insights, type InsightsBucket, type InsightsQuery } from './insights';
import { rebuildRollups } from './rollups';
import { ensureSchema, migrator } from './schema';
import { verifyChain, type VerifyOptions, type VerifyReport } from './verify';
import { createWriter } from './writer';

export type { ConsentLogEvent, EraseReport, ExportQuery, Insights, InsightsBucket, InsightsQuery, PurgeAnchorReport, PurgeOptions, PurgeReport };

/** What `appendMany` wrote. */
export interface AppendManyReport {
  /** Records written. */
  readonly written: number;
  /** Records whose id was already stored (written once, as `append` does). */
  readonly duplicates: number;
}

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
  /**
   * The most records waiting for their batch. Past it, `append` rejects at once with
   * `ConsentLogUnavailableError` (a consent API answers 503 with `Retry-After`), so overload
   * gives quick refusals instead of a queue and latencies that grow without bound. Default
   * 4 × `maxBatchSize`.
   */
  readonly maxQueuedRecords?: number;
  /** The clock (ms since the epoch) for batch and event times and for `purge({ olderThan })`. */
  readonly now?: () => number;
  /**
   * The chain this instance appends to, 0 to 65535. Default 0: one chain, enough for one server
   * process. Several processes appending to one PostgreSQL log each take their own chain (for
   * example the process's index), so none waits for another's head row. Two instances may share
   * a chain (they then take turns on its head). Reading, verifying, purging, erasing and
   * exporting always cover every chain.
   */
  readonly chain?: number;
  /**
   * How many chains this instance appends to at once: `chain`, `chain + 1`, … (default 1). Each
   * batch waits for its commit before its chain's next batch may start; with PostgreSQL, 2–4
   * chains let one process commit batches side by side instead of waiting its turn on one head.
   * SQLite has one writer, so more than one chain only adds batches there. Processes sharing a log
   * take disjoint ranges (process `i` with `chain: i * chains`).
   */
  readonly chains?: number;
  /**
   * Keep the insights' rollups in step with each batch (default `true`). `false` exists to
   * measure their cost: the counts then miss what this instance appends until `rebuildRollups()`.
   */
  readonly rollups?: boolean;
}

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
  /** The first chain this instance appends to. */
  readonly chain: number;
  /** Every chain this instance appends to (`chain` first). */
  readonly chains: readonly number[];
  /** The subject's records from every chain, oldest (received) first (erased ones are gone). */
  history(subject: string): Promise<readonly StoredConsentRecord[]>;
  /** Checks every record, batch link and event of every chain against the key; names the first bad record of each chain. */
  verify(options?: VerifyOptions): Promise<VerifyReport>;
  /** Deletes whole batches committed before the cutoff, in every chain, and records a signed anchor per chain. */
  purge(options: PurgeOptions): Promise<PurgeReport>;
  /** Replaces a subject's personal fields with tombstones, in every chain; the chains still verify. */
  erase(subject: string, options?: { readonly reason?: string }): Promise<EraseReport>;
  /** The records as JSON lines (each ends with `\n`), in log order. */
  exportLines(query: ExportQuery): AsyncIterable<string>;
  /** The purges, erasures and chain openings recorded so far, oldest first. */
  events(): Promise<readonly ConsentLogEvent[]>;
  /**
   * Bulk import: appends the records in batches of `maxBatchSize`, each through the same chain
   * links and rollups as `append`, in turn with the writer's other batches. Every record is
   * checked first; an invalid one rejects with `ConsentLogInputError`, and the batches committed
   * before it stay. Resolves once the last batch is committed.
   */
  appendMany(records: Iterable<StoredConsentRecord> | AsyncIterable<StoredConsentRecord>): Promise<AppendManyReport>;
  /**
   * The aggregates over a time range, per day (UTC by default) or hour, read from the rollups:
   * decisions, methods, categories granted and refused, revisions, languages, regimes, GPC.
   * A bucket with fewer than `k` (default 10) decisions shows no number (C26).
   */
  insights(query: InsightsQuery): Promise<Insights>;
  /** Recomputes the rollups from the records (every chain's head is held meanwhile). Resolves with the records counted. */
  rebuildRollups(): Promise<{ readonly records: number }>;
  /**
   * Commits what is queued, then closes the database. Everything asked of the log afterwards
   * (appends and reads alike) is refused with `ConsentLogClosedError`.
   */
  close(): Promise<void>;
}

async function runMigrations(backend: Backend): Promise<string[]> {
  await ensureSchema(backend.db, backend.dialect, backend.schema);
  const { error, results } = await migrator(backend.db, backend.dialect, backend.schema).migrateToLatest();
  if (error) {
    throw new ConsentLogConfigError(`The consent log migrations failed: ${(error as Error).message ?? String(error)}`, { cause: error });
  }
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  // A log upgraded to rollups gets counts for the records it already holds.
  if (applied.includes('0003_insights')) {
    await backend.write(async (trx) => {
      const q = tables(backend, trx);
      await lockAllHeads(createContext(backend, createKeyring(undefined), Date.now), trx);
      await rebuildRollups(backend, q, trx);
    });
  }
  return applied;
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
  const maxQueued = options.maxQueuedRecords ?? 4 * maxBatchSize;
  if (!(Number.isInteger(maxQueued) && maxQueued >= 1)) throw new ConsentLogConfigError('maxQueuedRecords must be a positive integer.');
  const clock = options.now ?? Date.now;
  const chain = options.chain ?? 0;
  if (!(Number.isInteger(chain) && chain >= 0 && chain <= MAX_CHAIN)) throw new ConsentLogConfigError(`chain must be an integer between 0 and ${MAX_CHAIN}.`);
  const chainCount = options.chains ?? 1;
  if (!(Number.isInteger(chainCount) && chainCount >= 1 && chain + chainCount - 1 <= MAX_CHAIN)) {
    throw new ConsentLogConfigError(`chains must be a positive integer, and chain + chains - 1 at most ${MAX_CHAIN}.`);
  }
  const chains = Object.freeze(Array.from({ length: chainCount }, (_, i) => chain + i));

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
    // A chain after the first is opened once, by a signed event (a writer needs the key).
    if (keyring.currentId !== undefined) {
      for (const c of chains) if (c !== 0) await ensureChain(createContext(backend, keyring, clock, c), c);
    }
  } catch (error) {
    await backend.close().catch(() => undefined);
    if (error instanceof ConsentLogError) throw error;
    throw new ConsentLogUnavailableError(`Cannot open the consent log: ${(error as Error).message}`, { cause: error });
  }

  const rollups = options.rollups ?? true;
  const ctx = createContext(backend, keyring, clock, chain, rollups);
  const { t } = ctx;
  // The writer: consecutive appends are committed as batches, one batch in flight per chain, each
  // batch extending its chain's HMAC links (chain.ts) and the rollups (rollups.ts); purges and
  // erasures run alone, between batches (retention.ts).
  // PostgreSQL commits a batch in one statement (postgres-batch.ts), with the transaction that
  // locks the head as its fallback; SQLite's transaction runs in its writer process in one message.
  const committer = (c: LogContext) => (backend.dialect === 'postgres' ? createPostgresCommitter(c, createBatchCommitter(c)) : createBatchCommitter(c));
  const commit = committer(ctx);
  const commits = [commit, ...chains.slice(1).map((c) => committer(createContext(backend, keyring, clock, c, rollups)))];
  const writer = createWriter({ batchDelayMs, maxBatchSize, maxQueued, commits });
  const retention = createRetention(ctx, (run) => writer.task(run));
  let closing: Promise<void> | undefined;
  // A read after close would reopen SQLite's reader connection, and leave it open.
  const refuseClosed = () => {
    if (writer.closed) throw new ConsentLogClosedError();
  };

  return {
    dialect: backend.dialect,
    chain,
    chains,

    append(record) {
      if (writer.closed) return Promise.reject(new ConsentLogClosedError());
      let receivedMs: number;
      try {
        receivedMs = checkRecord(record);
        ctx.requireKey();
      } catch (error) {
        return Promise.reject(error);
      }
      return writer.append(record, receivedMs);
    },

    async history(subject) {
      refuseClosed();
      if (typeof subject !== 'string' || subject === '') return [];
      try {
        const rows = await t(backend.reader())
          .selectFrom('consent_records')
          .selectAll()
          .where('subject', '=', subject)
          .where('erased', '=', 0)
          .orderBy('received_ms')
          .orderBy('chain')
          .orderBy('seq')
          .execute();
        return rows.map(rowToRecord);
      } catch (error) {
        throw unavailable('read a history', error);
      }
    },

    async verify(options) {
      refuseClosed();
      if (keyring.size === 0) throw new ConsentLogConfigError('The consent log key is not configured: verification needs it.');
      try {
        return await backend.snapshot((trx) => verifyChain(t(trx), keyring, options));
      } catch (error) {
        throw unavailable('verify', error);
      }
    },

    purge: retention.purge,
    erase: retention.erase,
    async events() {
      refuseClosed();
      return retention.events();
    },
    async appendMany(records) {
      refuseClosed();
      ctx.requireKey();
      let written = 0;
      let duplicates = 0;
      let jobs: { record: StoredConsentRecord; receivedMs: number }[] = [];
      const flush = async () => {
        const batch = jobs;
        jobs = [];
        const done = await writer.task(async () => {
          try {
            return await commit(batch);
          } catch (error) {
            throw unavailable(`commit a batch of ${batch.length} record(s)`, error);
          }
        });
        written += done.size;
        duplicates += batch.length - done.size;
      };
      for await (const record of records) {
        jobs.push({ record, receivedMs: checkRecord(record) });
        if (jobs.length >= maxBatchSize) await flush();
      }
      if (jobs.length > 0) await flush();
      return { written, duplicates };
    },

    async insights(query) {
      refuseClosed();
      try {
        return await backend.snapshot((trx) => queryInsights(t(trx), query, backend.dialect));
      } catch (error) {
        throw unavailable('read insights', error);
      }
    },

    rebuildRollups() {
      refuseClosed();
      return writer.task(async () => {
        try {
          return await backend.write(async (trx) => {
            await lockAllHeads(ctx, trx);
            return { records: await rebuildRollups(backend, t(trx), trx) };
          });
        } catch (error) {
          throw unavailable('rebuild the rollups', error);
        }
      });
    },

    exportLines(query) {
      refuseClosed();
      return exportLines(ctx, query);
    },

    close() {
      closing ??= writer.close().then(() => backend.close());
      return closing;
    },
  };
}
