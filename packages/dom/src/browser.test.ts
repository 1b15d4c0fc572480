// @vitest-environment node
// The built script-tag file in one real Chromium, on pages served under `script-src 'self'`
// with no nonce: the global API, the DOM binding's keyboard and focus behaviour (C19–C21), the
// attach-to-server-markup path, and refusal of a bad policy (C1).
import { createCookieKit } from '@cookiekit/core';
import { renderConsentHtml } from '@cookiekit/core/html';
import { policy } from 'example-policy';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/test-env.mjs';

const dist = (file: string) => readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** A page with the policy block (or none), the stylesheet, the script tag and two gated elements. */
function page({ policyBlock = json(policy) as string | null, attrs = '', body = '' } = {}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<link rel="stylesheet" href="/cookiekit.css">
${policyBlock === null ? '' : `<script type="application/json" id="cookiekit-policy">${policyBlock}</script>`}
<script src="/cookiekit.iife.js" defer ${attrs}></script>
<script type="text/plain" data-category="statistics" data-src="/stats.js"></script>
<script src="/page.js" defer></script>
</head><body><main><h1>Shop</h1><a href="#top" id="first-link">Top</a>
<button type="button" id="my-settings">My cookie settings</button>
<iframe data-service="video-embed" data-src="/embed.html" title="Video"></iframe>
${body}</main></body></html>`;
}

const routes = new Map<string, () => [type: string, body: string]>([
  ['/cookiekit.iife.js', () => ['text/javascript', dist('cookiekit.iife.js')]],
  ['/cookiekit.css', () => ['text/css', dist('cookiekit.css')]],
  ['/cookie-policy.json', () => ['application/json', JSON.stringify(policy)]],
  ['/broken-policy.json', () => ['application/json', '{"revision": "1", "categories": [']],
  // The page's own script: uses the global API the way a site would (no inline script).
  ['/page.js', () => ['text/javascript', `window.changes = [];
    document.getElementById('my-settings').addEventListener('click', () => cookiekit.showPreferences());
    cookiekit.onChange((d) => changes.push(cookiekit.allowed('statistics')));`]],
  ['/stats.js', () => ['text/javascript', 'document.documentElement.dataset.stats = "ran";']],
  ['/embed.html', () => ['text/html', '<p>video</p>']],
  ['/favicon.ico', () => ['image/x-icon', '']],
]);
const pages = new Map<string, string>();

let server: Server;
let origin = '';
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const html = pages.get(path);
    const route = routes.get(path);
    if (!html && !route) {
      res.writeHead(404).end();
      return;
    }
    const [type, body] = html ? ['text/html', html] : route!();
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-security-policy': CSP, 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS] });
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface Opened {
  page: Page;
  errors: string[];
  csp: string[];
}

/** Opens `html` at a fresh path in a fresh context, recording console errors and CSP violations. */
async function open(html: string, { wait = true, gpc = false } = {}): Promise<Opened> {
  const path = `/page-${pages.size}.html`;
  pages.set(path, html);
  const context = await browser.newContext();
  contexts.push(context);
  if (gpc) {
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
    );
  }
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(origin + path);
  await page.waitForLoadState('load');
  if (wait) await page.waitForFunction(() => (window as unknown as { cookiekit?: { kit?: unknown } }).cookiekit?.kit);
  const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { page, errors, csp };
}

const banner = (page: Page) => page.getByRole('dialog', { name: 'Cookies on this site' });
const prefs = (page: Page) => page.locator('dialog.ck-preferences');
const isOpen = (page: Page) => prefs(page).evaluate((d: HTMLDialogElement) => d.open);
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.closest('dialog') ? 'dialog' : (el?.getAttribute('data-action') || el?.id || el?.localName || '');
  });
const allowed = (page: Page, id: string) =>
  page.evaluate((i) => (window as unknown as { cookiekit: { allowed(id: string): boolean } }).cookiekit.allowed(i), id);

describe('the script-tag build under script-src \'self\'', () => {
  it('C1, C19: renders the first layer from the policy block with no CSP violation; gated content stays blocked until allowed', async () => {
    const { page, errors, csp } = await open(page_());
    expect(await banner(page).isVisible()).toBe(true);
    expect(await page.locator('[data-cookiekit-ui] > section.ck-banner').count()).toBe(1);
    expect(await page.locator('.ck-settings-button').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dataset.stats)).toBeUndefined();
    expect(await page.locator('iframe').getAttribute('src')).toBeNull();
    expect(await page.locator('.ck-placeholder').count()).toBe(1);
    // The stylesheet applies: the banner is fixed to the viewport.
    expect(await banner(page).evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(errors).toEqual([]);
    expect(csp).toEqual([]);
  });

  it('window.cookiekit.allowed and onChange follow Accept all and Reject all; the gated script runs once allowed (C1)', async () => {
    const { page, errors } = await open(page_());
    expect(await allowed(page, 'statistics')).toBe(false);
    await page.getByRole('button', { name: 'Accept all' }).click();
    expect(await allowed(page, 'statistics')).toBe(true);
    expect(await allowed(page, 'no-such-category')).toBe(false);
    await page.waitForFunction(() => document.documentElement.dataset.stats === 'ran');
    expect(await banner(page).count()).toBe(0);
    expect(await page.locator('iframe').getAttribute('src')).toBe('/embed.html');
    await page.getByRole('button', { name: 'Cookie settings', exact: true }).click();
    await prefs(page).getByRole('button', { name: 'Reject all' }).click();
    expect(await allowed(page, 'statistics')).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { changes: boolean[] }).changes)).toEqual([true, false]);
    expect(errors).toEqual([]);
  });

  it('onChange returns a function that stops the listener', async () => {
    const { page } = await open(page_());
    const calls = await page.evaluate(() => {
      const ck = (window as unknown as { cookiekit: { onChange(fn: () => void): () => void; kit: { banner: { acceptAll(): void; rejectAll(): void } } } }).cookiekit;
      let n = 0;
      const stop = ck.onChange(() => n++);
      ck.kit.banner.acceptAll();
      stop();
      ck.kit.banner.rejectAll();
      return n;
    });
    expect(calls).toBe(1);
  });

  it('C20: window.cookiekit.showPreferences opens the modal dialog from the page\'s own button, and Escape returns focus to it, granting nothing (C3)', async () => {
    const { page } = await open(page_());
    await page.locator('#my-settings').focus();
    await page.keyboard.press('Enter');
    expect(await isOpen(page)).toBe(true);
    expect(await focused(page)).toBe('dialog');
    // Modal: the page behind is inert, so Tab never leaves the dialog.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(['dialog', 'body']).toContain(await focused(page));
    }
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await focused(page)).toBe('my-settings');
    expect(await allowed(page, 'statistics')).toBe(false);
    expect(await banner(page).isVisible()).toBe(true);
  });

  it('C5, C20, C21: a switch toggles in place (the same element keeps focus), Save closes the dialog, focus returns to Customize\'s banner and the status announces it', async () => {
    const { page } = await open(page_());
    await page.getByRole('button', { name: 'Customize' }).click();
    expect(await isOpen(page)).toBe(true);
    const stats = prefs(page).locator('[data-category="statistics"] > .ck-category__header input');
    await stats.focus();
    const before = await stats.elementHandle();
    await page.keyboard.press('Space');
    expect(await stats.isChecked()).toBe(true);
    // The switch that changed is the one that was there, still focused: updated, not re-rendered.
    expect(await page.evaluate(([a, b]) => a === b && document.activeElement === a, [before, await stats.elementHandle()])).toBe(true);
    const disclosure = prefs(page).locator('[aria-controls="ck-services-statistics"]');
    await disclosure.click();
    expect(await disclosure.getAttribute('aria-expanded')).toBe('true');
    expect(await prefs(page).locator('#ck-services-statistics').isHidden()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('ck-services-statistics');
    await prefs(page).getByRole('button', { name: 'Save choices' }).click();
    expect(await isOpen(page)).toBe(false);
    expect(await allowed(page, 'statistics')).toBe(true);
    expect(await allowed(page, 'marketing')).toBe(false);
    expect(await page.getByRole('status').textContent()).toBe('Your choices have been saved.');
    expect(await banner(page).count()).toBe(0);
  });

  it('C11: with the browser\'s GPC signal on, the first layer says advertising stays off, and Accept all leaves it off', async () => {
    const { page } = await open(page_(), { gpc: true });
    expect(await banner(page).getByText(/Global Privacy Control/).isVisible()).toBe(true);
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    expect(await allowed(page, 'statistics')).toBe(true);
    expect(await allowed(page, 'marketing')).toBe(false);
  });

  it('fills an empty [data-cookiekit-ui] container where the page put it', async () => {
    const { page } = await open(page_({ body: '<footer><div data-cookiekit-ui></div></footer>' }));
    expect(await page.locator('footer [data-cookiekit-ui] > .ck-settings-button').count()).toBe(1);
    expect(await page.locator('[data-cookiekit-ui]').count()).toBe(1);
    expect(await banner(page).isVisible()).toBe(true);
  });

  it('C6: a data-action="open-preferences" link the page placed outside the container opens the preferences', async () => {
    const { page } = await open(page_({ body: '<footer><a href="#settings" id="footer-settings" data-action="open-preferences">Settings</a></footer>' }));
    await page.locator('#footer-settings').click();
    expect(await isOpen(page)).toBe(true);
    expect(page.url()).not.toContain('#settings');
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('open-preferences');
  });

  it('data-unstyled draws the markup without any ck- class', async () => {
    const { page } = await open(page_({ attrs: 'data-unstyled' }));
    expect(await banner(page).isVisible()).toBe(true);
    expect(await page.locator('[data-cookiekit-ui] [class]').count()).toBe(0);
    expect(await page.locator('[data-cookiekit-ui] [data-action]').count()).toBeGreaterThan(5);
  });

  it('reads the policy from data-policy when the page has no policy block', async () => {
    const { page, errors } = await open(page_({ policyBlock: null, attrs: 'data-policy="/cookie-policy.json"' }));
    expect(await banner(page).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('takes its options from the script tag: data-policy-href and data-consent-mode (C13)', async () => {
    const { page } = await open(page_({ attrs: 'data-policy-href="/privacy/cookies" data-consent-mode' }));
    expect(await banner(page).getByRole('link').getAttribute('href')).toBe('/privacy/cookies');
    const layer = await page.evaluate(() => (window as unknown as { dataLayer?: ArrayLike<unknown>[] }).dataLayer?.map((e) => Array.from(e)[1]));
    expect(layer).toEqual(['default']);
  });
});

describe('a bad policy is refused with one console error and no banner, everything gated stays blocked (C1)', () => {
  const cases: Array<[string, Parameters<typeof page_>[0]]> = [
    ['a malformed policy block', { policyBlock: '{"revision": "1", "categories": [' }],
    ['no policy at all', { policyBlock: null }],
    ['a policy that fails the check', { policyBlock: json({ ...policy, services: [{ ...policy.services[0], category: 'nope' }] }) }],
    ['an empty policy object', { policyBlock: '{}' }],
    ['a malformed data-policy file', { policyBlock: null, attrs: 'data-policy="/broken-policy.json"' }],
    ['a data-policy URL that is not found', { policyBlock: null, attrs: 'data-policy="/missing.json"' }],
  ];
  it.each(cases)('%s', async (_, options) => {
    const { page, errors } = await open(page_(options), { wait: false });
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.waitForTimeout(300);
    const mine = errors.filter((e) => e.startsWith('cookiekit:'));
    expect(mine.length).toBe(1);
    expect(mine[0]).toMatch(/no consent banner/);
    // A 404 logs its own resource error; nothing else may go wrong.
    expect(errors.filter((e) => !e.startsWith('cookiekit:') && !/404/.test(e))).toEqual([]);
    expect(await page.locator('.ck-banner, [data-cookiekit-ui]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.stats)).toBeUndefined();
    expect(await page.locator('iframe').getAttribute('src')).toBeNull();
    expect(await page.locator('script[type="text/plain"]').count()).toBe(1);
    expect(await allowed(page, 'statistics')).toBe(false);
    // The page keeps working: its own script ran and its button still works without throwing.
    await page.locator('#my-settings').click();
    expect(await page.evaluate(() => Array.isArray((window as unknown as { changes: unknown }).changes))).toBe(true);
  });
});

describe('a bad policy under server-rendered markup', () => {
  it('C1: the server\'s banner, settings button and preferences are taken away, with one console error', async () => {
    const kit = createCookieKit({ policy, initialConsent: { cookie: null, signals: {}, now: Date.now() } });
    const body = `<div data-cookiekit-ui>${renderConsentHtml(kit.banner.getServerSnapshot())}</div>`;
    const { page, errors } = await open(page_({ policyBlock: '{"revision":', body }), { wait: false });
    await page.waitForFunction(() => document.readyState === 'complete');
    await expect.poll(() => page.locator('[data-cookiekit-ui] *').count()).toBe(0);
    expect(errors.filter((e) => e.startsWith('cookiekit:'))).toHaveLength(1);
    expect(await page.locator('[data-cookiekit-ui]').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dataset.stats)).toBeUndefined();
  });
});

describe('mountConsentUi on server-rendered markup', () => {
  it('attaches to the [data-cookiekit-ui] container the server rendered, keeping its elements (no flash), and follows the model', async () => {
    const kit = createCookieKit({ policy, initialConsent: { cookie: null, signals: {}, now: Date.now() } });
    const server = `<div data-cookiekit-ui>${renderConsentHtml(kit.banner.getServerSnapshot())}</div>
<script type="application/json" id="cookiekit-initial">${json({ cookie: null, signals: {}, now: Date.now() })}</script>`;
    const { page } = await open(page_({ body: server }));
    expect(await page.locator('[data-cookiekit-ui]').count()).toBe(1);
    const served = await page.locator('[data-cookiekit-ui] > section').elementHandle();
    await banner(page).getByRole('button', { name: 'Customize' }).click();
    const now = await page.locator('[data-cookiekit-ui] > section').elementHandle();
    expect(await page.evaluate(([a, b]) => a === b, [served, now])).toBe(true);
    expect(await isOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('customize');
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    expect(await page.locator('.ck-banner').count()).toBe(0);
    expect(await page.getByRole('status').textContent()).toBe('Your choices have been saved.');
  });
});

// `page` names the HTML builder; the tests' Playwright pages shadow it.
function page_(options?: Parameters<typeof page>[0]): string {
  return page(options);
}
