import type { Browser, BrowserContext, Locator, Page, Request } from 'playwright-core';
import { launchChromium } from './chromium';
import { startGuardProxy, type GuardProxy } from './proxy';

/** Which response or script set a cookie or storage key. */
export type SetBy =
  | { readonly type: 'response'; readonly url: string }
  | { readonly type: 'script'; readonly url: string }
  | { readonly type: 'unknown' };

/** A cookie as the browser kept it. Values are never recorded. */
export interface ObservedCookie {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
  /** Unix time in seconds; `-1` for a session cookie. */
  readonly expires: number;
  /** The longest remaining lifetime seen, in seconds; `null` for a session cookie. */
  readonly lifetimeSeconds: number | null;
  readonly httpOnly: boolean;
  readonly secure: boolean;
  readonly sameSite: 'Strict' | 'Lax' | 'None';
  readonly setBy: SetBy;
  /** The page on which it was first seen. */
  readonly page: string;
}

/** A localStorage or sessionStorage key. Values are never recorded. */
export interface ObservedStorage {
  readonly kind: 'localStorage' | 'sessionStorage';
  readonly name: string;
  readonly origin: string;
  readonly setBy: SetBy;
  readonly page: string;
}

/** The moments of a visit the audit compares. */
export type Phase = 'before-consent' | 'after-reject' | 'after-accept' | 'after-withdrawal';

/** What a phase clicked to get there. */
export interface PhaseAction {
  /** The choice was made. */
  readonly done: boolean;
  /** The buttons clicked, by their accessible name. */
  readonly steps: readonly string[];
  /** Why it could not be made. */
  readonly note?: string;
}

/** Everything seen during one phase. */
export interface PhaseResult {
  readonly phase: Phase;
  readonly action: PhaseAction | null;
  /** Every cookie and key that existed at some point in the phase. */
  readonly seen: { readonly cookies: readonly ObservedCookie[]; readonly storage: readonly ObservedStorage[] };
  /** What was left at its end, after every page was visited again. */
  readonly final: { readonly cookies: readonly ObservedCookie[]; readonly storage: readonly ObservedStorage[] };
}

/** A consent button found on the page, with what C4 compares. */
export interface ButtonInfo {
  readonly name: string;
  readonly tag: string;
  readonly width: number;
  readonly height: number;
  readonly fontSize: string;
  readonly fontWeight: string;
}

/** The first layer as found on the first page, before any click. */
export interface BannerCheck {
  readonly accept: ButtonInfo | null;
  readonly reject: ButtonInfo | null;
  readonly settings: ButtonInfo | null;
}

/** One request the page made. */
export interface RequestLogEntry {
  readonly url: string;
  readonly method: string;
  readonly resourceType: string;
  /** Refused before it left the browser: its origin is not the one given. */
  readonly blocked: boolean;
}

/** A visit of a site, phase by phase. */
export interface SiteObservation {
  readonly url: string;
  readonly origin: string;
  readonly host: string;
  readonly startedAt: string;
  readonly pages: readonly string[];
  readonly banner: BannerCheck;
  readonly phases: readonly PhaseResult[];
  readonly requests: readonly RequestLogEntry[];
  /** Pages that failed to load, with the reason. */
  readonly errors: readonly string[];
}

/** CSS selectors for a site whose buttons the built-in names do not find. */
export interface ButtonSelectors {
  readonly accept?: string;
  readonly reject?: string;
  readonly settings?: string;
}

