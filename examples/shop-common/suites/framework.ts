// The real-browser checks of the framework examples (Next.js, Nuxt): each example is built once
// (turbo runs its `build` before `test`), started once as its own production server on
// 127.0.0.1, and driven by one Chromium.
import { decodeConsent } from '@cookiekit/core';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/test-env.mjs';

/** A built framework app and how to start its production server. */
export interface FrameworkApp {
  readonly name: string;
  /** A file the build writes; missing means "build first". */
  readonly builtFile: string;
  /** The command that serves the build on `port` (127.0.0.1 only). */
  readonly start: (port: number) => { command: string; args: string[]; cwd: string; env?: Record<string, string> };
  /** A prerendered page whose consent UI is drawn on the client only, if the app has one. */
  readonly staticShell?: string;
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

async function waitForServer(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${origin}/.well-known/gpc.json`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`the server did not answer within 60 s:\n${output()}`);
}

/** The framework example's checks, in real Chromium against its production build. */
export function frameworkSuite(app: FrameworkApp): void {
  let server: ChildProcess;
  let browser: Browser;
  let origin: string;
  let log = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(app.builtFile)) throw new Error(`Build the example first: pnpm --filter ${app.name} build`);
    const port = await freePort();
    const { command, args, cwd, env } = app.start(port);
    server = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout?.on('data', (chunk) => (log += chunk));
    server.stderr?.on('data', (chunk) => (log += chunk));
    origin = `http://127.0.0.1:${port}`;
    const [launched] = await Promise.all([
      chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true }),
      waitForServer(origin, server, () => log),
    ]);
    browser = launched;
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
  });

  interface Visit {
    readonly page: Page;
    readonly context: BrowserContext;
    /** Console errors and warnings, and page errors. */
    readonly messages: string[];
    /** The first HTML the server sent, and its Set-Cookie headers. */
    readonly html: string;
    readonly setCookies: string[];
  }

  async function newContext(options: { gpc?: boolean } = {}): Promise<BrowserContext> {
    const context = await browser.newContext();
    contexts.push(context);
    if (options.gpc) {
      // The browser has the signal but no Sec-GPC header reaches the server (a CDN, a static shell).
      await context.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
      );
    }
    return context;
  }

  /** Opens `path` in `context` (default a fresh one) and waits until the app is hydrated. */
  async function visit(path = '/', context?: BrowserContext): Promise<Visit> {
    context ??= await newContext();
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
    });
    page.on('pageerror', (error) => messages.push(error.message));
    const response = await page.goto(origin + path);
    await page.waitForSelector('html[data-hydrated="true"]');
    const setCookies = ((await response?.headerValue('set-cookie')) ?? '').split('\n').filter(Boolean);
    return { page, context, messages, html: (await response?.text()) ?? '', setCookies };
  }

  const cookie = async (context: BrowserContext, name: string) =>
    (await context.cookies()).find((c) => c.name === name)?.value;
  const banner = (page: Page) => page.locator('.ck-banner');
  const embed = (page: Page) => page.locator('#analytics-embed');

  /** A context of a returning visitor who answered with `button`. */
  async function returning(button: 'Reject all' | 'Accept all'): Promise<BrowserContext> {
    const { page, context } = await visit('/');
    await banner(page).getByRole('button', { name: button }).click();
    await expect.poll(() => cookie(context, 'cookies_preferences')).toBeTruthy();
    await page.close();
    return context;
  }

  describe(`the ${app.name} example in Chromium`, () => {
    it('the banner is in the server HTML on a first visit, and the gate stays closed', async () => {
      const { page, html, messages } = await visit('/');
      expect(html).toContain('class="ck-banner"');
      expect(await banner(page).isVisible()).toBe(true);
      expect(await embed(page).count()).toBe(0);
      expect(messages).toEqual([]);
    });

    it('C4: Reject all hides the banner and writes cookies_preferences; a returning visitor gets no banner', async () => {
      const { page, context, messages } = await visit('/');
      await banner(page).getByRole('button', { name: 'Reject all' }).click();
      await expect.poll(() => banner(page).count()).toBe(0);
      const consent = decodeConsent(decodeURIComponent((await cookie(context, 'cookies_preferences')) ?? ''));
      expect(consent?.method).toBe('reject-all');
      const again = await visit('/', context);
      expect(again.html).not.toContain('ck-banner');
      expect(await banner(again.page).count()).toBe(0);
      expect(await embed(again.page).count()).toBe(0);
      expect([...messages, ...again.messages]).toEqual([]);
    });

    it('C1: the gate opens only after consent, and stays open for the returning visitor', async () => {
      const { page, context, messages } = await visit('/');
      expect(await embed(page).count()).toBe(0);
      await banner(page).getByRole('button', { name: 'Accept all' }).click();
      await expect.poll(() => embed(page).count()).toBe(1);
      const again = await visit('/', context);
      expect(again.html).toContain('analytics-embed');
      expect([...messages, ...again.messages]).toEqual([]);
    });

    it('C6: the HttpOnly statistics cookie leaves only with consent, and the server expires it after a withdrawal', async () => {
      const refused = await newContext();
      const page = await refused.newPage();
      await page.goto(`${origin}/api/visit`);
      expect(await cookie(refused, '_shop_visit')).toBeUndefined();

      const context = await returning('Accept all');
      const visitor = await context.newPage();
      await visitor.goto(`${origin}/api/visit`);
      expect(await cookie(context, '_shop_visit')).toBeTruthy();
      // The visitor withdraws in the preferences: the server's next response expires the cookie,
      // which no page script can reach.
      const { page: shop } = await visit('/', context);
      await shop.locator('.ck-settings-button').click();
      await shop.locator('.ck-preferences [data-action="reject-all"]').click();
      await expect
        .poll(async () => decodeConsent(decodeURIComponent((await cookie(context, 'cookies_preferences')) ?? ''))?.categories.statistics)
        .toBe(false);
      await visit('/', context);
      await expect.poll(() => cookie(context, '_shop_visit')).toBeUndefined();
    });

    it('C6: a page response expires a refused cookie the request still carries', async () => {
      const context = await returning('Reject all');
      await context.addCookies([{ name: '_shop_visit', value: 'stale', url: origin, httpOnly: true }]);
      const { setCookies } = await visit('/', context);
      expect(setCookies.filter((c) => c.startsWith('_shop_visit=;'))).not.toEqual([]);
      expect(await cookie(context, '_shop_visit')).toBeUndefined();
    });

    it('C11: GPC in the browser without a Sec-GPC header: the first layer says it is honoured after hydration', async () => {
      const { page, html, messages } = await visit('/', await newContext({ gpc: true }));
      expect(html).not.toContain('Global Privacy Control');
      await expect.poll(() => banner(page).locator('.ck-notice').textContent()).toMatch(/Global Privacy Control/);
      expect(messages).toEqual([]);
    });

    if (app.staticShell) {
      const path = app.staticShell;
      it('the static shell: no banner in its HTML; a first visitor gets it from the script, a returning one never sees it', async () => {
        const first = await visit(path);
        expect(first.html).not.toContain('ck-banner');
        await expect.poll(() => banner(first.page).count()).toBe(1);

        const context = await returning('Reject all');
        await context.addInitScript(() => {
          const w = window as unknown as { bannerSeen: boolean };
          w.bannerSeen = false;
          new MutationObserver(() => (w.bannerSeen ||= document.querySelector('.ck-banner') !== null)).observe(document, {
            childList: true,
            subtree: true,
          });
        });
        const back = await visit(path, context);
        // The client-only UI has mounted (its settings button is there) without ever drawing the banner.
        await back.page.waitForSelector('.ck-settings-button');
        expect(await back.page.evaluate(() => (window as unknown as { bannerSeen: boolean }).bannerSeen)).toBe(false);
        expect([...first.messages, ...back.messages]).toEqual([]);
      });
    }

    it('without initialConsent: the server banner hydrates without an error, settles to hidden for a returning visitor, and works on a first visit', async () => {
      const context = await returning('Reject all');
      const back = await visit('/no-initial-consent', context);
      expect(back.html).toContain('class="ck-banner"');
      await expect.poll(() => banner(back.page).count()).toBe(0);
      const first = await visit('/no-initial-consent');
      await banner(first.page).getByRole('button', { name: 'Reject all' }).click();
      await expect.poll(() => banner(first.page).count()).toBe(0);
      expect(await cookie(first.context, 'cookies_preferences')).toBeTruthy();
      // Production builds drop the development warning; nothing else may be logged.
      expect([...back.messages, ...first.messages]).toEqual([]);
    });
  });
}
