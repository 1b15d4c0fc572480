import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link intercom}. */
export interface IntercomOptions<Id extends string = 'intercom', C extends string = 'preferences'> extends PresetOptions<Id, C> {
  /** The workspace (app) id. */
  readonly appId: string;
}

/**
 * Intercom Messenger. First-party `intercom-id-<app>` and `intercom-device-id-<app>` (9 months), `intercom-session-<app>` (1 week).
 *
 * Sources:
 * - https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies (intercom-id 9 months, intercom-session 1 week, intercom-device-id 9 months)
 * - Open Cookie Database: intercom-id-, intercom-session-, intercom-device-id- (Intercom)
 *
 * @example
 * ```ts
 * services: [intercom({ appId: 'abc12345' })]
 * ```
 */
export function intercom<const Id extends string = 'intercom', const C extends string = 'preferences'>(
  o: IntercomOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'intercom',
      provider: 'Intercom',
      party: { type: 'third', name: 'Intercom R&D Unlimited Company', privacyUrl: 'https://www.intercom.com/legal/privacy' },
      purposes: [{ code: 'embedded-content' }],
      storage: [{ name: 'intercom-id-*', duration: '9 months', domain: o.cookieDomain }, { name: 'intercom-session-*', duration: '1 week', domain: o.cookieDomain }, { name: 'intercom-device-id-*', duration: '9 months', domain: o.cookieDomain }],
    },
    {
      fn: 'chat',
      location: 'US',
      kind: 'preferences',
      script: `https://widget.intercom.io/widget/${encodeURIComponent(o.appId)}`,
      init: (w) => {
        w.intercomSettings = { ...w.intercomSettings, app_id: o.appId };
        const q: any = (w.Intercom ??= (...a: unknown[]) => q.q.push(a));
        q.q ??= [];
        q('boot', w.intercomSettings);
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const intercomFacts: PresetFacts = {};
