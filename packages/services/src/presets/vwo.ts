import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link vwo}. */
export interface VwoOptions<Id extends string = 'vwo', C extends string = 'statistics'> extends PresetOptions<Id, C> {
  /** The account id. */
  readonly accountId: string;
}

/**
 * VWO (Visual Website Optimizer). First-party `_vwo_uuid_v2`, `_vwo_uuid` (1 year), `_vis_opt_*` (100 days), `_vwo_ds` and `_vwo_sn`.
 *
 * Sources:
 * - https://help.vwo.com/hc/en-us/articles/360034287034 (cookies VWO sets)
 * - Open Cookie Database: _vwo_uuid_v2, _vwo_uuid, _vis_opt_s, _vis_opt_exp_, _vwo_ds, _vwo_sn (Visual Website Optimizer)
 *
 * @example
 * ```ts
 * services: [vwo({ accountId: '123456' })]
 * ```
 */
export function vwo<const Id extends string = 'vwo', const C extends string = 'statistics'>(
  o: VwoOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'vwo',
      provider: 'VWO',
      party: { type: 'third', name: 'Wingify Software Pvt. Ltd', privacyUrl: 'https://vwo.com/privacy-policy/' },
      purposes: [{ code: 'ab-testing' }],
      storage: [{ name: '_vwo_uuid_v2', duration: '1 year', domain: o.cookieDomain }, { name: '_vwo_uuid', duration: '1 year', domain: o.cookieDomain }, { name: '_vis_opt_s', duration: '100 days', domain: o.cookieDomain }, { name: '_vis_opt_exp_*', duration: '100 days', domain: o.cookieDomain }, { name: '_vwo_ds', duration: '2 months', domain: o.cookieDomain }, { name: '_vwo_sn', duration: '1 day', domain: o.cookieDomain }],
    },
    {
      fn: 'ab-testing',
      location: 'US',
      kind: 'statistics',
      script: `https://dev.visualwebsiteoptimizer.com/lib/${encodeURIComponent(o.accountId)}.js`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const vwoFacts: PresetFacts = {};
