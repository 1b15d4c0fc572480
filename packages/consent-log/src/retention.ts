import { parseDuration } from '@cookiekit/core';
import { sql } from 'kysely';
import { CHUNK, appendEvent, lockAllHeads, lockHead, type LogContext } from './chain';
import { ConsentLogError, ConsentLogInputError, timeMs, unavailable } from './errors';
import { TOMBSTONE } from './records';
import { CONTRIBUTION_COLUMNS, applyDeltas, dropEmptyRollups, rowsToDeltas, type ContributionRow, type Deltas } from './rollups';
import { verifyChain, type PurgeAnchor } from './verify';

/** Options of `purge`: give `before` (a time) or `olderThan` (ms, or a duration such as `25 months`). */
export interface PurgeOptions {
  readonly before?: Date | string | number;
  readonly olderThan?: number | string;
  /** Purge even when what would be deleted fails verification (the tampering is then lost). */
  readonly force?: boolean;
}

/** Where a purged chain now starts: its last deleted batch and record. */
export interface PurgeAnchorReport {
  readonly chain: number;
  readonly batch: number;
  readonly seq: number;
}

/** What a purge removed (in every chain), and the signed anchors the rest now chains from. */
export interface PurgeReport {
  readonly batches: number;
  readonly records: number;
  /** The cutoff: batches committed before it were removed. */
  readonly before: string;
  /** Chain 0's anchor, or null when nothing of chain 0 was old enough. */
  readonly anchor: { readonly batch: number; readonly seq: number } | null;
  /** One anchor per chain that lost batches, in chain order. */
  readonly anchors: readonly PurgeAnchorReport[];
  /** The event that records the purge, or null when nothing was old enough. */
  readonly event: number | null;
}

