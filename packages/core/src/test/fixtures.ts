import { everyKind } from '@cookiekit/test-fixtures';
import type { Consent } from '../decide';
import { defineCookiePolicy, type CookiePolicy } from '../policy';

/** A small policy with every kind: necessary, preferences, statistics (one exempt service), marketing. */
export const testPolicy = defineCookiePolicy(everyKind);

/** A copy of a policy with changes, for tests that need a variant. */
export function withChanges(changes: Partial<CookiePolicy>): CookiePolicy {
  return { ...testPolicy, ...changes };
}

export const DAY = 86_400_000;
export const MONTH = 2_629_746_000;

/** The decision tests' "now": 2026-01-15, UTC. */
export const T0 = Date.UTC(2026, 0, 15);

/** A stored consent to the test policy, made at T0 granting everything, with changes. */
export function storedConsent(overrides: Partial<Consent> = {}): Consent {
  return {
    revision: 'r1',
    subject: 'abcdefghijklmnopqrstuv',
    decidedAt: T0,
    expiresAt: T0 + 6 * MONTH,
    method: 'accept-all',
    categories: { preferences: true, statistics: true, ads: true },
    services: { theme: true, analytics: true, audience: true, pixel: true },
    ...overrides,
  };
}
