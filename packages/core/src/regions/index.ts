/**
 * `@cookiekit/core/regions`: the dated table of regions and their laws, and the regime for a
 * visitor's region (C25). Kept out of the main entry: only a server that turns regions on needs it.
 */
export {
  REGIMES,
  isStricterRegime,
  type Regime,
  type RegionLaw,
  type RegimeLookup,
  REGION_TABLE_CHECKED,
  EU_COUNTRIES,
  EEA_COUNTRIES,
  REGION_GROUPS,
  REGION_LAWS,
  normalizeRegion,
  regimeForRegion,
  regimeForPolicy,
  lawHonoursGpc,
  consentModeRegions,
} from './table';
