// Regions in a real Chromium (C25): the demo with the shipped table of laws on, the visitor's region
// simulated as an edge would send it (`X-Demo-Region`, or `?region=` on the page). The same specs
// for the React shop at `/` and the Vue shop at `/vue/`; one demo, one Chromium, a context per case.
// The compliance suite runs the same demo with regions off: there, nothing changed.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Harness, SHOPS, cookieNames, decision, gatedPaths, initialConsentOf, storedConsent } from './support';

const h = new Harness();
beforeAll(() => h.start({ regions: true }));
afterEach(() => h.closeContexts());
afterAll(() => h.stop());

const REGION = 'X-Demo-Region';
const DO_NOT_SELL = 'Do Not Sell or Share My Personal Information';
const HONOURED = 'Opt-out request honoured';
const GPC_NOTICE = 'Your browser sends a Global Privacy Control signal, so advertising stays off.';

const bannerButtons = (page: Page) =>
  page.locator('section.ck-banner .ck-actions button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action')));
const optOutLink = (page: Page) => page.locator('a.ck-optout-link[data-optout="sale-sharing"]');
const regimeOf = (html: string) => (initialConsentOf(html).signals as { regime?: string }).regime;

describe.each(SHOPS)('$name shop with regions on (C25)', ({ base }) => {
  const pixel = `${base}adpartner/pixel.js`;

  it('C1 C25: FR from ?region=FR gets the opt-in banner, and nothing gated runs before a choice', async () => {
    const { page, context, html } = await h.visit(`${base}?region=FR`);
    expect(regimeOf(html)).toBe('opt-in');
    expect(await bannerButtons(page)).toEqual(['accept-all', 'reject-all', 'customize']);
    expect(await optOutLink(page).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    expect(h.recorder(context).requested.filter((p) => gatedPaths(base).includes(p))).toEqual([]);
    expect((await cookieNames(context)).filter((n) => n.startsWith('_adp') || n.startsWith('_shop'))).toEqual([]);
  });

  it('C25: US-CA, US-TX and US-RI (in force 2026): the notice and the opt-out link, marketing on until the opt-out; US-CA to DE asks again', async () => {
    for (const region of ['US-CA', 'US-TX', 'US-RI']) {
      const context = await h.context({ extraHTTPHeaders: { [REGION]: region } });
      const { page, html, response } = await h.visit(base, context);
      expect(regimeOf(html), region).toBe('opt-out');
      expect(response.headers().vary?.toLowerCase()).toContain('x-demo-region');
      // The server's first HTML already holds the notice and the link (no flash).
      expect(html).toContain(DO_NOT_SELL);
      expect(await bannerButtons(page)).toEqual(['opt-out', 'acknowledge', 'customize']);
      await expect.poll(() => h.recorder(context).requested.includes(pixel), { timeout: 10_000 }).toBe(true);
      expect(await optOutLink(page).textContent()).toBe(DO_NOT_SELL);
      if (region !== 'US-CA') continue;

      // The opt-out: recorded, marketing off, the page says so, and the next response honours it.
      expect(await decision(page, base, () => page.locator('section.ck-banner [data-action="opt-out"]').click())).toBe(201);
      await page.locator('.ck-optout-status', { hasText: HONOURED }).waitFor();
      const consent = (await storedConsent(context))!;
      expect([consent.regime, consent.categories.marketing, consent.categories.statistics]).toEqual(['opt-out', false, true]);
      const before = h.recorder(context).requested.length;
      const again = await h.visit(base, context, page);
      expect(again.html).toContain(HONOURED);
      expect(await page.locator('section.ck-banner').count()).toBe(0);
      await page.waitForLoadState('networkidle');
      expect(h.recorder(context).requested.slice(before)).not.toContain(pixel);

      // The same visitor in Germany: opt-in is stricter, so the opt-out choice is asked again.
      await context.setExtraHTTPHeaders({ [REGION]: 'DE' });
      const germany = await h.visit(base, context, page);
      expect(regimeOf(germany.html)).toBe('opt-in');
      expect(await bannerButtons(page)).toEqual(['accept-all', 'reject-all', 'customize']);
      expect(await optOutLink(page).count()).toBe(0);
    }
  });

  it('C10 C11 C25: US-CA with GPC: marketing off from the first response (Set-Cookie too), and the page says the signal was honoured', async () => {
    const context = await h.context({ gpc: true, extraHTTPHeaders: { [REGION]: 'US-CA' } });
    const { page, html, response } = await h.visit(base, context);
    expect(regimeOf(html)).toBe('opt-out');
    expect(html).toContain(GPC_NOTICE);
    expect(html).toContain(HONOURED);
    // Statistics may run under opt-out, so the server lets its cookie leave; nothing of marketing does.
    const setCookie = (await response.headerValue('set-cookie')) ?? '';
    expect(setCookie).toContain('_shop_visit=');
    expect(setCookie).not.toMatch(/_adp_/);
    await page.locator('.ck-optout-status', { hasText: HONOURED }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(h.recorder(context).requested).not.toContain(pixel);
    expect((await cookieNames(context)).filter((n) => n.startsWith('_adp'))).toEqual([]);
  });

  it('C1 C25: an unknown or malformed region gets the strictest regime the site declares: opt-in', async () => {
    for (const region of ['T1', '<script>alert(1)</script>']) {
      const context = await h.context({ extraHTTPHeaders: { [REGION]: region } });
      const { page, html } = await h.visit(base, context);
      expect(regimeOf(html), region).toBe('opt-in');
      expect(await bannerButtons(page)).toEqual(['accept-all', 'reject-all', 'customize']);
    }
  });

  it('C25: a region the site maps to none (the demo maps AQ) gets no banner and no link', async () => {
    const context = await h.context({ extraHTTPHeaders: { [REGION]: 'AQ' } });
    const { page, html } = await h.visit(base, context);
    expect(regimeOf(html)).toBe('none');
    expect(await page.locator('section.ck-banner').count()).toBe(0);
    expect(await optOutLink(page).count()).toBe(0);
  });
});
