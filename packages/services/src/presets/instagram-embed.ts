import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link instagramEmbed}. */
export interface InstagramEmbedOptions<Id extends string = 'instagram-embed', C extends string = 'marketing'> extends PresetOptions<Id, C> {}

/**
 * Instagram embed. `embedAttributes(instagramEmbed(), postCode)`. Instagram's long-lived `ig_did` and `mid` (9 years) are beyond what C7 lets a policy declare: listed under `omitted`.
 *
 * Sources:
 * - https://privacycenter.instagram.com/policies/cookies/ (Instagram cookies)
 * - Open Cookie Database: ds_user_id, sessionid, ig_did, mid (Instagram)
 *
 * @example
 * ```ts
 * services: [instagramEmbed()]
 * ```
 */
export function instagramEmbed<const Id extends string = 'instagram-embed', const C extends string = 'marketing'>(
  o: InstagramEmbedOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'instagram-embed',
      provider: 'Instagram',
      party: { type: 'third', name: 'Meta Platforms Ireland Limited', privacyUrl: 'https://www.facebook.com/privacy/policy/' },
      purposes: [{ code: 'embedded-content' }, { code: 'social-media' }],
      storage: [{ name: 'ds_user_id', duration: '3 months', domain: 'instagram.com' }],
    },
    {
      fn: 'social-embed',
      location: 'US',
      kind: 'marketing',
      embed: (code) => `https://www.instagram.com/p/${encodeURIComponent(code)}/embed`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const instagramEmbedFacts: PresetFacts = {
  "omitted": {
    "sessionid": "Instagram's login session on instagram.com (1 year), set only for a signed-in Instagram user; a policy cannot declare it beside the site's own first-party \"sessionid\" (the names would clash)",
    "ig_did": "set by instagram.com on its own domain for 9 years, beyond the 13 months a policy may declare (C7)",
    "mid": "set by instagram.com on its own domain for 9 years, beyond the 13 months a policy may declare (C7)"
  }
};
