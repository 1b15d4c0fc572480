import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCookieData, cleanDomains, cleanName, serializeCookieData, type CookieData } from './cookie-data';
import { parseCsv } from './csv';
import pkg from '../package.json';

const CSV = fileURLToPath(new URL('../../../../shared/data/open-cookie-database.csv', import.meta.url));
const LICENSE = fileURLToPath(new URL('../../../../shared/data/open-cookie-database.LICENSE', import.meta.url));
const DATA = fileURLToPath(new URL('./data/open-cookie-database.json', import.meta.url));
const packageFile = (name: string) => fileURLToPath(new URL(`../${name}`, import.meta.url));

describe('the shipped Open Cookie Database data', () => {
  it('is what a fresh generation from the shared CSV gives (run `pnpm data` after updating the CSV)', () => {
    expect(existsSync(CSV), `the Open Cookie Database CSV is expected at ${CSV}`).toBe(true);
    const fresh = serializeCookieData(buildCookieData(readFileSync(CSV, 'utf8')));
    expect(readFileSync(DATA, 'utf8')).toBe(fresh);
  });

  it('keeps one row per database record, with only name, platform, domain, category, retention and wildcard', () => {
    const data = JSON.parse(readFileSync(DATA, 'utf8')) as CookieData;
    const records = parseCsv(readFileSync(CSV, 'utf8')).slice(1);
    expect(data.columns).toEqual(['name', 'platform', 'domain', 'category', 'retention', 'wildcard']);
    expect(data.license).toBe('Apache-2.0');
    expect(data.rows.length).toBe(records.length);
    for (const row of data.rows) {
      expect(row).toHaveLength(6);
      expect([0, 1]).toContain(row[5]);
    }
    expect(data.rows).toContainEqual(['sessionid', 'Instagram', 'instagram.com', 'Marketing', '1 year', 0]);
  });

  it('carries no description sentences (the CSV does; the package must not)', () => {
    const text = readFileSync(DATA, 'utf8');
    const descriptions = parseCsv(readFileSync(CSV, 'utf8'))
      .slice(1)
      .map((r) => r[5] ?? '')
      .filter((d) => d.length > 40);
    expect(descriptions.length).toBeGreaterThan(100);
    for (const d of descriptions.slice(0, 300)) expect(text.includes(d)).toBe(false);
    expect(text).not.toMatch(/business\.safety\.google|privacy policy/i);
  });

  it('ships the attribution and the Apache-2.0 licence with the package', () => {
    expect(pkg.files).toEqual(expect.arrayContaining(['NOTICE', 'open-cookie-database.LICENSE']));
    expect(readFileSync(packageFile('open-cookie-database.LICENSE'), 'utf8')).toBe(readFileSync(LICENSE, 'utf8'));
    const notice = readFileSync(packageFile('NOTICE'), 'utf8');
    expect(notice).toMatch(/Open Cookie Database/);
    expect(notice).toMatch(/Apache License, Version 2\.0/);
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
