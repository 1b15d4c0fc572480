import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link datadogRum}. */
export interface DatadogRumOptions<Id extends string = 'datadog-rum', C extends string = 'statistics'> extends PresetOptions<Id, C> {
  /** The client token. */
  readonly clientToken: string;
  /** The RUM application id. */
  readonly applicationId: string;
  /** The Datadog site, default `datadoghq.eu`. */
  readonly site?: string;
}

/**
 * Datadog Real User Monitoring. First-party `_dd_s`, which expires after 15 minutes of inactivity and 4 hours at most.
 *
 * Sources:
 * - https://docs.datadoghq.com/real_user_monitoring/browser/data_collected/ (the _dd_s cookie: 15 minutes idle, 4 hours at most)
 * - https://docs.datadoghq.com/real_user_monitoring/browser/setup/client/ (CDN async setup and DD_RUM.init)
 *
 * @example
 * ```ts
 * services: [datadogRum({ clientToken: 'pub…', applicationId: '…' })]
 * ```
 */
export function datadogRum<const Id extends string = 'datadog-rum', const C extends string = 'statistics'>(
  o: DatadogRumOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'datadog-rum',
      provider: 'Datadog RUM',
      party: { type: 'third', name: 'Datadog, Inc.', privacyUrl: 'https://www.datadoghq.com/legal/privacy/' },
      purposes: [{ code: 'performance' }, { code: 'analytics' }],
      storage: [{ name: '_dd_s', duration: '4 hours', domain: o.cookieDomain }],
    },
    {
      fn: 'monitoring',
      location: 'EU',
      kind: 'statistics',
      script: 'https://www.datadoghq-browser-agent.com/eu1/v6/datadog-rum.js',
      ready: (w) => w.DD_RUM?.init?.({ clientToken: o.clientToken, applicationId: o.applicationId, site: o.site ?? 'datadoghq.eu' }),
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const datadogRumFacts: PresetFacts = {
  "overrides": {
    "_dd_s": "Datadog's session cookie, not in the database"
  }
};
