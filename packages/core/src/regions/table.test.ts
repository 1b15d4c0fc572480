import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EEA_COUNTRIES,
  EU_COUNTRIES,
  lawHonoursGpc,
  normalizeRegion,
  REGIMES,
  REGION_LAWS,
  REGION_TABLE_CHECKED,
  regimeForPolicy,
  regimeForRegion,
} from './table';
import { testPolicy, withChanges } from '../test/fixtures';

// The US state laws as researched on 2026-12-02: [state, law, in force, GPC required from (or null)].
const US_STATE_LAWS = [
  ['US-CA', 'CCPA as amended by CPRA', '2020-01-01', '2020-01-01'],
  ['US-VA', 'VCDPA', '2023-01-01', null],
  ['US-CO', 'CPA', '2023-07-01', '2024-07-01'],
  ['US-CT', 'CTDPA', '2023-07-01', '2025-01-01'],
  ['US-UT', 'UCPA', '2023-12-31', null],
  ['US-TX', 'TDPSA', '2024-07-01', '2025-01-01'],
  ['US-OR', 'OCPA', '2024-07-01', '2026-01-01'],
  ['US-MT', 'MCDPA', '2024-10-01', '2025-01-01'],
  ['US-IA', 'ICDPA', '2025-01-01', null],
  ['US-DE', 'DPDPA', '2025-01-01', '2026-01-01'],
  ['US-NE', 'NDPA', '2025-01-01', '2025-01-01'],
  ['US-NH', 'NH SB 255', '2025-01-01', '2025-01-01'],
  ['US-NJ', 'NJDPA', '2025-01-15', '2025-07-15'],
  ['US-TN', 'TIPA', '2025-07-01', null],
  ['US-MN', 'MCDPA', '2025-07-31', '2025-07-31'],
  ['US-MD', 'MODPA', '2025-10-01', '2025-10-01'],
  ['US-IN', 'ICDPA', '2026-01-01', null],
  ['US-KY', 'KCDPA', '2026-01-01', null],
  ['US-RI', 'RIDTPPA', '2026-01-01', null],
] as const;

const CHECKED = Date.parse('2026-12-02');

describe('the shipped region table', () => {
  it.each(US_STATE_LAWS)('%s: %s, in force %s, GPC from %s, is an opt-out regime', (region, law, inForce, gpcFrom) => {
    const entry = REGION_LAWS.find((e) => e.region === region)!;
    expect(entry.law.startsWith(law)).toBe(true);
    expect(entry.inForce).toBe(inForce);
    expect(entry.honoursGpc === false ? null : entry.honoursGpc.from).toBe(gpcFrom);
    expect(entry.regime).toBe('opt-out');
    expect(regimeForRegion(region, { table: true, now: CHECKED })).toBe('opt-out');
    expect(lawHonoursGpc(region, CHECKED)).toBe(gpcFrom !== null);
  });

  it('holds no US state besides the list, so a new law is a deliberate change here and in the list', () => {
    expect(REGION_LAWS.filter((e) => e.region.startsWith('US-')).map((e) => e.region).sort()).toEqual(
      US_STATE_LAWS.map(([region]) => region).sort(),
    );
  });

  it('puts every EU and EEA country under opt-in, and the UK, Brazil and Quebec too', () => {
    expect(EU_COUNTRIES).toHaveLength(27);
    for (const country of [...EEA_COUNTRIES, 'GB', 'BR', 'CA-QC']) {
      expect(regimeForRegion(country, { table: true, now: CHECKED }), country).toBe('opt-in');
    }
    expect(regimeForRegion('CH', { table: true, now: CHECKED })).toBe('opt-out');
    expect(regimeForRegion('CA-ON', { table: true, now: CHECKED })).toBe('notice');
  });

  it('applies a law only from the day it took effect, and GPC only from its own date', () => {
    expect(regimeForRegion('US-RI', { table: true, now: Date.parse('2025-12-31') })).toBe('opt-in');
    expect(lawHonoursGpc('US-OR', Date.parse('2025-12-31'))).toBe(false);
    expect(lawHonoursGpc('US-OR', Date.parse('2026-01-01'))).toBe(true);
  });

  it("gives every entry a regime, a law and a real date", () => {
    for (const entry of REGION_LAWS) {
      expect(REGIMES).toContain(entry.regime);
      expect(entry.law.length).toBeGreaterThan(2);
      expect(Number.isNaN(Date.parse(entry.inForce))).toBe(false);
    }
  });
});

