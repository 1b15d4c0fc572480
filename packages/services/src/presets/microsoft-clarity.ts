import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link microsoftClarity}. */
export interface MicrosoftClarityOptions<Id extends string = 'microsoft-clarity', C extends string = 'statistics'> extends PresetOptions<Id, C> {
  /** The project id. */
  readonly projectId: string;
}

/**
 * Microsoft Clarity. Heatmaps and session recordings. First-party `_clck` and `_clsk`; `CLID` on clarity.ms and `MUID` on bing.com.
 *
 * Sources:
 * - https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list (_clck 1 year, _clsk 1 day, CLID 1 year, MUID 1 year)
 * - https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v2
 * - Open Cookie Database: _clck, _clsk, CLID (Microsoft), MUID (Bing / Microsoft)
 *
 * @example
 * ```ts
 * services: [microsoftClarity({ projectId: 'abcdef1234' })]
 * ```
 */
export function microsoftClarity<const Id extends string = 'microsoft-clarity', const C extends string = 'statistics'>(
  o: MicrosoftClarityOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'microsoft-clarity',
      provider: 'Microsoft Clarity',
      party: { type: 'third', name: 'Microsoft Ireland Operations Limited', privacyUrl: 'https://privacy.microsoft.com/privacystatement' },
      purposes: [{ code: 'analytics' }],
      storage: [{ name: '_clck', duration: '1 year', domain: o.cookieDomain }, { name: '_clsk', duration: '1 day', domain: o.cookieDomain }, { name: 'CLID', duration: '1 year', domain: 'clarity.ms' }, { name: 'MUID', duration: '1 year', domain: 'bing.com' }],
    },
    {
      fn: 'session-recording',
      location: 'US',
      kind: 'statistics',
      script: `https://www.clarity.ms/tag/${encodeURIComponent(o.projectId)}`,
      init: (w) => {
        const q: any = (w.clarity ??= (...a: unknown[]) => q.q.push(a));
        q.q ??= [];
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const microsoftClarityFacts: PresetFacts = {
  "overrides": {
    "_clsk": "Microsoft documents 1 day; the database says session"
  }
};
