import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link pinterestTag}. */
export interface PinterestTagOptions<Id extends string = 'pinterest-tag', C extends string = 'marketing'> extends PresetOptions<Id, C> {
  /** The tag id. */
  readonly tagId: string;
}

/**
 * Pinterest Tag. First-party `_pin_unauth`, `_epik` and `_derived_epik`.
 *
 * Sources:
 * - https://help.pinterest.com/en/business/article/install-the-pinterest-tag (core.js and pintrk)
 * - https://policy.pinterest.com/en/cookies (first-party _pin_unauth, _epik, _derived_epik: 1 year)
 * - Open Cookie Database: _pin_unauth, _epik, _derived_epik (Pinterest)
 *
 * @example
 * ```ts
 * services: [pinterestTag({ tagId: '2612345678901' })]
 * ```
 */
export function pinterestTag<const Id extends string = 'pinterest-tag', const C extends string = 'marketing'>(
  o: PinterestTagOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'pinterest-tag',
      provider: 'Pinterest Tag',
      party: { type: 'third', name: 'Pinterest Europe Limited', privacyUrl: 'https://policy.pinterest.com/en/privacy-policy' },
      purposes: [{ code: 'advertising' }],
      storage: [{ name: '_pin_unauth', duration: '1 year', domain: o.cookieDomain }, { name: '_epik', duration: '1 year', domain: o.cookieDomain }, { name: '_derived_epik', duration: '1 year', domain: o.cookieDomain }],
    },
    {
      fn: 'advertising',
      location: 'US',
      kind: 'marketing',
      script: 'https://s.pinimg.com/ct/core.js',
      init: (w) => {
        const p: any = (w.pintrk ??= (...a: unknown[]) => p.queue.push(a));
        p.queue ??= [];
        p.version = '3.0';
        p('load', o.tagId);
        p('page');
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const pinterestTagFacts: PresetFacts = {
  "overrides": {
    "_pin_unauth": "the tag sets it first-party on the site's own domain for 1 year; the database says pinterest.com, 1 day"
  }
};
