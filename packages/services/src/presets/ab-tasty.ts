import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link abTasty}. */
export interface AbTastyOptions<Id extends string = 'ab-tasty', C extends string = 'statistics'> extends PresetOptions<Id, C> {
  /** The account identifier of the tag. */
  readonly accountId: string;
}

/**
 * AB Tasty. First-party `ABTasty` (13 months) and `ABTastySession` (session).
 *
 * Sources:
 * - https://docs.abtasty.com/ (AB Tasty cookies: ABTasty 13 months, ABTastySession session)
 * - Open Cookie Database: ABTasty, ABTastySession (ABTasty)
 *
 * @example
 * ```ts
 * services: [abTasty({ accountId: '0123456789abcdef' })]
 * ```
 */
export function abTasty<const Id extends string = 'ab-tasty', const C extends string = 'statistics'>(
  o: AbTastyOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'ab-tasty',
      provider: 'AB Tasty',
      party: { type: 'third', name: 'AB Tasty SAS', privacyUrl: 'https://www.abtasty.com/privacy-policy/' },
      purposes: [{ code: 'ab-testing' }],
      storage: [{ name: 'ABTasty', duration: '13 months', domain: o.cookieDomain }, { name: 'ABTastySession', duration: 'session', domain: o.cookieDomain }],
    },
    {
      fn: 'ab-testing',
      location: 'FR',
      kind: 'statistics',
      script: `https://try.abtasty.com/${encodeURIComponent(o.accountId)}.js`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const abTastyFacts: PresetFacts = {};
