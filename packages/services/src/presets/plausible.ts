import { preset } from '../preset';
import type { CookielessOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link plausible}. */
export interface PlausibleOptions<Id extends string = 'plausible', C extends string = 'statistics'> extends CookielessOptions<Id, C> {
  /** The site's domain as registered in Plausible. */
  readonly domain: string;
  /** The script to load; default Plausible's standard one. */
  readonly src?: string;
}

/**
 * Plausible Analytics. Cookieless: it stores nothing on the device, but still reads it and sends from it, which EDPB Guidelines 2/2023 bring under art. 5(3) ePrivacy. So it is gated by default; `gated: false` runs it at once, for a site relying on an exemption, and the policy page says so.
 *
 * Sources:
 * - https://plausible.io/data-policy (no cookies, no persistent identifiers; hosted in Germany)
 * - https://plausible.io/docs/plausible-script (data-domain)
 * - Open Cookie Database: plausible_ (Plausible Analytics, "Varies": the site owner's own opt-out key, not set for visitors)
 *
 * @example
 * ```ts
 * services: [plausible({ domain: 'example.com' })]
 * ```
 */
export function plausible<const Id extends string = 'plausible', const C extends string = 'statistics'>(
  o: PlausibleOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'plausible',
      provider: 'Plausible Analytics',
      party: { type: 'third', name: 'Plausible Insights OÜ', privacyUrl: 'https://plausible.io/privacy' },
      purposes: [{ code: 'analytics' }],
      storage: [],
    },
    {
      fn: 'analytics',
      location: 'DE',
      kind: 'statistics',
      cookieless: true,
      script: o.src ?? 'https://plausible.io/js/script.js',
      attributes: { 'data-domain': o.domain },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const plausibleFacts: PresetFacts = {};
