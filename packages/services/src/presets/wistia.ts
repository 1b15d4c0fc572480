import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link wistia}. */
export interface WistiaOptions<Id extends string = 'wistia', C extends string = 'preferences'> extends PresetOptions<Id, C> {}

/**
 * Wistia embed. The player keeps its state in local storage in its frame. `embedAttributes(wistia(), mediaId)`.
 *
 * Sources:
 * - https://wistia.com/support/privacy/cookies (the player's wistia and wistia-video-progress-* storage)
 * - Open Cookie Database: wistia, wistia-video-progress- (Wistia)
 *
 * @example
 * ```ts
 * services: [wistia()]
 * ```
 */
export function wistia<const Id extends string = 'wistia', const C extends string = 'preferences'>(
  o: WistiaOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'wistia',
      provider: 'Wistia',
      party: { type: 'third', name: 'Wistia, Inc.', privacyUrl: 'https://wistia.com/privacy' },
      purposes: [{ code: 'embedded-content' }],
      storage: [{ name: 'wistia', duration: 'session', kind: 'localStorage' }, { name: 'wistia-video-progress-*', duration: 'session', kind: 'localStorage' }],
    },
    {
      fn: 'video',
      location: 'US',
      kind: 'preferences',
      embed: (id) => `https://fast.wistia.net/embed/iframe/${encodeURIComponent(id)}`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const wistiaFacts: PresetFacts = {};
