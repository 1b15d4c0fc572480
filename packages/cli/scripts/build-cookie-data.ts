// Regenerates src/data/open-cookie-database.json from the facts-only extract of the Open Cookie
// Database (Apache-2.0) committed beside it, src/data/open-cookie-database.csv. Run with
// `pnpm data`; commit the result. The test `cookie-data.test.ts` fails when the committed JSON
// differs from a fresh generation.
//
// To take a new upstream release: `pnpm data --extract path/to/open-cookie-database.csv` first
// rewrites the extract from the full upstream CSV (only the six kept columns), then the JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildCookieData, extractCookieDatabase, serializeCookieData } from '../src/cookie-data';

export const EXTRACT_PATH = fileURLToPath(new URL('../src/data/open-cookie-database.csv', import.meta.url));
export const DATA_PATH = fileURLToPath(new URL('../src/data/open-cookie-database.json', import.meta.url));

const { values } = parseArgs({ options: { extract: { type: 'string' } } });
if (values.extract) {
  writeFileSync(EXTRACT_PATH, extractCookieDatabase(readFileSync(values.extract, 'utf8')));
  console.log(`cookiekit: wrote the extract of ${values.extract} to ${EXTRACT_PATH}`);
}
const data = buildCookieData(readFileSync(EXTRACT_PATH, 'utf8'));
writeFileSync(DATA_PATH, serializeCookieData(data));
console.log(`cookiekit: wrote ${data.rows.length} cookies to ${DATA_PATH}`);
