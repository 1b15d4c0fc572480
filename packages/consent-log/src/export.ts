import type { ExpressionBuilder } from 'kysely';
import { CHUNK, type LogContext } from './chain';
import type { LogDatabase } from './schema';
import { ConsentLogInputError, timeMs, unavailable } from './errors';
import { rowToExport, type ExportedRecord } from './records';

/** What to export: one subject's history, or everything received in a time range (`from` inclusive, `to` exclusive). */
export type ExportQuery =
  | { readonly subject: string }
  | { readonly from?: Date | string | number; readonly to?: Date | string | number };

/**
 * The records a query selects as JSON lines (each ends with `\n`), in log order (chain by chain,
 * each line naming its chain), read page by
 * page from the reader connection. Throws `ConsentLogInputError` at once for a bad query.
 */
export function exportLines(ctx: LogContext, query: ExportQuery): AsyncIterable<string> {
  const reader = () => ctx.t(ctx.backend.reader());
  // Pages follow (chain, seq): each chain in its order, chain 0 first.
  type After = { chain: number; seq: number };
  const after_ = (after: After) => (eb: ExpressionBuilder<LogDatabase, 'consent_records'>) => eb.or([eb('chain', '>', after.chain), eb.and([eb('chain', '=', after.chain), eb('seq', '>', after.seq)])]);
  let filter: (after: After) => Promise<ExportedRecord[]>;
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
          .where(after_(after))
          .orderBy('chain')
          .orderBy('seq')
          .limit(CHUNK)
          .execute()
      ).map(rowToExport);
  } else {
    const range = query as { from?: Date | string | number; to?: Date | string | number };
    const from = range.from === undefined ? Number.MIN_SAFE_INTEGER : timeMs(range.from, 'from');
    const to = range.to === undefined ? Number.MAX_SAFE_INTEGER : timeMs(range.to, 'to');
    filter = async (after) =>
      (
        await reader()
          .selectFrom('consent_records')
          .selectAll()
          .where('received_ms', '>=', from)
          .where('received_ms', '<', to)
          .where(after_(after))
          .orderBy('chain')
          .orderBy('seq')
          .limit(CHUNK)
          .execute()
      ).map(rowToExport);
  }
  return {
    async *[Symbol.asyncIterator]() {
      let after: After = { chain: -1, seq: 0 };
      for (;;) {
        let page: ExportedRecord[];
        try {
          page = await filter(after);
        } catch (error) {
          throw unavailable('export', error);
        }
        for (const item of page) yield `${JSON.stringify(item)}\n`;
        if (page.length < CHUNK) return;
        const last = page[page.length - 1]!;
        after = { chain: last.chain, seq: last.seq };
      }
    },
  };
}
