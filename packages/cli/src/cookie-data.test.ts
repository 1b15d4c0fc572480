import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildCookieData,
  cleanDomains,
  cleanName,
  extractCookieDatabase,
  EXTRACT_HEADERS,
  serializeCookieData,
  type CookieData,
} from './cookie-data';
import { parseCsv } from './csv';
import pkg from '../package.json';

// The facts-only extract of the Open Cookie Database kept in the repository, with its licence.
const EXTRACT = fileURLToPath(new URL('./data/open-cookie-database.csv', import.meta.url));
const EXTRACT_LICENSE = fileURLToPath(new URL('./data/open-cookie-database.LICENSE', import.meta.url));
const EXTRACT_NOTICE = fileURLToPath(new URL('./data/open-cookie-database.NOTICE', import.meta.url));
const DATA = fileURLToPath(new URL('./data/open-cookie-database.json', import.meta.url));
const packageFile = (name: string) => fileURLToPath(new URL(`../${name}`, import.meta.url));
const extract = () => readFileSync(EXTRACT, 'utf8');

// A full upstream CSV in the upstream column order, with the columns the extract must drop.
const UPSTREAM = [
  'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match',
  '1a,Google Analytics,Analytics,_ga,,"Used to distinguish users, a long description sentence.",2 years,Google,https://business.safety.google/privacy/,0',
  '2b,Bing / Microsoft,Marketing,ACH01,.bing.com (3rd party) or .microsoft.com (3rd party),Says “hi”.,"1 year (in some countries, the period may be longer)",Microsoft,https://privacy.microsoft.com/,1',
  '',
].join('\n');

describe('the shipped Open Cookie Database data', () => {
  it('is what a fresh generation from the committed extract gives (run `pnpm --filter @cookiekit/cli data`)', () => {
    const fresh = serializeCookieData(buildCookieData(extract()));
    expect(readFileSync(DATA, 'utf8')).toBe(fresh);
  });

  it('keeps one row per extract record, with only name, platform, domain, category, retention and wildcard', () => {
    const data = JSON.parse(readFileSync(DATA, 'utf8')) as CookieData;
    const records = parseCsv(extract()).slice(1);
    expect(data.columns).toEqual(['name', 'platform', 'domain', 'category', 'retention', 'wildcard']);
    expect(data.license).toBe('Apache-2.0');
    expect(records.length).toBeGreaterThan(2000);
    expect(data.rows.length).toBe(records.length);
    expect(data.rows.filter((row) => row.length !== 6 || (row[5] !== 0 && row[5] !== 1))).toEqual([]);
    expect(data.rows).toContainEqual(['sessionid', 'Instagram', 'instagram.com', 'Marketing', '1 year', 0]);
  });

  it('the extract holds the six fact columns only: no IDs, descriptions, controllers or links', () => {
    const [header, ...records] = parseCsv(extract());
    expect(header).toEqual([...EXTRACT_HEADERS]);
    const categories = new Set(records.map((r) => r[2]));
    expect(records.filter((r) => r.length !== 6)).toEqual([]);
    expect(records.filter((r) => r[5] !== '0' && r[5] !== '1')).toEqual([]);
    // Names, platforms and domains are identifiers; no cell is a link or a paragraph.
    expect(records.flat().filter((cell) => /https?:\/\//.test(cell) || cell.length >= 100)).toEqual([]);
    expect([...categories].sort()).toEqual(['Analytics', 'Functional', 'Marketing', 'Necessary', 'Personalization', 'Security']);
    expect(readFileSync(DATA, 'utf8')).not.toMatch(/business\.safety\.google|privacy policy/i);
  });

  it('ships the attribution and the Apache-2.0 licence with the package and beside the extract', () => {
    expect(pkg.files).toEqual(expect.arrayContaining(['NOTICE', 'open-cookie-database.LICENSE']));
    const license = readFileSync(packageFile('open-cookie-database.LICENSE'), 'utf8');
    expect(license).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    expect(readFileSync(EXTRACT_LICENSE, 'utf8')).toBe(license);
    const notice = readFileSync(packageFile('NOTICE'), 'utf8');
    expect(notice).toMatch(/Open Cookie Database/);
    expect(notice).toMatch(/Apache License, Version 2\.0/);
    const extractNotice = readFileSync(EXTRACT_NOTICE, 'utf8');
    expect(extractNotice).toMatch(/derived from the Open Cookie Database/);
    expect(extractNotice).toMatch(/Modified/);
    for (const title of EXTRACT_HEADERS) expect(extractNotice).toContain(`"${title}"`);
  });
});

describe('extracting the facts from a full upstream CSV', () => {
  it('keeps the six columns in the extract order, values unchanged, and drops the others', () => {
    const rows = parseCsv(extractCookieDatabase(UPSTREAM));
    expect(rows).toEqual([
      [...EXTRACT_HEADERS],
      ['_ga', 'Google Analytics', 'Analytics', '', '2 years', '0'],
      ['ACH01', 'Bing / Microsoft', 'Marketing', '.bing.com (3rd party) or .microsoft.com (3rd party)', '1 year (in some countries, the period may be longer)', '1'],
    ]);
    expect(extractCookieDatabase(UPSTREAM)).not.toMatch(/description|https:|Google,|1a/);
  });

  it('gives the same data from the extract as from the full CSV', () => {
    expect(buildCookieData(extractCookieDatabase(UPSTREAM))).toEqual(buildCookieData(UPSTREAM));
    expect(buildCookieData(UPSTREAM).rows).toEqual([
      ['_ga', 'Google Analytics', '', 'Analytics', '2 years', 0],
      ['ACH01', 'Bing / Microsoft', 'bing.com microsoft.com', 'Marketing', '1 year (in some countries, the period may be longer)', 1],
    ]);
  });

  it('refuses an upstream CSV without a kept column', () => {
    expect(() => extractCookieDatabase(UPSTREAM.replace('Retention period', 'Retention'))).toThrow(/"Retention period" column/);
  });
});

describe('cleaning the database columns', () => {
  it('turns annotated domains into host names', () => {
    expect(cleanDomains('facebook.com (3rd party)')).toBe('facebook.com');
    expect(cleanDomains('.bing.com (3rd party) or .microsoft.com (3rd party)')).toBe('bing.com microsoft.com');
    expect(cleanDomains('google-analytics.com (3rd party) or ')).toBe('google-analytics.com');
    expect(cleanDomains('ads-[account].adhese.com')).toBe('adhese.com');
    expect(cleanDomains('.commander1.com\u200b')).toBe('commander1.com');
    expect(cleanDomains('Inspectlet.com (3rd party)')).toBe('inspectlet.com');
    expect(cleanDomains('')).toBe('');
  });

  it('removes invisible characters and spaces around names', () => {
    expect(cleanName('ce_need_secure_cookie\t')).toBe('ce_need_secure_cookie');
    expect(cleanName('logglytrackings\u00adession')).toBe('logglytrackingsession');
  });

  it('refuses a CSV without the expected columns', () => {
    expect(() => buildCookieData('a,b\n1,2')).toThrow(/Cookie \/ Data Key name/);
  });
});
