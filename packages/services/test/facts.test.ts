// Every preset's storage items against the Open Cookie Database's facts (the repository's extract,
// Apache-2.0): a name the database lists must have its lifetime and party, unless the preset says
// why not in its facts' `overrides`; a reason without a difference fails too, so reasons stay true.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDuration, type StorageItem } from '@cookiekit/core';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/all';

/** RFC 4180 rows: quoted fields may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

interface Fact {
  readonly name: string;
  readonly platform: string;
  readonly domain: string;
  readonly retention: string;
  readonly wildcard: boolean;
}
const csv = readFileSync(fileURLToPath(new URL('../../cli/src/data/open-cookie-database.csv', import.meta.url)), 'utf8');
const [header, ...records] = parseCsv(csv);
const col = (title: string) => header!.indexOf(title);
const facts: Fact[] = records.map((r) => ({
  name: (r[col('Cookie / Data Key name')] ?? '').trim(),
  platform: r[col('Platform')] ?? '',
  domain: (r[col('Domain')] ?? '').toLowerCase(),
  retention: (r[col('Retention period')] ?? '').trim(),
  wildcard: (r[col('Wildcard match')] ?? '').trim() === '1',
}));

/** The database's retention in seconds: `session` is 0; what no duration reads (`forever`, `Varies`) is undefined. */
function retentionSeconds(retention: string): number | undefined {
  const text = retention.toLowerCase().replace(/^end of session.*$/, 'session');
  return text === 'session' ? 0 : parseDuration(text);
}

const sameLifetime = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && (a === b || Math.abs(a - b) <= 0.05 * Math.max(a, b));

/** Whether a database entry agrees with a declared item: same lifetime (within 5 %, for rounding), and the same party. */
function agrees(item: StorageItem, fact: Fact): boolean {
  if (!sameLifetime(parseDuration(item.duration), retentionSeconds(fact.retention))) return false;
  const domains = fact.domain.replace(/\(3rd party\)/g, '').split(/\s+or\s+|\s+/).map((d) => d.replace(/^\./, '')).filter(Boolean);
  if (item.kind) return true; // storage keys live on the page's origin, whatever the column says
  if (!item.domain) return !fact.domain.includes('3rd party');
  return domains.length === 0 || domains.some((d) => d.endsWith(item.domain!.replace(/^\./, '')) || item.domain!.endsWith(d));
}

/** The database entries for a declared name: exact, or the wildcard entry for a declared prefix `name*`. */
const entriesFor = (name: string) =>
  name.endsWith('*') ? facts.filter((f) => f.wildcard && f.name === name.slice(0, -1)) : facts.filter((f) => f.name === name);

describe('presets against the Open Cookie Database', () => {
  it.each(catalog.map((e) => [e.name, e] as const))('%s: every difference has a reason, and every reason a difference', (_, entry) => {
    const service = entry.sample();
    const overrides = entry.facts.overrides ?? {};
    const differing = new Set<string>();
    for (const item of service.storage) {
      const name = item.name!;
      const found = entriesFor(name);
      if (!found.some((fact) => agrees(item, fact))) differing.add(name);
    }
    expect([...differing].sort(), `differences without a reason, or reasons without a difference`).toEqual(Object.keys(overrides).sort());
    for (const reason of Object.values(overrides)) expect(reason.length).toBeGreaterThan(20);
  });

  it.each(catalog.filter((e) => e.facts.omitted).map((e) => [e.name, e] as const))('%s: what it leaves out is in the database, and not declared', (_, entry) => {
    const declared = entry.sample().storage.map((s) => s.name);
    for (const name of Object.keys(entry.facts.omitted!)) {
      expect(facts.some((f) => f.name === name), name).toBe(true);
      expect(declared).not.toContain(name);
    }
  });

  it('the Meta Pixel keeps _fbp on the site\'s own domain, where the database says facebook.com: an explicit override', () => {
    const meta = catalog.find((e) => e.name === 'meta-pixel')!;
    const fbp = meta.sample().storage.find((s) => s.name === '_fbp')!;
    expect(fbp.domain).toBeUndefined();
    expect(entriesFor('_fbp')[0]!.domain).toContain('facebook.com (3rd party)');
    expect(meta.facts.overrides?._fbp).toMatch(/first-party/);
  });
});
