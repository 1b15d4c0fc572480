// The banner's design in one Chromium, one page, state swapped in place between cases:
// - visual regression of the demo's gallery frames (every layout light and dark, and the
//   preferences, at 1280 × 720 and 390 × 844) against committed baselines, with pixelmatch;
// - the geometry of the mobile-first design (40% height, equal full-width choices, the switch on
//   the label's line, the preferences footer);
// - contrast computed from Chromium's computed styles for the default and the three optional
//   themes, light and dark (C21);
// - C4, C19, C21 and axe (C22) in every layout, for React, Vue and the HTML renderer, each drawn
//   on the server (so the banner is in the first HTML: no flash).
// `pnpm test:visual:update` rewrites the baselines (e2e/visual/baseline); a failing comparison
// leaves the actual picture and a diff image in e2e/visual/diff for review (not committed).
import { AxeBuilder } from '@axe-core/playwright';
import { BANNER_LAYOUTS, createCookieKit, type BannerPlacement, type InitialConsent } from '@cookiekit/core';
import { renderConsentHtml } from '@cookiekit/core/html';
import * as react from '@cookiekit/react';
import * as vue from '@cookiekit/vue';
import { startDemo, type Demo } from 'demo';
import { frameUrl, LAYOUTS, SCHEMES, THEMES } from 'demo/gallery';
import { policy } from 'example-policy';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { createElement } from 'react';
import { renderToString as renderReact } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSSRApp, h } from 'vue';
import { renderToString as renderVue } from 'vue/server-renderer';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/test-env.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const BASELINES = path.join(here, '../visual/baseline');
const DIFFS = path.join(here, '../visual/diff');
const UPDATE = process.env.VISUAL_UPDATE === '1';
/** pixelmatch's colour threshold per pixel, and the share of pixels that may differ (anti-aliasing). */
const THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.002;
const STYLES = readFileSync(createRequire(import.meta.url).resolve('@cookiekit/core/styles.css'), 'utf8');

const DESKTOP = { width: 1280, height: 720 } as const;
const PHONE = { width: 390, height: 844 } as const;
type Size = typeof DESKTOP | typeof PHONE;

let demo: Demo;
let browser: Browser;
let page: Page;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'cookiekit-design-'));
  demo = await startDemo({ port: 0, host: '127.0.0.1', dataDir, logger: { warn: () => {}, error: (m, e) => console.error(m, e) } });
  browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS, '--font-render-hinting=none', '--force-color-profile=srgb'] });
  const context = await browser.newContext({ reducedMotion: 'reduce', deviceScaleFactor: 1 });
  page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  (page as unknown as { errors: string[] }).errors = errors;
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface Frame {
  type?: string;
  position?: string;
  theme?: string;
  scheme?: string;
  view?: 'banner' | 'preferences';
}

/** Loads one gallery frame at a size and waits until the UI is live (and the dialog open). */
async function show(frame: Frame, size: Size): Promise<void> {
  await page.setViewportSize(size);
  const response = await page.goto(new URL(frameUrl(frame), demo.url).href);
  expect(response?.status()).toBe(200);
  await page.waitForSelector('html[data-gallery-ready]');
  if (frame.view === 'preferences') await page.waitForSelector('dialog.ck-preferences[open]');
  expect((page as unknown as { errors: string[] }).errors).toEqual([]);
}

describe('the demo gallery', () => {
  it('lists every layout and position × the default and three themes × light and dark, live, with the option values', async () => {
    const response = await fetch(new URL('/gallery/', demo.url));
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const { type, position } of LAYOUTS) {
      for (const theme of THEMES) {
        for (const scheme of SCHEMES) expect(html, `${type} ${position} ${theme} ${scheme}`).toContain(`<iframe src="${frameUrl({ type, position, theme, scheme }).replace(/&/g, '&#38;')}"`);
      }
      expect(html).toContain(`layout={{ type: &#39;${type}&#39;, position: &#39;${position}&#39; }}`);
    }
    expect(html).toContain('themes/forest.css');
    // A frame refuses what no renderer accepts, with the allowed values.
    const bad = await fetch(new URL('/gallery/frame?layout=bar&position=left', demo.url));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('use one of {"bar":["bottom","top"]');
  });
});

