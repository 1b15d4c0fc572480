import { preset, gtag } from '../preset';
import type { GoogleTagOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link googleAnalytics4}. */
export interface GoogleAnalytics4Options<Id extends string = 'google-analytics-4', C extends string = 'statistics'> extends GoogleTagOptions<Id, C> {
  /** The measurement id, such as `G-XXXXXXX`. */
  readonly measurementId: string;
}

/**
 * Google Analytics 4 (gtag.js). First-party `_ga` and `_ga_<id>` cookies; the loader sets `cookie_expires` to 13 months (C7). Consent Mode basic by default; `consentMode: 'advanced'` loads the tag before consent with `analytics_storage` denied.
 *
 * Sources:
 * - https://support.google.com/analytics/answer/11397207 ([GA4] Cookie usage on websites: _ga and _ga_<container-id>, 2 years by default, configurable)
 * - https://developers.google.com/tag-platform/security/concepts/consent-mode (Consent Mode basic and advanced)
 * - Open Cookie Database: _ga, _ga_ (Google Analytics, Analytics)
 *
 * @example
 * ```ts
 * services: [googleAnalytics4({ measurementId: 'G-XXXXXXX' })]
 * ```
 */
export function googleAnalytics4<const Id extends string = 'google-analytics-4', const C extends string = 'statistics'>(
  o: GoogleAnalytics4Options<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'google-analytics-4',
      provider: 'Google Analytics',
      party: { type: 'third', name: 'Google Ireland Limited', privacyUrl: 'https://policies.google.com/privacy' },
      purposes: [{ code: 'analytics' }],
      storage: [{ name: '_ga', duration: '13 months', domain: o.cookieDomain }, { name: '_ga_*', duration: '13 months', domain: o.cookieDomain }],
    },
    {
      fn: 'analytics',
      location: 'US',
      kind: 'statistics',
      consentModeTypes: ['analytics_storage'],
      script: `https://www.googletagmanager.com/gtag/js?id=${o.measurementId}`,
      init: (w) => {
        const g = gtag(w);
        g('js', new Date());
        // 13 months in seconds: Google's default is 2 years (C7).
        g('config', o.measurementId, { cookie_domain: o.cookieDomain, cookie_expires: 34186698 });
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const googleAnalytics4Facts: PresetFacts = {
  "overrides": {
    "_ga": "Google sets 2 years by default; the loader sets cookie_expires to 13 months, as C7 allows consent-bound storage 13 months at most",
    "_ga_*": "Google sets 2 years by default; the loader sets cookie_expires to 13 months, as C7 allows consent-bound storage 13 months at most"
  }
};
