import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link adobeAnalytics}. */
export interface AdobeAnalyticsOptions<Id extends string = 'adobe-analytics', C extends string = 'statistics'> extends PresetOptions<Id, C> {
  /** The tags property's embed code address, `https://assets.adobedtm.com/…/launch-….min.js`. */
  readonly src: string;
}

/**
 * Adobe Analytics (AppMeasurement through Adobe tags). First-party `s_cc`, `s_sq`, `s_vi`, `s_fid`, `s_ecid` and `AMCV_*`. Adobe's default for the visitor cookies is 2 years: set the visitor ID service's `cookieLifetime` to 13 months in the tags property (C7); the preset declares 13 months.
 *
 * Sources:
 * - https://experienceleague.adobe.com/en/docs/core-services/interface/data-collection/cookies/analytics (s_cc, s_sq session; s_vi, s_fid, s_ecid 2 years)
 * - https://experienceleague.adobe.com/en/docs/id-service/using/reference/cookies (AMCV_ 2 years, AMCVS_ session; cookieLifetime)
 * - Open Cookie Database: s_cc, s_sq, s_vi, s_fid, s_ecid (Adobe Analytics), AMCV_, AMCVS_ (Adobe Audience Manager)
 *
 * @example
 * ```ts
 * services: [adobeAnalytics({ src: 'https://assets.adobedtm.com/abc/def/launch-123.min.js' })]
 * ```
 */
export function adobeAnalytics<const Id extends string = 'adobe-analytics', const C extends string = 'statistics'>(
  o: AdobeAnalyticsOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'adobe-analytics',
      provider: 'Adobe Analytics',
      party: { type: 'third', name: 'Adobe Systems Software Ireland Limited', privacyUrl: 'https://www.adobe.com/privacy/policy.html' },
      purposes: [{ code: 'analytics' }],
      storage: [{ name: 's_cc', duration: 'session', domain: o.cookieDomain }, { name: 's_sq', duration: 'session', domain: o.cookieDomain }, { name: 's_vi', duration: '13 months', domain: o.cookieDomain }, { name: 's_fid', duration: '13 months', domain: o.cookieDomain }, { name: 's_ecid', duration: '13 months', domain: o.cookieDomain }, { name: 'AMCV_*', duration: '13 months', domain: o.cookieDomain }, { name: 'AMCVS_*', duration: 'session', domain: o.cookieDomain }],
    },
    {
      fn: 'analytics',
      location: 'US',
      kind: 'statistics',
      script: o.src,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const adobeAnalyticsFacts: PresetFacts = {
  "overrides": {
    "s_vi": "Adobe's default is 2 years; the site sets cookieLifetime to 13 months, as C7 allows consent-bound storage 13 months at most",
    "s_fid": "Adobe's default is 2 years (the database says 5); the site sets cookieLifetime to 13 months, as C7 allows consent-bound storage 13 months at most",
    "s_ecid": "Adobe's default is 2 years; the site sets cookieLifetime to 13 months, as C7 allows consent-bound storage 13 months at most",
    "AMCV_*": "Adobe's default is 2 years; the site sets cookieLifetime to 13 months, as C7 allows consent-bound storage 13 months at most"
  }
};
