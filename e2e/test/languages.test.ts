// Every shipped language in real Chromium, on the React and the Vue shop: one browser, one page
// per shop, the language swapped in place with the switcher's `?lang=`. At 320 px wide with the
// root font at 200% (C21): the banner and the preferences render in the language, with no text
// missing, C4's equal buttons, and nothing overflowing its box. Right-to-left languages mirror.
import { LANGUAGES } from '@cookiekit/core/locales';
import { policyPages } from '@cookiekit/core/locales/all';
import type { PolicyPageMessages } from '@cookiekit/core/page';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, SHOPS } from './support';

const h = new Harness();
beforeAll(() => h.start());
afterAll(() => h.stop());

/** Set `E2E_SCREENSHOTS` to a folder to keep the banner of de, ar (RTL) and ja as `lang-<tag>.png`. */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS ? path.resolve(process.env.E2E_SCREENSHOTS) : undefined;
if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });

const catalog = (tag: string): PolicyPageMessages => policyPages.find((c) => c.lang === tag)!;

/** Runs in the page: what a reader sees of the banner or the preferences, measured. */
function measure(selector: string) {
  const root = document.querySelector(selector) as HTMLElement | null;
  if (!root) return null;
  const box = (el: Element) => el.getBoundingClientRect();
  const rootBox = box(root);
  const overflowing: string[] = [];
  const name = (el: Element) => `${el.localName}.${el.className || ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  for (const el of [root, ...root.querySelectorAll('*')] as HTMLElement[]) {
    if (el.offsetParent === null && el !== root) continue; // not rendered (closed details, hidden)
    const b = box(el);
    if (b.width === 0 && b.height === 0) continue;
    // Its own content fits (no clipped or scrolling text), and it stays inside the viewport.
    const scrolls = ['auto', 'scroll'].includes(getComputedStyle(el).overflowY) || ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    if (!scrolls && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') overflowing.push(`clipped ${name(el)}`);
    if (b.left < -1 || b.right > innerWidth + 1) overflowing.push(`outside the viewport ${name(el)} ${Math.round(b.left)}..${Math.round(b.right)}`);
    if (el.localName === 'button' && (b.right > rootBox.right + 1 || b.left < rootBox.left - 1)) overflowing.push(`outside its box ${name(el)}`);
    if (el.localName === 'button' && el.scrollWidth > el.clientWidth + 1) overflowing.push(`text wider than ${name(el)}`);
  }
  const texts = [...root.querySelectorAll('h1, h2, h3, p, button, a, label')].map((el) => (el.textContent ?? '').trim());
  return {
    lang: root.getAttribute('lang') ?? root.closest('[lang]')?.getAttribute('lang'),
    dir: getComputedStyle(root).direction,
    html: { lang: document.documentElement.lang, dir: document.documentElement.dir },
    text: root.innerText,
    emptyOrPlaceholder: texts.filter((t) => t === '' || /\{\w+\}/.test(t)),
    overflowing,
  };
}

/** Runs in the page: the first layer's two choices, their boxes and full computed styles. */
function buttons([accept, reject]: readonly [string, string]) {
  const all = [...document.querySelectorAll('.ck-banner button')] as HTMLElement[];
  const find = (label: string) => all.find((b) => b.textContent?.trim() === label);
  const a = find(accept);
  const r = find(reject);
  if (!a || !r) return null;
  const style = (el: Element) => {
    const computed = getComputedStyle(el);
    return Object.fromEntries([...computed].map((n) => [n, computed.getPropertyValue(n)]));
  };
  const [sa, sr] = [style(a), style(r)];
  const styleDiff = Object.keys(sa).filter((n) => sa[n] !== sr[n]).map((n) => `${n}: ${sa[n]} / ${sr[n]}`);
  const box = (el: Element) => {
    const b = el.getBoundingClientRect();
    return { x: b.x, y: b.y, width: b.width, height: b.height };
  };
  return { accept: box(a), reject: box(r), styleDiff, sameElement: a.localName === r.localName && a.className === r.className, acceptFirst: all.indexOf(a) < all.indexOf(r) };
}

async function swapTo(page: Page, base: string, tag: string): Promise<void> {
  await page.goto(`${h.origin}${base}?lang=${encodeURIComponent(tag)}`);
  await page.waitForSelector('html[data-shop-ready]');
  await page.waitForSelector('.ck-banner');
}

describe.each(SHOPS)('$name shop: every shipped language, at 320 px with 200% text', ({ name, base }) => {
  it('C4, C21, C22: each language renders the banner and the preferences in full, buttons equal, nothing overflowing; axe finds nothing in de, ar and ja', async () => {
    // Reduced motion: the banner is in place at once, so each language costs a load and a few reads.
    const context = await h.context({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
    // The reader's text size at 200% (C21): the root font, before the page's own styles apply.
    await context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => void (document.documentElement.style.fontSize = '200%')),
    );
    const page = await context.newPage();
    const failures: string[] = [];
    for (const { tag, dir } of LANGUAGES) {
      const messages = catalog(tag);
      await swapTo(page, base, tag);
      const banner = await page.evaluate(measure, '.ck-banner');
      expect(banner, tag).not.toBeNull();
      expect([tag, banner!.html], tag).toEqual([tag, { lang: tag, dir }]);
      expect([tag, banner!.lang, banner!.dir]).toEqual([tag, tag, dir]);
      expect(banner!.text, tag).toContain(messages.banner.title);
      expect(banner!.emptyOrPlaceholder, tag).toEqual([]);
      const pair = await page.evaluate(buttons, [messages.banner.acceptAll, messages.banner.rejectAll] as const);
      expect(pair, `${tag}: both choices, labelled in the language`).not.toBeNull();
      // C4: same element and style, the same box within 2 px (stacked or side by side).
      expect([tag, pair!.sameElement, pair!.styleDiff]).toEqual([tag, true, []]);
      expect(Math.abs(pair!.accept.width - pair!.reject.width), `${tag} width`).toBeLessThanOrEqual(2);
      expect(Math.abs(pair!.accept.height - pair!.reject.height), `${tag} height`).toBeLessThanOrEqual(2);
      // Side by side, the first choice in reading order sits on the reading side: mirrored in RTL.
      if (Math.abs(pair!.accept.y - pair!.reject.y) <= 2) {
        const [first, second] = pair!.acceptFirst ? [pair!.accept, pair!.reject] : [pair!.reject, pair!.accept];
        expect([tag, dir === 'rtl' ? first.x > second.x : first.x < second.x]).toEqual([tag, true]);
      }
      failures.push(...banner!.overflowing.map((o) => `${tag} banner: ${o}`));
      // C22 in a long-running (de), a right-to-left (ar) and a CJK (ja) language.
      const AXED = ['de', 'ar', 'ja'];
      const axe = async (selector: string) =>
        (await new AxeBuilder({ page }).include(selector).analyze()).violations.map((v) => `${tag} ${selector} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      if (AXED.includes(tag)) failures.push(...(await axe('.ck-banner')));

      await page.locator('.ck-banner button', { hasText: messages.banner.customize }).click();
      await page.waitForSelector('dialog.ck-preferences[open]');
      const preferences = await page.evaluate(measure, 'dialog.ck-preferences');
      expect(preferences!.text, tag).toContain(messages.preferences.title);
      expect(preferences!.text, tag).toContain(messages.preferences.save);
      expect([tag, preferences!.dir]).toEqual([tag, dir]);
      expect(preferences!.emptyOrPlaceholder, tag).toEqual([]);
      failures.push(...preferences!.overflowing.map((o) => `${tag} preferences: ${o}`));
      if (AXED.includes(tag)) failures.push(...(await axe('dialog.ck-preferences')));
      await page.keyboard.press('Escape');

      if (SCREENSHOTS && name === 'React' && ['de', 'ar', 'ja'].includes(tag)) {
        await page.setViewportSize({ width: 800, height: 600 });
        await page.evaluate(() => void (document.documentElement.style.fontSize = ''));
        await page.screenshot({ path: path.join(SCREENSHOTS, `lang-${tag}.png`) });
        await page.setViewportSize({ width: 320, height: 640 });
      }
    }
    expect(failures).toEqual([]);
    expect(h.recorder(context).errors).toEqual([]);
  // 45 languages in one page, with axe three times: about 30 s alone, twice that beside other work.
  }, 240_000);
});
