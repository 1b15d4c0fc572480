import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link spotifyEmbed}. */
export interface SpotifyEmbedOptions<Id extends string = 'spotify-embed', C extends string = 'marketing'> extends PresetOptions<Id, C> {}

/**
 * Spotify embed. `embedAttributes(spotifyEmbed(), 'track/4uLU6hMCjMI75M1A2tKUQC')`. Spotify sets `sp_t` and `sp_landing` on spotify.com.
 *
 * Sources:
 * - https://developer.spotify.com/documentation/embeds (embed addresses)
 * - https://www.spotify.com/legal/cookies-policy/
 * - Open Cookie Database: sp_t, sp_landing (Spotify)
 *
 * @example
 * ```ts
 * services: [spotifyEmbed()]
 * ```
 */
export function spotifyEmbed<const Id extends string = 'spotify-embed', const C extends string = 'marketing'>(
  o: SpotifyEmbedOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'spotify-embed',
      provider: 'Spotify',
      party: { type: 'third', name: 'Spotify AB', privacyUrl: 'https://www.spotify.com/legal/privacy-policy/' },
      purposes: [{ code: 'embedded-content' }, { code: 'advertising' }],
      storage: [{ name: 'sp_t', duration: '2 months', domain: 'spotify.com' }, { name: 'sp_landing', duration: '1 day', domain: 'spotify.com' }],
    },
    {
      fn: 'audio',
      location: 'SE',
      kind: 'marketing',
      embed: (ref) => `https://open.spotify.com/embed/${ref.split('/').map(encodeURIComponent).join('/')}`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const spotifyEmbedFacts: PresetFacts = {};
