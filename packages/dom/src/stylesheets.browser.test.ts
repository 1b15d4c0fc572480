// @vitest-environment node
// The two built stylesheets in one real Chromium: `cookiekit.css` (every page) and
// `cookiekit-policy.css` (the policy page's own rules, linked after it) are core's styles.css cut
// in two. A consent UI styled by `cookiekit.css` alone, and a policy page styled by both, compute
// the same style on every element as with core's whole stylesheet; `cookiekit.css` alone leaves
// the policy page's own rules out.
import { createCookieKit } from '@cookiekit/core';
import { renderConsentHtml } from '@cookiekit/core/html';
import { renderPolicyHtml } from '@cookiekit/core/page';
import { policy } from 'example-policy';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/test-env.mjs';

const dist = (file: string) => readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');
const require = createRequire(import.meta.url);
// Core's whole stylesheet minified as the two files are (a custom property keeps its value's text,
// which minifying shortens: `0.5rem` reads `.5rem`), by the esbuild tsup runs.
const esbuild = createRequire(require.resolve('tsup'))('esbuild') as { transformSync(code: string, options: object): { code: string } };
const core = esbuild.transformSync(readFileSync(require.resolve('@cookiekit/core/styles.css'), 'utf8'), { loader: 'css', minify: true }).code;

// The banner and the preferences with every category's services listed (their cookie tables too).
const kit = createCookieKit({ policy });
for (const category of kit.banner.getSnapshot().categories) if (category.services.length) kit.banner.toggleExpanded(category.id);
const UI = `<div data-cookiekit-ui>${renderConsentHtml(kit.banner.getSnapshot())}</div>`;
const POLICY = renderPolicyHtml(policy, { settingsHref: '#cookie-settings' });

const doc = (css: string[], body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>${css.map((c) => `<style>${c}</style>`).join('')}</head>` +
  `<body><main><h1>Shop</h1>${body}</main></body></html>`;

let browser: Browser;
let tab: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS] });
  tab = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Every computed property of every element (and its `::before`) in the page, with the preferences open and no animation running. */
async function computed(html: string, width: number): Promise<string[]> {
  await tab.setViewportSize({ width, height: 800 });
  await tab.setContent(html);
  return tab.evaluate(() => {
    document.querySelector('dialog')?.showModal();
    // The banner's entrance is at its end (its transform is read at rest, not mid-way).
    for (const animation of document.getAnimations()) animation.finish();
    const read = (style: CSSStyleDeclaration) => Array.from(style, (name) => `${name}: ${style.getPropertyValue(name)}`).join('; ');
    return [...document.body.querySelectorAll('*')].map(
      (el) => `${el.localName}.${el.className} { ${read(getComputedStyle(el))} } ::before { ${read(getComputedStyle(el, '::before'))} }`,
    );
  });
}

describe('cookiekit.css and cookiekit-policy.css', () => {
  it.each([320, 1280])('at %i px: the consent UI with cookiekit.css alone computes as with core\'s whole stylesheet', async (width) => {
    const whole = await computed(doc([core], UI), width);
    expect(whole.length).toBeGreaterThan(50);
    expect(await computed(doc([dist('cookiekit.css')], UI), width)).toEqual(whole);
  });

  it.each([320, 1280])('at %i px: a policy page with the consent UI, with both files, computes as with core\'s whole stylesheet', async (width) => {
    const whole = await computed(doc([core], POLICY + UI), width);
    expect(await computed(doc([dist('cookiekit.css'), dist('cookiekit-policy.css')], POLICY + UI), width)).toEqual(whole);
  });

  it('cookiekit.css leaves out the policy page\'s own rules: its page width and table width come only with cookiekit-policy.css', async () => {
    // The rules the policy shares with the preferences (cookie tables, links, lists) name it in
    // cookiekit.css, written once; what only the policy page needs is in cookiekit-policy.css.
    const widths = async (css: string[]) => {
      await tab.setContent(doc(css, POLICY));
      return tab.$eval('.ck-policy__table', (table) => [getComputedStyle(table.closest('.ck-policy')!).maxWidth, getComputedStyle(table).minWidth, getComputedStyle(table).borderCollapse]);
    };
    expect(await widths([dist('cookiekit.css')])).toEqual(['none', '0px', 'collapse']);
    expect(await widths([dist('cookiekit.css'), dist('cookiekit-policy.css')])).toEqual(['1024px', '640px', 'collapse']);
    expect(dist('cookiekit.css')).not.toMatch(/min-width:40rem|max-width:64rem/);
  });
});
