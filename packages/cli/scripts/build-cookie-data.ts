// Regenerates src/data/open-cookie-database.json from the Open Cookie Database CSV kept in the
// repository's shared data (Apache-2.0). Run with `pnpm data`; commit the result. The test
// `cookie-data.test.ts` fails when the committed file differs from a fresh generation.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCookieData, serializeCookieData } from '../src/cookie-data';

export const CSV_PATH = fileURLToPath(new URL('../../../../shared/data/open-cookie-database.csv', import.meta.url));
export const DATA_PATH = fileURLToPath(new URL('../src/data/open-cookie-database.json', import.meta.url));

const csv = readFileSync(process.argv[2] ?? CSV_PATH, 'utf8');
const data = buildCookieData(csv);
writeFileSync(DATA_PATH, serializeCookieData(data));
console.log(`cookiekit: wrote ${data.rows.length} cookies to ${DATA_PATH}`);
