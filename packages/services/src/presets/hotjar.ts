import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link hotjar}. */
export interface HotjarOptions<Id extends string = 'hotjar', C extends string = 'statistics'> extends PresetOptions<Id, C> {
  /** The site id. */
  readonly siteId: string;
}

/**
 * Hotjar. Heatmaps and recordings. First-party `_hjSessionUser_<id>` (1 year) and `_hjSession_<id>` (30 minutes). The database files some of them as "Functional", yet they need consent (C2).
 *
 * Sources:
 * - https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code (_hjSessionUser_{site_id} 365 days, _hjSession_{site_id} 30 minutes)
 * - Open Cookie Database: _hjSessionUser_, _hjSession_, _hjAbsoluteSessionInProgress, hjViewportId (Hotjar)
 *
 * @example
 * ```ts
 * services: [hotjar({ siteId: '1234567' })]
 * ```
 */
export function hotjar<const Id extends string = 'hotjar', const C extends string = 'statistics'>(
  o: HotjarOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'hotjar',
      provider: 'Hotjar',
      party: { type: 'third', name: 'Hotjar Ltd', privacyUrl: 'https://www.hotjar.com/legal/policies/privacy/' },
      purposes: [{ code: 'analytics' }],
      storage: [{ name: '_hjSessionUser_*', duration: '365 days', domain: o.cookieDomain }, { name: '_hjSession_*', duration: '30 minutes', domain: o.cookieDomain }, { name: '_hjAbsoluteSessionInProgress', duration: '30 minutes', domain: o.cookieDomain }, { name: 'hjViewportId', duration: 'session', kind: 'sessionStorage' }],
    },
    {
      fn: 'session-recording',
      location: 'IE',
      kind: 'statistics',
      script: `https://static.hotjar.com/c/hotjar-${encodeURIComponent(o.siteId)}.js?sv=6`,
      init: (w) => {
        const q: any = (w.hj ??= (...a: unknown[]) => q.q.push(a));
        q.q ??= [];
        w._hjSettings = { hjid: Number(o.siteId), hjsv: 6 };
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const hotjarFacts: PresetFacts = {};
