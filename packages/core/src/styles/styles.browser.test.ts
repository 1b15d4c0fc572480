// styles.css on the markup contract (MARKUP.md) in a real Chromium: sizes, layout at 320 px and
// 200% text, themes, motion, focus ring, and axe-core on the result (C4, C20, C21, C22).
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPolicyHtml } from '../page/html';
import { launchChromium } from '../test/browser/harness';
import { arTestPolicyPage } from '../test/rtl-catalog';
import { seedPolicy } from '../test/seed-policy';
import { stylesheet } from './css';

const BANNER = `<section class="ck-banner" role="dialog" aria-modal="false" aria-labelledby="ck-banner-title" aria-describedby="ck-banner-text" lang="en" dir="ltr">
  <h2 class="ck-title" id="ck-banner-title">Cookies on this site</h2>
  <p class="ck-text" id="ck-banner-text">We use necessary cookies to make this site work. With your consent we would also use cookies to measure how the site is used and for advertising.</p>
  <p class="ck-notice">Our cookie policy has changed since your last choice.</p>
  <div class="ck-actions">
    <button type="button" class="ck-button" data-action="accept-all">Accept all</button>
    <button type="button" class="ck-button" data-action="reject-all">Reject all</button>
    <button type="button" class="ck-button ck-button--link" data-action="customize">Customize</button>
  </div>
  <a class="ck-link" href="#policy">Cookie policy</a>
</section>`;

const PREFERENCES = `<dialog class="ck-preferences" aria-labelledby="ck-preferences-title" aria-modal="true" lang="en" dir="ltr">
  <div class="ck-preferences__header">
    <h2 class="ck-title" id="ck-preferences-title">Cookie preferences</h2>
    <button type="button" class="ck-close" data-action="close" aria-label="Close">×</button>
  </div>
  <div class="ck-preferences__body">
    <p class="ck-text">Choose which cookies we may use.</p>
    <p class="ck-notice">Your browser sends a Global Privacy Control signal, so advertising stays off.</p>
    <ul class="ck-categories">
      <li class="ck-category" data-category="necessary">
        <div class="ck-category__header">
          <label class="ck-toggle"><input type="checkbox" role="switch" class="ck-switch" checked disabled aria-describedby="ck-category-necessary-description"><span class="ck-toggle__label">Necessary</span></label>
          <span class="ck-badge">Always on</span>
        </div>
        <p class="ck-category__description" id="ck-category-necessary-description">Needed for the site to work.</p>
      </li>
      <li class="ck-category" data-category="statistics">
        <div class="ck-category__header">
          <label class="ck-toggle"><input type="checkbox" role="switch" class="ck-switch" aria-describedby="ck-category-statistics-description"><span class="ck-toggle__label">Statistics</span></label>
        </div>
        <p class="ck-category__description" id="ck-category-statistics-description">Measure how visitors use the shop.</p>
        <button type="button" class="ck-disclosure" aria-expanded="false" aria-controls="ck-services-statistics">Show services (1)</button>
        <ul class="ck-services" id="ck-services-statistics" hidden>
          <li class="ck-service" data-service="shop-analytics">
            <label class="ck-toggle ck-toggle--small"><input type="checkbox" role="switch" class="ck-switch"><span class="ck-toggle__label">Smartbump: Visit statistics</span></label>
            <p class="ck-service__meta">First party · Measures how the site is used</p>
            <table class="ck-cookies"><thead><tr><th scope="col">Cookies</th><th scope="col">Duration</th></tr></thead><tbody><tr><td><code>_shop_stats_session_identifier_long</code></td><td>13 months</td></tr></tbody></table>
          </li>
        </ul>
      </li>
    </ul>
    <div class="ck-conflict" role="alert">You chose to allow advertising, but your browser asks sites not to sell or share your data. Allow it anyway? <button type="button" class="ck-button" data-action="confirm-over-signal">Allow anyway</button></div>
  </div>
  <div class="ck-actions ck-preferences__footer">
    <button type="button" class="ck-button" data-action="reject-all">Reject all</button>
    <button type="button" class="ck-button" data-action="accept-all">Accept all</button>
    <button type="button" class="ck-button ck-button--primary" data-action="save">Save choices</button>
  </div>
  <p class="ck-status" role="status" aria-live="polite"></p>
</dialog>`;

