import { preset, gtag } from '../preset';
import type { GoogleTagOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link googleAds}. */
export interface GoogleAdsOptions<Id extends string = 'google-ads', C extends string = 'marketing'> extends GoogleTagOptions<Id, C> {
  /** The conversion id, such as `AW-123456789`. */
  readonly conversionId: string;
}

/**
 * Google Ads conversion tracking and remarketing (gtag.js). The conversion linker's first-party `_gcl_*` cookies and DoubleClick's `IDE` and `test_cookie`. Consent Mode basic by default.
 *
 * Sources:
 * - https://business.safety.google/adscookies/ (Google's advertising cookies: _gcl_au and _gcl_aw 90 days, IDE 13 months in the EEA, test_cookie 15 minutes)
 * - https://support.google.com/google-ads/answer/7521212 (conversion tracking with the Google tag)
 * - Open Cookie Database: _gcl_au, _gcl_aw, _gcl_dc, IDE, test_cookie
 *
 * @example
 * ```ts
 * services: [googleAds({ conversionId: 'AW-123456789' })]
 * ```
 */
export function googleAds<const Id extends string = 'google-ads', const C extends string = 'marketing'>(
  o: GoogleAdsOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'google-ads',
      provider: 'Google Ads',
      party: { type: 'third', name: 'Google Ireland Limited', privacyUrl: 'https://policies.google.com/privacy' },
      purposes: [{ code: 'advertising' }],
      storage: [{ name: '_gcl_au', duration: '90 days', domain: o.cookieDomain }, { name: '_gcl_aw', duration: '90 days', domain: o.cookieDomain }, { name: '_gcl_dc', duration: '90 days', domain: o.cookieDomain }, { name: 'IDE', duration: '13 months', domain: 'doubleclick.net' }, { name: 'test_cookie', duration: '15 minutes', domain: 'doubleclick.net' }],
    },
    {
      fn: 'advertising',
      location: 'US',
      kind: 'marketing',
      consentModeTypes: ['ad_storage', 'ad_user_data', 'ad_personalization'],
      script: `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(o.conversionId)}`,
      init: (w) => {
        const g = gtag(w);
        g('js', new Date());
        g('config', o.conversionId, { cookie_domain: o.cookieDomain });
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const googleAdsFacts: PresetFacts = {
  "overrides": {
    "IDE": "Google documents 13 months in the EEA, UK and Switzerland (24 months elsewhere); the database gives 2 years",
    "test_cookie": "Google documents 15 minutes; the database gives 1 year"
  }
};
