import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link tiktokPixel}. */
export interface TiktokPixelOptions<Id extends string = 'tiktok-pixel', C extends string = 'marketing'> extends PresetOptions<Id, C> {
  /** The pixel id. */
  readonly pixelId: string;
}

/**
 * TikTok Pixel. First-party `_ttp` and `_tt_enable_cookie`, 13 months.
 *
 * Sources:
 * - https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel (first-party _ttp, 13 months)
 * - Open Cookie Database: _ttp, _tt_enable_cookie (TikTok, 389 days)
 *
 * @example
 * ```ts
 * services: [tiktokPixel({ pixelId: 'C0XXXXXXXXXXXXXXXX' })]
 * ```
 */
export function tiktokPixel<const Id extends string = 'tiktok-pixel', const C extends string = 'marketing'>(
  o: TiktokPixelOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'tiktok-pixel',
      provider: 'TikTok Pixel',
      party: { type: 'third', name: 'TikTok Technology Limited', privacyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en' },
      purposes: [{ code: 'advertising' }],
      storage: [{ name: '_ttp', duration: '13 months', domain: o.cookieDomain }, { name: '_tt_enable_cookie', duration: '13 months', domain: o.cookieDomain }],
    },
    {
      fn: 'advertising',
      location: 'SG',
      kind: 'marketing',
      script: `https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=${encodeURIComponent(o.pixelId)}&lib=ttq`,
      init: (w) => {
        w.TiktokAnalyticsObject = 'ttq';
        const q: any = (w.ttq ??= []);
        (q._i ??= {})[o.pixelId] = [];
        q.push(['page']);
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const tiktokPixelFacts: PresetFacts = {};
