import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link disqus}. */
export interface DisqusOptions<Id extends string = 'disqus', C extends string = 'marketing'> extends PresetOptions<Id, C> {
  /** The forum's shortname. */
  readonly shortname: string;
}

/**
 * Disqus comments. The comment thread loads from `<shortname>.disqus.com`; its advertising partner's cookies live on disqus.com.
 *
 * Sources:
 * - https://help.disqus.com/en/articles/1717112-universal-embed-code (embed.js)
 * - https://help.disqus.com/en/articles/1717155-use-of-cookies
 * - Open Cookie Database: vglnk.Agent.p, vglnk.PartnerRfsh.p (Disqus)
 *
 * @example
 * ```ts
 * services: [disqus({ shortname: 'example' })]
 * ```
 */
export function disqus<const Id extends string = 'disqus', const C extends string = 'marketing'>(
  o: DisqusOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'disqus',
      provider: 'Disqus',
      party: { type: 'third', name: 'Disqus, Inc.', privacyUrl: 'https://disqus.com/privacy-policy' },
      purposes: [{ code: 'embedded-content' }, { code: 'advertising' }],
      storage: [{ name: 'vglnk.Agent.p', duration: '1 year', domain: 'disqus.com' }, { name: 'vglnk.PartnerRfsh.p', duration: '1 year', domain: 'disqus.com' }],
    },
    {
      fn: 'comments',
      location: 'US',
      kind: 'marketing',
      script: `https://${encodeURIComponent(o.shortname)}.disqus.com/embed.js`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const disqusFacts: PresetFacts = {};
