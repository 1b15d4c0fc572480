import { sql, type Kysely } from 'kysely';
import { ConsentLogInputError, timeMs } from './errors';
import { DAY_MS, HOUR_MS } from './rollups';
import type { LogDatabase } from './schema';

/** What `log.insights()` is asked for. */
export interface InsightsQuery {
  /** Start of the range (inclusive); rounded down to its bucket. */
  readonly from: Date | string | number;
  /** End of the range (exclusive); rounded up to its bucket. */
  readonly to: Date | string | number;
  /**
   * `day` (the default) or `hour`. Hours are given only for a range of at most 31 days in which
   * every hour with a decision holds at least `k` of them (`hoursAvailable`); otherwise asking for
   * hours is refused, so subtracting hours from a day cannot reveal a small count.
   */
  readonly bucket?: 'day' | 'hour';
  /**
   * The IANA time zone days are cut in, for display. Default `UTC` (the stored day buckets);
   * another zone sums the hour buckets, so it must be a whole number of hours from UTC.
   */
  readonly timeZone?: string;
  /** The smallest count shown (C26). Default 10; at least 2. */
  readonly k?: number;
}

/** The counts of one bucket, or only its time when it holds fewer than `k` decisions. */
export interface InsightsBucket {
  /** Start of the bucket (ISO 8601, UTC). */
  readonly start: string;
  /** End of the bucket (exclusive). */
  readonly end: string;
  /** True when the bucket holds fewer than `k` decisions (but at least one): every count below is then null. */
  readonly suppressed: boolean;
  /** Decisions in the bucket; 0 for an empty bucket, null when suppressed. */
  readonly total: number | null;
  /** Decisions per method (`accept-all`, `reject-all`, `custom`, `withdraw`, `gpc`). */
  readonly methods: Readonly<Record<string, number>> | null;
  /** Per category: how many decisions granted it and how many refused it. */
  readonly categories: Readonly<Record<string, { readonly granted: number; readonly refused: number }>> | null;
  /** Decisions per policy revision. */
  readonly revisions: Readonly<Record<string, number>> | null;
  /** Decisions per banner language. */
  readonly languages: Readonly<Record<string, number>> | null;
  /** Decisions per regime (records that carry one). */
  readonly regimes: Readonly<Record<string, number>> | null;
  /** Decisions sent with Global Privacy Control. */
  readonly gpc: number | null;
}

/** The series `log.insights()` answers with: aggregates only, small counts suppressed (C26). */
export interface Insights {
  readonly from: string;
  readonly to: string;
  readonly bucket: 'day' | 'hour';
  readonly timeZone: string;
  readonly k: number;
  /** Whether this range may be shown by the hour (see `InsightsQuery.bucket`). */
  readonly hoursAvailable: boolean;
  readonly buckets: readonly InsightsBucket[];
  /** Every category, method, revision, language and regime seen in an unsuppressed bucket, sorted. */
  readonly keys: {
    readonly categories: readonly string[];
    readonly methods: readonly string[];
    readonly revisions: readonly string[];
    readonly languages: readonly string[];
    readonly regimes: readonly string[];
  };
  /** Each revision with the first unsuppressed bucket it appears in (the plots mark it on the time axis). */
  readonly revisionStarts: readonly { readonly revision: string; readonly start: string }[];
  /** The first and last UTC day the whole log holds counts for (null when it holds none). */
  readonly span: { readonly first: string | null; readonly last: string | null };
}

/** The longest range served by the hour, in days. */
export const MAX_HOUR_RANGE_DAYS = 31;
/** The longest range served at all, in days (about ten years of daily buckets). */
const MAX_RANGE_DAYS = 3700;

/** The offset of `timeZone` from UTC at `ms`, in ms (positive east of Greenwich). */
function zoneOffset(format: Intl.DateTimeFormat, ms: number): number {
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  return local - (ms - (ms % 1000));
}

