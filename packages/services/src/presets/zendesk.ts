import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link zendesk}. */
export interface ZendeskOptions<Id extends string = 'zendesk', C extends string = 'preferences'> extends PresetOptions<Id, C> {
  /** The widget key. */
  readonly key: string;
}

/**
 * Zendesk Web Widget (messaging). Local storage keys `ZD-*` on the site's origin.
 *
 * Sources:
 * - https://support.zendesk.com/hc/en-us/articles/4408836402074 (Zendesk In-Product Cookie Policy: the Web Widget's ZD-* storage)
 * - https://developer.zendesk.com/documentation/zendesk-web-widget-sdks/ (snippet.js with id="ze-snippet")
 * - Open Cookie Database: ZD-suid, ZD-buid, ZD-store (Zendesk)
 *
 * @example
 * ```ts
 * services: [zendesk({ key: '00000000-0000-0000-0000-000000000000' })]
 * ```
 */
export function zendesk<const Id extends string = 'zendesk', const C extends string = 'preferences'>(
  o: ZendeskOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'zendesk',
      provider: 'Zendesk',
      party: { type: 'third', name: 'Zendesk, Inc.', privacyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/' },
      purposes: [{ code: 'embedded-content' }],
      storage: [{ name: 'ZD-*', duration: '13 months', kind: 'localStorage' }],
    },
    {
      fn: 'chat',
      location: 'US',
      kind: 'preferences',
      script: `https://static.zdassets.com/ekr/snippet.js?key=${encodeURIComponent(o.key)}`,
      attributes: { id: 'ze-snippet' },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const zendeskFacts: PresetFacts = {
  "overrides": {
    "ZD-*": "one prefix for the widget's keys (ZD-suid, ZD-buid, ZD-store…), which carry no expiry of their own (the database says \"forever\" for some); declared at the 13 months C7 allows"
  }
};
