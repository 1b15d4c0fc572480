import { everyKind } from '@cookiekit/test-fixtures';
import { defineCookiePolicy, type CookiePolicy } from '../policy';

/** A small policy with every kind: necessary, preferences, statistics (one exempt service), marketing. */
export const testPolicy = defineCookiePolicy(everyKind);

/** A copy of a policy with changes, for tests that need a variant. */
export function withChanges(changes: Partial<CookiePolicy>): CookiePolicy {
  return { ...testPolicy, ...changes };
}

export const DAY = 86_400_000;
export const MONTH = 2_629_746_000;
