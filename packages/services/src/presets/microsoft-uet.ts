import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link microsoftUet}. */
export interface MicrosoftUetOptions<Id extends string = 'microsoft-uet', C extends string = 'marketing'> extends PresetOptions<Id, C> {
  /** The UET tag id. */
  readonly tagId: string;
}

/**
 * Microsoft Advertising Universal Event Tracking (UET). First-party `_uetsid` (1 day) and `_uetvid` (13 months); `MUID` on bing.com.
 *
 * Sources:
 * - https://learn.microsoft.com/en-us/advertising/guides/universal-event-tracking (bat.js and the uetq queue)
 * - https://help.ads.microsoft.com/#apex/ads/en/60212/-1 (UET cookies: _uetsid 1 day, _uetvid 13 months, first-party)
 * - Open Cookie Database: _uetsid, _uetvid, MUID (Bing / Microsoft)
 *
 * @example
 * ```ts
 * services: [microsoftUet({ tagId: '12345678' })]
 * ```
 */
export function microsoftUet<const Id extends string = 'microsoft-uet', const C extends string = 'marketing'>(
  o: MicrosoftUetOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'microsoft-uet',
      provider: 'Microsoft Advertising',
      party: { type: 'third', name: 'Microsoft Ireland Operations Limited', privacyUrl: 'https://privacy.microsoft.com/privacystatement' },
      purposes: [{ code: 'advertising' }],
      storage: [{ name: '_uetsid', duration: '1 day', domain: o.cookieDomain }, { name: '_uetvid', duration: '13 months', domain: o.cookieDomain }, { name: 'MUID', duration: '1 year', domain: 'bing.com' }],
    },
    {
      fn: 'advertising',
      location: 'US',
      kind: 'marketing',
      script: 'https://bat.bing.com/bat.js',
      init: (w) => void (w.uetq ??= []),
      // bat.js defines UET; Microsoft's snippet starts it on load.
      ready: (w) => {
        w.uetq = new w.UET({ ti: o.tagId, q: w.uetq });
        w.uetq.push('pageLoad');
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const microsoftUetFacts: PresetFacts = {
  "overrides": {
    "_uetsid": "Microsoft sets it first-party on the site's domain for 1 day; the database says bing.com (3rd party), 30 minutes",
    "_uetvid": "Microsoft sets it first-party on the site's domain for 13 months; the database says bing.com (3rd party), 16 days"
  }
};
