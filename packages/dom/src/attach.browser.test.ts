// @vitest-environment node
// The bundler entry (`startCookieKit` of dist/index.js, with core's dist) in one real Chromium:
// the attach path that patches the server's markup without the HTML renderer, held equal to the
// renderer's markup for the same state; the `render` option on a page without markup; and the
// refusal when a page has neither (C1).
import { createCookieKit, type InitialConsent } from '@cookiekit/core';
import { renderConsentHtml } from '@cookiekit/core/html';
import { policy } from 'example-policy';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/test-env.mjs';

const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const dirs: Record<string, URL> = { core: new URL('../../core/dist/', import.meta.url), dom: new URL('../dist/', import.meta.url) };

/**
 * A page that starts the kit from the built ESM files (an import map stands in for a bundler).
 * `drift()` compares the container with the renderer's markup for the model's current state (on
 * server markup the model leaves the service rows' texts to the markup: they are filled in for the
 * comparison, as the server drew them).
 */
function pageHtml({ body = '', render = false } = {}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<link rel="stylesheet" href="/dom/cookiekit.css">
<script type="importmap">${json({ imports: { '@cookiekit/core': '/core/index.js', '@cookiekit/core/html': '/core/html.js', '@cookiekit/dom': '/dom/index.js' } })}</script>
<script type="text/plain" data-category="statistics" data-src="/stats.js"></script>
<script type="module">
import { renderConsentUi, startCookieKit } from '@cookiekit/dom';
import { serviceTexts } from '@cookiekit/core';
import { renderConsentHtml } from '@cookiekit/core/html';
import { policy } from '/policy.js';
const texts = (state) => ({
  ...state,
  categories: state.categories.map((c) => ({
    ...c,
    services: c.services.map((s) => ({ ...s, ...serviceTexts(policy.services.find((p) => p.id === s.id), state.messages, state.lang, policy.defaultLanguage ?? 'en') })),
  })),
});
const { kit } = startCookieKit({ policy${render ? ', render: renderConsentUi' : ''} });
window.kit = kit;
window.drift = () => {
  const ui = document.querySelector('[data-cookiekit-ui]').cloneNode(true);
  ui.querySelector('dialog')?.removeAttribute('open');
  const want = document.createElement('template');
  want.innerHTML = '<div data-cookiekit-ui>' + renderConsentHtml(texts(kit.banner.getSnapshot())) + '</div>';
  return ui.isEqualNode(want.content.firstChild) ? '' : ui.outerHTML + '\\n  !=\\n' + want.innerHTML;
};
window.ready = true;
</script></head><body><main><h1>Shop</h1>${body}</main></body></html>`;
}

/** The server's part: the markup for a first visit and the bootstrap data it decided with. */
function served(signals: InitialConsent['signals'] = {}): string {
  const initial = { cookie: null, signals, now: Date.now() };
  const kit = createCookieKit({ policy, initialConsent: initial });
  return `<div data-cookiekit-ui>${renderConsentHtml(kit.banner.getServerSnapshot())}</div>
<script type="application/json" id="cookiekit-initial">${json(initial)}</script>`;
}

const pages = new Map<string, string>();
let server: Server;
let origin = '';
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const [, dir, file] = /^\/(core|dom)\/([\w.-]+)$/.exec(path) ?? [];
    let type = 'text/html';
    let body = pages.get(path);
    if (path === '/policy.js') [type, body] = ['text/javascript', `export const policy = ${json(policy)};`];
    else if (path === '/favicon.ico') [type, body] = ['image/x-icon', ''];
    else if (path === '/stats.js') [type, body] = ['text/javascript', 'document.documentElement.dataset.stats = "ran";'];
    else if (dir && file) {
      try {
        body = readFileSync(new URL(file, dirs[dir]), 'utf8');
        type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
      } catch {
        body = undefined;
      }
    }
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS] });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens `html` in `context` (a fresh one unless `keep`), recording console errors. */
async function open(html: string, { keep = false, gpc = false } = {}): Promise<{ page: Page; errors: string[] }> {
  const path = `/page-${pages.size}.html`;
  pages.set(path, html);
  if (!keep) {
    await context?.close();
    context = await browser.newContext();
    if (gpc) {
      await context.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
      );
    }
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(origin + path);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready);
  return { page, errors };
}

const drift = (page: Page) => page.evaluate(() => (window as unknown as { drift(): string }).drift());
const isOpen = (page: Page) => page.locator('dialog').evaluate((d: HTMLDialogElement) => d.open);

describe('startCookieKit on server-rendered markup, without the renderer', () => {
  it('C3, C5, C21: patches the served elements in place and stays equal to the renderer\'s markup through a visit', async () => {
    const { page, errors } = await open(pageHtml({ body: served() }));
    expect(await drift(page)).toBe('');
    const section = await page.locator('[data-cookiekit-ui] > section').elementHandle();
    await page.getByRole('button', { name: 'Customize' }).click();
    expect(await isOpen(page)).toBe(true);
    expect(await drift(page)).toBe('');
    await page.locator('[data-category="statistics"] input').first().click();
    expect(await drift(page)).toBe('');
    const disclosure = page.locator('[data-category="marketing"] [aria-expanded]');
    await disclosure.click();
    expect(await disclosure.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-category="marketing"] [data-service]').first().isVisible()).toBe(true);
    expect(await drift(page)).toBe('');
    await page.locator('[data-service="video-embed"] input').click();
    expect(await drift(page)).toBe('');
    // Escape grants nothing (C3): the model closes the dialog, the first layer stays, the same element.
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate((el) => el?.isConnected, section)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('customize');
    expect(await drift(page)).toBe('');
    await page.getByRole('button', { name: 'Reject all' }).click();
    expect(await page.locator('section').count()).toBe(0);
    expect(await page.getByRole('status').textContent()).toBe('Your choices have been saved.');
    expect(await drift(page)).toBe('');
    // The settings button opens the preferences with the saved choice.
    await page.getByRole('button', { name: 'Cookie settings' }).click();
    expect(await isOpen(page)).toBe(true);
    expect(await drift(page)).toBe('');
    expect(await page.evaluate(() => document.documentElement.dataset.stats)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('C11: a switch turned on against the GPC signal shows the conflict, and confirming clears it', async () => {
    const { page } = await open(pageHtml({ body: served({ gpc: true }) }), { gpc: true });
    expect(await drift(page)).toBe('');
    await page.getByRole('button', { name: 'Customize' }).click();
    const marketing = page.locator('[data-category="marketing"] input').first();
    await marketing.click();
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await drift(page)).toBe('');
    await marketing.click();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await drift(page)).toBe('');
    await marketing.click();
    await page.getByRole('alert').getByRole('button').click();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await drift(page)).toBe('');
  });

  it('C11: a GPC signal the server did not see (no Sec-GPC header) adds its notices to the served first layer and preferences', async () => {
    const { page } = await open(pageHtml({ body: served() }), { gpc: true });
    expect(await page.locator('section').getByText(/Global Privacy Control/).isVisible()).toBe(true);
    expect(await drift(page)).toBe('');
    await page.getByRole('button', { name: 'Customize' }).click();
    expect(await page.locator('dialog').getByText(/Global Privacy Control/).isVisible()).toBe(true);
    expect(await drift(page)).toBe('');
    await page.locator('dialog').getByRole('button', { name: 'Accept all' }).click();
    expect(await drift(page)).toBe('');
  });

  it('C1: with no markup and no renderer, one console error names renderConsentUi, no banner, and nothing starts: a stored Accept all runs no gated script', async () => {
    const first = await open(pageHtml({ body: served() }));
    await first.page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => first.page.evaluate(() => document.documentElement.dataset.stats)).toBe('ran');
    const { page, errors } = await open(pageHtml(), { keep: true });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^cookiekit: .*render: renderConsentUi/);
    expect(await page.locator('[data-cookiekit-ui], section, dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.stats)).toBeUndefined();
  });
});

describe('startCookieKit with render: renderConsentUi', () => {
  it('draws the UI on a page without markup and follows the model', async () => {
    const { page, errors } = await open(pageHtml({ render: true }));
    expect(await page.locator('[data-cookiekit-ui] > section.ck-banner').count()).toBe(1);
    expect(await drift(page)).toBe('');
    await page.getByRole('button', { name: 'Accept all' }).click();
    expect(await page.locator('section').count()).toBe(0);
    expect(await drift(page)).toBe('');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.stats)).toBe('ran');
    expect(errors).toEqual([]);
  });
});
