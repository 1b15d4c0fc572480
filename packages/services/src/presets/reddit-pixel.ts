import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link redditPixel}. */
export interface RedditPixelOptions<Id extends string = 'reddit-pixel', C extends string = 'marketing'> extends PresetOptions<Id, C> {
  /** The pixel (advertiser) id. */
  readonly pixelId: string;
}

/**
 * Reddit Pixel. First-party `_rdt_uuid`, 90 days.
 *
 * Sources:
 * - https://business.reddithelp.com/s/article/Install-the-Reddit-Pixel-on-your-website (pixel.js and rdt)
 * - https://www.reddit.com/policies/cookies
 * - Open Cookie Database: _rdt_uuid (Reddit)
 *
 * @example
 * ```ts
 * services: [redditPixel({ pixelId: 't2_abcdef' })]
 * ```
 */
export function redditPixel<const Id extends string = 'reddit-pixel', const C extends string = 'marketing'>(
  o: RedditPixelOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'reddit-pixel',
      provider: 'Reddit Pixel',
      party: { type: 'third', name: 'Reddit, Inc.', privacyUrl: 'https://www.reddit.com/policies/privacy-policy' },
      purposes: [{ code: 'advertising' }],
      storage: [{ name: '_rdt_uuid', duration: '90 days', domain: o.cookieDomain }],
    },
    {
      fn: 'advertising',
      location: 'US',
      kind: 'marketing',
      script: 'https://www.redditstatic.com/ads/pixel.js',
      init: (w) => {
        const r: any = (w.rdt ??= function (...a: unknown[]) {
          r.sendEvent ? r.sendEvent(...a) : r.callQueue.push(a);
        });
        r.callQueue ??= [];
        r('init', o.pixelId);
        r('track', 'PageVisit');
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const redditPixelFacts: PresetFacts = {};
