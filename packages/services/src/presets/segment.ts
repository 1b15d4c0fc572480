import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link segment}. */
export interface SegmentOptions<Id extends string = 'segment', C extends string = 'statistics'> extends PresetOptions<Id, C> {
  /** The source's write key. */
  readonly writeKey: string;
}

/**
 * Segment (Twilio). First-party `ajs_anonymous_id` and `ajs_user_id`, 1 year. What Segment forwards to other tools needs those tools declared too.
 *
 * Sources:
 * - https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/identity/ (ajs_anonymous_id, ajs_user_id; 1 year)
 * - Open Cookie Database: ajs_anonymous_id, ajs_user_id (listed for Trustpilot, which uses Segment)
 *
 * @example
 * ```ts
 * services: [segment({ writeKey: 'abc123' })]
 * ```
 */
export function segment<const Id extends string = 'segment', const C extends string = 'statistics'>(
  o: SegmentOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'segment',
      provider: 'Segment',
      party: { type: 'third', name: 'Twilio Inc.', privacyUrl: 'https://www.twilio.com/en-us/legal/privacy' },
      purposes: [{ code: 'analytics' }],
      storage: [{ name: 'ajs_anonymous_id', duration: '1 year', domain: o.cookieDomain }, { name: 'ajs_user_id', duration: '1 year', domain: o.cookieDomain }],
    },
    {
      fn: 'customer-data',
      location: 'US',
      kind: 'statistics',
      script: `https://cdn.segment.com/analytics.js/v1/${encodeURIComponent(o.writeKey)}/analytics.min.js`,
      init: (w) => {
        const a: any = (w.analytics ??= []);
        a._writeKey = o.writeKey;
        a.push(['page']);
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const segmentFacts: PresetFacts = {};