describe('regimeForRegion', () => {
  it('is opt-in for everyone when regions are off or the region is unknown (C1, C3)', () => {
    expect(regimeForRegion('US-CA')).toBe('opt-in');
    expect(regimeForRegion(undefined, { table: true })).toBe('opt-in');
    expect(regimeForRegion('XX', { table: true })).toBe('opt-in');
    expect(regimeForRegion('JP', { table: true })).toBe('opt-in');
  });

  it("lets the site's map win, from the subdivision to its country to a group", () => {
    const regimes = { 'US-CA': 'opt-out', US: 'notice', EEA: 'opt-in', JP: 'none' } as const;
    expect(regimeForRegion('us-ca', { regimes })).toBe('opt-out');
    expect(regimeForRegion('US-WA', { regimes })).toBe('notice');
    expect(regimeForRegion('NO', { regimes })).toBe('opt-in');
    expect(regimeForRegion('JP', { regimes })).toBe('none');
    expect(regimeForRegion('US-VA', { regimes: { 'US-VA': 'none' }, table: true })).toBe('none');
  });

  it('falls back to the strictest regime the site declares where the region is unknown', () => {
    expect(regimeForRegion(undefined, { regimes: { US: 'opt-out', JP: 'none' } })).toBe('opt-out');
    expect(regimeForRegion('T1', { regimes: { JP: 'notice' } })).toBe('notice');
  });

  it('never throws and always answers a regime, whatever the header held', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constant(null), fc.constant(undefined)), (raw) => {
        expect(REGIMES).toContain(regimeForRegion(raw, { table: true }));
        expect(typeof lawHonoursGpc(raw)).toBe('boolean');
        const code = normalizeRegion(raw);
        if (code !== undefined) expect(code).toMatch(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/);
      }),
    );
  });
});

describe('the table in the README (C25)', () => {
  it('C25: the core README lists every region of the table with its regime, law, date and GPC duty, and the date it was checked', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`Checked ${REGION_TABLE_CHECKED}.`);
    for (const law of REGION_LAWS) {
      const gpc = law.honoursGpc === false ? 'no' : law.honoursGpc.from <= law.inForce ? 'yes' : `yes, from ${law.honoursGpc.from}`;
      expect(readme, law.region).toContain(`| ${law.region} | ${law.regime} | ${law.law} | ${law.inForce} | ${gpc} |`);
    }
  });
});

describe('regimeForPolicy (C25)', () => {
  const now = Date.UTC(2026, 11, 2);
  it('C1 C25: a policy without regions has no regime, whatever the region, so decisions stay opt-in as before', () => {
    for (const region of ['US-CA', 'DE', undefined, 'nonsense']) expect(regimeForPolicy(testPolicy, region, now)).toBeUndefined();
  });

  it('C25: a policy with regions: its map first, then the table when turned on, and the strictest declared regime when unknown', () => {
    const mapped = withChanges({ regions: { regimes: { US: 'opt-out', AQ: 'none' } } });
    expect([regimeForPolicy(mapped, 'US-TX', now), regimeForPolicy(mapped, 'US-CA', now), regimeForPolicy(mapped, 'DE', now)]).toEqual(['opt-out', 'opt-out', 'opt-out']);
    const table = withChanges({ regions: { regimes: { AQ: 'none' }, table: true } });
    expect([regimeForPolicy(table, 'US-CA', now), regimeForPolicy(table, 'FR', now), regimeForPolicy(table, 'T1', now)]).toEqual(['opt-out', 'opt-in', 'opt-in']);
    // An unknown region gets the table's strictest regime too, not only the map's laxer one.
    expect([regimeForPolicy(table, undefined, now), regimeForPolicy(table, 'AQ', now)]).toEqual(['opt-in', 'none']);
  });
});
