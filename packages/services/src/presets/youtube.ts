import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link youtube}. */
export interface YoutubeOptions<Id extends string = 'youtube', C extends string = 'marketing'> extends PresetOptions<Id, C> {}

/**
 * YouTube embed (privacy-enhanced mode, youtube-nocookie.com). Privacy-enhanced mode still writes local storage (and IndexedDB, which a policy cannot declare yet) in the player's frame, and YouTube's cookies once the video plays: it is gated, and those items are declared. `embedAttributes(youtube(), videoId)`.
 *
 * Sources:
 * - https://support.google.com/youtube/answer/171780 (privacy-enhanced mode: youtube-nocookie.com)
 * - https://policies.google.com/technologies/cookies (YSC session, VISITOR_INFO1_LIVE 6 months)
 * - Open Cookie Database: YSC, VISITOR_INFO1_LIVE (Youtube)
 *
 * @example
 * ```ts
 * services: [youtube()]
 * ```
 */
export function youtube<const Id extends string = 'youtube', const C extends string = 'marketing'>(
  o: YoutubeOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'youtube',
      provider: 'YouTube',
      party: { type: 'third', name: 'Google Ireland Limited', privacyUrl: 'https://policies.google.com/privacy' },
      purposes: [{ code: 'embedded-content' }, { code: 'advertising' }],
      storage: [
        { name: 'YSC', duration: 'session', domain: 'youtube.com' },
        { name: 'VISITOR_INFO1_LIVE', duration: '6 months', domain: 'youtube.com' },
        { name: 'yt*', duration: '13 months', kind: 'localStorage' },
        { name: 'yt*', duration: 'session', kind: 'sessionStorage' },
      ],
    },
    {
      fn: 'video',
      location: 'US',
      kind: 'marketing',
      embed: (id) => `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const youtubeFacts: PresetFacts = {
  "overrides": {
    "yt*": "one prefix for the youtube-nocookie.com player frame's storage keys (yt-remote-device-id, yt-player-*, ytidb::LAST_RESULT_ENTRY_KEY…), not in the database; they carry no expiry of their own, declared at the 13 months C7 allows (session storage: the session)"
  }
};