/** Options of `observeSite`. */
export interface ObserveOptions {
  readonly url: string;
  /** Default: all four. `before-consent` always runs (it crawls). */
  readonly phases?: readonly Phase[];
  /** A browser to reuse; otherwise Chromium is found and started (and closed after). */
  readonly browser?: Browser;
  /** Path of the Chromium to start. */
  readonly chromium?: string;
  /** Pages to visit, the start page included; default 10. */
  readonly maxPages?: number;
  /** Link depth from the start page; default 2. */
  readonly depth?: number;
  /** Wait after each load and click for late scripts, in ms; default 300. */
  readonly settleMs?: number;
  /** Navigation timeout in ms; default 15000. */
  readonly timeoutMs?: number;
  /** How long to wait for the banner's buttons, in ms; default 3000. */
  readonly bannerTimeoutMs?: number;
  /** More origins the browser may contact (default: only the URL's own). */
  readonly allowOrigins?: readonly string[];
  /** Links whose URL matches are not followed. */
  readonly exclude?: RegExp;
  readonly selectors?: ButtonSelectors;
  /** Called with a line for each page and click, for progress on long crawls. */
  readonly onProgress?: (line: string) => void;
}

/** The start URL could not be loaded. */
export class SiteUnreachableError extends Error {
  override readonly name = 'SiteUnreachableError';
}

/** Accessible names of consent buttons, in English and French (as core's catalogs say them) and common variants. */
export const BUTTON_NAMES = {
  accept: /^\s*(accept|allow|agree to)( all)?( cookies)?\s*$|^\s*(i )?(accept|agree)\s*$|^\s*(tout accepter|accepter( tout| les cookies)?|j.accepte)\s*$/i,
  reject: /^\s*(reject|refuse|decline|deny)( all)?( cookies)?\s*$|^\s*(only|use only) necessary( cookies)?\s*$|^\s*necessary (cookies )?only\s*$|^\s*(tout refuser|refuser( tout| les cookies)?|continuer sans accepter)\s*$/i,
  settings: /^\s*(cookie (settings|preferences)|manage (cookies|preferences)|customi[sz]e|preferences|privacy settings|paramètres des cookies|gérer (les )?cookies|personnaliser|préférences( des cookies)?)\s*$/i,
} as const;

const SKIPPED_LINKS = /\.(pdf|zip|gz|tgz|png|jpe?g|gif|webp|avif|svg|ico|css|js|mjs|map|json|xml|txt|mp4|webm|mp3|woff2?|ttf|eot)$/i;
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

class Recorder {
  readonly cookies = new Map<string, ObservedCookie>();
  readonly storage = new Map<string, ObservedStorage>();
}

interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  recorder: Recorder;
  /** `cookie:name` or `localStorage:name` -> who set it first. */
  readonly setBy: Map<string, SetBy>;
}

/**
 * Visits a site in headless Chromium and records cookies and storage keys: before any choice
 * (crawling same-origin links within the depth and page limits), then after Reject all, after
 * Accept all, and after withdrawing that consent, each time visiting every crawled page again.
 * Only the URL's origin (and `allowOrigins`) may be contacted: every other request is refused in
 * the browser and logged as blocked.
 *
 * @example
 * ```ts
 * const seen = await observeSite({ url: 'http://127.0.0.1:3000/', phases: ['before-consent', 'after-accept'] });
 * console.log(seen.phases[0].seen.cookies.map((c) => c.name));
 * ```
 */
