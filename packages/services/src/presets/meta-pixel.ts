import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link metaPixel}. */
export interface MetaPixelOptions<Id extends string = 'meta-pixel', C extends string = 'marketing'> extends PresetOptions<Id, C> {
  /** The pixel id. */
  readonly pixelId: string;
}

/**
 * Meta Pixel (Facebook). `_fbp` and `_fbc` are first-party, on the site's own domain; `fr` is Meta's, on facebook.com.
 *
 * Sources:
 * - https://developers.facebook.com/docs/meta-pixel/get-started (fbevents.js and the fbq queue)
 * - https://www.facebook.com/privacy/policies/cookies/ (_fbp and _fbc 90 days, first-party; fr 90 days)
 * - Open Cookie Database: _fbp, _fbc, fr (Facebook)
 *
 * @example
 * ```ts
 * services: [metaPixel({ pixelId: '123456789012345' })]
 * ```
 */
export function metaPixel<const Id extends string = 'meta-pixel', const C extends string = 'marketing'>(
  o: MetaPixelOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'meta-pixel',
      provider: 'Meta Pixel',
      party: { type: 'third', name: 'Meta Platforms Ireland Limited', privacyUrl: 'https://www.facebook.com/privacy/policy/' },
      purposes: [{ code: 'advertising' }],
      storage: [{ name: '_fbp', duration: '90 days', domain: o.cookieDomain }, { name: '_fbc', duration: '90 days', domain: o.cookieDomain }, { name: 'fr', duration: '90 days', domain: 'facebook.com' }],
    },
    {
      fn: 'advertising',
      location: 'US',
      kind: 'marketing',
      script: 'https://connect.facebook.net/en_US/fbevents.js',
      init: (w) => {
        // Meta's queue stub: calls wait in `queue` until fbevents.js replaces `callMethod`.
        const f: any = (w._fbq = w.fbq ??= function (...a: unknown[]) {
          f.callMethod ? f.callMethod(...a) : f.queue.push(a);
        });
        f.queue ??= [];
        f.push = f;
        f.loaded = !0;
        f.version = '2.0';
        f('init', o.pixelId);
        f('track', 'PageView');
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const metaPixelFacts: PresetFacts = {
  "overrides": {
    "_fbp": "Meta sets it first-party on the site's own domain for 90 days; the database says facebook.com (3rd party), 4 months",
    "_fbc": "Meta sets it first-party on the site's own domain for 90 days; the database says facebook.com (3rd party), 2 years"
  }
};