const OTHERS = `<button type="button" class="ck-settings-button" data-action="open-preferences" aria-haspopup="dialog">Cookie settings</button>
<div class="ck-placeholder" role="region" aria-label="Blocked content: StreamTube">
  <p class="ck-placeholder__text">This content from StreamTube (video-embed) is blocked until you allow it.</p>
  <button type="button" class="ck-button" data-action="allow-service" data-service="video-embed">Allow StreamTube</button>
</div>`;

const document = (options: { theme?: 'light' | 'dark'; fontSize?: string; banner?: boolean } = {}) => `<!doctype html>
<html lang="en"${options.theme ? ` data-ck-theme="${options.theme}"` : ''}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Shop</title>
<style>${stylesheet()}</style>${options.fontSize ? `<style>html{font-size:${options.fontSize}}</style>` : ''}
</head><body><main><h1>Shop</h1>${OTHERS}
${renderPolicyHtml(seedPolicy, { settingsHref: '#settings' })}
<p><a id="last" href="#top">Back to top</a></p></main>
${options.banner === false ? '' : BANNER}${PREFERENCES}</body></html>`;

let browser: Browser;
let context: BrowserContext;
let tab: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  tab = await context.newPage();
}, 60_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const box = (selector: string) =>
  tab.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { width: r.width, height: r.height, top: r.top, bottom: r.bottom };
  });
const style = (selector: string, property: string) =>
  tab.$eval(selector, (el, p) => getComputedStyle(el).getPropertyValue(p), property);
const openPreferences = () => tab.$eval('.ck-preferences', (d) => (d as HTMLDialogElement).showModal());

/** The same page in Arabic's direction: every `dir="ltr"` of the markup, and the policy page, right to left. */
const rtlDocument = () =>
  document()
    .replaceAll('lang="en" dir="ltr"', 'lang="ar" dir="rtl"')
    .replace('<html lang="en"', '<html lang="ar" dir="rtl"')
    .replace(renderPolicyHtml(seedPolicy, { settingsHref: '#settings' }), renderPolicyHtml(seedPolicy, { settingsHref: '#settings', messages: arTestPolicyPage, lang: 'ar' }));

