import { launchChromium } from './chromium';
import { SiteUnreachableError, TimeLimitError, type VisitContext } from './browse/context';
import { NetworkGuard } from './browse/guard';
import { runPhases, stepsFor } from './browse/phases';
import { startSession, type Session } from './browse/recorder';
import type { BrowserContext } from 'playwright-core';
import type { ObserveOptions, Phase, SiteObservation } from './browse/types';

// A visit, by subsystem: browse/guard.ts keeps the browser inside the site's origin,
// browse/recorder.ts records cookies and storage keys with who set them, browse/crawler.ts finds
// and visits the pages, browse/buttons.ts finds and clicks the consent buttons, and
// browse/phases.ts lists the phases of a visit as data and walks them.
export type * from './browse/types';
export { SiteUnreachableError, TimeLimitError } from './browse/context';
export { BUTTON_NAMES } from './browse/buttons';
export { normalizeLink } from './browse/crawler';
export { cookieNameOf, isDeletion } from './browse/recorder';

const ALL_PHASES: readonly Phase[] = ['before-consent', 'after-reject', 'after-accept', 'after-withdrawal'];

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
  const guard = new NetworkGuard(start.origin, options.allowOrigins, { ignoreHttpsErrors: options.ignoreHttpsErrors === true });
  const timeoutMs = options.timeoutMs ?? 15_000;
  let stopped = false;
  const visit: VisitContext = {
    start,
    origin: start.origin,
    maxPages: Math.max(1, options.maxPages ?? 10),
    depth: Math.max(0, options.depth ?? 2),
    settleMs: Math.max(0, options.settleMs ?? 300),
    timeoutMs,
    bannerTimeoutMs: options.bannerTimeoutMs ?? 3000,
    selectors: options.selectors ?? {},
    exclude: options.exclude,
    progress: options.onProgress ?? (() => {}),
    // The guard proxy saw the connection fail: say so plainly.
    unreachable: () => guard.unreachable(start.host),
    blockedRedirect: (url) => guard.blockedRedirect(url),
    stopped: () => stopped,
    pages: [],
    errors: [],
    banner: { accept: null, reject: null, settings: null },
  };
  const steps = stepsFor(new Set(options.phases ?? ALL_PHASES));

  const startedAt = new Date().toISOString();
  const browser = options.browser ?? (await launchChromium(options.chromium));
  const contexts: BrowserContext[] = [];
  const openSession = async (): Promise<Session> => {
    const context = await guard.newContext(browser);
    contexts.push(context);
    if (stopped) {
      await context.close().catch(() => {});
      throw new TimeLimitError('time limit reached');
    }
    context.setDefaultTimeout(timeoutMs);
    return startSession(context);
  };

  // The time limit closes every context: a page that never finishes loading, or a click that
  // waits, fails at once, and the phases stop with what they have seen.
  const limit =
    options.maxTimeMs === undefined
      ? undefined
      : setTimeout(() => {
          stopped = true;
          visit.progress(`time limit of ${Math.round(options.maxTimeMs! / 1000)} s reached: reporting what was seen`);
          for (const context of contexts) void context.close().catch(() => {});
        }, options.maxTimeMs);
  let phases;
  try {
    phases = await runPhases(visit, steps, openSession);
  } finally {
    clearTimeout(limit);
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    if (!options.browser) await browser.close().catch(() => {});
    await guard.close();
  }

  return {
    url: start.href,
    origin: start.origin,
    host: start.hostname,
    startedAt,
    pages: visit.pages,
    banner: visit.banner,
    phases,
    requests: guard.requestLog(),
    errors: visit.errors,
    ...(stopped ? { incomplete: `the visit stopped at its time limit of ${Math.round(options.maxTimeMs! / 1000)} s, before every phase was seen` } : {}),
    ...(options.ignoreHttpsErrors ? { ignoredHttpsErrors: true } : {}),
  };
}
