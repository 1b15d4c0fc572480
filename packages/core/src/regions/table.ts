import type { CookiePolicy } from '../policy';
import { REGIMES, type Regime } from './regime';

export { REGIMES, isStricterRegime, type Regime } from './regime';

/** One region's law as the shipped table states it. */
export interface RegionLaw {
  /** ISO 3166-1 country (`GB`), ISO 3166-2 subdivision (`US-CA`) or a named group (`EEA`). */
  readonly region: string;
  readonly regime: Regime;
  /** The law, as it is usually cited. */
  readonly law: string;
  /** The date it took effect (ISO 8601). */
  readonly inForce: string;
  /**
   * Whether it requires honouring a universal opt-out signal such as Global Privacy Control, and
   * from when, where that came later than the law itself (ISO 8601); `false` where it does not.
   */
  readonly honoursGpc: false | { readonly from: string };
  /** What a site owner should know besides. */
  readonly note?: string;
}

/** The date the table was last checked against the laws. */
export const REGION_TABLE_CHECKED = '2026-12-02';

/** The 27 member states of the European Union (ISO 3166-1; Greece is `GR`). */
export const EU_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

/** The European Economic Area: the EU with Iceland, Liechtenstein and Norway. */
export const EEA_COUNTRIES = [...EU_COUNTRIES, 'IS', 'LI', 'NO'] as const;

/** Named groups of regions, usable wherever a region is. */
export const REGION_GROUPS: Readonly<Record<string, readonly string[]>> = { EU: EU_COUNTRIES, EEA: EEA_COUNTRIES };

const gpc = (from: string) => ({ from });

/**
 * The shipped table of regions, used only when a site turns regions on. The US rows are the
 * state consumer privacy laws in force on the date above; GPC dates are when honouring a
 * universal opt-out signal became required.
 */
