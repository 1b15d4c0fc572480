// Real Chromium under a strict nonce CSP (no unsafe-inline, no unsafe-eval): gated scripts,
// iframes and images load only once allowed, in document order, with their attributes (C1, C23).
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bundleBrowserEntry,
  cspHeaders,
  launchChromium,
  page,
  RUNTIME_ENTRY,
  startTestServer,
  type TestServer,
} from '../test/browser/harness';
import type { BrowserCookieKit } from '../test/browser/runtime-entry';
import type { ConsentStore } from '../store';

declare const cookiekit: BrowserCookieKit;
declare const store: ConsentStore;
declare const log: string[];
declare const violations: string[];

const NONCE = 'r4nd0mN0nce';
let browser: Browser;
let server: TestServer;

// The page starts gating from the head, while the document is still being parsed.
const HEAD = `<script nonce="${NONCE}">
  window.log = [];
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(e.blockedURI));
  window.store = cookiekit.createConsentStore({ policy: cookiekit.shopPolicy });
  cookiekit.startGating(store, {
    placeholders: cookiekit.embedPlaceholders,
    onAllow: (id, kind) => {
      const now = store.getSnapshot();
      const add = (choices) => ({ ...choices, [id]: true });
      store.save(kind === 'service'
        ? { categories: now.categories, services: add(now.services) }
        : { categories: add(now.categories), services: now.services }, 'placeholder');
    },
  });
</script>`;

const BODY = `<h1>Shop</h1><main>
<script type="text/plain" data-category="statistics" nonce="${NONCE}">log.push('inline-1')</script>
<script type="text/plain" data-category="statistics" data-src="/gated/slow.js" defer nonce="${NONCE}"></script>
<script type="text/plain" data-category="statistics" nonce="${NONCE}">log.push('inline-2')</script>
<script type="text/plain" data-category="statistics" id="no-nonce">log.push('no-nonce')</script>
<script type="text/plain" data-category="statistics" data-type="module" data-src="/gated/module.js" nonce="${NONCE}"></script>
<script type="text/plain" data-category="statistics" data-type="module" nonce="${NONCE}">log.push('inline-module:' + typeof import.meta.url)</script>
<script type="text/plain" data-category="statistics" data-src="/gated/last.js" nonce="${NONCE}"></script>
<script type="text/plain" data-category="statistics" data-src="/gated/async.js" async nonce="${NONCE}"></script>
<script type="text/plain" data-service="ad-pixel" src="/gated/ads.js" nonce="${NONCE}"></script>
<iframe data-service="video-embed" data-src="/embed/video.html" title="Product video"></iframe>
<img data-category="marketing" data-src="/img/banner.svg" alt="Partner offer">
</main>`;

const js = (body: string, delayMs = 0) => ({ body, type: 'text/javascript', delayMs });

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
  server.route('/runtime.js', { body: await bundleBrowserEntry(RUNTIME_ENTRY), type: 'text/javascript' });
  server.route('/', { body: page(BODY, { nonce: NONCE, head: HEAD }), headers: cspHeaders(NONCE) });
  server.route('/empty', { body: page('<main><h1>Empty</h1></main>', { nonce: NONCE, head: HEAD }), headers: cspHeaders(NONCE) });
  server.route('/gated/slow.js', js("log.push('slow')", 150));
  server.route('/gated/module.js', js("log.push('module:' + typeof import.meta.url)"));
  server.route('/gated/last.js', js("log.push('last')"));
  server.route('/gated/async.js', js("log.push('async')"));
  server.route('/gated/ads.js', js("log.push('ads')"));
  server.route('/gated/late.js', js("log.push('late-external')"));
  server.route('/embed/video.html', { body: '<!doctype html><title>video</title><p>video</p>' });
  server.route('/img/banner.svg', {
    body: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    type: 'image/svg+xml',
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path = '/'): Promise<{ context: BrowserContext; tab: Page }> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(server.url('www.shop.test', path));
  return { context, tab };
}

const gatedRequests = () => server.paths().filter((p) => /^\/(gated|embed|img)\//.test(p));
const readLog = (tab: Page) => tab.evaluate(() => [...log]);
const settle = (tab: Page) => tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));

