import { preset } from '../preset';
import type { GoogleTagOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link googleTagManager}. */
export interface GoogleTagManagerOptions<Id extends string = 'google-tag-manager', C extends string = 'marketing'> extends GoogleTagOptions<Id, C> {
  /** The container id, such as `GTM-XXXXXXX`. */
  readonly containerId: string;
}

/**
 * Google Tag Manager. The container itself stores nothing; declare each tag it fires with its own preset (their cookies are theirs). Filed as marketing by default, since a container usually fires advertising tags; Consent Mode passes every type to the tags inside.
 *
 * Sources:
 * - https://developers.google.com/tag-platform/tag-manager/web (installing the container: gtm.js and the gtm.start event)
 * - https://developers.google.com/tag-platform/security/concepts/consent-mode
 *
 * @example
 * ```ts
 * services: [googleTagManager({ containerId: 'GTM-XXXXXXX' })]
 * ```
 */
export function googleTagManager<const Id extends string = 'google-tag-manager', const C extends string = 'marketing'>(
  o: GoogleTagManagerOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'google-tag-manager',
      provider: 'Google Tag Manager',
      party: { type: 'third', name: 'Google Ireland Limited', privacyUrl: 'https://policies.google.com/privacy' },
      purposes: [{ code: 'analytics' }, { code: 'advertising' }],
      storage: [],
    },
    {
      fn: 'tag-management',
      location: 'US',
      kind: 'marketing',
      consentModeTypes: ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage'],
      script: `https://www.googletagmanager.com/gtm.js?id=${encodeURIComponent(o.containerId)}`,
      init: (w) => void (w.dataLayer ??= []).push({ 'gtm.start': Date.now(), event: 'gtm.js' }),
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const googleTagManagerFacts: PresetFacts = {};
