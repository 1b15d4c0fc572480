// The real-browser tests both example shops run against their own build, behind the
// @cookiekit/server middleware with an in-memory consent log.
import { AxeBuilder } from '@axe-core/playwright';
import { decodeConsent } from '@cookiekit/core';
import { cookiekit, memorySink } from '@cookiekit/server/node';
import { policy } from 'example-policy';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltShop } from './mount';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/test-env.mjs';

/** A built shop for the browser suite. */
export interface BrowserShop extends BuiltShop {
  /** The element the app mounts on. */
  readonly root: string;
  /**
   * Check that hydration keeps the server's elements by watching for removed nodes: Vue replaces
   * them on a mismatch. (React's provider hydrates from the server's snapshot and then updates, so
   * its mismatch check lives in @cookiekit/react's own tests.)
   */
  readonly watchHydration?: boolean;
}

/** Real-browser tests of one built shop. */
export function browserSuite(shop: BrowserShop): void {
  let server: Server;
  let browser: Browser;
  let origin: string;
  const sink = memorySink();
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(shop.serverEntry)) throw new Error(`Build the shop first: pnpm --filter ${shop.name} build`);
    const ck = cookiekit({ policy, consentApi: { sink } });
    server = createServer(ck.handler(await shop.createShopHandler()));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
      headless: true,
    });
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  interface Visit {
    readonly page: Page;
    readonly context: BrowserContext;
    /** Paths the page asked for. */
    readonly requested: string[];
    /** Console errors, page errors and CSP violations. */
    readonly errors: string[];
    /** The first HTML the server sent. */
    readonly html: string;
  }

  /** Opens the shop at `path` in a fresh context (or `context`) and waits until it is hydrated. */
  async function visit(path = '/', context?: BrowserContext): Promise<Visit> {
    if (!context) contexts.push((context = await browser.newContext()));
    const page = await context.newPage();
    const requested: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(origin + path);
    await page.waitForSelector('html[data-shop-ready="true"]');
    return { page, context, requested, errors, html: (await response?.text()) ?? '' };
  }

  /**
   * A fresh context recording every element removed from its pages: a hydration mismatch makes the
   * framework replace the server's elements (read it right after mount, before anything else changes the page).
   */
  async function watchedContext(): Promise<BrowserContext> {
    const context = await browser.newContext();
    contexts.push(context);
    await context.addInitScript(() => {
      const removed: string[] = [];
      (window as unknown as { removed: string[] }).removed = removed;
      new MutationObserver((records) => {
        for (const record of records) {
          record.removedNodes.forEach((node) => node.nodeType === 1 && removed.push((node as Element).outerHTML.slice(0, 80)));
        }
      }).observe(document, { childList: true, subtree: true });
    });
    return context;
  }

  const cookie = async (context: BrowserContext, name: string) =>
    (await context.cookies()).find((c) => c.name === name)?.value;
  const banner = (page: Page) => page.getByRole('dialog', { name: 'Cookies on this site' });
  const GATED = ['/stats.js', '/adpartner/pixel.js', '/embed/video.html'];

  describe(`the ${shop.name} shop in Chromium`, () => {
    it('C1, C3: a fresh visit gets the banner in the first HTML, and nothing gated runs', async () => {
      const { page, context, requested, errors, html } = await visit();
      expect(html).toContain('class="ck-banner"');
      await expect(banner(page).isVisible()).resolves.toBe(true);
      expect(requested.filter((p) => GATED.includes(p))).toEqual([]);
      expect((await context.cookies()).map((c) => c.name)).toEqual([]);
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
      expect(await page.locator('iframe').count()).toBe(0);
      expect(errors).toEqual([]);
    });

    it('C4: Reject all hides the banner, stores the refusal, and a reload shows no banner (no flash)', async () => {
      const { page, context, requested, errors } = await visit();
      await banner(page).getByRole('button', { name: 'Reject all' }).click();
      await expect(banner(page).count()).resolves.toBe(0);
      const consent = decodeConsent(decodeURIComponent((await cookie(context, 'cookies_preferences')) ?? ''));
      expect(consent?.method).toBe('reject-all');
      expect(consent?.categories).toEqual({ statistics: false, marketing: false });
      const again = await visit('/', context);
      expect(again.html).not.toContain('ck-banner');
      await expect(banner(again.page).count()).resolves.toBe(0);
      expect([...requested, ...again.requested].filter((p) => GATED.includes(p))).toEqual([]);
      expect(await cookie(context, '_shop_stats')).toBeUndefined();
      expect([...errors, ...again.errors]).toEqual([]);
    });

    if (shop.watchHydration) {
      it('hydration keeps the server-rendered elements (no mismatch) for a first and a returning visitor', async () => {
        const removed = (page: Page) => page.evaluate(() => (window as unknown as { removed: string[] }).removed);
        const context = await watchedContext();
        const first = await visit('/', context);
        expect(await removed(first.page)).toEqual([]);
        expect(await first.page.locator(`${shop.root} .ck-banner`).count()).toBe(1);
        await banner(first.page).getByRole('button', { name: 'Reject all' }).click();
        const returning = await visit('/', context);
        expect(await removed(returning.page)).toEqual([]);
        expect(await returning.page.locator('.ck-banner').count()).toBe(0);
        expect([...first.errors, ...returning.errors]).toEqual([]);

        // The check can fail: a client told another consent than the server's replaces the banner.
        const tampered = await (await watchedContext()).newPage();
        await tampered.route(`${origin}/`, async (route) => {
          const response = await route.fetch();
          const value = decodeURIComponent((await cookie(context, 'cookies_preferences')) ?? '');
          await route.fulfill({ response, body: (await response.text()).replace('{"cookie":null', `{"cookie":"${value}"`) });
        });
        await tampered.goto(`${origin}/`);
        await tampered.waitForSelector('html[data-shop-ready="true"]');
        expect((await removed(tampered)).join()).toContain('<section class="ck-banner"');
      });
    }

    it('C4: Accept all and Reject all have the same box and the same computed style', async () => {
      const { page } = await visit();
      const accept = banner(page).getByRole('button', { name: 'Accept all' });
      const reject = banner(page).getByRole('button', { name: 'Reject all' });
      // Measure once the banner has finished rising in, not halfway through its animation.
      await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
      const [a, r] = [await accept.boundingBox(), await reject.boundingBox()];
      expect(a && r).toBeTruthy();
      expect([r!.width, r!.height]).toEqual([a!.width, a!.height]);
      expect(r!.y).toBe(a!.y);
      const style = (el: Element) => {
        const computed = getComputedStyle(el);
        return Object.fromEntries([...computed].map((name) => [name, computed.getPropertyValue(name)]));
      };
      expect(await reject.evaluate(style)).toEqual(await accept.evaluate(style));
      expect(Number.parseFloat((await accept.evaluate(style))['font-size']!)).toBeGreaterThan(10);
    });

    it('C6, C19, C20: the settings button opens a modal dialog with focus kept inside; Escape closes it, grants nothing, returns focus', async () => {
      const { page, context, errors } = await visit();
      const settings = page.getByRole('button', { name: 'Cookie settings' });
      await settings.focus();
      await page.keyboard.press('Enter');
      const dialog = page.locator('dialog.ck-preferences');
      await expect(dialog.evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).resolves.toBe(true);
      // Where focus is: in the dialog, outside it on the page, or out of the page (the browser's own UI).
      const focus = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return 'browser';
          return el.closest('dialog.ck-preferences') ? 'dialog' : 'page';
        });
      expect(await focus()).toBe('dialog');
      // The page under the modal dialog is inert: Tab cycles through the dialog (and, as with any
      // modal dialog, the browser's own UI), never to the page behind it.
      const seen: string[] = [];
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        seen.push(await focus());
      }
      expect(seen).not.toContain('page');
      expect(seen.filter((where) => where === 'dialog').length).toBeGreaterThan(seen.length / 2);
      // The switches start off (C3) and say what they are; the necessary category shows one state,
      // "Always on", and no switch that looks operable.
      const switches = dialog.getByRole('switch');
      expect(await switches.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked))).toEqual([false, false]);
      await expect(dialog.locator('.ck-badge').first().isVisible()).resolves.toBe(true);
      await dialog.getByRole('switch', { name: 'Statistics' }).check();
      await page.keyboard.press('Escape');
      await expect(dialog.evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(false);
      expect(await settings.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await cookie(context, 'cookies_preferences')).toBeUndefined();
      await expect(banner(page).isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
    });

    it('C22: axe finds no violation on the banner, the preferences dialog and the policy page', async () => {
      const { page } = await visit();
      const onBanner = await new AxeBuilder({ page }).include('.ck-banner').analyze();
      expect(onBanner.violations.map((v) => v.id)).toEqual([]);
      await banner(page).getByRole('button', { name: 'Customize' }).click();
      const dialog = page.locator('dialog.ck-preferences');
      await dialog.getByRole('button', { name: 'Show services (2)' }).click();
      const onDialog = await new AxeBuilder({ page }).include('dialog.ck-preferences').analyze();
      expect(onDialog.violations.map((v) => v.id)).toEqual([]);
      const policyPage = await visit('/cookie-policy');
      expect(await policyPage.page.getByRole('heading', { level: 1 }).textContent()).toBe('Cookies policy');
      const onPolicy = await new AxeBuilder({ page: policyPage.page }).include('.ck-policy').analyze();
      expect(onPolicy.violations.map((v) => v.id)).toEqual([]);
    });

    it('C1, C6: Accept all runs the gated scripts and the embed; withdrawing deletes what they stored', async () => {
      const { page, context, requested, errors } = await visit();
      const before = sink.records.length;
      await banner(page).getByRole('button', { name: 'Accept all' }).click();
      await page.waitForFunction(() => document.documentElement.dataset.shopStats === 'on' && document.documentElement.dataset.adPixel === 'on');
      expect(await cookie(context, '_shop_stats')).toBeTruthy();
      expect(await cookie(context, '_adp_uid')).toBeTruthy();
      expect(await page.evaluate(() => localStorage.getItem('shop_stats:visits'))).toBe('1');
      await page.locator('iframe[title^="Product video"]').waitFor();
      expect(requested).toEqual(expect.arrayContaining(GATED));
      await expect.poll(() => sink.records.length).toBeGreaterThan(before);
      expect(sink.records.at(-1)!.method).toBe('accept-all');

      // Withdraw: settings, then Reject all — as few clicks as granting took.
      await page.getByRole('button', { name: 'Cookie settings' }).click();
      await page.locator('dialog.ck-preferences').getByRole('button', { name: 'Reject all' }).click();
      await expect.poll(() => cookie(context, '_shop_stats')).toBeUndefined();
      await expect.poll(() => cookie(context, '_adp_uid')).toBeUndefined();
      expect(await page.evaluate(() => localStorage.getItem('shop_stats:visits'))).toBeNull();
      expect(await page.locator('iframe').count()).toBe(0);
      await expect(page.getByRole('status').textContent()).resolves.toBe('Your choices have been saved.');
      expect(errors).toEqual([]);
    });

    it('C5: allowing the video from its placeholder loads only the video', async () => {
      const { page, context, requested, errors } = await visit();
      await page.getByRole('button', { name: 'Allow StreamTube' }).click();
      await page.frameLocator('iframe[title^="Product video"]').getByText(/StreamTube player/).waitFor();
      await expect.poll(() => cookie(context, 'st_player')).toBe('volume-80');
      const consent = decodeConsent(decodeURIComponent((await cookie(context, 'cookies_preferences')) ?? ''));
      expect(consent?.services['video-embed']).toBe(true);
      expect(consent?.categories.marketing).toBe(false);
      expect(requested.filter((p) => p === '/stats.js' || p === '/adpartner/pixel.js')).toEqual([]);
      expect(await cookie(context, '_adp_uid')).toBeUndefined();
      expect(errors).toEqual([]);
    });
  });
}
