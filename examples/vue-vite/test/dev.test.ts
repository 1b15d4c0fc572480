import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/test-env.mjs';
import { createConsentStore, memoryStorage } from '@cookiekit/vue';
import { policy } from 'example-policy';

// `pnpm --filter vue-vite dev`: Vite in middleware mode, rendering from source, here under the
// sub-path the demo server mounts it on.
let child: ChildProcess;
let origin: string;
const output: string[] = [];

beforeAll(async () => {
  child = spawn(process.execPath, [fileURLToPath(new URL('../server.mjs', import.meta.url))], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', BASE_PATH: '/vue/' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${output.join('')}`)), 30_000);
    child.stderr!.on('data', (chunk) => output.push(String(chunk)));
    child.stdout!.on('data', (chunk) => {
      output.push(String(chunk));
      const match = /http:\/\/(127\.0\.0\.1:\d+)\/vue\//.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(`http://${match[1]}`);
      }
    });
    child.on('exit', (code) => reject(new Error(`dev server exited (${code}):\n${output.join('')}`)));
  });
});

let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
  child?.kill();
});

describe('the dev server (vite middleware mode) under /vue/', () => {
  it('renders the shop from source with the banner for a first visit, assets under the base', async () => {
    const response = await fetch(`${origin}/vue/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<section class="ck-banner"');
    expect(html).toContain('<a class="ck-link" href="/vue/cookie-policy">');
    expect(html).toContain('data-src="/vue/stats.js"');
    expect(html).toMatch(/<script type="module" src="\/vue\/src\/entry-client\.ts"><\/script>/);
    expect(html).toContain('<script type="application/json" id="ck-initial-consent">{"cookie":null');
  });

  it('reads the consent cookie on each request: no banner for a returning visitor', async () => {
    const storage = memoryStorage();
    createConsentStore({ policy, storage }).rejectAll();
    const html = await (await fetch(`${origin}/vue/`, { headers: { cookie: `cookies_preferences=${storage.value}` } })).text();
    expect(html).not.toContain('ck-banner');
    expect(html).toContain('Allow StreamTube');
  });

  it('serves the cookie policy page and the stylesheet', async () => {
    const page = await (await fetch(`${origin}/vue/cookie-policy`)).text();
    expect(page).toContain('<article class="ck-policy" lang="en" dir="ltr">');
    const css = await (await fetch(`${origin}/vue/src/shop.css`, { headers: { accept: 'text/css' } })).text();
    expect(css).toContain('.ck-banner');
    expect((await fetch(`${origin}/vue/nope`)).status).toBe(404);
  });

  it("hydrates in Chromium on Vue's development build with no warning at all (mismatches would be reported)", async () => {
    browser = await chromium.launch({
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
      headless: true,
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (m) => ['warning', 'error'].includes(m.type()) && messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (error) => messages.push(error.message));
    // First visit, then Reject all, then a returning visit.
    await page.goto(`${origin}/vue/`);
    await page.waitForSelector('html[data-shop-ready="true"]');
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(async () => (await context.cookies()).map((c) => c.name)).toContain('cookies_preferences');
    await page.goto(`${origin}/vue/cookie-policy`);
    await page.waitForSelector('html[data-shop-ready="true"]');
    expect(await page.locator('.ck-banner').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cookies policy');
    expect(messages.filter((m) => !/\[vite\]/.test(m))).toEqual([]);
    await context.close();
  });

  it('the check can fail: a page whose client inputs differ from the server is reported', async () => {
    const context = await browser!.newContext();
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (m) => ['warning', 'error'].includes(m.type()) && messages.push(m.text()));
    const storage = memoryStorage();
    createConsentStore({ policy, storage }).rejectAll();
    // The server rendered for a first visit; the client is told the visitor had chosen.
    await page.route(`${origin}/vue/`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('{"cookie":null', `{"cookie":"${storage.value}"`);
      await route.fulfill({ response, body });
    });
    await page.goto(`${origin}/vue/`);
    await page.waitForSelector('html[data-shop-ready="true"]');
    expect(messages.join('\n')).toMatch(/[Hh]ydration/);
    await context.close();
  });
});
