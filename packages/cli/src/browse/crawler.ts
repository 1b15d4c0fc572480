import type { Page, Response } from 'playwright-core';
import { button, describe, waitFor } from './buttons';
import { checkTime, settle, SiteUnreachableError, type VisitContext } from './context';
import { collect, type Session } from './recorder';

const SKIPPED_LINKS = /\.(pdf|zip|gz|tgz|png|jpe?g|gif|webp|avif|svg|ico|css|js|mjs|map|json|xml|txt|mp4|webm|mp3|woff2?|ttf|eot)$/i;

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

/** The links of the page the crawler would follow: same origin, not a file, not excluded. */
async function followableLinks(visit: VisitContext, page: Page): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href)).catch(() => [] as string[]);
  const links: string[] = [];
  for (const href of hrefs) {
    const link = normalizeLink(href, visit.origin);
    if (link && !SKIPPED_LINKS.test(new URL(link).pathname) && !visit.exclude?.test(link)) links.push(link);
  }
  return links;
}

const INTERRUPTED = /interrupted by another navigation/;

/**
 * `page.goto`, made safe after a failed load: Chromium commits its error page (`chrome-error://`)
 * a moment after the failure, and a navigation started before that is interrupted by it. So a
 * failure waits for the error page to settle, and an interrupted navigation is tried again.
 * Throws `TimeLimitError` when the visit's time is up.
 */
async function navigate(visit: VisitContext, page: Page, url: string): Promise<Response | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await page.goto(url, { waitUntil: 'load', timeout: visit.timeoutMs });
    } catch (error) {
      checkTime(visit);
      // Let the error page commit before anything else navigates this tab.
      await page.waitForLoadState('load', { timeout: 2000 }).catch(() => {});
      // Up to five tries: on a loaded machine the error page can take longer to commit than one
      // wait, and the visit's time limit (checkTime) still bounds them.
      if (attempt < 4 && INTERRUPTED.test((error as Error).message)) continue;
      throw error;
    }
  }
}

/** The sentence for a navigation redirected to another origin and blocked there. */
const redirectNote = (origin: string) => `redirected to ${origin}, blocked (not the origin under test; allow it with --allow-origin)`;

/** Loads a page, lets it settle and records what exists; a failure is noted in `visit.errors`. */
export async function visitPage(visit: VisitContext, session: Session, url: string, label: string): Promise<{ ok: boolean; links: string[] }> {
  checkTime(visit);
  visit.progress(`${label} ${url}`);
  let response;
  try {
    response = await navigate(visit, session.page, url);
  } catch (error) {
    checkTime(visit);
    const blocked = visit.blockedRedirect(url);
    visit.errors.push(`${url}: ${blocked ? redirectNote(blocked) : (error as Error).message.split('\n')[0]}`);
    return { ok: false, links: [] };
  }
  const blocked = visit.blockedRedirect(url);
  if (blocked) {
    visit.errors.push(`${url}: ${redirectNote(blocked)}`);
    return { ok: false, links: [] };
  }
  await settle(visit, session.page);
  await collect(session, url);
  checkTime(visit);
  const status = response?.status() ?? 0;
  const type = (await response?.headerValue('content-type').catch(() => null)) ?? '';
  if (status >= 400 || !/html/i.test(type)) {
    if (status >= 400) visit.errors.push(`${url}: HTTP ${status}`);
    return { ok: status > 0 && status < 400, links: [] };
  }
  return { ok: true, links: await followableLinks(visit, session.page) };
}

/** Visits every crawled page again, in the order they were found. */
export async function revisit(visit: VisitContext, session: Session, label: string): Promise<void> {
  for (const [i, url] of visit.pages.entries()) await visitPage(visit, session, url, `[${label}] ${i + 1}/${visit.pages.length}`);
}

/**
 * Before any choice: loads the start page (throwing `SiteUnreachableError` when it cannot),
 * reads the first layer, then follows same-origin links breadth first, within the depth and
 * page limits. Fills `visit.pages` and `visit.banner`.
 */
export async function crawl(visit: VisitContext, session: Session): Promise<void> {
  const startUrl = visit.start.href;
  visit.progress(`[before consent] 1/${visit.maxPages} ${startUrl}`);
  let response;
  try {
    response = await navigate(visit, session.page, startUrl);
  } catch (error) {
    checkTime(visit);
    const blocked = visit.blockedRedirect(startUrl);
    throw new SiteUnreachableError(
      `${startUrl} could not be loaded: ${blocked ? redirectNote(blocked) : (visit.unreachable() ?? (error as Error).message.split('\n')[0])}`,
    );
  }
  const blocked = visit.blockedRedirect(startUrl);
  if (blocked) throw new SiteUnreachableError(`${startUrl} could not be loaded: ${redirectNote(blocked)}`);
  if (!response || response.status() >= 400) {
    throw new SiteUnreachableError(`${startUrl} could not be loaded: ${visit.unreachable() ?? `HTTP ${response?.status() ?? 'no answer'}`}`);
  }
  const acceptButton = await waitFor(button(visit, session.page, 'accept'), visit.bannerTimeoutMs);
  visit.banner = {
    accept: await describe(acceptButton),
    // The first layer: whatever is visible now, before anything is clicked.
    reject: await describe(await waitFor(button(visit, session.page, 'reject'), 0)),
    settings: await describe(await waitFor(button(visit, session.page, 'settings'), 0)),
  };
  await settle(visit, session.page);
  await collect(session, startUrl);
  visit.pages.push(startUrl);
  const queued = new Set([startUrl]);
  const queue: Array<{ url: string; depth: number }> = [];
  const enqueue = (links: string[], at: number) => {
    if (at > visit.depth) return;
    for (const link of links) {
      if (queued.has(link)) continue;
      queued.add(link);
      queue.push({ url: link, depth: at });
    }
  };
  enqueue(await followableLinks(visit, session.page), 1);
  while (queue.length > 0 && visit.pages.length < visit.maxPages) {
    checkTime(visit);
    const next = queue.shift()!;
    const result = await visitPage(visit, session, next.url, `[before consent] ${visit.pages.length + 1}/${visit.maxPages}`);
    if (!result.ok) continue;
    visit.pages.push(next.url);
    enqueue(result.links, next.depth + 1);
  }
}
