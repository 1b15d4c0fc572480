import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link sentry}. */
export interface SentryOptions<Id extends string = 'sentry', C extends string = 'statistics'> extends PresetOptions<Id, C> {
  /** The project's public key, from the Loader Script's address. */
  readonly publicKey: string;
}

/**
 * Sentry (Loader Script). Errors, performance and, if enabled, Session Replay, which keeps `sentryReplaySession` in session storage. Sentry sets no cookie.
 *
 * Sources:
 * - https://docs.sentry.io/platforms/javascript/install/loader/ (js.sentry-cdn.com/<public key>.min.js)
 * - https://docs.sentry.io/platforms/javascript/session-replay/ (sentryReplaySession in sessionStorage)
 *
 * @example
 * ```ts
 * services: [sentry({ publicKey: 'abc123' })]
 * ```
 */
export function sentry<const Id extends string = 'sentry', const C extends string = 'statistics'>(
  o: SentryOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'sentry',
      provider: 'Sentry',
      party: { type: 'third', name: 'Functional Software, Inc.', privacyUrl: 'https://sentry.io/privacy/' },
      purposes: [{ code: 'performance' }],
      storage: [{ name: 'sentryReplaySession', duration: 'session', kind: 'sessionStorage' }],
    },
    {
      fn: 'monitoring',
      location: 'US',
      kind: 'statistics',
      script: `https://js.sentry-cdn.com/${encodeURIComponent(o.publicKey)}.min.js`,
      attributes: { crossorigin: 'anonymous' },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const sentryFacts: PresetFacts = {
  "overrides": {
    "sentryReplaySession": "Session Replay's session storage key, not in the database"
  }
};
