import type { Decision } from '../decide';
import { findDeclaredStorage, refusedStorage } from '../match';
import type { CookiePolicy, StorageKind } from '../policy';
import { DEFAULT_CONSENT_COOKIE } from '../storage';
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

/**
 * The domains a cookie of this host may be set on: the host, then each parent domain. The
 * top-level label is left out; a browser refuses any other public suffix by itself (C18).
 */
export function cookieDomains(hostname: string): string[] {
  if (/^[\d.]+$|[:[]/.test(hostname)) return [];
  const labels = hostname.split('.');
  return labels.map((_, i) => labels.slice(i).join('.')).slice(0, Math.max(1, labels.length - 1));
}

/** The paths to delete on: `/`, the declared ones, and every ancestor of the current path. */
export function cookiePaths(pathname: string, declared: readonly string[] = []): string[] {
  const paths = new Set(['/', ...declared]);
  let path = '';
  for (const segment of pathname.split('/').filter(Boolean)) paths.add((path += `/${segment}`));
  return [...paths];
}

const names = (cookie: string): Set<string> =>
  new Set(cookie.split(';').map((part) => part.split('=')[0]!.trim()).filter(Boolean));

/**
 * Deletes what the policy attributes to services the decision does not allow (C6, C18): cookies
 * by exact name, `prefix*` wildcard or pattern, on `/`, every declared path and the current path's
 * ancestors, host-only and on every parent domain; and the matching localStorage and
 * sessionStorage keys. A name belongs to the service `findDeclaredStorage` says; necessary and
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
  const area = (key: 'localStorage' | 'sessionStorage'): Storage | null | undefined => {
    try {
      return key in env ? env[key] : g[key]; // the getter throws where storage is disabled
    } catch {
      return null;
    }
  };
  const doc = env.document ?? g.document;
  const loc = env.location ?? g.location;
  const allowedServices = decision.services as Record<string, boolean>;
  const consentCookie = policy.consentCookie?.name ?? DEFAULT_CONSENT_COOKIE;
  const refused = (kind: StorageKind, name: string): boolean => {
    const owner = findDeclaredStorage(policy, name, kind);
    return !!owner && !allowedServices[owner.service.id] && !(kind === 'cookie' && name === consentCookie);
  };

  const report: CleanupReport = { cookies: [], remaining: [], localStorage: [], sessionStorage: [] };
  if (doc && loc) {
    const cookieItems = refusedStorage(policy, decision)
      .map(({ item }) => item)
      .filter((item) => (item.kind ?? 'cookie') === 'cookie' && !item.httpOnly);
    const visible = [...names(doc.cookie)].filter((name) => refused('cookie', name));
    // Exact names are tried even when not visible here: set on another path, they still exist.
    const exact = cookieItems.flatMap(({ name, pattern }) =>
      name && !pattern && !name.endsWith('*') && refused('cookie', name) ? [name] : [],
    );
    const paths = cookiePaths(loc.pathname, cookieItems.flatMap((item) => (item.path ? [item.path] : [])));
    // Host-only, then the host and each parent domain (a declared `domain` is one of them).
    const domains = ['', ...cookieDomains(loc.hostname)];
    const secure = loc.protocol === 'https:' ? '; Secure' : '';
    for (const name of new Set([...visible, ...exact])) {
      for (const path of paths) {
        for (const domain of domains) {
          doc.cookie = `${name}=; Max-Age=0; Path=${path}${domain && `; Domain=${domain}`}${secure}`;
        }
      }
    }
    const left = names(doc.cookie);
    for (const name of visible) (left.has(name) ? report.remaining : report.cookies).push(name);
  }

  for (const kind of ['localStorage', 'sessionStorage'] as const) {
    const storage = area(kind);
    if (!storage) continue;
    for (const key of Object.keys(storage)) {
      if (refused(kind, key)) {
        storage.removeItem(key);
        report[kind].push(key);
      }
    }
  }
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