/** What an erasure did. The subject id itself is not kept in the event. */
export interface EraseReport {
  /** Records replaced by a tombstone, in every chain. */
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
      /** Chain 0's anchor, else the first chain's. */
      readonly anchor: { readonly batch: number; readonly seq: number };
      /** Every chain's anchor. */
      readonly anchors: readonly PurgeAnchorReport[];
      readonly batches: number;
      readonly records: number;
    }
  | {
      readonly id: number;
      readonly kind: 'erase';
      readonly at: string;
      /** The positions of the records erased (in their chains: see `positions`). */
      readonly records: readonly number[];
      /** Each record erased: its chain and position. */
      readonly positions: readonly { readonly chain: number; readonly seq: number }[];
      readonly reason?: string;
    }
  | {
      readonly id: number;
      /** A chain after the first was opened (its first writer started). */
      readonly kind: 'chain';
      readonly at: string;
      readonly chain: number;
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
            // Every chain's head is locked (ascending), so no batch is added to a chain while
            // its old batches are checked and deleted.
            const heads = await lockAllHeads(ctx, trx);
            const anchors: (PurgeAnchor & { chain: number })[] = [];
            for (const head of heads) {
              const { chain } = head;
              const keep = await t(trx)
                .selectFrom('consent_batches')
                .select((eb) => eb.fn.min('batch').as('batch'))
                .where('chain', '=', chain)
                .where('committed_ms', '>=', cutoff)
                .executeTakeFirst();
              const stopAt = keep?.batch == null ? head.batch + 1 : Number(keep.batch);
              const last = await t(trx)
                .selectFrom('consent_batches')
                .selectAll()
                .where('chain', '=', chain)
                .where('batch', '<', stopAt)
                .orderBy('batch', 'desc')
                .limit(1)
                .executeTakeFirst();
              if (last) anchors.push({ chain, batch: Number(last.batch), seq: Number(last.last_seq), mac: last.mac });
            }
            if (anchors.length === 0) return { batches: 0, records: 0, before, anchor: null, anchors: [], event: null };
            if (!options.force) {
              for (const anchor of anchors) {
                const check = await verifyChain(t(trx), keyring, { chain: anchor.chain, untilBatch: anchor.batch });
                if (!check.ok) {
                  throw new ConsentLogError(
                    'COOKIEKIT_LOG_TAMPERED',
                    `Refusing to purge: what would be deleted fails verification (${check.firstBad!.message}). Investigate, or purge with force.`,
                    500,
                  );
                }
              }
            }
            const counts = { batches: 0, records: 0 };
            // The purged records leave the insights' counts in the same transaction.
            for (const anchor of anchors) {
              const deltas = new Map<number, Deltas>();
              for (let after = 0; ; ) {
                const rows = await t(trx)
                  .selectFrom('consent_records')
                  .select([...CONTRIBUTION_COLUMNS, 'seq'])
                  .where('chain', '=', anchor.chain)
                  .where('seq', '>', after)
                  .where('seq', '<=', anchor.seq)
                  .orderBy('seq')
                  .limit(5000)
                  .execute();
                rowsToDeltas(rows, -1, deltas);
                if (rows.length < 5000) break;
                after = Number(rows[rows.length - 1]!.seq);
              }
              const own = deltas.get(anchor.chain);
              if (own) await applyDeltas(backend, trx, anchor.chain, own);
            }
            await dropEmptyRollups(t(trx));
            for (const anchor of anchors) {
              const records = await t(trx).deleteFrom('consent_records').where('chain', '=', anchor.chain).where('seq', '<=', anchor.seq).executeTakeFirst();
              const batches = await t(trx).deleteFrom('consent_batches').where('chain', '=', anchor.chain).where('batch', '<=', anchor.batch).executeTakeFirst();
              counts.batches += Number(batches.numDeletedRows);
              counts.records += Number(records.numDeletedRows);
            }
            const event = await appendEvent(ctx, trx, heads[0]!, 'purge', { before, anchors: anchors.map((a) => ({ ...a })), ...counts });
            const zero = anchors.find((a) => a.chain === 0);
            return {
              ...counts,
              before,
              anchor: zero ? { batch: zero.batch, seq: zero.seq } : null,
              anchors: anchors.map((a) => ({ chain: a.chain, batch: a.batch, seq: a.seq })),
              event,
            };
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
            const head = await lockHead(ctx, trx, 0);
            // The subject's rows are read (and, on PostgreSQL, locked) first, for the choices the
            // insights' counts lose; then exactly those rows are blanked, so the event lists the
            // rows changed and the counts lose exactly their contributions, whatever other
            // chains commit meanwhile.
            let found = t(trx)
              .selectFrom('consent_records')
              .select([...CONTRIBUTION_COLUMNS, 'seq'])
              .where('subject', '=', subject)
              .where('erased', '=', 0)
              .orderBy('chain')
              .orderBy('seq');
            if (backend.dialect === 'postgres') found = found.forUpdate();
            const before = new Map<string, ContributionRow>();
            for (const row of await found.execute()) before.set(`${Number(row.chain)}:${Number(row.seq)}`, row);
            const byChain = new Map<number, number[]>();
            for (const key of before.keys()) {
              const [c, q] = key.split(':').map(Number) as [number, number];
              byChain.set(c, [...(byChain.get(c) ?? []), q]);
            }
            const changed: { chain: number | string; seq: number | string; digest: string }[] = [];
            for (const [c, seqs] of byChain) {
              for (let i = 0; i < seqs.length; i += CHUNK) {
                changed.push(
                  ...(await t(trx)
                    .updateTable('consent_records')
                    .set({
                      ...TOMBSTONE,
                      erased: 1,
                      record_id: sql<string>`case when chain = 0 then 'erased:' || cast(seq as text) else 'erased:' || cast(chain as text) || ':' || cast(seq as text) end`,
                    })
                    .where('chain', '=', c)
                    .where('seq', 'in', seqs.slice(i, i + CHUNK))
                    .where('subject', '=', subject)
                    .where('erased', '=', 0)
                    .returning(['chain', 'seq', 'digest'])
                    .execute()),
                );
              }
            }
            const deltas = rowsToDeltas(
              changed.map((r) => before.get(`${Number(r.chain)}:${Number(r.seq)}`)!),
              -1,
            );
            for (const [c, d] of [...deltas].sort(([a], [b]) => a - b)) await applyDeltas(backend, trx, c, d);
            const rows = changed
              .map((r) => ({ chain: Number(r.chain), seq: Number(r.seq), digest: r.digest }))
              .sort((a, b) => a.chain - b.chain || a.seq - b.seq);
            const detail: Record<string, unknown> = {
              records: rows.map((r) => (r.chain === 0 ? { seq: r.seq, digest: r.digest } : { chain: r.chain, seq: r.seq, digest: r.digest })),
            };
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
          const listed = (detail.anchors as PurgeAnchorReport[] | undefined) ?? [];
          const legacy = detail.anchor as { batch: number; seq: number } | undefined;
          const anchors = [...(legacy ? [{ chain: 0, ...legacy }] : []), ...listed].map((a) => ({ chain: a.chain, batch: a.batch, seq: a.seq }));
          const first = anchors.find((a) => a.chain === 0) ?? anchors[0]!;
          return {
            id: Number(row.id),
            kind: 'purge',
            at: row.at,
            before: String(detail.before),
            anchor: { batch: first.batch, seq: first.seq },
            anchors,
            batches: Number(detail.batches),
            records: Number(detail.records),
          };
        }
        if (row.kind === 'chain') return { id: Number(row.id), kind: 'chain', at: row.at, chain: Number(detail.chain) };
        const positions = (detail.records as { chain?: number; seq: number }[]).map((r) => ({ chain: r.chain ?? 0, seq: r.seq }));
        return {
          id: Number(row.id),
          kind: 'erase',
          at: row.at,
          records: positions.map((p) => p.seq),
          positions,
          ...(typeof detail.reason === 'string' ? { reason: detail.reason } : {}),
        };
      });
    },
  };
}
