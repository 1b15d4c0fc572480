import type { Decision } from './decide';
import type { CookiePolicy, Service, StorageItem, StorageKind } from './policy';

/** Whether a cookie or storage key name is one a storage item declares (exact, `prefix*`, or pattern). */
export function matchesStorageItem(item: StorageItem, name: string): boolean {
  if (item.pattern !== undefined) {
    try {
      return new RegExp(item.pattern).test(name);
    } catch {
      return false;
    }
  }
  if (item.name === undefined) return false;
  return item.name.endsWith('*') ? name.startsWith(item.name.slice(0, -1)) : name === item.name;
}

/** A declared storage item with the service it belongs to. */
export interface DeclaredStorage {
  readonly service: Service;
  readonly item: StorageItem;
}

/**
 * Which service declares a cookie or storage key, or `undefined` when the policy does not.
 * An exact name wins over a wildcard or pattern.
 */
export function findDeclaredStorage(
  policy: CookiePolicy,
  name: string,
  kind: StorageKind = 'cookie',
): DeclaredStorage | undefined {
  let loose: DeclaredStorage | undefined;
  for (const service of policy.services) {
    for (const item of service.storage) {
      if ((item.kind ?? 'cookie') !== kind || !matchesStorageItem(item, name)) continue;
      if (item.name === name) return { service, item };
      loose ??= { service, item };
    }
  }
  return loose;
}

/**
 * The storage items of every service a decision does not allow: what must be deleted on
 * refusal or withdrawal (C6, C18), by the browser runtime and by the server alike.
 */
export function refusedStorage(policy: CookiePolicy, decision: Decision): DeclaredStorage[] {
  const allowedServices = decision.services as Record<string, boolean>;
  // A name an allowed service also declares stays: it is still in use.
  const key = (item: StorageItem) => (item.name === undefined ? undefined : `${item.kind ?? 'cookie'}:${item.name}`);
  const kept = new Set(policy.services.filter((s) => allowedServices[s.id]).flatMap((s) => s.storage.map(key)));
  kept.delete(undefined);
  return policy.services.flatMap((service) =>
    allowedServices[service.id]
      ? []
      : service.storage.filter((item) => !kept.has(key(item))).map((item) => ({ service, item })),
  );
}
