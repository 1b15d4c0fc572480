import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link crisp}. */
export interface CrispOptions<Id extends string = 'crisp', C extends string = 'preferences'> extends PresetOptions<Id, C> {
  /** The website id. */
  readonly websiteId: string;
}

/**
 * Crisp chat. First-party `crisp-client/session/<id>`, 6 months.
 *
 * Sources:
 * - https://help.crisp.chat/en/article/whats-crisp-cookie-policy-3tnpzd/ (crisp-client/session/<website id>, 6 months)
 * - Open Cookie Database: crisp-client/ (Crisp)
 *
 * @example
 * ```ts
 * services: [crisp({ websiteId: '00000000-0000-0000-0000-000000000000' })]
 * ```
 */
export function crisp<const Id extends string = 'crisp', const C extends string = 'preferences'>(
  o: CrispOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'crisp',
      provider: 'Crisp',
      party: { type: 'third', name: 'Crisp IM SAS', privacyUrl: 'https://crisp.chat/en/privacy/' },
      purposes: [{ code: 'embedded-content' }],
      storage: [{ name: 'crisp-client/*', duration: '6 months', domain: o.cookieDomain }],
    },
    {
      fn: 'chat',
      location: 'FR',
      kind: 'preferences',
      script: 'https://client.crisp.chat/l.js',
      init: (w) => {
        w.$crisp ??= [];
        w.CRISP_WEBSITE_ID = o.websiteId;
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const crispFacts: PresetFacts = {};
