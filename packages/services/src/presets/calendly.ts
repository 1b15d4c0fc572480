import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link calendly}. */
export interface CalendlyOptions<Id extends string = 'calendly', C extends string = 'preferences'> extends PresetOptions<Id, C> {}

/**
 * Calendly inline embed. `embedAttributes(calendly(), 'acme/30min')`. Cloudflare's bot cookie `__cf_bm` on calendly.com.
 *
 * Sources:
 * - https://help.calendly.com/hc/en-us/articles/223147027 (embed options)
 * - https://calendly.com/legal/cookie-notice
 * - https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/ (__cf_bm, 30 minutes)
 * - Open Cookie Database: __cf_bm (Cloudflare)
 *
 * @example
 * ```ts
 * services: [calendly()]
 * ```
 */
export function calendly<const Id extends string = 'calendly', const C extends string = 'preferences'>(
  o: CalendlyOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'calendly',
      provider: 'Calendly',
      party: { type: 'third', name: 'Calendly LLC', privacyUrl: 'https://calendly.com/legal/privacy-notice' },
      purposes: [{ code: 'embedded-content' }],
      storage: [{ name: '__cf_bm', duration: '30 minutes', domain: 'calendly.com' }],
    },
    {
      fn: 'scheduling',
      location: 'US',
      kind: 'preferences',
      embed: (ref) => `https://calendly.com/${ref.split('/').map(encodeURIComponent).join('/')}?embed_type=Inline`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const calendlyFacts: PresetFacts = {
  "overrides": {
    "__cf_bm": "Cloudflare documents 30 minutes; the database gives session"
  }
};