describe('the pinned font', () => {
  it('DejaVu Sans is installed, so the baselines hold on a fresh machine (scripts/test-env.mjs installs it)', async () => {
    await show({}, DESKTOP);
    const widths = await page.evaluate(() => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      const width = (font: string) => {
        ctx.font = font;
        return ctx.measureText('Cookies on this site, Accept all').width;
      };
      return { pinned: width('16px "DejaVu Sans", monospace'), fallback: width('16px monospace') };
    });
    expect(widths.pinned, 'DejaVu Sans missing: apt-get install fonts-dejavu-core').not.toBe(widths.fallback);
  });
});

const visualCases: Array<[name: string, frame: Frame, size: Size]> = [];
for (const { type, position } of LAYOUTS.filter((l, i, all) => all.findIndex((o) => o.type === l.type) === i)) {
  for (const scheme of SCHEMES) {
    for (const size of [DESKTOP, PHONE]) visualCases.push([`${type}-${scheme}-${size.width}x${size.height}`, { type, position, scheme }, size]);
  }
}
for (const size of [DESKTOP, PHONE]) visualCases.push([`preferences-light-${size.width}x${size.height}`, { view: 'preferences' }, size]);

describe('visual regression against the committed baselines', () => {
  it.each(visualCases)('%s', async (name, frame, size) => {
    await show(frame, size);
    const actual = await page.screenshot({ animations: 'disabled', caret: 'hide' });
    const file = path.join(BASELINES, `${name}.png`);
    if (UPDATE) {
      mkdirSync(BASELINES, { recursive: true });
      writeFileSync(file, actual);
      return;
    }
    expect(existsSync(file), `no baseline ${name}.png: run pnpm test:visual:update and review the pictures`).toBe(true);
    const expected = PNG.sync.read(readFileSync(file));
    const got = PNG.sync.read(actual);
    expect([got.width, got.height]).toEqual([expected.width, expected.height]);
    const diff = new PNG({ width: got.width, height: got.height });
    const changed = pixelmatch(expected.data, got.data, diff.data, got.width, got.height, { threshold: THRESHOLD });
    const ratio = changed / (got.width * got.height);
    if (ratio > MAX_DIFF_RATIO) {
      mkdirSync(DIFFS, { recursive: true });
      writeFileSync(path.join(DIFFS, `${name}.actual.png`), actual);
      writeFileSync(path.join(DIFFS, `${name}.diff.png`), PNG.sync.write(diff));
    }
    expect(ratio, `${changed} pixels differ; see e2e/visual/diff/${name}.diff.png`).toBeLessThanOrEqual(MAX_DIFF_RATIO);
  });

  it('the comparison sees a real change: one button restyled fails it', async () => {
    const [name, frame, size] = visualCases[0]!;
    await show(frame, size);
    // Through the CSSOM: the frame's CSP refuses a <style> block, as a site's would.
    await page.$eval('.ck-banner [data-action="reject-all"]', (el) => ((el as HTMLElement).style.fontWeight = '400'));
    const got = PNG.sync.read(await page.screenshot({ animations: 'disabled', caret: 'hide' }));
    const expected = PNG.sync.read(readFileSync(path.join(BASELINES, `${name}.png`)));
    const changed = pixelmatch(expected.data, got.data, undefined, got.width, got.height, { threshold: THRESHOLD });
    expect(changed / (got.width * got.height)).toBeGreaterThan(0);
    expect(changed).toBeGreaterThan(50);
  });
});

const rect = (selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, bottom: r.bottom, right: r.right };
  });

