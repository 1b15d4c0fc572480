import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link hubspot}. */
export interface HubspotOptions<Id extends string = 'hubspot', C extends string = 'marketing'> extends PresetOptions<Id, C> {
  /** The HubSpot account (hub) id. */
  readonly portalId: string;
}

/**
 * HubSpot tracking code. First-party `hubspotutk` and `__hstc` (6 months), `__hssc` (30 minutes), `__hssrc` (session).
 *
 * Sources:
 * - https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser (hubspotutk and __hstc 6 months, __hssc 30 minutes, __hssrc session)
 * - Open Cookie Database: hubspotutk, __hstc, __hssc, __hssrc (Hubspot)
 *
 * @example
 * ```ts
 * services: [hubspot({ portalId: '1234567' })]
 * ```
 */
export function hubspot<const Id extends string = 'hubspot', const C extends string = 'marketing'>(
  o: HubspotOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'hubspot',
      provider: 'HubSpot',
      party: { type: 'third', name: 'HubSpot Ireland Limited', privacyUrl: 'https://legal.hubspot.com/privacy-policy' },
      purposes: [{ code: 'analytics' }, { code: 'advertising' }],
      storage: [{ name: 'hubspotutk', duration: '6 months', domain: o.cookieDomain }, { name: '__hstc', duration: '6 months', domain: o.cookieDomain }, { name: '__hssc', duration: '30 minutes', domain: o.cookieDomain }, { name: '__hssrc', duration: 'session', domain: o.cookieDomain }],
    },
    {
      fn: 'marketing-automation',
      location: 'US',
      kind: 'marketing',
      script: `https://js.hs-scripts.com/${encodeURIComponent(o.portalId)}.js`,
      attributes: { id: 'hs-script-loader' },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const hubspotFacts: PresetFacts = {
  "overrides": {
    "hubspotutk": "HubSpot now documents 6 months; the database gives 13 months",
    "__hstc": "HubSpot now documents 6 months; the database gives 13 months"
  }
};
