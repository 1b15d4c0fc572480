import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link optimizely}. */
export interface OptimizelyOptions<Id extends string = 'optimizely', C extends string = 'statistics'> extends PresetOptions<Id, C> {
  /** The project (snippet) id. */
  readonly projectId: string;
}

/**
 * Optimizely Web Experimentation. First-party `optimizelyEndUserId`, 6 months.
 *
 * Sources:
 * - https://support.optimizely.com/hc/en-us/articles/4410289496077 (cookies and local storage: optimizelyEndUserId 6 months)
 * - Open Cookie Database: optimizelyEndUserId (Optimizely)
 *
 * @example
 * ```ts
 * services: [optimizely({ projectId: '1234567890' })]
 * ```
 */
export function optimizely<const Id extends string = 'optimizely', const C extends string = 'statistics'>(
  o: OptimizelyOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'optimizely',
      provider: 'Optimizely',
      party: { type: 'third', name: 'Optimizely, Inc.', privacyUrl: 'https://www.optimizely.com/legal/privacy-notice/' },
      purposes: [{ code: 'ab-testing' }],
      storage: [{ name: 'optimizelyEndUserId', duration: '6 months', domain: o.cookieDomain }],
    },
    {
      fn: 'ab-testing',
      location: 'US',
      kind: 'statistics',
      script: `https://cdn.optimizely.com/js/${encodeURIComponent(o.projectId)}.js`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const optimizelyFacts: PresetFacts = {};
