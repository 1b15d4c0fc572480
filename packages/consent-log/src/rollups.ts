import { CompiledQuery, sql, type Insertable, type Kysely } from 'kysely';
import { qualifiedTable, type Backend } from './backend';
import type { LogDatabase, RollupsTable } from './schema';

/** One hour and one day in ms: the two bucket sizes the rollups keep. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** What a record adds to the counts (a tombstone adds nothing: erasure removed its choices). */
export interface Contribution {
  readonly receivedMs: number;
  readonly method: string;
  /** The categories and their choice; a stored row's JSON text is parsed. */
  readonly categories: Readonly<Record<string, boolean>> | string;
  readonly revision: string;
  readonly language: string;
  readonly regime: string | null | undefined;
  readonly gpc: boolean | number;
}

/**
 * The changes to a chain's counts, keyed by `period \t bucket \t dim \t key`. Built in memory
 * from a batch (or the rows a purge or erasure removes), then written in one pass.
 */
export type Deltas = Map<string, number>;

const bump = (deltas: Deltas, id: string, by: number) => deltas.set(id, (deltas.get(id) ?? 0) + by);

/**
 * Adds (`sign` 1) or removes (`sign` -1) one record's contribution to the hour and the UTC day it
 * was received in; `times` records alike (the same hour and the same counted values) at once.
 */
export function addContribution(deltas: Deltas, record: Contribution, sign: 1 | -1, times = 1): void {
  const ms = Number(record.receivedMs);
  const categories = typeof record.categories === 'string' ? (JSON.parse(record.categories) as Record<string, boolean>) : record.categories;
  const gpc = record.gpc === true || Number(record.gpc) === 1;
  const by = sign * times;
  for (const prefix of [`h\t${ms - (ms % HOUR_MS)}\t`, `d\t${ms - (ms % DAY_MS)}\t`]) {
    bump(deltas, `${prefix}total\t`, by);
    bump(deltas, `${prefix}method\t${record.method}`, by);
    for (const id of Object.keys(categories)) bump(deltas, `${prefix}${categories[id] ? 'granted' : 'refused'}\t${id}`, by);
    bump(deltas, `${prefix}revision\t${record.revision}`, by);
    bump(deltas, `${prefix}language\t${record.language}`, by);
    if (record.regime) bump(deltas, `${prefix}regime\t${record.regime}`, by);
    if (gpc) bump(deltas, `${prefix}gpc\t`, by);
  }
}

/**
 * A batch's contributions as deltas. Records alike (the same hour and the same counted values,
 * most of a batch at any real rate) are counted first and added once per kind, not once each:
 * the same deltas, with a fraction of the work.
 */
export function batchDeltas(records: Iterable<Contribution>): Deltas {
  const alike = new Map<string, { record: Contribution; times: number }>();
  for (const r of records) {
    const ms = Number(r.receivedMs);
    const categories = typeof r.categories === 'string' ? r.categories : JSON.stringify(r.categories);
    const gpc = r.gpc === true || Number(r.gpc) === 1;
    // JSON keeps the values apart whatever characters they hold.
    const id = JSON.stringify([ms - (ms % HOUR_MS), r.method, categories, r.revision, r.language, r.regime ?? null, gpc]);
    const seen = alike.get(id);
    if (seen) seen.times++;
    else alike.set(id, { record: { ...r, receivedMs: ms - (ms % HOUR_MS) }, times: 1 });
  }
  const deltas: Deltas = new Map();
  for (const { record, times } of alike.values()) addContribution(deltas, record, 1, times);
  return deltas;
}

const ROWS_PER_STATEMENT = 200;

/** One rollup row's change, as the upsert adds it: its `count` is what to add to the stored one. */
export type DeltaRow = Readonly<Insertable<RollupsTable>>;

/** A chain's non-zero deltas as rows, in key order (the order every writer locks them in). */
export function deltaRows(chain: number, deltas: Deltas): DeltaRow[] {
  const entries = [...deltas].filter(([, by]) => by !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.map(([id, count]) => {
    const [period, bucket, dim, key] = id.split('\t') as [string, string, string, string];
    return { chain, period, bucket: Number(bucket), dim, key, count };
  });
}

/**
 * Writes one chain's deltas inside the caller's transaction: an upsert that adds to the stored
 * counts. Rows are written in key order, so two transactions touching the same rows (an erasure
 * and a batch of that chain) take their row locks in the same order and never deadlock. Only the
 * chain's own rows are touched: chains never wait for one another here.
 */
export async function applyDeltas(backend: Backend, trx: Kysely<LogDatabase>, chain: number, deltas: Deltas): Promise<void> {
  await applyDeltaRows(backend, trx, deltaRows(chain, deltas));
}

/** Writes rows from `deltaRows` (in their order) inside the caller's transaction. */
export async function applyDeltaRows(backend: Backend, trx: Kysely<LogDatabase>, rows: readonly DeltaRow[]): Promise<void> {
  if (rows.length === 0) return;
  const table = qualifiedTable(backend, 'consent_rollups');
  const pg = backend.dialect === 'postgres';
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    let p = 0;
    const ph = pg ? () => `$${++p}` : () => '?';
    const values = chunk.map(() => `(${ph()}, ${ph()}, ${ph()}, ${ph()}, ${ph()}, ${ph()})`).join(', ');
    const params: unknown[] = [];
    for (const row of chunk) params.push(row.chain, row.period, row.bucket, row.dim, row.key, row.count);
    await trx.executeQuery(
      CompiledQuery.raw(
        `insert into ${table} as r (chain, period, bucket, dim, key, count) values ${values} ` +
          'on conflict (period, bucket, dim, key, chain) do update set count = r.count + excluded.count',
        params,
      ),
    );
  }
}