export const REGION_LAWS: readonly RegionLaw[] = [
  {
    region: 'EEA',
    regime: 'opt-in',
    law: 'ePrivacy Directive art. 5(3) (as amended by Directive 2009/136/EC), with the GDPR',
    inForce: '2011-05-25',
    honoursGpc: false,
  },
  {
    region: 'GB',
    regime: 'opt-in',
    law: 'PECR reg. 6, as amended by the Data (Use and Access) Act 2025 s. 112',
    inForce: '2011-05-26',
    honoursGpc: false,
    note:
      'Section 112 of the Data (Use and Access) Act 2025, in force since 2026-02-05 (SI 2026/82), exempts storage for ' +
      'statistics about how the service is used, with a right to object; cookiekit keeps statistics opt-in unless the ' +
      'site declares the exemption on the service.',
  },
  {
    region: 'CH',
    regime: 'opt-out',
    law: 'Telecommunications Act (TCA/FMG) art. 45c',
    inForce: '2007-04-01',
    honoursGpc: false,
    note: 'Information and a right to refuse; sensitive data and profiling may need consent under the FADP.',
  },
  {
    region: 'BR',
    regime: 'opt-in',
    law: 'LGPD (Lei 13.709/2018), where consent is the legal basis',
    inForce: '2020-09-18',
    honoursGpc: false,
  },
  {
    region: 'CA',
    regime: 'notice',
    law: 'PIPEDA: implied consent for non-sensitive data',
    inForce: '2004-01-01',
    honoursGpc: false,
  },
  {
    region: 'CA-QC',
    regime: 'opt-in',
    law: 'Law 25 (Act respecting the protection of personal information in the private sector, s. 9.1): tracking off by default',
    inForce: '2023-09-22',
    honoursGpc: false,
  },
  { region: 'US-CA', regime: 'opt-out', law: 'CCPA as amended by CPRA', inForce: '2020-01-01', honoursGpc: gpc('2020-01-01'), note: 'CPRA amendments in force 2023-01-01.' },
  { region: 'US-VA', regime: 'opt-out', law: 'VCDPA', inForce: '2023-01-01', honoursGpc: false },
  { region: 'US-CO', regime: 'opt-out', law: 'CPA', inForce: '2023-07-01', honoursGpc: gpc('2024-07-01') },
  { region: 'US-CT', regime: 'opt-out', law: 'CTDPA', inForce: '2023-07-01', honoursGpc: gpc('2025-01-01') },
  { region: 'US-UT', regime: 'opt-out', law: 'UCPA', inForce: '2023-12-31', honoursGpc: false },
  { region: 'US-TX', regime: 'opt-out', law: 'TDPSA', inForce: '2024-07-01', honoursGpc: gpc('2025-01-01') },
  { region: 'US-OR', regime: 'opt-out', law: 'OCPA', inForce: '2024-07-01', honoursGpc: gpc('2026-01-01') },
  { region: 'US-MT', regime: 'opt-out', law: 'MCDPA', inForce: '2024-10-01', honoursGpc: gpc('2025-01-01') },
  { region: 'US-IA', regime: 'opt-out', law: 'ICDPA', inForce: '2025-01-01', honoursGpc: false },
  { region: 'US-DE', regime: 'opt-out', law: 'DPDPA', inForce: '2025-01-01', honoursGpc: gpc('2026-01-01') },
  { region: 'US-NE', regime: 'opt-out', law: 'NDPA', inForce: '2025-01-01', honoursGpc: gpc('2025-01-01') },
  { region: 'US-NH', regime: 'opt-out', law: 'NH SB 255', inForce: '2025-01-01', honoursGpc: gpc('2025-01-01') },
  { region: 'US-NJ', regime: 'opt-out', law: 'NJDPA', inForce: '2025-01-15', honoursGpc: gpc('2025-07-15') },
  { region: 'US-TN', regime: 'opt-out', law: 'TIPA', inForce: '2025-07-01', honoursGpc: false },
  { region: 'US-MN', regime: 'opt-out', law: 'MCDPA (Minnesota)', inForce: '2025-07-31', honoursGpc: gpc('2025-07-31') },
  { region: 'US-MD', regime: 'opt-out', law: 'MODPA', inForce: '2025-10-01', honoursGpc: gpc('2025-10-01') },
  { region: 'US-IN', regime: 'opt-out', law: 'ICDPA (Indiana)', inForce: '2026-01-01', honoursGpc: false },
  { region: 'US-KY', regime: 'opt-out', law: 'KCDPA', inForce: '2026-01-01', honoursGpc: false },
  { region: 'US-RI', regime: 'opt-out', law: 'RIDTPPA', inForce: '2026-01-01', honoursGpc: false },
];

/** Normalises a region code (`us-ca`, ` GB `) to its ISO spelling, or `undefined` if it is not one. */
export function normalizeRegion(region: string | null | undefined): string | undefined {
  if (typeof region !== 'string') return undefined;
  const code = region.trim().toUpperCase();
  // ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision of 1 to 3 letters or digits.
  return /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/.test(code) ? code : undefined;
}

/** Options of {@link regimeForRegion}. */
export interface RegimeLookup {
  /** The site's own map of regions and groups to regimes; it wins over the shipped table. */
  readonly regimes?: Readonly<Record<string, Regime>>;
  /** Use the shipped table for regions the site's map leaves out. */
  readonly table?: boolean;
  /** When the decision is made (ms), so a law not yet in force is not applied. */
  readonly now?: number;
}

/**
 * The regime for a visitor's region: the site's map first, then the shipped table (a
 * subdivision, then its country, then a group holding the country). Where the region is unknown
 * or has no entry, the strictest regime the site declares applies, and opt-in where it declares
 * none, so C1 and C3 hold by default.
 *
 * @example
 * ```ts
 * regimeForRegion('US-CA', { table: true }); // 'opt-out'
 * regimeForRegion('DE', { table: true }); // 'opt-in'
 * regimeForRegion(undefined, { regimes: { US: 'opt-out' } }); // 'opt-out'
 * ```
 */
