import { formatCsv, parseCsv } from './csv';

/** The columns kept from the Open Cookie Database: facts only, no description sentences. */
export const COOKIE_DATA_COLUMNS = ['name', 'platform', 'domain', 'category', 'retention', 'wildcard'] as const;

/** One row of the compact data: name, platform, domains (space-separated), category, retention, wildcard (1 or 0). */
export type CookieDataRow = readonly [name: string, platform: string, domain: string, category: string, retention: string, wildcard: 0 | 1];

/** The compact data file shipped inside the package. */
export interface CookieData {
  readonly source: string;
  readonly license: string;
  readonly columns: typeof COOKIE_DATA_COLUMNS;
  readonly rows: readonly CookieDataRow[];
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** A cookie name as the database means it: invisible characters and surrounding spaces removed. */
export function cleanName(raw: string): string {
  return raw.replace(INVISIBLE, '').trim();
}

/**
 * The database's domain column as host names: `facebook.com (3rd party)` -> `facebook.com`,
 * `.bing.com (3rd party) or .microsoft.com (3rd party)` -> `bing.com microsoft.com`,
 * `ads-[account].adhese.com` -> `adhese.com` (a templated label is dropped with what precedes it).
 */
export function cleanDomains(raw: string): string {
  const hosts = raw
    .replace(INVISIBLE, '')
    .split(/\s+or\s+|,|\s+/i)
    .map((part) => part.replace(/\(3rd party\)/gi, '').trim().toLowerCase())
    .map((part) => (part.includes(']') ? part.slice(part.lastIndexOf(']') + 1) : part))
    .map((part) => part.replace(/^\.+/, '').replace(/\.+$/, ''))
    .filter((part) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(part));
  return [...new Set(hosts)].join(' ');
}

const HEADERS = {
  name: 'Cookie / Data Key name',
  platform: 'Platform',
  domain: 'Domain',
  category: 'Category',
  retention: 'Retention period',
  wildcard: 'Wildcard match',
} as const;

/**
 * The upstream column titles kept in the repository's extract
 * (`src/data/open-cookie-database.csv`), in the extract's order.
 */
export const EXTRACT_HEADERS = [
  HEADERS.name,
  HEADERS.platform,
  HEADERS.category,
  HEADERS.domain,
  HEADERS.retention,
  HEADERS.wildcard,
] as const;

function columnIndex(header: readonly string[] | undefined): Record<keyof typeof HEADERS, number> {
  const index = {} as Record<keyof typeof HEADERS, number>;
  for (const [key, title] of Object.entries(HEADERS) as [keyof typeof HEADERS, string][]) {
    const at = (header ?? []).findIndex((h) => h.trim() === title);
    if (at < 0) throw new Error(`The Open Cookie Database CSV has no "${title}" column.`);
    index[key] = at;
  }
  return index;
}

/**
 * The facts-only extract of a full Open Cookie Database CSV: the six kept columns
 * ({@link EXTRACT_HEADERS}) of every record, values unchanged, as CSV text. Descriptions, IDs,
 * data controllers and privacy links are dropped here, so they never enter the repository.
 * Throws when a needed column is missing.
 */
export function extractCookieDatabase(csv: string): string {
  const [header, ...records] = parseCsv(csv);
  const index = columnIndex(header);
  const keys = ['name', 'platform', 'category', 'domain', 'retention', 'wildcard'] as const;
  const rows = records
    .filter((record) => record.some((cell) => cell.trim() !== ''))
    .map((record) => keys.map((key) => record[index[key]] ?? ''));
  return `${formatCsv([EXTRACT_HEADERS, ...rows])}\n`;
}

/**
 * Turns the Open Cookie Database CSV (the full file or the repository's extract) into the
 * compact data the classifier reads.
 * Throws when a needed column is missing (the file changed shape: look before shipping).
 */
export function buildCookieData(csv: string): CookieData {
  const [header, ...records] = parseCsv(csv);
  const index = columnIndex(header);
  const seen = new Set<string>();
  const rows: CookieDataRow[] = [];
  for (const record of records) {
    const name = cleanName(record[index.name] ?? '');
    if (!name) continue;
    const row: CookieDataRow = [
      name,
      (record[index.platform] ?? '').trim(),
      cleanDomains(record[index.domain] ?? ''),
      (record[index.category] ?? '').trim(),
      (record[index.retention] ?? '').trim(),
      (record[index.wildcard] ?? '').trim() === '1' ? 1 : 0,
    ];
    const key = JSON.stringify(row);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(row);
  }
  return { source: 'Open Cookie Database (https://github.com/jkwakman/Open-Cookie-Database)', license: 'Apache-2.0', columns: COOKIE_DATA_COLUMNS, rows };
}

/** The data file's text, as committed: one row per line so diffs stay readable. */
export function serializeCookieData(data: CookieData): string {
  const head = JSON.stringify({ source: data.source, license: data.license, columns: data.columns });
  return `${head.slice(0, -1)},"rows":[\n${data.rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}
