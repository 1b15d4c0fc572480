import { parseDuration } from '@cookiekit/core';
import { sql } from 'kysely';
import { appendEvent, lockHead, type LogContext } from './chain';
import { ConsentLogError, ConsentLogInputError, timeMs, unavailable } from './errors';
import { TOMBSTONE } from './records';
import { verifyChain, type PurgeAnchor } from './verify';

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

/** Retention and erasure: `purge`, `erase` and `events` of `ConsentLog`. */
export interface Retention {
  purge(options: PurgeOptions): Promise<PurgeReport>;
  erase(subject: string, options?: { readonly reason?: string }): Promise<EraseReport>;
  events(): Promise<readonly ConsentLogEvent[]>;
}

/** `task` runs a write in turn with the writer's batches. */
export function createRetention(ctx: LogContext, task: <T>(run: () => Promise<T>) => Promise<T>): Retention {
  const { backend, keyring, clock, t } = ctx;
  return {
    purge(options) {
      let cutoff: number;
      try {
        if (options.before !== undefined) cutoff = timeMs(options.before, 'before');
        else if (typeof options.olderThan === 'number' && options.olderThan >= 0) cutoff = clock() - options.olderThan;
        else if (typeof options.olderThan === 'string' && parseDuration(options.olderThan)) {
          cutoff = clock() - parseDuration(options.olderThan)! * 1000;
        } else throw new ConsentLogInputError('purge needs `before` (a time) or `olderThan` (ms, or a duration such as "25 months").');
        ctx.requireKey();
      } catch (error) {
        return Promise.reject(error);
      }
      const before = new Date(cutoff).toISOString();
      return task(async () => {
        try {
          return await backend.write(async (trx): Promise<PurgeReport> => {
            const head = await lockHead(ctx, trx);
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
            const event = await appendEvent(ctx, trx, head, 'purge', { before, anchor: { ...anchor }, ...counts });
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
        ctx.requireKey();
      } catch (error) {
        return Promise.reject(error);
      }
      return task(async () => {
        try {
          return await backend.write(async (trx): Promise<EraseReport> => {
            const head = await lockHead(ctx, trx);
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
            const event = await appendEvent(ctx, trx, head, 'erase', detail);
            return { records: rows.length, event };
          });
        } catch (error) {
          throw unavailable('erase', error);
        }
      });
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
  };
}
