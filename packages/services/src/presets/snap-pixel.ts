import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link snapPixel}. */
export interface SnapPixelOptions<Id extends string = 'snap-pixel', C extends string = 'marketing'> extends PresetOptions<Id, C> {
  /** The pixel id. */
  readonly pixelId: string;
}

/**
 * Snap Pixel (Snapchat). First-party `_scid`, `_scid_r` and `_schn`.
 *
 * Sources:
 * - https://businesshelp.snapchat.com/s/article/snap-pixel-about (scevent.min.js and snaptr)
 * - https://snap.com/en-US/cookie-policy
 * - Open Cookie Database: _scid, _scid_r, _schn (Snapchat)
 *
 * @example
 * ```ts
 * services: [snapPixel({ pixelId: '00000000-0000-0000-0000-000000000000' })]
 * ```
 */
export function snapPixel<const Id extends string = 'snap-pixel', const C extends string = 'marketing'>(
  o: SnapPixelOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'snap-pixel',
      provider: 'Snap Pixel',
      party: { type: 'third', name: 'Snap B.V.', privacyUrl: 'https://values.snap.com/privacy/privacy-policy' },
      purposes: [{ code: 'advertising' }],
      storage: [{ name: '_scid', duration: '1 year', domain: o.cookieDomain }, { name: '_scid_r', duration: '13 months', domain: o.cookieDomain }, { name: '_schn', duration: '1 day', domain: o.cookieDomain }],
    },
    {
      fn: 'advertising',
      location: 'US',
      kind: 'marketing',
      script: 'https://sc-static.net/scevent.min.js',
      init: (w) => {
        const s: any = (w.snaptr ??= function (...a: unknown[]) {
          s.handleRequest ? s.handleRequest(...a) : s.queue.push(a);
        });
        s.queue ??= [];
        s('init', o.pixelId);
        s('track', 'PAGE_VIEW');
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const snapPixelFacts: PresetFacts = {};
