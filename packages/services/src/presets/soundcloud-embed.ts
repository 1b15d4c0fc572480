import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link soundcloudEmbed}. */
export interface SoundcloudEmbedOptions<Id extends string = 'soundcloud-embed', C extends string = 'marketing'> extends PresetOptions<Id, C> {}

/**
 * SoundCloud embed. `embedAttributes(soundcloudEmbed(), 'https://soundcloud.com/artist/track')`. SoundCloud sets `sc_anonymous_id` on soundcloud.com.
 *
 * Sources:
 * - https://developers.soundcloud.com/docs/api/html5-widget (widget addresses)
 * - https://soundcloud.com/pages/cookies (sc_anonymous_id)
 *
 * @example
 * ```ts
 * services: [soundcloudEmbed()]
 * ```
 */
export function soundcloudEmbed<const Id extends string = 'soundcloud-embed', const C extends string = 'marketing'>(
  o: SoundcloudEmbedOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'soundcloud-embed',
      provider: 'SoundCloud',
      party: { type: 'third', name: 'SoundCloud Global Limited & Co. KG', privacyUrl: 'https://soundcloud.com/pages/privacy' },
      purposes: [{ code: 'embedded-content' }, { code: 'advertising' }],
      storage: [{ name: 'sc_anonymous_id', duration: '13 months', domain: 'soundcloud.com' }],
    },
    {
      fn: 'audio',
      location: 'DE',
      kind: 'marketing',
      embed: (url) => `https://w.soundcloud.com/player/?url=${encodeURIComponent(url)}`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const soundcloudEmbedFacts: PresetFacts = {
  "overrides": {
    "sc_anonymous_id": "not in the database; SoundCloud's cookie page lists it for longer, and it is declared at the 13 months C7 allows"
  }
};
