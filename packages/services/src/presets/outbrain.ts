import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link outbrain}. */
export interface OutbrainOptions<Id extends string = 'outbrain', C extends string = 'marketing'> extends PresetOptions<Id, C> {}

/**
 * Outbrain. Recommendation widgets; Outbrain's cookies on outbrain.com.
 *
 * Sources:
 * - https://www.outbrain.com/privacy/cookies/ (obuid 3 months, adrl and mdfrc 4 months)
 * - https://www.outbrain.com/help/advertisers/widget-code/ (outbrain.js)
 * - Open Cookie Database: obuid, adrl, mdfrc (Outbrain)
 *
 * @example
 * ```ts
 * services: [outbrain()]
 * ```
 */
export function outbrain<const Id extends string = 'outbrain', const C extends string = 'marketing'>(
  o: OutbrainOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'outbrain',
      provider: 'Outbrain',
      party: { type: 'third', name: 'Outbrain Inc.', privacyUrl: 'https://www.outbrain.com/privacy/' },
      purposes: [{ code: 'advertising' }, { code: 'personalisation' }],
      storage: [{ name: 'obuid', duration: '3 months', domain: 'outbrain.com' }, { name: 'adrl', duration: '4 months', domain: 'outbrain.com' }, { name: 'mdfrc', duration: '4 months', domain: 'outbrain.com' }],
    },
    {
      fn: 'advertising',
      location: 'US',
      kind: 'marketing',
      script: 'https://widgets.outbrain.com/outbrain.js',
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const outbrainFacts: PresetFacts = {};