/** One bucket's counts as the database aggregates them: `[dim, key, count]` cells, as JSON text. */
interface BucketRow {
  bucket: number | string;
  cells: string;
}

type Mutable = {
  total: number;
  methods: Record<string, number>;
  categories: Record<string, { granted: number; refused: number }>;
  revisions: Record<string, number>;
  languages: Record<string, number>;
  regimes: Record<string, number>;
  gpc: number;
};

const emptyCounts = (): Mutable => ({ total: 0, methods: {}, categories: {}, revisions: {}, languages: {}, regimes: {}, gpc: 0 });

function add(counts: Mutable, dim: string, key: string, n: number): void {
  switch (dim) {
    case 'total':
      counts.total += n;
      break;
    case 'method':
      counts.methods[key] = (counts.methods[key] ?? 0) + n;
      break;
    case 'granted':
    case 'refused': {
      const c = (counts.categories[key] ??= { granted: 0, refused: 0 });
      c[dim] += n;
      break;
    }
    case 'revision':
      counts.revisions[key] = (counts.revisions[key] ?? 0) + n;
      break;
    case 'language':
      counts.languages[key] = (counts.languages[key] ?? 0) + n;
      break;
    case 'regime':
      counts.regimes[key] = (counts.regimes[key] ?? 0) + n;
      break;
    case 'gpc':
      counts.gpc += n;
      break;
  }
}

/** Drops keys whose count is 0 (left by a purge or an erasure). */
const nonZero = <T>(map: Record<string, T>, keep: (v: T) => boolean) => Object.fromEntries(Object.entries(map).filter(([, v]) => keep(v)));