describe('gating in Chromium under a nonce CSP (C1, C23)', { timeout: 30_000 }, () => {
  it('C1: before consent no gated script runs and no gated request reaches the server; placeholders are accessible', async () => {
    server.requests.length = 0;
    const { context, tab } = await open();
    await tab.waitForLoadState('load');
    await settle(tab);
    expect(await readLog(tab)).toEqual([]);
    expect(gatedRequests()).toEqual([]);
    expect(await tab.evaluate(() => document.querySelectorAll('iframe[src], img[src]').length)).toBe(0);

    const video = tab.getByRole('region', { name: 'StreamTube' });
    await expect.poll(() => video.count()).toBe(1);
    expect(await video.textContent()).toContain('This content from StreamTube (video-embed) is blocked until you allow it.');
    expect(await video.getByRole('button', { name: 'Allow StreamTube' }).count()).toBe(1);
    expect(await tab.getByRole('region', { name: 'Marketing' }).getByRole('button', { name: 'Allow Marketing' }).count()).toBe(1);
    const axe = await new AxeBuilder({ page: tab }).include('.ck-placeholder').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations).toEqual([]);
    expect(await tab.evaluate(() => violations)).toEqual([]);
    await context.close();
  });

  it('C1 C23: after a grant each script runs once, in document order, with nonce, defer, async and module kept', async () => {
    server.requests.length = 0;
    const { context, tab } = await open();
    await tab.waitForLoadState('load');
    await tab.evaluate(() => store.save({ categories: { statistics: true } }));
    const ordered = ['inline-1', 'slow', 'inline-2', 'module:string', 'inline-module:string', 'last'];
    await expect.poll(async () => (await readLog(tab)).filter((m) => m !== 'async')).toEqual(ordered);
    await expect.poll(async () => (await readLog(tab)).filter((m) => m === 'async')).toEqual(['async']);
    // The element without a nonce was refused by the CSP: proof the policy is live.
    expect(await tab.evaluate(() => violations)).toEqual(['inline']);

    const attrs = await tab.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement>('script[data-category], script[data-service]')].map((s) => ({
        src: s.getAttribute('src'),
        type: s.type,
        nonce: s.nonce,
        async: s.async,
        defer: s.defer,
      })),
    );
    expect(attrs.find((a) => a.src === '/gated/slow.js')).toMatchObject({ nonce: NONCE, defer: true, async: false, type: '' });
    expect(attrs.find((a) => a.src === '/gated/async.js')).toMatchObject({ nonce: NONCE, async: true });
    expect(attrs.find((a) => a.src === '/gated/module.js')).toMatchObject({ nonce: NONCE, type: 'module' });
    expect(attrs.filter((a) => a.type === 'text/plain')).toHaveLength(1); // ads: still inert

    // Saving again, or granting more, runs nothing twice.
    await tab.evaluate(() => store.save({ categories: { statistics: true } }));
    await tab.evaluate(() => store.acceptAll());
    await expect.poll(() => readLog(tab)).toContain('ads');
    await settle(tab);
    const counts = (await readLog(tab)).reduce<Record<string, number>>((c, m) => ({ ...c, [m]: (c[m] ?? 0) + 1 }), {});
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
    const fetched = gatedRequests().filter((p) => p.startsWith('/gated/'));
    expect(fetched.sort()).toEqual(['/gated/ads.js', '/gated/async.js', '/gated/last.js', '/gated/module.js', '/gated/slow.js']);
    await context.close();
  });

  it('C1: elements added later wait for their own consent', async () => {
    server.requests.length = 0;
    const { context, tab } = await open('/empty');
    await tab.waitForLoadState('load');
    await tab.evaluate(
      ([nonce]) => {
        store.save({ categories: { statistics: true } });
        const add = (html: string) => document.querySelector('main')!.insertAdjacentHTML('beforeend', html);
        add(`<div><script type="text/plain" data-category="statistics" data-src="/gated/late.js" nonce="${nonce}"></script></div>`);
        add(`<iframe data-category="marketing" data-src="/embed/video.html" title="Late video"></iframe>`);
        // insertAdjacentHTML never runs scripts; a created one does, once allowed.
        const s = document.createElement('script');
        s.type = 'text/plain';
        s.dataset.category = 'marketing';
        s.nonce = nonce!;
        s.text = "log.push('late-ads')";
        document.querySelector('main')!.append(s);
      },
      [NONCE],
    );
    await expect.poll(() => readLog(tab)).toEqual(['late-external']);
    expect(await tab.getByRole('region', { name: 'Marketing' }).count()).toBe(1);
    expect(gatedRequests()).toEqual(['/gated/late.js']);

    await tab.evaluate(() => store.acceptAll());
    await expect.poll(() => readLog(tab)).toEqual(['late-external', 'late-ads']);
    await expect.poll(() => gatedRequests()).toEqual(['/gated/late.js', '/embed/video.html']);
    expect(await tab.getByRole('region', { name: 'Marketing' }).count()).toBe(0);
    await context.close();
  });

  it('C1 C6: the placeholder’s button allows only its service; withdrawal empties the embed again', async () => {
    server.requests.length = 0;
    const { context, tab } = await open();
    await tab.waitForLoadState('load');
    // The placeholder stands in the embed's place at its height; the embed is hidden meanwhile.
    const boxHeight = await tab.getByRole('region', { name: 'StreamTube' }).evaluate((box) => box.getBoundingClientRect().height);
    expect(await tab.locator('iframe').evaluate((frame: HTMLIFrameElement) => frame.hidden)).toBe(true);
    await tab.getByRole('button', { name: 'Allow StreamTube' }).click();
    await expect.poll(() => gatedRequests()).toEqual(['/embed/video.html']);
    expect(await tab.getByRole('region', { name: 'StreamTube' }).count()).toBe(0);
    expect(await tab.locator('iframe').evaluate((frame) => frame.getBoundingClientRect().height)).toBe(boxHeight);
    await expect.poll(() => tab.frames().some((f) => f.url().endsWith('/embed/video.html'))).toBe(true);
    // The image's category stays refused, and so do the other marketing scripts.
    expect(await tab.locator('img').getAttribute('src')).toBeNull();
    expect(await tab.evaluate(() => store.getSnapshot().consent?.services)).toMatchObject({
      'video-embed': true,
      'ad-pixel': false,
    });

    await tab.evaluate(() => store.withdraw());
    expect(await tab.locator('iframe').getAttribute('src')).toBeNull();
    await expect.poll(() => tab.frames().some((f) => f.url().endsWith('/embed/video.html'))).toBe(false);
    expect(await tab.getByRole('region', { name: 'StreamTube' }).count()).toBe(1);

    await tab.getByRole('button', { name: 'Allow Marketing' }).click();
    await expect.poll(() => tab.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(10);
    expect(gatedRequests()).toContain('/img/banner.svg');
    expect(await readLog(tab)).toEqual([]); // statistics still refused
    await context.close();
  });

  it('C1: with a stored consent, gated scripts run on load in document order', async () => {
    const { context, tab } = await open();
    await tab.evaluate(() => store.save({ categories: { statistics: true } }));
    await expect.poll(() => readLog(tab)).toHaveLength(7);
    server.requests.length = 0;
    await tab.reload();
    await expect.poll(async () => (await readLog(tab)).filter((m) => m !== 'async')).toEqual([
      'inline-1',
      'slow',
      'inline-2',
      'module:string',
      'inline-module:string',
      'last',
    ]);
    expect(gatedRequests().filter((p) => p.startsWith('/gated/ads') || p.startsWith('/embed') || p.startsWith('/img'))).toEqual([]);
    await context.close();
  });

  it('onConsent runs on grant, its cleanup on revocation, again on a new grant', async () => {
    const { context, tab } = await open('/empty');
    const calls = await tab.evaluate(() => {
      const calls: string[] = [];
      const off = cookiekit.onConsent(store, 'statistics', () => {
        calls.push('run');
        return () => calls.push('cleanup');
      });
      calls.push('subscribed');
      store.save({ categories: { statistics: true } });
      store.withdraw();
      store.acceptAll();
      off();
      store.withdraw();
      return calls;
    });
    expect(calls).toEqual(['subscribed', 'run', 'cleanup', 'run', 'cleanup']);
    await context.close();
  });
});
