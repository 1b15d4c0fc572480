import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link xPixel}. */
export interface XPixelOptions<Id extends string = 'x-pixel', C extends string = 'marketing'> extends PresetOptions<Id, C> {
  /** The pixel id. */
  readonly pixelId: string;
}

/**
 * X (Twitter) Pixel. X's own cookies on x.com and t.co live 2 years, longer than C7 allows a policy to declare: they are listed under `omitted` with that reason, and the site's `_twclid` click id is declared.
 *
 * Sources:
 * - https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites (uwt.js and twq)
 * - https://help.x.com/en/rules-and-policies/x-cookies (personalization_id, muc_ads, guest_id: 2 years)
 * - Open Cookie Database: personalization_id, muc_ads, guest_id_ads (X)
 *
 * @example
 * ```ts
 * services: [xPixel({ pixelId: 'o1234' })]
 * ```
 */
export function xPixel<const Id extends string = 'x-pixel', const C extends string = 'marketing'>(
  o: XPixelOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'x-pixel',
      provider: 'X Pixel',
      party: { type: 'third', name: 'Twitter International Unlimited Company', privacyUrl: 'https://x.com/en/privacy' },
      purposes: [{ code: 'advertising' }],
      storage: [{ name: '_twclid', duration: '13 months', domain: o.cookieDomain }],
    },
    {
      fn: 'advertising',
      location: 'US',
      kind: 'marketing',
      script: 'https://static.ads-twitter.com/uwt.js',
      init: (w) => {
        const t: any = (w.twq ??= function (...a: unknown[]) {
          t.exe ? t.exe(...a) : t.queue.push(a);
        });
        t.version = '1.1';
        t.queue ??= [];
        t('config', o.pixelId);
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const xPixelFacts: PresetFacts = {
  "overrides": {
    "_twclid": "the click id X's pixel keeps on the site's own domain, not in the database; declared at the 13 months C7 allows"
  },
  "omitted": {
    "personalization_id": "set by x.com on its own domain for 2 years, beyond the 13 months a policy may declare (C7)",
    "muc_ads": "set by t.co on its own domain for 24 months, beyond the 13 months a policy may declare (C7)",
    "guest_id_ads": "set by x.com on its own domain for 2 years, beyond the 13 months a policy may declare (C7)"
  }
};