/** Reads the insights from the rollups (`q` is scoped to the log's schema). */
export async function queryInsights(q: Pick<Kysely<LogDatabase>, 'selectFrom'>, query: InsightsQuery, dialect: 'sqlite' | 'postgres' = 'sqlite'): Promise<Insights> {
  if (!query || typeof query !== 'object') throw new ConsentLogInputError('insights needs { from, to }.');
  const k = query.k ?? 10;
  if (!(Number.isInteger(k) && k >= 2 && k <= 1_000_000)) throw new ConsentLogInputError('k must be an integer of at least 2.');
  const bucket = query.bucket ?? 'day';
  if (bucket !== 'day' && bucket !== 'hour') throw new ConsentLogInputError('bucket must be "day" or "hour".');
  const timeZone = query.timeZone ?? 'UTC';
  let format: Intl.DateTimeFormat | undefined;
  if (timeZone !== 'UTC') {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new ConsentLogInputError(`Unknown time zone "${String(timeZone).slice(0, 64)}".`);
    }
  }
  const offset = (ms: number) => (format ? zoneOffset(format, ms) : 0);
  const fromMs = timeMs(query.from, 'from');
  const toMs = timeMs(query.to, 'to');
  if (!(toMs > fromMs)) throw new ConsentLogInputError('insights: to must be after from.');
  if (toMs - fromMs > MAX_RANGE_DAYS * DAY_MS) throw new ConsentLogInputError(`insights: the range may span at most ${MAX_RANGE_DAYS} days.`);
  for (const at of [fromMs, toMs]) {
    if (offset(at) % HOUR_MS !== 0) throw new ConsentLogInputError(`The time zone ${timeZone} is not a whole number of hours from UTC: its days cannot be cut from hourly counts.`);
  }

  // Bucket edges: hours, or local midnights.
  const dayStart = (ms: number) => {
    const local = ms + offset(ms);
    const midnight = local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
    // The instant whose local time is that midnight (the offset may differ from the one at `ms`).
    return midnight - offset(midnight - offset(ms));
  };
  const edges: number[] = [];
  if (bucket === 'hour') {
    for (let ms = fromMs - (fromMs % HOUR_MS); ms < toMs; ms += HOUR_MS) edges.push(ms);
    edges.push(edges[edges.length - 1]! + HOUR_MS);
  } else {
    let ms = dayStart(fromMs);
    while (ms < toMs) {
      edges.push(ms);
      ms = dayStart(ms + DAY_MS + 2 * HOUR_MS);
    }
    edges.push(ms);
  }
  const start = edges[0]!;
  const end = edges[edges.length - 1]!;
  const useDays = bucket === 'day' && !format;

  // The database sums the chains' rows and packs each bucket into one row: a JSON array of
  // [dim, key, count] cells. A year of days is then 365 rows to carry and parse, not one per
  // day and counted value (about 6,500), which is most of what such a query costs.
  const readBuckets = async (period: 'h' | 'd', from: number, to: number, dims?: string[], only?: number[]): Promise<BucketRow[]> => {
    const cells = dialect === 'postgres' ? sql<string>`json_agg(json_build_array(dim, key, n))::text` : sql<string>`json_group_array(json_array(dim, key, n))`;
    return (await q
      .selectFrom((eb) => {
        let sums = eb
          .selectFrom('consent_rollups')
          .select(['bucket', 'dim', 'key', (e) => e.fn.sum<number | string>('count').as('n')])
          .where('period', '=', period)
          .where('bucket', '>=', from)
          .where('bucket', '<', to);
        if (dims) sums = sums.where('dim', 'in', dims);
        // Only these buckets (another zone's day edges: a few hours a day), looked up by the key.
        if (only) {
          sums = sums.where(
            dialect === 'postgres' ? sql<boolean>`bucket = any(${only}::bigint[])` : sql<boolean>`bucket in (select value from json_each(${JSON.stringify(only)}))`,
          );
        }
        return sums.groupBy(['bucket', 'dim', 'key']).as('s');
      })
      .select(['bucket', cells.as('cells')])
      .groupBy('bucket')
      .execute()) as BucketRow[];
  };

  // Hours are offered only when every hour of the range with a decision holds at least k.
  const hourStart = fromMs - (fromMs % HOUR_MS);
  const hourEnd = toMs % HOUR_MS === 0 ? toMs : toMs - (toMs % HOUR_MS) + HOUR_MS;
  let hoursAvailable = false;
  if (hourEnd - hourStart <= MAX_HOUR_RANGE_DAYS * DAY_MS) {
    const totals = await readBuckets('h', hourStart, hourEnd, ['total']);
    hoursAvailable = totals.every((r) => (JSON.parse(r.cells) as [string, string, number][]).every(([, , n]) => Number(n) === 0 || Number(n) >= k));
  }
  if (bucket === 'hour' && !hoursAvailable) {
    throw new ConsentLogInputError(
      `Hourly counts are not offered for this range: it is longer than ${MAX_HOUR_RANGE_DAYS} days, or an hour in it holds fewer than ${k} decisions (C26).`,
    );
  }

  const counts = edges.slice(0, -1).map(() => emptyCounts());
  // The last index i of `at` with sorted[i] <= x (binary search: buckets may be 23 or 25 hours long).
  const indexIn = (sorted: readonly number[], x: number) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sorted[mid]! <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const addRow = (i: number, row: BucketRow, sign: 1 | -1) => {
    if (i < 0 || i >= counts.length) return;
    for (const [dim, key, n] of JSON.parse(row.cells) as [string, string, number | string][]) add(counts[i]!, dim, key, sign * Number(n));
  };

  if (bucket === 'hour' || useDays) {
    for (const row of await readBuckets(useDays ? 'd' : 'h', start, end)) addRow(indexIn(edges, Number(row.bucket)), row, 1);
  } else {
    // Another zone's days, from the UTC day rollups and a few hours at each edge. Summing every
    // hour of a year is 24 times the rows of its UTC days (390 ms against 21 at 10 million records).
    // Each local midnight lies between two UTC midnights; the nearer one is its anchor. UTC days go
    // to the bucket between their anchors, and the hours between an edge and its anchor (at most
    // 12) move from the bucket that day went to, to the bucket they belong to.
    const anchors = edges.map((e) => {
      const floor = e - (((e % DAY_MS) + DAY_MS) % DAY_MS);
      return e - floor <= 12 * HOUR_MS ? floor : floor + DAY_MS;
    });
    for (const row of await readBuckets('d', anchors[0]!, anchors[anchors.length - 1]!)) {
      addRow(indexIn(anchors, Number(row.bucket)), row, 1);
    }
    // Each such hour: which edge it belongs to (the ranges of two edges never overlap).
    const moves = new Map<number, number>();
    edges.forEach((e, j) => {
      const [from, to] = anchors[j]! <= e ? [anchors[j]!, e] : [e, anchors[j]!];
      for (let h = from; h < to; h += HOUR_MS) moves.set(h, j);
    });
    if (moves.size > 0) {
      const hours = [...moves.keys()];
      for (const row of await readBuckets('h', Math.min(...hours), Math.max(...hours) + HOUR_MS, undefined, hours)) {
        const j = moves.get(Number(row.bucket));
        if (j === undefined) continue;
        // Before its edge: counted with the day that follows the anchor, belongs to the bucket before.
        if (anchors[j]! <= edges[j]!) {
          addRow(j - 1, row, 1);
          addRow(j, row, -1);
        } else {
          // After its edge: counted with the day before the anchor, belongs to the bucket after.
          addRow(j, row, 1);
          addRow(j - 1, row, -1);
        }
      }
    }
  }

  const seen = { categories: new Set<string>(), methods: new Set<string>(), revisions: new Set<string>(), languages: new Set<string>(), regimes: new Set<string>() };
  const revisionStarts: { revision: string; start: string }[] = [];
  const buckets = counts.map((c, i): InsightsBucket => {
    const startIso = new Date(edges[i]!).toISOString();
    const endIso = new Date(edges[i + 1]!).toISOString();
    if (c.total > 0 && c.total < k) {
      return { start: startIso, end: endIso, suppressed: true, total: null, methods: null, categories: null, revisions: null, languages: null, regimes: null, gpc: null };
    }
    const positive = (n: number) => n > 0;
    const methods = nonZero(c.methods, positive);
    const categories = nonZero(c.categories, (v) => v.granted + v.refused > 0);
    const revisions = nonZero(c.revisions, positive);
    const languages = nonZero(c.languages, positive);
    const regimes = nonZero(c.regimes, positive);
    for (const key of Object.keys(methods)) seen.methods.add(key);
    for (const key of Object.keys(categories)) seen.categories.add(key);
    for (const key of Object.keys(languages)) seen.languages.add(key);
    for (const key of Object.keys(regimes)) seen.regimes.add(key);
    for (const key of Object.keys(revisions).sort()) {
      if (!seen.revisions.has(key)) revisionStarts.push({ revision: key, start: startIso });
      seen.revisions.add(key);
    }
    return { start: startIso, end: endIso, suppressed: false, total: c.total, methods, categories, revisions, languages, regimes, gpc: c.gpc };
  });
  const sorted = (set: Set<string>) => [...set].sort();
  const edge = async (fn: 'min' | 'max') => {
    const row = await q
      .selectFrom('consent_rollups')
      .select((eb) => eb.fn[fn]<number | string | null>('bucket').as('at'))
      .where('period', '=', 'd')
      .where('dim', '=', 'total')
      .where('count', '>', 0)
      .executeTakeFirst();
    return row?.at == null ? null : new Date(Number(row.at)).toISOString();
  };
  const span = { first: await edge('min'), last: await edge('max') };
  return {
    span,
    from: new Date(start).toISOString(),
    to: new Date(end).toISOString(),
    bucket,
    timeZone,
    k,
    hoursAvailable,
    buckets,
    keys: {
      categories: sorted(seen.categories),
      methods: sorted(seen.methods),
      revisions: sorted(seen.revisions),
      languages: sorted(seen.languages),
      regimes: sorted(seen.regimes),
    },
    revisionStarts,
  };
}
