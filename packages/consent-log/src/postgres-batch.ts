import { CompiledQuery } from 'kysely';
import { qualifiedTable } from './backend';
import { RECORD_COLUMNS, firstOfEachId, headId, isUniqueViolation, signBatch, type BatchCommit, type ChainHead, type LogContext, type PendingRecord } from './chain';

/** How often a batch is signed again when another writer moved the chain's head meanwhile. */
const HEAD_RETRIES = 3;

/**
 * PostgreSQL's batch commit in one statement and one round trip: the head moves, the records,
 * the batch row and the rollups are written, all in one implicit transaction. The writer keeps
 * its chain's head in memory, and the statement moves it only from that head (the update names
 * the batch and MAC it expects), so a head another writer moved meanwhile writes nothing: the
 * head is read again and the batch signed again. The general path (`locked`: a transaction that
 * locks the head and skips stored record ids, about ten round trips) takes a batch that holds a
 * record id already stored, and any batch after the head kept moving.
 */
export function createPostgresCommitter(ctx: LogContext, locked: BatchCommit): BatchCommit {
  const { backend, chain } = ctx;
  const table = (name: string) => qualifiedTable(backend, name);
  const columns = RECORD_COLUMNS.map((c) => `"${c}"`).join(', ');
  // Every part but the head's move waits for it (`exists (select from head)`): a moved head
  // writes nothing. The rows come as JSON in the tables' own shape, one parameter per table, so
  // the statement is the same short text for every batch size (not thousands of parameters to
  // encode, parse and plan).
  const text = `with head as (
  update ${table('consent_head')} set batch = $2, seq = $3, mac = $4 where id = $1 and batch = $5 and mac = $6 returning id
), records as (
  insert into ${table('consent_records')} (${columns})
  select ${columns} from json_populate_recordset(null::${table('consent_records')}, $7::json) where exists (select from head)
), batches as (
  insert into ${table('consent_batches')} select * from json_populate_record(null::${table('consent_batches')}, $8::json) where exists (select from head)
), rollups as (
  insert into ${table('consent_rollups')} as r (chain, period, bucket, dim, key, count)
  select chain, period, bucket, dim, key, count from json_populate_recordset(null::${table('consent_rollups')}, $9::json) with ordinality as d
  where exists (select from head) order by d.ordinality
  on conflict (period, bucket, dim, key, chain) do update set count = r.count + excluded.count
)
select count(*)::int as moved from head`;
  const readHead = async (): Promise<ChainHead> => {
    const row = await ctx.t(backend.db).selectFrom('consent_head').select(['batch', 'seq', 'mac']).where('id', '=', headId(chain)).executeTakeFirstOrThrow();
    return { batch: Number(row.batch), seq: Number(row.seq), mac: row.mac };
  };
  let head: ChainHead | undefined;

  const commitOnce = async <J extends PendingRecord>(jobs: readonly J[]): Promise<Set<J> | undefined> => {
    const { id: keyId, secret } = ctx.requireKey();
    const fresh = [...firstOfEachId(jobs).values()];
    for (let attempt = 0; attempt < HEAD_RETRIES; attempt++) {
      const from = (head ??= await readHead());
      const signed = signBatch(ctx, fresh, from, secret, keyId);
      const rows = new Array<Record<string, unknown>>(fresh.length);
      const width = RECORD_COLUMNS.length;
      for (let i = 0; i < fresh.length; i++) {
        const row: Record<string, unknown> = {};
        for (let c = 0; c < width; c++) row[RECORD_COLUMNS[c]!] = signed.params[i * width + c];
        rows[i] = row;
      }
      let moved: number;
      try {
        const result = await backend.db.executeQuery<{ moved: number }>(
          CompiledQuery.raw(text, [
            headId(chain),
            signed.next.batch,
            signed.next.seq,
            signed.next.mac,
            from.batch,
            from.mac,
            JSON.stringify(rows),
            JSON.stringify(signed.batchRow),
            JSON.stringify(signed.rollups),
          ]),
        );
        moved = result.rows[0]!.moved;
      } catch (error) {
        // The statement failed as a whole, so the head is where it was, unless the connection
        // broke after the commit: read it again then.
        if (isUniqueViolation(error)) return undefined;
        head = undefined;
        throw error;
      }
      if (moved === 1) {
        head = signed.next;
        return new Set(fresh);
      }
      head = undefined;
    }
    return undefined;
  };

  return async (jobs) => {
    const done = await commitOnce(jobs);
    if (done) return done;
    // A stored record id, or a head that kept moving: the locked path, then the head again.
    head = undefined;
    return locked(jobs);
  };
}
