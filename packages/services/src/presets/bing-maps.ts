import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link bingMaps}. */
export interface BingMapsOptions<Id extends string = 'bing-maps', C extends string = 'marketing'> extends PresetOptions<Id, C> {}

/**
 * Bing Maps embed. `embedAttributes(bingMaps(), 'cp=48.858~2.294&lvl=15')`: the query of Bing's embed address. Microsoft's `MUID` and `MR` on bing.com.
 *
 * Sources:
 * - https://www.bing.com/maps/embed (Bing Maps embed addresses)
 * - https://privacy.microsoft.com/privacystatement (cookies: MUID 1 year, MR 6 months)
 * - Open Cookie Database: MUID, MR (Bing / Microsoft)
 *
 * @example
 * ```ts
 * services: [bingMaps()]
 * ```
 */
export function bingMaps<const Id extends string = 'bing-maps', const C extends string = 'marketing'>(
  o: BingMapsOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'bing-maps',
      provider: 'Bing Maps',
      party: { type: 'third', name: 'Microsoft Ireland Operations Limited', privacyUrl: 'https://privacy.microsoft.com/privacystatement' },
      purposes: [{ code: 'embedded-content' }, { code: 'advertising' }],
      storage: [{ name: 'MUID', duration: '1 year', domain: 'bing.com' }, { name: 'MR', duration: '6 months', domain: 'bing.com' }],
    },
    {
      fn: 'maps',
      location: 'US',
      kind: 'marketing',
      embed: (query) => `https://www.bing.com/maps/embed?${query}`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const bingMapsFacts: PresetFacts = {};
