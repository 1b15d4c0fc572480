import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link mixpanel}. */
export interface MixpanelOptions<Id extends string = 'mixpanel', C extends string = 'statistics'> extends PresetOptions<Id, C> {
  /** The project token. */
  readonly token: string;
}

/**
 * Mixpanel. First-party `mp_<token>_mixpanel`, 1 year.
 *
 * Sources:
 * - https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript (the mp_<token>_mixpanel cookie, cookie_expiration 365 days)
 * - Open Cookie Database: mp_ (Mixpanel)
 *
 * @example
 * ```ts
 * services: [mixpanel({ token: '0123456789abcdef' })]
 * ```
 */
export function mixpanel<const Id extends string = 'mixpanel', const C extends string = 'statistics'>(
  o: MixpanelOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'mixpanel',
      provider: 'Mixpanel',
      party: { type: 'third', name: 'Mixpanel, Inc.', privacyUrl: 'https://mixpanel.com/legal/privacy-policy/' },
      purposes: [{ code: 'analytics' }],
      storage: [{ name: 'mp_*', duration: '1 year', domain: o.cookieDomain }],
    },
    {
      fn: 'analytics',
      location: 'US',
      kind: 'statistics',
      script: 'https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js',
      ready: (w) => w.mixpanel?.init?.(o.token),
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const mixpanelFacts: PresetFacts = {};