describe('mobile-first geometry in Chromium', () => {
  it.each(LAYOUTS.map((l) => [`${l.type} ${l.position}`, l] as const))(
    'C21: %s at 390 × 844 takes at most 40% of the height, its text complete (the layer scrolls inside)',
    async (_, { type, position }) => {
      await show({ type, position }, PHONE);
      const banner = await rect('.ck-banner');
      expect(banner.height).toBeLessThanOrEqual(PHONE.height * 0.4 + 0.5);
      const fit = await page.$eval('.ck-banner', (el) => ({
        overflowY: getComputedStyle(el).overflowY,
        scrolls: el.scrollHeight > el.clientHeight + 1,
        // The text itself is never clipped: only the whole layer scrolls.
        textClipped: [...el.querySelectorAll('.ck-text, .ck-title')].some((t) => t.scrollHeight > t.clientHeight + 1),
      }));
      expect(fit.textClipped).toBe(false);
      if (fit.scrolls) expect(fit.overflowY).toBe('auto');
      // Scrolled to its end, the last element (the policy link) is inside the layer's box.
      await page.$eval('.ck-banner', (el) => el.scrollTo(0, el.scrollHeight));
      const link = await rect('.ck-banner .ck-link');
      const after = await rect('.ck-banner');
      expect(link.bottom).toBeLessThanOrEqual(after.bottom + 0.5);
      expect(link.y).toBeGreaterThanOrEqual(after.y - 0.5);
    },
  );

  it.each(LAYOUTS.map((l) => [`${l.type} ${l.position}`, l] as const))(
    'C4: %s at 390 px: Accept all and Reject all full width and equal; Customize a secondary button reached by keyboard',
    async (_, { type, position }) => {
      await show({ type, position }, PHONE);
      const actions = await page.$eval('.ck-banner .ck-actions', (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, width: r.width };
      });
      const accept = await rect('.ck-banner [data-action="accept-all"]');
      const reject = await rect('.ck-banner [data-action="reject-all"]');
      expect(accept.width).toBeCloseTo(actions.width, 0);
      expect(reject.width).toBeCloseTo(actions.width, 0);
      expect([reject.x, reject.height]).toEqual([accept.x, accept.height]);
      const customize = await page.$eval('.ck-banner [data-action="customize"]', (el) => ({
        tag: el.localName,
        weight: getComputedStyle(el).borderTopColor === getComputedStyle(el.previousElementSibling!).borderTopColor,
      }));
      expect(customize.tag).toBe('button');
      expect(customize.weight, 'Customize looks secondary: no accent border').toBe(false);
      await page.focus('.ck-banner [data-action="accept-all"]');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('customize');
      await page.keyboard.press('Enter');
      await page.waitForSelector('dialog.ck-preferences[open]');
    },
  );

  it.each([DESKTOP, PHONE])('the switch sits on the line of a 60-character label (%o)', async (size) => {
    await show({ view: 'preferences' }, size);
    const sixty = 'Statistics about how the shop is used, per page and visit.'.padEnd(60, '.');
    expect(sixty).toHaveLength(60);
    const geometry = await page.$eval(
      '[data-category="statistics"] > .ck-category__header .ck-toggle',
      (toggle, text) => {
        const span = toggle.querySelector('.ck-toggle__label')!;
        span.textContent = text;
        const range = document.createRange();
        range.setStart(span.firstChild!, 0);
        range.setEnd(span.firstChild!, 1);
        const line = range.getBoundingClientRect();
        const knob = toggle.querySelector('.ck-switch')!.getBoundingClientRect();
        return { lineTop: line.top, lineBottom: line.bottom, switchTop: knob.top, switchBottom: knob.bottom, switchRight: knob.right, lineLeft: line.left, labelHeight: span.getBoundingClientRect().height };
      },
      sixty,
    );
    // On the first line of the label (vertically overlapping it), before its first letter.
    expect(geometry.switchTop).toBeLessThan(geometry.lineBottom);
    expect(geometry.switchBottom).toBeGreaterThan(geometry.lineTop);
    expect(geometry.switchRight).toBeLessThanOrEqual(geometry.lineLeft);
    if (size === PHONE) expect(geometry.labelHeight, 'the label wraps beside the switch').toBeGreaterThan(geometry.lineBottom - geometry.lineTop + 1);
  });

  it('the preferences footer: one aligned row of equal buttons at 1280 px, stacked full width at 390 px', async () => {
    const footer = async () => {
      const box = await page.$eval('.ck-preferences__footer', (el) => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return { left: r.left + parseFloat(s.paddingLeft), right: r.right - parseFloat(s.paddingRight) };
      });
      const buttons = await page.$$eval('.ck-preferences__footer .ck-button', (els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, width: r.width, height: r.height };
        }),
      );
      return { box, buttons };
    };
    await show({ view: 'preferences' }, DESKTOP);
    const wide = await footer();
    expect(wide.buttons).toHaveLength(3);
    for (const b of wide.buttons) {
      expect(b.top).toBeCloseTo(wide.buttons[0]!.top, 0);
      expect(b.width).toBeCloseTo(wide.buttons[0]!.width, 0);
      expect(b.height).toBeCloseTo(wide.buttons[0]!.height, 0);
    }
    expect(wide.buttons[0]!.left).toBeCloseTo(wide.box.left, 0);
    expect(wide.buttons[2]!.right).toBeCloseTo(wide.box.right, 0);
    await show({ view: 'preferences' }, PHONE);
    const narrow = await footer();
    for (const [i, b] of narrow.buttons.entries()) {
      expect(b.left).toBeCloseTo(narrow.box.left, 0);
      expect(b.right).toBeCloseTo(narrow.box.right, 0);
      if (i > 0) expect(b.top).toBeGreaterThan(narrow.buttons[i - 1]!.top + narrow.buttons[i - 1]!.height - 1);
    }
  });
});

