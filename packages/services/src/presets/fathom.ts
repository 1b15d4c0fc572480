import { preset } from '../preset';
import type { CookielessOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link fathom}. */
export interface FathomOptions<Id extends string = 'fathom', C extends string = 'statistics'> extends CookielessOptions<Id, C> {
  /** The site id. */
  readonly siteId: string;
}

/**
 * Fathom Analytics. Cookieless, gated by default as Plausible is; `gated: false` for a site relying on an exemption.
 *
 * Sources:
 * - https://usefathom.com/privacy (no cookies; EU visitors' data processed in the EU)
 * - https://usefathom.com/docs/script/embed (script.js and data-site)
 * - Open Cookie Database: _fathom (Fathom Analytics, "Varies": the site owner's own setting, not set for visitors)
 *
 * @example
 * ```ts
 * services: [fathom({ siteId: 'ABCDEFG' })]
 * ```
 */
export function fathom<const Id extends string = 'fathom', const C extends string = 'statistics'>(
  o: FathomOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'fathom',
      provider: 'Fathom Analytics',
      party: { type: 'third', name: 'Conva Ventures Inc.', privacyUrl: 'https://usefathom.com/privacy' },
      purposes: [{ code: 'analytics' }],
      storage: [],
    },
    {
      fn: 'analytics',
      location: 'CA',
      kind: 'statistics',
      cookieless: true,
      script: 'https://cdn.usefathom.com/script.js',
      attributes: { 'data-site': o.siteId },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const fathomFacts: PresetFacts = {};
