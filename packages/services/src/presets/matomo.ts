import { preset } from '../preset';
import type { CookielessOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link matomo}. */
export interface MatomoOptions<Id extends string = 'matomo', C extends string = 'statistics'> extends CookielessOptions<Id, C> {
  /** The Matomo server's address, such as `https://stats.example.com/`. */
  readonly url: string;
  /** The site id. */
  readonly siteId: string | number;
  /** Track without cookies (`disableCookies`): nothing is stored, and the preset declares no item. */
  readonly cookieless?: boolean;
  /** Declare the CNIL audience-measurement exemption (C8): the site asserts every condition holds (anonymous output, no cross-site tracking, no combination, no extension on revisit) and keeps data at most `dataRetention`. Then it runs without consent, disclosed, with an opt-out. */
  readonly exemption?: { readonly dataRetention: string };
}

/**
 * Matomo, self-hosted. First-party, on the site's own server. `_pk_id` lives 13 months at most. With `exemption`, it is filed as exempt audience measurement under C8; with `cookieless`, it stores nothing.
 *
 * Sources:
 * - https://matomo.org/faq/general/faq_146/ (cookies of the JavaScript tracker: _pk_id 13 months, _pk_ref 6 months, _pk_ses, _pk_cvar, _pk_hsr 30 minutes)
 * - https://matomo.org/faq/new-to-piwik/how-do-i-use-matomo-analytics-without-consent-or-cookie-banner/ (disableCookies; the CNIL exemption)
 * - Open Cookie Database: _pk_id, _pk_ses, _pk_ref, _pk_cvar, _pk_hsr (Matomo)
 *
 * @example
 * ```ts
 * services: [matomo({ url: 'https://stats.example.com/', siteId: 1, exemption: { dataRetention: '25 months' } })]
 * ```
 */
export function matomo<const Id extends string = 'matomo', const C extends string = 'statistics'>(
  o: MatomoOptions<Id, C>,
): PresetService<Id, C> {
  const base = o.url.endsWith('/') ? o.url : `${o.url}/`;
  return preset<Id, C>(
    o,
    {
      id: 'matomo',
      provider: 'Matomo',
      party: { type: 'first' },
      purposes: o.exemption ? [{ code: 'audience-measurement' }] : [{ code: 'analytics' }],
      storage: o.cookieless ? [] : [{ name: '_pk_id*', duration: '13 months', domain: o.cookieDomain }, { name: '_pk_ses*', duration: '30 minutes', domain: o.cookieDomain }, { name: '_pk_ref*', duration: '6 months', domain: o.cookieDomain }, { name: '_pk_cvar*', duration: '30 minutes', domain: o.cookieDomain }, { name: '_pk_hsr*', duration: '30 minutes', domain: o.cookieDomain }],
      ...(o.exemption
        ? { exemption: { type: 'audience-measurement', anonymousOutput: true, crossSiteTracking: false, combinedWithOtherData: false, extendsOnRevisit: false, dataRetention: o.exemption.dataRetention } }
        : {}),
    },
    {
      fn: 'analytics',
      kind: 'statistics',
      cookieless: !!o.cookieless,
      script: `${base}matomo.js`,
      init: (w) => {
        const q: unknown[][] = (w._paq ??= []);
        if (o.cookieless) q.push(['disableCookies']);
        q.push(['setTrackerUrl', `${base}matomo.php`], ['setSiteId', String(o.siteId)], ['trackPageView'], ['enableLinkTracking']);
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const matomoFacts: PresetFacts = {
  "overrides": {
    "_pk_cvar*": "Matomo documents 30 minutes; the database gives 3 years"
  }
};