describe('the settings button and the opt-out links in every layout', () => {
  const overlap = (a: { x: number; y: number; right: number; bottom: number }, b: typeof a) =>
    a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom;

  it.each(LAYOUTS.flatMap((l) => [DESKTOP, PHONE].map((size) => [`${l.type} ${l.position}`, l, size] as const)))(
    'C6: %s (%o): the corner settings button is never under the first layer, and the topmost element at its centre',
    async (_, { type, position }, size) => {
      await show({ type, position }, size);
      const [banner, button] = [await rect('.ck-banner'), await rect('.ck-settings-button')];
      expect(overlap(banner, button)).toBe(false);
      const hit = await page.evaluate(
        ([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('.ck-settings-button'),
        [button.x + button.width / 2, button.y + button.height / 2],
      );
      expect(hit).toBe(true);
    },
  );
});

describe('the live shops take the layout from the page address', () => {
  const SHOP_BASES = ['/', '/vue/', '/static/', '/express/'];

  it.each(SHOP_BASES)('%s?layout=box&position=bottom-start draws a box in the bottom-start corner, at 1280 px and 390 px', async (base) => {
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      await page.goto(new URL(`${base}?layout=box&position=bottom-start`, demo.url).href);
      await page.waitForSelector('html[data-shop-ready]');
      await page.waitForSelector('.ck-banner');
      expect(await page.$eval('.ck-banner', (el) => [el.getAttribute('data-ck-layout'), el.getAttribute('data-ck-position')])).toEqual([
        'box',
        'bottom-start',
      ]);
      const banner = await rect('.ck-banner');
      // 1rem from the start and bottom edges; 26rem wide at most.
      expect([Math.round(banner.x), Math.round(size.height - banner.bottom)]).toEqual([16, 16]);
      expect(banner.width).toBeLessThanOrEqual(26 * 16 + 0.5);
      expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    }
  });

  it.each(SHOP_BASES)('%s refuses a layout or position that no renderer draws: the default bar', async (base) => {
    for (const query of ['?layout=box&position=top', '?layout=sidebar', '?layout=__proto__']) {
      await page.goto(new URL(base + query, demo.url).href);
      await page.waitForSelector('html[data-shop-ready]');
      expect(await page.$eval('.ck-banner', (el) => el.getAttribute('data-ck-layout'))).toBeNull();
      expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    }
  });

  it.each([DESKTOP, PHONE])('C21, C25: the opt-out link in the Vue shop\'s footer, under a cloud banner (%o): a 24 px target, its icon on the text\'s line, the settings button whole', async (size) => {
    await page.setViewportSize(size);
    await page.goto(new URL('/vue/?region=US-CA&layout=cloud', demo.url).href);
    await page.waitForSelector('html[data-shop-ready]');
    const link = await rect('.ck-optout-link');
    expect(link.height).toBeGreaterThanOrEqual(24);
    expect(link.right).toBeLessThanOrEqual(size.width);
    // The settings button beside them keeps its words whole: one line of text.
    const lines = await page.$eval('.ck-settings-button', (el) => {
      const style = getComputedStyle(el);
      return (el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) / parseFloat(style.lineHeight);
    });
    expect(lines).toBeCloseTo(1, 1);
    // Scrolled to the end, the footer's links clear the banner (the page reserves room below).
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const [after, banner] = [await rect('.ck-optout-link'), await rect('.ck-banner')];
    expect(after.bottom).toBeLessThanOrEqual(banner.y);
  });
});

describe('C21: contrast from the computed styles, default theme and three more, light and dark', () => {
  const cases = THEMES.flatMap((theme) => SCHEMES.map((scheme) => [`${theme}, ${scheme}`, theme, scheme] as const));
  it.each(cases)('%s: text 4.5:1, controls and focus ring 3:1', async (_, theme, scheme) => {
    await show({ theme, scheme, view: 'preferences' }, DESKTOP);
    const pairs = await page.evaluate(() => {
      const css = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      const banner = css('.ck-banner');
      const dialog = css('.ck-preferences');
      const accept = css('.ck-banner [data-action="accept-all"]');
      const save = css('.ck-preferences [data-action="save"]');
      const active = document.activeElement!; // showModal() moved focus in; the ring shows
      return {
        text: [
          ['banner text', banner.color, banner.backgroundColor],
          ['banner link', css('.ck-banner .ck-link').color, banner.backgroundColor],
          ['outlined button', accept.color, accept.backgroundColor],
          ['primary button', save.color, save.backgroundColor],
          ['category description', css('.ck-category__description').color, dialog.backgroundColor],
          ['dialog title', css('.ck-preferences .ck-title').color, dialog.backgroundColor],
          ['settings button', css('.ck-settings-button').color, css('.ck-settings-button').backgroundColor],
        ],
        controls: [
          ['button border', accept.borderTopColor, banner.backgroundColor],
          ['unchecked switch', css('.ck-category:not(:has(.ck-badge)) .ck-switch').borderTopColor, dialog.backgroundColor],
          ['badge border', css('.ck-badge').borderTopColor, dialog.backgroundColor],
          ['focus ring', getComputedStyle(active).outlineColor, dialog.backgroundColor],
        ],
        ring: getComputedStyle(active).outlineStyle,
      };
    });
    expect(pairs.ring).toBe('solid');
    const rgb = (value: string): [number, number, number] => {
      const m = /rgba?\((\d+(?:\.\d+)?),? (\d+(?:\.\d+)?),? (\d+(?:\.\d+)?)(?:,? \/? ?([\d.]+))?\)/.exec(value);
      if (!m) throw new Error(`not an rgb() colour: ${value}`);
      if (m[4] !== undefined && Number(m[4]) < 1) throw new Error(`a translucent colour cannot be checked alone: ${value}`);
      return [Number(m[1]), Number(m[2]), Number(m[3])];
    };
    const luminance = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    for (const [what, fg, bg] of pairs.text) expect(ratio(fg!, bg!), `${what}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    for (const [what, fg, bg] of pairs.controls) expect(ratio(fg!, bg!), `${what}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
    // The theme really applies: each theme's banner differs from the default's.
    if (theme !== 'default') {
      const colours = () =>
        page.$eval('.ck-banner [data-action="accept-all"]', (el) => [getComputedStyle(el).color, getComputedStyle(el.closest('.ck-banner')!).backgroundColor].join());
      const own = await colours();
      await show({ scheme }, DESKTOP);
      expect(own).not.toBe(await colours());
    }
  });
});

const firstVisit = (): InitialConsent => ({ cookie: null, signals: {}, now: Date.now() });

/** The first layer and preferences as each renderer draws them on the server, in one layout. */
async function serverHtml(renderer: 'React' | 'Vue' | 'HTML', layout: BannerPlacement): Promise<string> {
  if (renderer === 'HTML') return renderConsentHtml(createCookieKit({ policy, initialConsent: firstVisit() }).banner.getServerSnapshot(), { layout });
  if (renderer === 'React') {
    return renderReact(
      createElement(
        react.CookieKitProvider,
        { policy, initialConsent: firstVisit() } as react.CookieKitProviderProps,
        createElement(react.CookieBanner, { layout }),
        createElement(react.CookieSettingsButton),
        createElement(react.CookiePreferences),
      ),
    );
  }
  const app = createSSRApp({ render: () => [h(vue.CookieBanner, { layout }), h(vue.CookieSettingsButton), h(vue.CookiePreferences)] });
  app.use(vue.createCookieKitPlugin({ policy, initialConsent: firstVisit() } as Parameters<typeof vue.createCookieKitPlugin>[0]));
  return renderVue(app);
}

describe('C4, C19, C21, C22 in every layout, for React, Vue and the HTML renderer', () => {
  const cases = (['React', 'Vue', 'HTML'] as const).flatMap((renderer) =>
    LAYOUTS.map(({ type, position }) => [`${renderer}, ${type} ${position}`, renderer, { type, position } as BannerPlacement] as const),
  );
  it.each(cases)('%s', async (_, renderer, layout) => {
    const html = await serverHtml(renderer, layout);
    // No flash: the first layer, in its layout, is in the server's HTML.
    expect(html).toMatch(new RegExp(`<section[^>]*data-ck-layout="${layout.type}"`));
    await page.setViewportSize(DESKTOP);
    // A fresh document: setContent writes into the current one, which may carry a frame's CSP.
    await page.goto('about:blank');
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>Shop</title><style>${STYLES}</style></head><body><main><h1>Shop</h1><p>Stoneware.</p><p><a href="#more">More</a></p></main>${html}</body></html>`,
    );
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      const result = await page.evaluate(() => {
        const banner = document.querySelector('.ck-banner')!;
        const accept = banner.querySelector('[data-action="accept-all"]')!;
        const reject = banner.querySelector('[data-action="reject-all"]')!;
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return [Math.round(r.width * 10), Math.round(r.height * 10)];
        };
        const look = (el: Element) => {
          const s = getComputedStyle(el);
          return [s.fontSize, s.fontWeight, s.color, s.backgroundColor, s.borderTopWidth, s.borderTopColor, s.paddingTop, s.paddingLeft].join();
        };
        const center = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
        return {
          sameElement: accept.localName === reject.localName && accept.className === reject.className,
          sameBox: JSON.stringify(box(accept)) === JSON.stringify(box(reject)),
          sameLook: look(accept) === look(reject),
          role: [banner.getAttribute('role'), banner.getAttribute('aria-modal')],
          // Non-modal with no backdrop: the middle of the page is the page, not the banner.
          pageUsable: !!center && !banner.contains(center) && !center.closest('dialog'),
          small: [...banner.querySelectorAll('button, a')]
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.width < 24 || r.height < 24).length,
        };
      });
      expect(result, `${size.width} px`).toEqual({ sameElement: true, sameBox: true, sameLook: true, role: ['dialog', 'false'], pageUsable: true, small: 0 });
    }
    // axe once per layout and framework (a position changes no markup but two attribute values;
    // the HTML renderer draws React's markup, as ssr-parity.test.ts shows): about 4 s a run here.
    if (layout.position === BANNER_LAYOUTS[layout.type][0] && (renderer !== 'HTML' || layout.type === 'bar')) {
      await page.setViewportSize(DESKTOP);
      const axe = await new AxeBuilder({ page }).include('.ck-banner').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});
