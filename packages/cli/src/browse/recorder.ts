import type { BrowserContext, Page } from 'playwright-core';
import type { ObservedCookie, ObservedStorage, SetBy } from './types';

const BINDING = '__cookiekitScanRecord';

// Runs in every frame before the page's own scripts: reports which script writes a cookie or a
// storage key (by the first http(s) URL on its stack), then lets the write happen unchanged.
const HOOK_SCRIPT = `(() => {
  const report = (kind, text) => {
    try {
      const stack = String(new Error().stack || '').split('\\n').slice(1);
      let where = '';
      for (const line of stack) {
        const m = /(https?:\\/\\/[^\\s()]+?):(\\d+):\\d+\\)?\\s*$/.exec(line);
        if (m) { where = m[1] + ':' + m[2]; break; }
      }
      const fn = globalThis['${BINDING}'];
      if (typeof fn === 'function') fn(kind, String(text), where, String(location.href));
    } catch {}
  };
  const d = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (d && d.set && d.get) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true, enumerable: d.enumerable,
      get() { return d.get.call(this); },
      set(v) { report('cookie', v); d.set.call(this, v); },
    });
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    report(this === window.sessionStorage ? 'sessionStorage' : 'localStorage', k);
    return setItem.call(this, k, v);
  };
  const wrap = (proto, method, kind, nameOf) => {
    const original = proto && proto[method];
    if (typeof original !== 'function') return;
    proto[method] = function (a) {
      try { report(kind, nameOf(a)); } catch {}
      return original.apply(this, arguments);
    };
  };
  if (typeof IDBFactory !== 'undefined') wrap(IDBFactory.prototype, 'open', 'indexedDB', String);
  if (typeof CacheStorage !== 'undefined') wrap(CacheStorage.prototype, 'open', 'cacheStorage', String);
  if (typeof ServiceWorkerContainer !== 'undefined') {
    wrap(ServiceWorkerContainer.prototype, 'register', 'serviceWorker', (u) => new URL(String(u), location.href).pathname);
  }
  // A banner in a closed shadow root is out of reach of role and CSS selectors: open it.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    return attachShadow.call(this, Object.assign({}, init, { mode: 'open' }));
  };
  if (typeof CookieStore !== 'undefined' && CookieStore.prototype.set) {
    const set = CookieStore.prototype.set;
    CookieStore.prototype.set = function (a, b) {
      report('cookie', typeof a === 'string' ? a + '=' + b : (a && a.name) + '=');
      return set.apply(this, arguments);
    };
  }
})();`;

/** Whether a Set-Cookie header or `document.cookie` write deletes the cookie rather than sets it. */
export function isDeletion(setCookie: string, now = Date.now()): boolean {
  const maxAge = /;\s*max-age\s*=\s*(-?\d+)/i.exec(setCookie);
  if (maxAge) return Number(maxAge[1]) <= 0;
  const expires = /;\s*expires\s*=\s*([^;]+)/i.exec(setCookie);
  if (expires) {
    const at = Date.parse(expires[1]!);
    return Number.isFinite(at) && at <= now;
  }
  return false;
}

/** The cookie name of a Set-Cookie header or `document.cookie` assignment. */
export function cookieNameOf(setCookie: string): string {
  const pair = setCookie.split(';', 1)[0] ?? '';
  const eq = pair.indexOf('=');
  return (eq < 0 ? '' : pair.slice(0, eq)).trim();
}

/** The cookies and storage keys seen, by identity (name, domain, path; kind, origin, name). */
export class Recorder {
  readonly cookies = new Map<string, ObservedCookie>();
  readonly storage = new Map<string, ObservedStorage>();
}

/** One browser context of a visit, with what it recorded. */
export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** What the current phase has seen; replaced when a phase starts in the same context. */
  recorder: Recorder;
  /** `cookie:name` or `localStorage:name` -> who set it first. */
  readonly setBy: Map<string, SetBy>;
}

/**
 * Starts recording in a context, before its first page: who sets each cookie (a response's
 * Set-Cookie header, or a script through the hook) and each storage key.
 */
export async function startSession(context: BrowserContext): Promise<Session> {
  const setBy = new Map<string, SetBy>();
  context.on('response', (response) => {
    void response
      .headersArray()
      .then((headers) => {
        for (const { name, value } of headers) {
          if (name.toLowerCase() !== 'set-cookie') continue;
          // Several cookies may arrive folded in one value, one per line.
          for (const line of value.split('\n')) {
            const cookie = cookieNameOf(line);
            if (cookie && !isDeletion(line) && !setBy.has(`cookie:${cookie}`)) {
              setBy.set(`cookie:${cookie}`, { type: 'response', url: response.url() });
            }
          }
        }
      })
      .catch(() => {});
  });
  await context.exposeBinding(BINDING, (_source, kind: unknown, text: unknown, where: unknown, href: unknown) => {
    const what = String(kind);
    const value = String(text);
    const name = what === 'cookie' ? cookieNameOf(value) : value;
    if (!name || (what === 'cookie' && isDeletion(value))) return;
    const key = `${what}:${name}`;
    if (!setBy.has(key)) setBy.set(key, { type: 'script', url: String(where || href) });
  });
  await context.addInitScript({ content: HOOK_SCRIPT });
  return { context, page: await context.newPage(), recorder: new Recorder(), setBy };
}

