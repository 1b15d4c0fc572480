import type { Decision } from './decide';
import { compileCookiePlan, storageItemMatcher, type DeclaredStorage } from './cookie-plan';
import type { CookiePolicy, StorageItem, StorageKind } from './policy';

export type { DeclaredStorage } from './cookie-plan';

/**
 * Whether a cookie or storage key name is one a storage item declares: the exact name, a
 * `prefix*` wildcard, or a pattern matched against the whole name (`^(?:pattern)$`).
 */
export function matchesStorageItem(item: StorageItem, name: string): boolean {
  return storageItemMatcher(item)(name);
}

/**
 * Which service declares a cookie or storage key, or `undefined` when the policy does not.
 * An exact name wins over a wildcard or pattern. See {@link compileCookiePlan}.
 */
export function findDeclaredStorage(
  policy: CookiePolicy,
  name: string,
  kind: StorageKind = 'cookie',
): DeclaredStorage | undefined {
  return compileCookiePlan(policy).owner(name, kind);
}

/**
 * The storage items of every service a decision does not allow: what must be deleted on
 * refusal or withdrawal (C6, C18), by the browser runtime and by the server alike. A name an
 * allowed service also declares stays.
 */
export function refusedStorage(policy: CookiePolicy, decision: Decision): DeclaredStorage[] {
  return compileCookiePlan(policy).refused(decision);
}