export function regimeForRegion(region: string | null | undefined, lookup: RegimeLookup = {}): Regime {
  const code = normalizeRegion(region);
  const own = lookup.regimes ?? {};
  const now = lookup.now ?? Date.now();
  if (code) {
    const country = code.slice(0, 2);
    const groups = Object.keys(REGION_GROUPS).filter((group) => REGION_GROUPS[group]!.includes(country));
    for (const key of [code, country, ...groups]) {
      if (Object.hasOwn(own, key) && REGIMES.includes(own[key]!)) return own[key]!;
    }
    if (lookup.table) {
      for (const key of [code, country, ...groups]) {
        const law = REGION_LAWS.find((entry) => entry.region === key);
        if (law && Date.parse(law.inForce) <= now) return law.regime;
      }
    }
  }
  // With the table on, its regimes count as declared too: an unknown region never gets less than them.
  const declared = [...Object.values(own), ...(lookup.table ? REGION_LAWS.map((law) => law.regime) : [])].filter((regime) =>
    REGIMES.includes(regime),
  );
  // REGIMES is strictest first: where the region is unknown, the strictest declared regime applies.
  return REGIMES.find((regime) => declared.includes(regime)) ?? 'opt-in';
}

/**
 * The regime of a visitor's region under a policy (C25): its `regions` map, and the shipped table
 * when it turns that on; `undefined` when the policy has no `regions`, so every decision stays as
 * it was before regimes existed.
 *
 * @example
 * ```ts
 * regimeForPolicy(policy, 'US-CA', Date.now()); // 'opt-out' with regions: { table: true }
 * ```
 */
export function regimeForPolicy(policy: CookiePolicy, region: string | null | undefined, now: number): Regime | undefined {
  const regions = policy.regions;
  return regions && regimeForRegion(region, { regimes: regions.regimes, table: regions.table, now });
}

/**
 * Whether the region's law requires honouring a universal opt-out signal (GPC) on a date. Under
 * opt-in GPC is honoured anyway (it only refuses, C10); this answers for opt-out regions.
 */
export function lawHonoursGpc(region: string | null | undefined, now: number = Date.now()): boolean {
  const code = normalizeRegion(region);
  if (!code) return false;
  const law = REGION_LAWS.find((entry) => entry.region === code) ?? REGION_LAWS.find((entry) => entry.region === code.slice(0, 2));
  return !!law && law.honoursGpc !== false && Date.parse(law.honoursGpc.from) <= now;
}

/**
 * The regions a policy maps to each regime other than the one an unknown region gets, for
 * region-scoped Google Consent Mode defaults (`startConsentMode`'s `regions`, C25): the policy's
 * own `regions.regimes` (groups as their countries) and, when it turns the table on, the table's
 * laws in force. `[]` for a policy without `regions`.
 *
 * @example
 * ```ts
 * createCookieKit({ policy, consentMode: googleConsentMode({ regions: consentModeRegions(policy) }) });
 * // [{ regime: 'opt-out', region: ['CH', 'US-CA', …] }, { regime: 'notice', region: ['CA'] }]
 * ```
 */
export function consentModeRegions(
  policy: CookiePolicy,
  now: number = Date.now(),
): { readonly regime: Regime; readonly region: readonly string[] }[] {
  const regions = policy.regions;
  if (!regions) return [];
  const lookup = { regimes: regions.regimes, table: regions.table, now };
  const unknown = regimeForRegion(undefined, lookup);
  const codes = new Set<string>();
  const add = (key: string) => (REGION_GROUPS[key] ?? [key]).forEach((code) => codes.add(code));
  Object.keys(regions.regimes ?? {}).forEach(add);
  if (regions.table) REGION_LAWS.filter((law) => Date.parse(law.inForce) <= now).forEach((law) => add(law.region));
  const byRegime = new Map<Regime, string[]>();
  for (const code of [...codes].sort()) {
    const regime = regimeForRegion(code, lookup);
    // A subdivision under the same regime as its country needs no entry of its own.
    const country = code.length > 2 ? regimeForRegion(code.slice(0, 2), lookup) : unknown;
    if (regime !== country) byRegime.set(regime, [...(byRegime.get(regime) ?? []), code]);
  }
  return REGIMES.filter((regime) => byRegime.has(regime)).map((regime) => ({ regime, region: byRegime.get(regime)! }));
}