describe('styles.css in Chromium', () => {
  it('right to left (ar, he): the banner, the preferences (switches, tables) and the policy page mirror, by logical properties alone', async () => {
    const layout = async () => {
      await openPreferences();
      await tab.$eval('.ck-services', (list) => list.removeAttribute('hidden'));
      return tab.evaluate(() => {
        const r = (selector: string) => window.document.querySelector(selector)!.getBoundingClientRect();
        const [first, second] = [...window.document.querySelectorAll('.ck-banner .ck-actions button')].map((b) => b.getBoundingClientRect());
        const toggle = window.document.querySelector('.ck-category[data-category="statistics"] .ck-toggle')!;
        const cells = [...window.document.querySelectorAll('.ck-cookies th')].map((th) => th.getBoundingClientRect());
        const policyCells = [...window.document.querySelectorAll('.ck-policy th')].map((th) => th.getBoundingClientRect());
        return {
          // Reading order: the first choice on the reading side.
          firstChoiceLeads: first!.x < second!.x ? 'left' : 'right',
          // The switch before its label, in reading order.
          switchLeads: toggle.querySelector('input')!.getBoundingClientRect().x < toggle.querySelector('.ck-toggle__label')!.getBoundingClientRect().x ? 'left' : 'right',
          // The first table column on the reading side, in the preferences and on the policy page.
          tableLeads: cells[0]!.x < cells[1]!.x ? 'left' : 'right',
          policyTableLeads: policyCells[0]!.x < policyCells[1]!.x ? 'left' : 'right',
          // The close button at the end of the dialog's header.
          closeAt: r('.ck-close').x < r('.ck-preferences .ck-title').x ? 'left' : 'right',
          direction: getComputedStyle(window.document.querySelector('.ck-banner')!).direction,
          pageWidth: window.document.documentElement.scrollWidth,
        };
      });
    };
    // Wide enough for the choices to sit side by side (at 320 px they stack).
    await tab.setViewportSize({ width: 800, height: 640 });
    try {
      await tab.setContent(document());
      const ltr = await layout();
      await tab.setContent(rtlDocument());
      const rtl = await layout();
      expect(ltr).toEqual({ firstChoiceLeads: 'left', switchLeads: 'left', tableLeads: 'left', policyTableLeads: 'left', closeAt: 'right', direction: 'ltr', pageWidth: 800 });
      expect(rtl).toEqual({ firstChoiceLeads: 'right', switchLeads: 'right', tableLeads: 'right', policyTableLeads: 'right', closeAt: 'left', direction: 'rtl', pageWidth: 800 });
    } finally {
      await tab.setViewportSize({ width: 320, height: 640 });
    }
    // The stylesheet names no physical side: mirroring comes from the direction alone.
    expect(stylesheet()).not.toMatch(/(margin|padding|border)-(left|right)\b|[^-]\b(left|right)\s*:|text-align:\s*(left|right)|float:/);
  }, 30_000);

  it.each(['16px', '32px'])('C21: usable at 320 px wide with root font size %s: nothing overflows sideways', async (fontSize) => {
    await tab.setContent(document({ fontSize }));
    await openPreferences();
    await tab.$eval('.ck-services', (list) => list.removeAttribute('hidden'));
    const overflow = await tab.evaluate(() => ({
      page: window.document.documentElement.scrollWidth,
      // What sticks out, outside the policy tables' own scrolling regions (for the failure message).
      wide: [...window.document.querySelectorAll('body *')]
        .filter((el) => !el.closest('.ck-policy__scroll') && (el.getBoundingClientRect().right > 321 || el.scrollWidth > el.clientWidth + 1))
        .filter((el) => el.clientWidth > 0 && !el.matches('.ck-policy__scroll, .ck-preferences__body, .ck-banner'))
        .map((el) => `${el.localName}.${el.className} ${el.scrollWidth}/${el.clientWidth}`),
      banner: (() => {
        const b = window.document.querySelector('.ck-banner')!;
        return b.scrollWidth - b.clientWidth;
      })(),
      dialog: (() => {
        const d = window.document.querySelector('.ck-preferences__body')!;
        return d.scrollWidth - d.clientWidth;
      })(),
    }));
    expect(overflow).toEqual({ page: 320, wide: [], banner: 0, dialog: 0 });
    // The banner never takes more than 40% of the height: the page stays usable (C4, C19).
    expect((await box('.ck-banner')).height).toBeLessThanOrEqual(640 * 0.4 + 1);
  });

  it('C3, C19: a necessary category shows one state, "Always on", and no switch', async () => {
    await tab.setContent(document());
    await openPreferences();
    const necessary = await tab.$$eval('.ck-category', (items) =>
      items
        .filter((item) => item.querySelector('.ck-badge'))
        .map((item) => ({
          badge: item.querySelector('.ck-badge')!.textContent,
          switches: [...item.querySelectorAll('.ck-switch')].filter((el) => el.getClientRects().length > 0).length,
        })),
    );
    expect(necessary.length).toBeGreaterThan(0);
    for (const item of necessary) expect(item).toEqual({ badge: 'Always on', switches: 0 });
    // Optional categories keep a visible, operable switch (C5).
    const optional = await tab.$$eval('.ck-category:not(:has(.ck-badge)) > .ck-category__header .ck-switch', (els) =>
      els.map((el) => el.getClientRects().length > 0 && !(el as HTMLInputElement).disabled),
    );
    expect(optional.length).toBeGreaterThan(0);
    expect(optional.every(Boolean)).toBe(true);
  });

  it('C21: every control is at least 24 by 24 px', async () => {
    await tab.setContent(document());
    await openPreferences();
    await tab.$eval('.ck-services', (list) => list.removeAttribute('hidden'));
    const sizes = await tab.$$eval(
      '.ck-banner :is(button, a), .ck-preferences :is(button, input:not(:disabled)), .ck-settings-button, .ck-placeholder button, .ck-policy__scroll',
      (elements) => elements.map((el) => ({ what: el.outerHTML.slice(0, 60), width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height })),
    );
    expect(sizes.length).toBeGreaterThanOrEqual(14);
    for (const size of sizes) {
      expect(size.width, size.what).toBeGreaterThanOrEqual(24);
      expect(size.height, size.what).toBeGreaterThanOrEqual(24);
    }
  });

  it('C4: Accept all and Reject all look the same on the first layer', async () => {
    await tab.setContent(document());
    for (const width of [320, 1280]) {
      await tab.setViewportSize({ width, height: 720 });
      const [accept, reject] = await Promise.all([box('[data-action="accept-all"]'), box('.ck-banner [data-action="reject-all"]')]);
      expect([accept.width, accept.height]).toEqual([reject.width, reject.height]);
      for (const property of ['font-size', 'font-weight', 'color', 'background-color', 'border-top-color', 'border-top-width']) {
        expect(await style('.ck-banner [data-action="accept-all"]', property), property).toBe(
          await style('.ck-banner [data-action="reject-all"]', property),
        );
      }
    }
    await tab.setViewportSize({ width: 320, height: 640 });
  });

  it('hidden services stay hidden; the checked switch shows the accent', async () => {
    await tab.setContent(document());
    await openPreferences();
    expect(await style('.ck-services', 'display')).toBe('none');
    expect(await style('.ck-switch:checked', 'background-color')).toBe('rgb(29, 78, 216)');
    expect(await style('.ck-switch:not(:checked)', 'background-color')).toBe('rgb(255, 255, 255)');
  });

  it('light by default, dark with the system or data-ck-theme="dark", light forced by data-ck-theme="light"', async () => {
    const background = () => style('.ck-banner', 'background-color');
    await tab.emulateMedia({ colorScheme: 'light' });
    await tab.setContent(document());
    expect(await background()).toBe('rgb(255, 255, 255)');
    await tab.setContent(document({ theme: 'dark' }));
    expect(await background()).toBe('rgb(28, 28, 31)');
    await tab.emulateMedia({ colorScheme: 'dark' });
    await tab.setContent(document());
    expect(await background()).toBe('rgb(28, 28, 31)');
    expect(await style('.ck-policy', 'color')).toBe('rgb(242, 242, 242)');
    await tab.setContent(document({ theme: 'light' }));
    expect(await background()).toBe('rgb(255, 255, 255)');
    await tab.emulateMedia({ colorScheme: 'light' });
  });

  it('prefers-reduced-motion turns off the banner animation and the switch transition', async () => {
    await tab.setContent(document());
    expect(await style('.ck-banner', 'animation-name')).toBe('ck-rise');
    expect(await style('.ck-switch', 'transition-duration')).not.toBe('0s');
    await tab.emulateMedia({ reducedMotion: 'reduce' });
    expect(await style('.ck-banner', 'animation-name')).toBe('none');
    expect(await style('.ck-switch', 'transition-duration')).toBe('0s');
    await tab.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('C20: a keyboard focus gets a visible 3 px ring', async () => {
    await tab.setContent(document());
    await tab.focus('.ck-banner [data-action="accept-all"]');
    await tab.keyboard.press('Tab');
    const ring = await tab.evaluate(() => {
      const el = window.document.activeElement!;
      const s = getComputedStyle(el);
      return { action: el.getAttribute('data-action'), style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor };
    });
    expect(ring).toEqual({ action: 'reject-all', style: 'solid', width: '3px', color: 'rgb(29, 78, 216)' });
  });

  it('a placeholder painted before its button\'s label was parsed shifts nothing when the label arrives', async () => {
    // What a slow CPU shows while the parser yields inside the placeholder: the button, still empty.
    await tab.setContent(document({ banner: false }).replace('data-service="video-embed">Allow StreamTube</button>', 'data-service="video-embed"></button>'));
    const frames = () => tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await tab.evaluate(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift' });
    });
    await frames();
    await tab.$eval('.ck-placeholder .ck-button', (button) => button.append('Allow StreamTube'));
    await frames();
    await frames();
    expect(await box('.ck-placeholder .ck-button').then((b) => b.width)).toBeGreaterThan(100);
    expect(await tab.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  });

  it('C21: a focused element at the bottom of the page is not hidden by the sticky banner', async () => {
    await tab.setContent(document());
    await tab.focus('#policy-last, #last');
    const [link, banner] = await Promise.all([box('#last'), box('.ck-banner')]);
    expect(link.bottom).toBeLessThanOrEqual(banner.top);
  });

  it('C22: axe-core finds no violations on the banner, the policy page and the open preferences, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await tab.emulateMedia({ colorScheme });
      await tab.setContent(document());
      const page = await new AxeBuilder({ page: tab }).analyze();
      expect(page.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      await openPreferences();
      await tab.$eval('.ck-services', (list) => list.removeAttribute('hidden'));
      const dialog = await new AxeBuilder({ page: tab }).include('.ck-preferences').analyze();
      expect(dialog.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }
    await tab.emulateMedia({ colorScheme: 'light' });
  }, 60_000);
});