/** The columns a contribution needs from a stored row. */
export const CONTRIBUTION_COLUMNS = ['chain', 'received_ms', 'method', 'categories', 'revision', 'language', 'regime', 'gpc', 'erased'] as const;

export interface ContributionRow {
  chain: number | string;
  received_ms: number | string;
  method: string;
  categories: string;
  revision: string;
  language: string;
  regime: string | null;
  gpc: number | string;
  erased: number | string;
}

/** Rows (not yet erased) as deltas per chain, with `sign`. */
export function rowsToDeltas(rows: readonly ContributionRow[], sign: 1 | -1, into = new Map<number, Deltas>()): Map<number, Deltas> {
  for (const row of rows) {
    if (Number(row.erased) === 1) continue;
    const chain = Number(row.chain);
    let deltas = into.get(chain);
    if (!deltas) into.set(chain, (deltas = new Map()));
    addContribution(
      deltas,
      {
        receivedMs: Number(row.received_ms),
        method: row.method,
        categories: row.categories,
        revision: row.revision,
        language: row.language,
        regime: row.regime,
        gpc: Number(row.gpc),
      },
      sign,
    );
  }
  return into;
}

/** The span of received times one rebuild query counts (a week: a few thousand groups at most rates). */
const REBUILD_WINDOW_MS = 7 * DAY_MS;

/**
 * Recomputes every count from the records, inside the caller's write transaction (which holds
 * every chain's head, so no batch lands meanwhile). Returns the records counted.
 *
 * The database does the counting: per week of received times, it groups the records by chain,
 * hour and counted values, and only those groups (not every record) come back to be turned into
 * deltas. The hour is cut in SQL as `ms - ms % 3600000`, the same arithmetic as `addContribution`.
 */
export async function rebuildRollups(backend: Backend, q: Kysely<LogDatabase>, trx: Kysely<LogDatabase>): Promise<number> {
  await q.deleteFrom('consent_rollups').execute();
  const all = new Map<number, Deltas>();
  let counted = 0;
  const hour = sql<number | string>`received_ms - received_ms % ${sql.lit(HOUR_MS)}`;
  let from: number | undefined;
  for (;;) {
    const next = await q
      .selectFrom('consent_records')
      .select((eb) => eb.fn.min<number | string | null>('received_ms').as('at'))
      .where('erased', '=', 0)
      .$if(from !== undefined, (qb) => qb.where('received_ms', '>=', from!))
      .executeTakeFirst();
    if (next?.at == null) break;
    const start = Number(next.at);
    from = start + REBUILD_WINDOW_MS;
    const groups = await q
      .selectFrom('consent_records')
      .select(['chain', hour.as('hour'), 'method', 'categories', 'revision', 'language', 'regime', 'gpc', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('erased', '=', 0)
      .where('received_ms', '>=', start)
      .where('received_ms', '<', from)
      .groupBy(['chain', hour, 'method', 'categories', 'revision', 'language', 'regime', 'gpc'])
      .execute();
    for (const g of groups) {
      const chain = Number(g.chain);
      let deltas = all.get(chain);
      if (!deltas) all.set(chain, (deltas = new Map()));
      const n = Number(g.n);
      addContribution(deltas, { receivedMs: Number(g.hour), method: g.method, categories: g.categories, revision: g.revision, language: g.language, regime: g.regime, gpc: Number(g.gpc) }, 1, n);
      counted += n;
    }
  }
  for (const [chain, deltas] of [...all].sort(([a], [b]) => a - b)) await applyDeltas(backend, trx, chain, deltas);
  return counted;
}

/** Removes counts that fell to zero (after a purge). */
export async function dropEmptyRollups(q: Kysely<LogDatabase>): Promise<void> {
  await q.deleteFrom('consent_rollups').where('count', '=', 0).execute();
}