export async function observeSite(options: ObserveOptions): Promise<SiteObservation> {
  let start: URL;
  try {
    start = new URL(options.url);
  } catch {
    throw new SiteUnreachableError(`"${options.url}" is not a URL`);
  }
  if (start.protocol !== 'http:' && start.protocol !== 'https:') {
    throw new SiteUnreachableError(`"${options.url}" is not an http(s) URL`);
  }
  start.hash = '';
  const origin = start.origin;
  const allowed = new Set([origin, ...(options.allowOrigins ?? []).map((o) => new URL(o).origin)]);
  const allowedHosts = new Set([...allowed].map((o) => new URL(o).host));
  const maxPages = Math.max(1, options.maxPages ?? 10);
  const depth = Math.max(0, options.depth ?? 2);
  const settleMs = Math.max(0, options.settleMs ?? 300);
  const timeoutMs = options.timeoutMs ?? 15_000;
  const bannerTimeoutMs = options.bannerTimeoutMs ?? 3000;
  const wanted = new Set<Phase>(options.phases ?? ['before-consent', 'after-reject', 'after-accept', 'after-withdrawal']);
  const progress = options.onProgress ?? (() => {});
  const selectors = options.selectors ?? {};

  const startedAt = new Date().toISOString();
  const browser = options.browser ?? (await launchChromium(options.chromium));
  let proxy: GuardProxy | undefined;
  const requests = new Map<Request, { url: string; method: string; resourceType: string }>();
  const blocked = new Set<Request>();
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];

  const isAllowed = (url: string): boolean => {
    try {
      const u = new URL(url);
      if (u.protocol === 'http:' || u.protocol === 'https:') return allowed.has(u.origin);
      if (u.protocol === 'ws:' || u.protocol === 'wss:') return allowedHosts.has(u.host);
      return true; // data:, blob:, about: never leave the browser
    } catch {
      return false;
    }
  };

  async function openSession(): Promise<Session> {
    proxy ??= await startGuardProxy(isAllowed);
    // Every socket goes through the guard proxy (loopback included), so not even a preconnect
    // reaches another host.
    const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: false, proxy: { server: proxy.url } });
    contexts.push(context);
    context.setDefaultTimeout(timeoutMs);
    const setBy = new Map<string, SetBy>();
    const session: Session = { context, page: undefined as unknown as Page, recorder: new Recorder(), setBy };
    await context.route('**/*', async (route) => {
      const request = route.request();
      if (isAllowed(request.url())) return route.continue();
      blocked.add(request);
      return route.abort('blockedbyclient');
    });
    await context.routeWebSocket(/.*/, (ws) => {
      if (isAllowed(ws.url())) ws.connectToServer();
      else void ws.close({ code: 1008, reason: 'blocked by cookiekit' });
    });
    context.on('request', (request) => {
      if (/^(https?|wss?):/.test(request.url())) {
        requests.set(request, { url: request.url(), method: request.method(), resourceType: request.resourceType() });
      }
    });
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
    (session as { page: Page }).page = await context.newPage();
    return session;
  }

  async function collect(session: Session, pageUrl: string): Promise<void> {
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

  async function finalState(session: Session, pageUrl: string) {
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

  async function visit(session: Session, url: string, label: string): Promise<{ ok: boolean; links: string[] }> {
    progress(`${label} ${url}`);
    let response;
    try {
      response = await session.page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    } catch (error) {
      errors.push(`${url}: ${(error as Error).message.split('\n')[0]}`);
      return { ok: false, links: [] };
    }
    await settle(session.page);
    await collect(session, url);
    const status = response?.status() ?? 0;
    const type = (await response?.headerValue('content-type').catch(() => null)) ?? '';
    if (status >= 400 || !/html/i.test(type)) {
      if (status >= 400) errors.push(`${url}: HTTP ${status}`);
      return { ok: status > 0 && status < 400, links: [] };
    }
    const hrefs = await session.page
      .$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))
      .catch(() => [] as string[]);
    const links: string[] = [];
    for (const href of hrefs) {
      const link = normalizeLink(href, origin);
      if (link && !SKIPPED_LINKS.test(new URL(link).pathname) && !options.exclude?.test(link)) links.push(link);
    }
    return { ok: true, links };
  }

  async function settle(page: Page): Promise<void> {
    await page.waitForLoadState('load').catch(() => {});
    if (settleMs > 0) await page.waitForTimeout(settleMs);
  }

  function button(page: Page, kind: keyof typeof BUTTON_NAMES, scope?: string): Locator {
    const root = scope ? page.locator(scope) : page;
    const selector = selectors[kind];
    if (selector) return root.locator(selector).filter({ visible: true });
    const name = BUTTON_NAMES[kind];
    return root.getByRole('button', { name }).or(root.getByRole('link', { name })).filter({ visible: true });
  }

  /** The first visible match, waiting up to `timeout` ms for one (0: only look now). */
  async function waitFor(locator: Locator, timeout: number): Promise<Locator | null> {
    try {
      if (timeout <= 0) return (await locator.count()) > 0 ? locator.first() : null;
      await locator.first().waitFor({ state: 'visible', timeout });
      return locator.first();
    } catch {
      return null;
    }
  }

  async function describe(locator: Locator | null): Promise<ButtonInfo | null> {
    if (!locator) return null;
    try {
      return await locator.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const text = (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim();
        return { name: text, tag: el.tagName.toLowerCase(), width: box.width, height: box.height, fontSize: style.fontSize, fontWeight: style.fontWeight };
      });
    } catch {
      return null;
    }
  }

  const MODAL = 'dialog[open], [aria-modal="true"]';

  /** Clicks a button and lets the page react. */
  async function click(session: Session, locator: Locator, steps: string[]): Promise<void> {
    const info = await describe(locator);
    steps.push(info?.name || '(button)');
    progress(`  click "${info?.name ?? ''}"`);
    await locator.click({ timeout: timeoutMs });
    await settle(session.page);
  }

  /** Reject all: on the first layer, else from the preferences the settings button opens. */
  async function reject(session: Session, fromFirstLayer: boolean): Promise<PhaseAction> {
    const steps: string[] = [];
    const page = session.page;
    if (fromFirstLayer) {
      const direct = await waitFor(button(page, 'reject'), bannerTimeoutMs);
      if (direct) {
        await click(session, direct, steps);
        return { done: true, steps };
      }
    }
    const settings = await waitFor(button(page, 'settings'), bannerTimeoutMs);
    if (!settings) return { done: false, steps, note: 'no Reject all button and no cookie settings button found' };
    await click(session, settings, steps);
    const anywhere = await waitFor(button(page, 'reject'), bannerTimeoutMs);
    // Prefer the one in the dialog just opened over one on a layer under it.
    const inDialog = anywhere ? ((await waitFor(button(page, 'reject', MODAL), 0)) ?? anywhere) : null;
    if (!inDialog) return { done: false, steps, note: `no Reject all button after clicking "${steps[0]}"` };
    await click(session, inDialog, steps);
    return { done: true, steps };
  }

  async function accept(session: Session): Promise<PhaseAction> {
    const steps: string[] = [];
    const found = await waitFor(button(session.page, 'accept'), bannerTimeoutMs);
    if (!found) return { done: false, steps, note: 'no Accept all button found' };
    await click(session, found, steps);
    return { done: true, steps };
  }

  // The guard proxy saw the connection fail: say so plainly.
  const unreachable = () => {
    const code = proxy?.failures.get(start.host);
    return code ? `cannot connect to ${start.host} (${code})` : undefined;
  };
  const phases: PhaseResult[] = [];
  const pages: string[] = [];
  let banner: BannerCheck = { accept: null, reject: null, settings: null };

  async function revisit(session: Session, label: string): Promise<void> {
    for (const [i, url] of pages.entries()) await visit(session, url, `[${label}] ${i + 1}/${pages.length}`);
  }

  async function finish(session: Session, phase: Phase, action: PhaseAction | null): Promise<void> {
    const last = pages[pages.length - 1] ?? start.href;
    const final = await finalState(session, session.page.url() || last);
    phases.push({
      phase,
      action,
      seen: { cookies: [...session.recorder.cookies.values()], storage: [...session.recorder.storage.values()] },
      final,
    });
  }

  try {
    // 1. Before any choice: load the start page, read the first layer, crawl.
    const first = await openSession();
    const startUrl = start.href;
    progress(`[before consent] 1/${maxPages} ${startUrl}`);
    let response;
    try {
      response = await first.page.goto(startUrl, { waitUntil: 'load', timeout: timeoutMs });
    } catch (error) {
      throw new SiteUnreachableError(`${startUrl} could not be loaded: ${unreachable() ?? (error as Error).message.split('\n')[0]}`);
    }
    if (!response || response.status() >= 400) {
      throw new SiteUnreachableError(`${startUrl} could not be loaded: ${unreachable() ?? `HTTP ${response?.status() ?? 'no answer'}`}`);
    }
    const acceptButton = await waitFor(button(first.page, 'accept'), bannerTimeoutMs);
    banner = {
      accept: await describe(acceptButton),
      // The first layer: whatever is visible now, before anything is clicked.
      reject: await describe(await waitFor(button(first.page, 'reject'), 0)),
      settings: await describe(await waitFor(button(first.page, 'settings'), 0)),
    };
    await settle(first.page);
    await collect(first, startUrl);
    pages.push(startUrl);
    const queued = new Set([startUrl]);
    const queue: Array<{ url: string; depth: number }> = [];
    const enqueue = (links: string[], at: number) => {
      if (at > depth) return;
      for (const link of links) {
        if (queued.has(link)) continue;
        queued.add(link);
        queue.push({ url: link, depth: at });
      }
    };
    const firstLinks = await first.page
      .$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))
      .catch(() => [] as string[]);
    enqueue(
      firstLinks
        .map((h) => normalizeLink(h, origin))
        .filter((l): l is string => !!l && !SKIPPED_LINKS.test(new URL(l).pathname) && !options.exclude?.test(l)),
      1,
    );
    while (queue.length > 0 && pages.length < maxPages) {
      const next = queue.shift()!;
      const result = await visit(first, next.url, `[before consent] ${pages.length + 1}/${maxPages}`);
      if (!result.ok) continue;
      pages.push(next.url);
      enqueue(result.links, next.depth + 1);
    }
    await finish(first, 'before-consent', null);
    await first.context.close();

    // 2. Reject all in a fresh browser, then every page again.
    if (wanted.has('after-reject')) {
      const session = await openSession();
      await visit(session, startUrl, '[reject all] open');
      const action = await reject(session, banner.reject !== null);
      if (action.done) await revisit(session, 'after reject all');
      await finish(session, 'after-reject', action);
      await session.context.close();
    }

    // 3. Accept all in a fresh browser, then every page; 4. withdraw from the settings.
    if (wanted.has('after-accept') || wanted.has('after-withdrawal')) {
      const session = await openSession();
      await visit(session, startUrl, '[accept all] open');
      const action = await accept(session);
      if (action.done) await revisit(session, 'after accept all');
      await finish(session, 'after-accept', action);
      if (wanted.has('after-withdrawal')) {
        session.recorder = new Recorder();
        let withdrawal: PhaseAction = { done: false, steps: [], note: 'consent was never given (no Accept all button)' };
        if (action.done) {
          await visit(session, startUrl, '[withdraw] open');
          withdrawal = await reject(session, false);
          if (withdrawal.done) await revisit(session, 'after withdrawal');
        }
        await finish(session, 'after-withdrawal', withdrawal);
      }
      await session.context.close();
    }
  } finally {
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    if (!options.browser) await browser.close().catch(() => {});
    await proxy?.close();
  }

  return {
    url: start.href,
    origin,
    host: start.hostname,
    startedAt,
    pages,
    banner,
    phases,
    requests: [...requests.entries()].map(([request, entry]) => ({ ...entry, blocked: blocked.has(request) })),
    errors,
  };
}

/** A link as the crawler follows it: same origin, http(s), without its fragment; `null` otherwise. */
export function normalizeLink(href: string, origin: string): string | null {
  try {
    const url = new URL(href, origin);
    if (url.origin !== origin) return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

async function storageKeys(page: Page): Promise<Array<Omit<ObservedStorage, 'setBy' | 'page'>>> {
  try {
    return await page.evaluate(() => {
      const out: Array<{ kind: 'localStorage' | 'sessionStorage'; name: string; origin: string }> = [];
      for (const kind of ['localStorage', 'sessionStorage'] as const) {
        try {
          const store = window[kind];
          for (let i = 0; i < store.length; i++) {
            const name = store.key(i);
            if (name !== null) out.push({ kind, name, origin: location.origin });
          }
        } catch {
          // Storage can be unavailable (opaque origin, disabled).
        }
      }
      return out;
    });
  } catch {
    return [];
  }
}
