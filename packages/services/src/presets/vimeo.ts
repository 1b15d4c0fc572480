import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link vimeo}. */
export interface VimeoOptions<Id extends string = 'vimeo', C extends string = 'preferences'> extends PresetOptions<Id, C> {}

/**
 * Vimeo embed. Embeds use `dnt=1`, with which Vimeo's player sets no tracking cookies; it still loads from Vimeo, so it is gated. `embedAttributes(vimeo(), videoId)`.
 *
 * Sources:
 * - https://help.vimeo.com/hc/en-us/articles/12426260232977 (player parameters: dnt=1 blocks session data and cookies)
 * - https://vimeo.com/cookie_policy
 *
 * @example
 * ```ts
 * services: [vimeo()]
 * ```
 */
export function vimeo<const Id extends string = 'vimeo', const C extends string = 'preferences'>(
  o: VimeoOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'vimeo',
      provider: 'Vimeo',
      party: { type: 'third', name: 'Vimeo.com, Inc.', privacyUrl: 'https://vimeo.com/privacy' },
      purposes: [{ code: 'embedded-content' }],
      storage: [],
    },
    {
      fn: 'video',
      location: 'US',
      kind: 'preferences',
      embed: (id) => `https://player.vimeo.com/video/${encodeURIComponent(id)}?dnt=1`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const vimeoFacts: PresetFacts = {
  "omitted": {
    "vuid": "not set by the player with dnt=1, which every embed of this preset uses",
    "sd_identity": "not set by the player with dnt=1 (and set for 2 years otherwise, beyond what C7 allows)"
  }
};
