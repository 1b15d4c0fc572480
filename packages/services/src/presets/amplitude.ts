import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link amplitude}. */
export interface AmplitudeOptions<Id extends string = 'amplitude', C extends string = 'statistics'> extends PresetOptions<Id, C> {
  /** The project API key. */
  readonly apiKey: string;
}

/**
 * Amplitude. First-party `AMP_<key>` and `AMP_MKTG_<key>`, 1 year.
 *
 * Sources:
 * - https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2 (cookies AMP_<API key> and AMP_MKTG_<API key>, 365 days)
 * - Open Cookie Database: AMP_, AMP_MKTG_ (Amplitude)
 *
 * @example
 * ```ts
 * services: [amplitude({ apiKey: '0123456789abcdef' })]
 * ```
 */
export function amplitude<const Id extends string = 'amplitude', const C extends string = 'statistics'>(
  o: AmplitudeOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'amplitude',
      provider: 'Amplitude',
      party: { type: 'third', name: 'Amplitude, Inc.', privacyUrl: 'https://amplitude.com/privacy' },
      purposes: [{ code: 'analytics' }],
      storage: [{ name: 'AMP_*', duration: '1 year', domain: o.cookieDomain }],
    },
    {
      fn: 'analytics',
      location: 'US',
      kind: 'statistics',
      script: `https://cdn.amplitude.com/script/${encodeURIComponent(o.apiKey)}.js`,
      ready: (w) => w.amplitude?.init?.(o.apiKey),
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const amplitudeFacts: PresetFacts = {};