/** Adds what exists now (cookies of the context; storage of the page and its frames) to the session's recorder. */
export async function collect(session: Session, pageUrl: string): Promise<void> {
  const now = Date.now() / 1000;
  const { recorder } = session;
  for (const c of await session.context.cookies()) {
    const key = `${c.name}\t${c.domain}\t${c.path}`;
    const lifetime = c.expires > 0 ? Math.max(0, Math.round(c.expires - now)) : null;
    const before = recorder.cookies.get(key);
    recorder.cookies.set(key, {
      name: c.name,
      domain: c.domain,
      path: c.path,
      expires: c.expires,
      lifetimeSeconds:
        before && before.lifetimeSeconds !== null && lifetime !== null ? Math.max(before.lifetimeSeconds, lifetime) : lifetime,
      httpOnly: c.httpOnly,
      secure: c.secure,
      sameSite: c.sameSite,
      setBy: before?.setBy.type === 'response' || before?.setBy.type === 'script'
        ? before.setBy
        : (session.setBy.get(`cookie:${c.name}`) ?? { type: 'unknown' }),
      page: before?.page ?? pageUrl,
    });
  }
  for (const item of await storageKeys(session.page)) {
    const key = `${item.kind}\t${item.origin}\t${item.name}`;
    const before = recorder.storage.get(key);
    recorder.storage.set(key, {
      ...item,
      setBy: before?.setBy ?? session.setBy.get(`${item.kind}:${item.name}`) ?? { type: 'unknown' },
      page: before?.page ?? pageUrl,
    });
  }
}

/** What exists now, each item with who set it and where as first seen in the phase. */
export async function finalState(session: Session, pageUrl: string): Promise<{ cookies: ObservedCookie[]; storage: ObservedStorage[] }> {
  // A fresh recorder sees exactly what exists now.
  const seen = session.recorder;
  session.recorder = new Recorder();
  await collect(session, pageUrl);
  const now = session.recorder;
  session.recorder = seen;
  // Keep who set each item, as first seen in the phase.
  const cookies = [...now.cookies.entries()].map(([k, c]) => ({ ...c, setBy: seen.cookies.get(k)?.setBy ?? c.setBy, page: seen.cookies.get(k)?.page ?? c.page }));
  const storage = [...now.storage.entries()].map(([k, s]) => ({ ...s, setBy: seen.storage.get(k)?.setBy ?? s.setBy, page: seen.storage.get(k)?.page ?? s.page }));
  return { cookies, storage };
}

type StorageEntry = Omit<ObservedStorage, 'setBy' | 'page'>;

/**
 * The storage of the page and of each of its frames the browser let load (same-origin ones, or
 * of an allowed origin), per origin: web storage keys, IndexedDB databases, Cache Storage caches
 * and service worker registrations (by their script's path).
 */
async function storageKeys(page: Page): Promise<StorageEntry[]> {
  const out: StorageEntry[] = [];
  for (const frame of page.frames()) {
    if (!/^https?:/.test(frame.url())) continue;
    try {
      out.push(...(await frame.evaluate(readStorage)));
    } catch {
      // A frame detached or navigated meanwhile.
    }
  }
  return out;
}

// Runs in the page: every name, never a value.
async function readStorage(): Promise<StorageEntry[]> {
  const out: StorageEntry[] = [];
  const origin = location.origin;
  for (const kind of ['localStorage', 'sessionStorage'] as const) {
    try {
      const store = window[kind];
      for (let i = 0; i < store.length; i++) {
        const name = store.key(i);
        if (name !== null) out.push({ kind, name, origin });
      }
    } catch {
      // Storage can be unavailable (opaque origin, disabled).
    }
  }
  const quickly = <T,>(work: Promise<T>): Promise<T | undefined> =>
    Promise.race([work, new Promise<undefined>((resolve) => setTimeout(resolve, 1000))]).catch(() => undefined);
  for (const db of (await quickly(indexedDB.databases())) ?? []) if (db.name) out.push({ kind: 'indexedDB', name: db.name, origin });
  if (typeof caches !== 'undefined') {
    for (const name of (await quickly(caches.keys())) ?? []) out.push({ kind: 'cacheStorage', name, origin });
  }
  if (navigator.serviceWorker) {
    for (const r of (await quickly(navigator.serviceWorker.getRegistrations())) ?? []) {
      const script = (r.active ?? r.waiting ?? r.installing)?.scriptURL ?? r.scope;
      out.push({ kind: 'serviceWorker', name: new URL(script).pathname, origin });
    }
  }
  return out;
}
