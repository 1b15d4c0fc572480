import { preset } from '../preset';
import type { CookielessOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link matomoCloud}. */
export interface MatomoCloudOptions<Id extends string = 'matomo-cloud', C extends string = 'statistics'> extends CookielessOptions<Id, C> {
  /** The account name: `example` for `https://example.matomo.cloud/`. */
  readonly account: string;
  /** The site id. */
  readonly siteId: string | number;
  /** Track without cookies (`disableCookies`): nothing is stored, and the preset declares no item. */
  readonly cookieless?: boolean;
}

/**
 * Matomo Cloud. Hosted by InnoCraft in Germany. The same first-party cookies as self-hosted Matomo, or none with `cookieless`.
 *
 * Sources:
 * - https://matomo.org/faq/general/faq_146/ (cookies of the JavaScript tracker)
 * - https://matomo.org/matomo-cloud-privacy-policy/ (InnoCraft Ltd, data hosted in Germany)
 * - Open Cookie Database: _pk_id, _pk_ses, _pk_ref, _pk_cvar, _pk_hsr (Matomo)
 *
 * @example
 * ```ts
 * services: [matomoCloud({ account: 'example', siteId: 1 })]
 * ```
 */
export function matomoCloud<const Id extends string = 'matomo-cloud', const C extends string = 'statistics'>(
  o: MatomoCloudOptions<Id, C>,
): PresetService<Id, C> {
  const base = `https://${o.account}.matomo.cloud/`;
  return preset<Id, C>(
    o,
    {
      id: 'matomo-cloud',
      provider: 'Matomo Cloud',
      party: { type: 'third', name: 'InnoCraft Ltd', privacyUrl: 'https://matomo.org/matomo-cloud-privacy-policy/' },
      purposes: [{ code: 'analytics' }],
      storage: o.cookieless ? [] : [{ name: '_pk_id*', duration: '13 months', domain: o.cookieDomain }, { name: '_pk_ses*', duration: '30 minutes', domain: o.cookieDomain }, { name: '_pk_ref*', duration: '6 months', domain: o.cookieDomain }, { name: '_pk_cvar*', duration: '30 minutes', domain: o.cookieDomain }, { name: '_pk_hsr*', duration: '30 minutes', domain: o.cookieDomain }],
    },
    {
      fn: 'analytics',
      location: 'DE',
      kind: 'statistics',
      cookieless: !!o.cookieless,
      script: `https://cdn.matomo.cloud/${o.account}.matomo.cloud/matomo.js`,
      init: (w) => {
        const q: unknown[][] = (w._paq ??= []);
        if (o.cookieless) q.push(['disableCookies']);
        q.push(['setTrackerUrl', `${base}matomo.php`], ['setSiteId', String(o.siteId)], ['trackPageView'], ['enableLinkTracking']);
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const matomoCloudFacts: PresetFacts = {
  "overrides": {
    "_pk_cvar*": "Matomo documents 30 minutes; the database gives 3 years"
  }
};
