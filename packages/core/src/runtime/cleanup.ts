import { compileNames, cookieDeletions, cookieDomains, refusesStorage } from '../cookie-plan';
import type { Decision } from '../decide';
import type { CookiePolicy } from '../policy';
import type { ConsentStore } from '../store';

/** Where `cleanupRefused` deletes; each part defaults to the browser's own (`document`, `location`, …). */
export interface CleanupEnv {
  readonly document?: { cookie: string };
  readonly location?: { readonly hostname: string; readonly pathname: string; readonly protocol?: string };
  readonly localStorage?: Storage | null;
  readonly sessionStorage?: Storage | null;
}

/** What `cleanupRefused` deleted. */
export interface CleanupReport {
  /** Refused cookies that were visible to the page and are gone. */
  readonly cookies: string[];
  /** Refused cookies still visible: set on a path or domain the policy does not declare. */
  readonly remaining: string[];
  readonly localStorage: string[];
  readonly sessionStorage: string[];
}

export { cookieDomains, cookiePaths } from '../cookie-plan';

const names = (cookie: string): string[] => [
  ...new Set(cookie.split(';').map((part) => part.split('=')[0]!.trim()).filter(Boolean)),
];

/**
 * Deletes what the policy attributes to services the decision does not allow (C6, C18): cookies
 * by exact name, `prefix*` wildcard or pattern, on `/`, every declared path and the current path's
 * ancestors, host-only and on every parent domain; and the matching localStorage and
 * sessionStorage keys, as the policy's `compileCookiePlan` says (the same plan the server uses); necessary and
 * allowed services' names stay, and so does the consent cookie. HttpOnly cookies cannot be seen or
 * deleted by scripts: the server clears them from the same policy. Touches nothing outside a browser.
 *
 * @example
 * ```ts
 * const report = cleanupRefused(policy, store.getSnapshot());
 * console.log(report.cookies); // ['_ga', '_ga_X1']
 * ```
 */
export function cleanupRefused(policy: CookiePolicy, decision: Decision, env: CleanupEnv = {}): CleanupReport {
  const g = globalThis as Partial<CleanupEnv>;
  const doc = env.document ?? g.document;
  const loc = env.location ?? g.location;
  const plan = compileNames(policy);
  const report: CleanupReport = { cookies: [], remaining: [], localStorage: [], sessionStorage: [] };
  if (doc && loc) {
    const visible = names(doc.cookie);
    // The browser refuses a Domain that is a public suffix by itself, so no list is needed here.
    const deletions = cookieDeletions(
      plan,
      decision,
      { path: loc.pathname, secure: loc.protocol == 'https:', present: visible, all: true },
      ['', ...cookieDomains(loc.hostname)],
    );
    for (const cookie of deletions) doc.cookie = cookie;
    const left = names(doc.cookie);
    for (const name of visible) if (refusesStorage(plan, decision, name)) report[left.includes(name) ? 'remaining' : 'cookies'].push(name);
  }
  for (const kind of ['localStorage', 'sessionStorage'] as const) {
    let storage: Storage | null | undefined;
    try {
      storage = kind in env ? env[kind] : g[kind]; // the getter throws where storage is disabled
    } catch {}
    for (const key of storage ? Object.keys(storage) : []) {
      if (refusesStorage(plan, decision, key, kind)) {
        storage!.removeItem(key);
        report[kind].push(key);
      }
    }
  }
  return report;
}

/** What `cleanupRefusedStores` deleted: database and cache names, service worker script paths. */
export interface StoresCleanupReport {
  readonly indexedDB: string[];
  readonly cacheStorage: string[];
  readonly serviceWorker: string[];
}

/**
 * Deletes the IndexedDB databases and Cache Storage caches that the decision refuses, by name,
 * and unregisters refused service workers, by the path of their script (`/sw.js`), as the
 * policy's `compileCookiePlan` says (C6). Best effort: an API the browser lacks (Cache Storage
 * outside a secure context) is skipped, never an error. It is not part of `watchCleanup` (it
 * would add about 150 bytes to every page); run it after each cleanup where the policy declares
 * such storage, as in the example.
 *
 * @example
 * ```ts
 * const kit = createCookieKit({
 *   policy,
 *   effects: [(store) => watchCleanup(store, { onCleanup: () => void cleanupRefusedStores(store.policy, store.getSnapshot()) })],
 * });
 * ```
 */
export async function cleanupRefusedStores(policy: CookiePolicy, decision: Decision): Promise<StoresCleanupReport> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const g = globalThis as any;
  const plan = compileNames(policy);
  const report: StoresCleanupReport = { indexedDB: [], cacheStorage: [], serviceWorker: [] };
  const refused = (kind: keyof StoresCleanupReport, name: string) => refusesStorage(plan, decision, name, kind) && report[kind].push(name);
  try {
    for (const { name } of await g.indexedDB.databases()) refused('indexedDB', name) && g.indexedDB.deleteDatabase(name);
  } catch {}
  try {
    for (const name of await g.caches.keys()) refused('cacheStorage', name) && (await g.caches.delete(name));
  } catch {}
  try {
    for (const r of await g.navigator.serviceWorker.getRegistrations()) {
      refused('serviceWorker', new URL((r.active ?? r.waiting ?? r.installing).scriptURL).pathname) && (await r.unregister());
    }
  } catch {}
  return report;
}

/** Options of `watchCleanup`. */
export interface WatchCleanupOptions extends CleanupEnv {
  /** Called with each cleanup's report. */
  readonly onCleanup?: (report: CleanupReport) => void;
}

/**
 * Runs `cleanupRefused` once now (a stored refusal, an expired or outdated choice, or nothing
 * chosen yet: whatever is not allowed must not be there), then each time a category or service is
 * revoked: a withdrawal deletes what was stored (C6). Returns a stop function.
 *
 * @example
 * ```ts
 * const stop = watchCleanup(store, { onCleanup: (r) => console.debug('deleted', r.cookies) });
 * ```
 */
export function watchCleanup(store: ConsentStore, options: WatchCleanupOptions = {}): () => void {
  let last = store.getSnapshot();
  const run = () => {
    const report = cleanupRefused(store.policy, last, options);
    options.onCleanup?.(report);
  };
  const stop = store.subscribe(() => {
    const was = last.services as Record<string, boolean>;
    last = store.getSnapshot();
    const now = last.services as Record<string, boolean>;
    // Storage belongs to services: cleanup follows when one stops being allowed.
    if (Object.keys(was).some((id) => was[id] && !now[id])) run();
  });
  last = store.getSnapshot();
  run();
  return stop;
}
