// An independent recount of what the rollups should hold, straight from the record rows, and
// the rollups as stored: both as `chain|period|bucket|dim|key -> count`, zeros left out. The row
// type is the log's own; the counting is written apart from it, so the two can disagree.
import type { ContributionRow } from '../rollups';
import type { Raw } from './helpers';

const HOUR = 3_600_000;
const DAY = 86_400_000;

export async function recount(raw: Raw): Promise<Record<string, number>> {
  const rows = await raw.query<ContributionRow>('select chain, received_ms, method, categories, revision, language, regime, gpc, erased from consent_records');
  const out: Record<string, number> = {};
  const inc = (key: string) => (out[key] = (out[key] ?? 0) + 1);
  for (const row of rows) {
    if (Number(row.erased) === 1) continue;
    const ms = Number(row.received_ms);
    const hour = Math.floor(ms / HOUR) * HOUR;
    const day = Math.floor(ms / DAY) * DAY;
    for (const [period, bucket] of [
      ['h', hour],
      ['d', day],
    ] as const) {
      const p = `${Number(row.chain)}|${period}|${bucket}|`;
      inc(`${p}total|`);
      inc(`${p}method|${row.method}`);
      const categories = JSON.parse(row.categories) as Record<string, boolean>;
      for (const [id, granted] of Object.entries(categories)) inc(`${p}${granted ? 'granted' : 'refused'}|${id}`);
      inc(`${p}revision|${row.revision}`);
      inc(`${p}language|${row.language}`);
      if (row.regime) inc(`${p}regime|${row.regime}`);
      if (Number(row.gpc) === 1) inc(`${p}gpc|`);
    }
  }
  return out;
}

export async function storedRollups(raw: Raw): Promise<Record<string, number>> {
  const rows = await raw.query<{ chain: number | string; period: string; bucket: number | string; dim: string; key: string; count: number | string }>(
    'select chain, period, bucket, dim, key, count from consent_rollups',
  );
  const out: Record<string, number> = {};
  for (const r of rows) {
    if (Number(r.count) === 0) continue;
    out[`${Number(r.chain)}|${r.period}|${Number(r.bucket)}|${r.dim}|${r.key}`] = Number(r.count);
  }
  return out;
}
