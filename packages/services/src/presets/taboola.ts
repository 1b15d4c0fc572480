import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link taboola}. */
export interface TaboolaOptions<Id extends string = 'taboola', C extends string = 'marketing'> extends PresetOptions<Id, C> {
  /** The publisher id. */
  readonly publisherId: string;
}

/**
 * Taboola. Recommendation widgets and pixel; Taboola's cookies on taboola.com.
 *
 * Sources:
 * - https://www.taboola.com/policies/privacy-policy (cookies: t_gid 13 months, taboola_session_id)
 * - Open Cookie Database: t_gid, taboola_session_id (Taboola)
 *
 * @example
 * ```ts
 * services: [taboola({ publisherId: 'example-publisher' })]
 * ```
 */
export function taboola<const Id extends string = 'taboola', const C extends string = 'marketing'>(
  o: TaboolaOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'taboola',
      provider: 'Taboola',
      party: { type: 'third', name: 'Taboola, Inc.', privacyUrl: 'https://www.taboola.com/policies/privacy-policy' },
      purposes: [{ code: 'advertising' }, { code: 'personalisation' }],
      storage: [{ name: 't_gid', duration: '13 months', domain: 'taboola.com' }, { name: 'taboola_session_id', duration: 'session', domain: 'taboola.com' }],
    },
    {
      fn: 'advertising',
      location: 'US',
      kind: 'marketing',
      script: `https://cdn.taboola.com/libtrc/${encodeURIComponent(o.publisherId)}/loader.js`,
      init: (w) => void (w._taboola ??= []).push({ article: 'auto' }),
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const taboolaFacts: PresetFacts = {};
