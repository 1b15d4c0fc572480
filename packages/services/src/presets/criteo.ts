import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link criteo}. */
export interface CriteoOptions<Id extends string = 'criteo', C extends string = 'marketing'> extends PresetOptions<Id, C> {
  /** The partner (account) id. */
  readonly accountId: string;
}

/**
 * Criteo OneTag. First-party `cto_bundle`, 13 months; the site pushes its page events to `criteo_q`.
 *
 * Sources:
 * - https://www.criteo.com/privacy/ (cto_bundle: first-party, 13 months)
 * - https://help.criteo.com/kb/guide/en/onetag-implementation (ld.js and criteo_q)
 *
 * @example
 * ```ts
 * services: [criteo({ accountId: '12345' })]
 * ```
 */
export function criteo<const Id extends string = 'criteo', const C extends string = 'marketing'>(
  o: CriteoOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'criteo',
      provider: 'Criteo',
      party: { type: 'third', name: 'Criteo SA', privacyUrl: 'https://www.criteo.com/privacy/' },
      purposes: [{ code: 'advertising' }],
      storage: [{ name: 'cto_bundle', duration: '13 months', domain: o.cookieDomain }],
    },
    {
      fn: 'advertising',
      location: 'FR',
      kind: 'marketing',
      script: 'https://static.criteo.net/js/ld/ld.js',
      init: (w) => void (w.criteo_q ??= []).push({ event: 'setAccount', account: o.accountId }),
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const criteoFacts: PresetFacts = {
  "overrides": {
    "cto_bundle": "Criteo's first-party cookie, not in the database"
  }
};
