// The real-browser compliance suite (docs/compliance.md): Chromium against the demo server, the same
// specs for the React shop at `/` and the Vue shop at `/vue/`. Each test names the rules it shows.
import { AxeBuilder } from '@axe-core/playwright';
import { canonicalJson, encodeConsent } from '@cookiekit/core';
import { renderPolicyHtml } from '@cookiekit/core/page';
import { policy } from 'example-policy';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { INJECTED, markupPolicy, renderConsentUi } from './markup';
import {
  CONSENT_COOKIE,
  Harness,
  SHOPS,
  SITE_DOMAIN,
  SITE_HOST,
  consentOf,
  cookieNames,
  dataLayer,
  decision,
  gatedPaths,
  gpcOn,
  inPage,
  initialConsentOf,
  isExempt,
  randomSubject,
  rawGet,
  storedConsent,
} from './support';

const h = new Harness();
// Regions off: every rule here holds as it did before regions existed (C25's "nothing changes").
beforeAll(() => h.start({ regions: false }));
afterEach(() => h.closeContexts());
afterAll(() => h.stop());

/** Set `E2E_SCREENSHOTS` to a folder to keep pictures of the banner, preferences and policy page (light and dark). */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS ? path.resolve(process.env.E2E_SCREENSHOTS) : undefined;
if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });

const MONTH_MS = 2_629_746_000;
const CONSENT_MODE_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];
const GPC_NOTICE = 'Your browser sends a Global Privacy Control signal, so advertising stays off.';
const SAVED = 'Your choices have been saved.';

const banner = (page: Page) => page.getByRole('dialog', { name: 'Cookies on this site' });
const prefs = (page: Page) => page.locator('dialog.ck-preferences');
const settingsButton = (page: Page) => page.getByRole('button', { name: 'Cookie settings' });
const isOpen = (page: Page) => prefs(page).evaluate((d: HTMLDialogElement) => d.open);
const htmlData = (page: Page) => page.evaluate(() => ({ ...document.documentElement.dataset }));

/** Where focus is: in the preferences dialog, in the banner, elsewhere on the page, or outside the page. */
const focusIn = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'browser';
    if (el.closest('dialog.ck-preferences')) return 'dialog';
    return el.closest('.ck-banner') ? 'banner' : 'page';
  });

/** Opens every "Show services" disclosure of the open preferences. */
async function expandServices(page: Page): Promise<void> {
  const closed = prefs(page).getByRole('button', { name: /^Show services/ });
  for (let i = 0; i < 5 && (await closed.count()) > 0; i++) await closed.first().click({ timeout: 10_000 });
  expect(await closed.count()).toBe(0);
}

interface SwitchState {
  readonly id: string;
  readonly checked: boolean;
  readonly disabled: boolean;
  readonly category: string;
}

/** Every switch of the preferences: `category:<id>` or `service:<id>`, with its state. */
const switches = (page: Page): Promise<SwitchState[]> =>
  prefs(page)
    .locator('input[role="switch"]')
    .evaluateAll((els) =>
      els.map((e) => {
        const input = e as HTMLInputElement;
        const service = input.closest('[data-service]')?.getAttribute('data-service');
        const category = input.closest('[data-category]')!.getAttribute('data-category')!;
        return {
          id: service ? `service:${service}` : `category:${category}`,
          checked: input.checked,
          disabled: input.disabled,
          category,
        };
      }),
    );

const changed = (a: SwitchState[], b: SwitchState[]) =>
  b.filter((s) => a.find((t) => t.id === s.id)?.checked !== s.checked).map((s) => s.id);

/** The refused cookies a withdrawal must remove (C6, C18). */
const REFUSED = ['_adp_seen', '_adp_uid', '_shop_stats', '_shop_stats_ses2', '_shop_visit', 'st_player'];

const setCookieHeaders = (headers: Record<string, string | string[] | undefined>): string[] =>
  [headers['set-cookie'] ?? []].flat();

describe.each(SHOPS)('$name shop at $base', ({ name: framework, base }) => {
  const gated = gatedPaths(base);
  const gatedSent = (requested: readonly string[]) => requested.filter((p) => gated.includes(p));

  /** Nothing went wrong in the context: no console or page error, no CSP violation in `page`, no refused consent record. */
  async function expectClean(page: Page): Promise<void> {
    const recorder = h.recorder(page.context());
    expect(recorder.errors).toEqual([]);
    expect(recorder.apiFailures).toEqual([]);
    expect((await inPage(page)).csp).toEqual([]);
  }

  it('C25: with regions off, a region (header or ?region=) changes nothing: the opt-in banner, no opt-out link, no Vary on it', async () => {
    const context = await h.context({ extraHTTPHeaders: { 'X-Demo-Region': 'US-CA' } });
    const { page, response, html } = await h.visit(`${base}?region=US-CA`, context);
    expect('regime' in initialConsentOf(html).signals).toBe(false);
    expect(response.headers().vary ?? '').not.toMatch(/x-demo-region/i);
    expect(await page.locator('section.ck-banner [data-action="accept-all"]').isVisible()).toBe(true);
    expect(await page.locator('.ck-optout').count()).toBe(0);
  });

  it('C1: a fresh context holds only exempt cookies and storage keys; no gated script runs and no gated request leaves before a choice', async () => {
    const { page, context, response, html } = await h.visit(base);
    expect(html).toContain('class="ck-banner"');
    expect(await banner(page).isVisible()).toBe(true);
    // The server lets only necessary cookies leave: its statistics cookie is held back.
    const sent = (await response.headersArray()).filter((x) => x.name.toLowerCase() === 'set-cookie');
    expect(sent.map((x) => x.value.split('=')[0]).sort()).toEqual(['csrftoken', 'sessionid']);
    await page.waitForLoadState('networkidle');

    const names = await cookieNames(context);
    expect(names).toEqual(['csrftoken', 'sessionid']);
    expect(names.filter((n) => !isExempt(n, 'cookie'))).toEqual([]);
    const storage = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
    expect(storage.local.filter((k) => !isExempt(k, 'localStorage'))).toEqual([]);
    expect(storage.session.filter((k) => !isExempt(k, 'sessionStorage'))).toEqual([]);

    const { requested } = h.recorder(context);
    expect(requested).toContain(base);
    expect(gatedSent(requested)).toEqual([]);
    expect((await inPage(page)).scripts.map((s) => s.src).filter((src) => gated.includes(src))).toEqual([]);
    expect(await page.locator('script[type="text/plain"][data-src]').count()).toBe(3);
    expect(await page.locator('iframe').count()).toBe(0);
    const data = await htmlData(page);
    expect([data.shopStats, data.adPixel, data.tagConsent]).toEqual([undefined, undefined, undefined]);
    expect((await dataLayer(page)).map((e) => e[1])).toEqual(['default']);
    await expectClean(page);
  });

  it('C3, C5: every switch starts off and toggling one changes only that one; closing, Escape, scrolling and navigating grant nothing', async () => {
    const recordsBefore = h.recordCount();
    const { page, context } = await h.visit(base);
    // Scrolling is not consent.
    await page.mouse.wheel(0, 2000);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // Escape on the first layer is not consent.
    await banner(page).getByRole('button', { name: 'Accept all' }).focus();
    await page.keyboard.press('Escape');
    expect(await storedConsent(context)).toBeNull();

    await banner(page).getByRole('button', { name: 'Customize' }).click();
    await expandServices(page);
    const initial = await switches(page);
    expect(initial.filter((s) => s.disabled).every((s) => s.category === 'necessary' && s.checked)).toBe(true);
    const optional = initial.filter((s) => !s.disabled);
    expect(optional.map((s) => s.id).sort()).toEqual([
      'category:marketing',
      'category:statistics',
      'service:ad-pixel',
      'service:shop-analytics',
      'service:video-embed',
    ]);
    expect(optional.filter((s) => s.checked)).toEqual([]);

    // One service: that switch alone.
    await prefs(page).getByRole('switch', { name: /^StreamTube/ }).click();
    const afterService = await switches(page);
    expect(changed(initial, afterService)).toEqual(['service:video-embed']);
    // One category: that category and its own services, nothing of another category.
    await prefs(page).getByRole('switch', { name: 'Statistics', exact: true }).click();
    expect(changed(afterService, await switches(page))).toEqual(['category:statistics', 'service:shop-analytics']);

    // Closing (×) grants nothing and drops the draft.
    await prefs(page).getByRole('button', { name: 'Close' }).click();
    expect(await isOpen(page)).toBe(false);
    expect(await storedConsent(context)).toBeNull();
    expect(await banner(page).isVisible()).toBe(true);
    await banner(page).getByRole('button', { name: 'Customize' }).click();
    expect((await switches(page)).filter((s) => !s.disabled && s.checked)).toEqual([]);
    // Escape grants nothing.
    await prefs(page).getByRole('switch', { name: 'Marketing', exact: true }).click();
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await storedConsent(context)).toBeNull();

    // Navigating is not consent: the next page asks again.
    await page.getByRole('navigation', { name: 'Shop' }).getByRole('link', { name: 'Cookie policy' }).click();
    await page.waitForURL(`**${base}cookie-policy`);
    await page.waitForSelector('html[data-shop-ready]');
    expect(await banner(page).isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');

    expect(await storedConsent(context)).toBeNull();
    expect(await cookieNames(context)).toEqual(['csrftoken', 'sessionid']);
    expect(gatedSent(h.recorder(context).requested)).toEqual([]);
    expect((await dataLayer(page)).map((e) => e[1])).toEqual(['default']);
    expect(h.recordCount()).toBe(recordsBefore);
    await expectClean(page);
  });

  it('C4: Reject all sits beside Accept all as the same element, same box (within 2 px) and same computed style; the page stays usable after a refusal', async () => {
    const { page, context } = await h.visit(base);
    const accept = banner(page).getByRole('button', { name: 'Accept all' });
    const reject = banner(page).getByRole('button', { name: 'Reject all' });
    const shape = (l: Locator) =>
      l.evaluate((el) => ({ tag: el.localName, type: el.getAttribute('type'), className: el.className, parent: el.parentElement!.className }));
    expect(await shape(reject)).toEqual(await shape(accept));
    // Measure once the banner has finished rising in, not halfway through its animation.
    await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
    const [a, r] = [(await accept.boundingBox())!, (await reject.boundingBox())!];
    expect(Math.abs(a.width - r.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(a.height - r.height)).toBeLessThanOrEqual(2);
    expect(Math.abs(a.y - r.y)).toBeLessThanOrEqual(2); // side by side, on one row
    expect(Math.min(a.width, a.height)).toBeGreaterThanOrEqual(24); // C21 target size
    const style = (el: Element) => {
      const computed = getComputedStyle(el);
      return Object.fromEntries([...computed].map((n) => [n, computed.getPropertyValue(n)]));
    };
    const acceptStyle = await accept.evaluate(style);
    expect(await reject.evaluate(style)).toEqual(acceptStyle);
    expect(acceptStyle['font-size']).toBe('16px');

    expect(await decision(page, base, () => reject.click())).toBe(201);
    expect(await banner(page).count()).toBe(0);
    expect((await storedConsent(context))?.method).toBe('reject-all');
    // No cookie wall: nothing covers the content, scrolling works, the shop's links lead on.
    const usable = await page.evaluate(() => {
      const h1 = document.querySelector('main h1')!;
      const box = h1.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return {
        hit: hit === h1 || h1.contains(hit),
        inert: document.querySelectorAll('[inert]').length,
        overflow: getComputedStyle(document.body).overflow + getComputedStyle(document.documentElement).overflow,
      };
    });
    expect(usable).toEqual({ hit: true, inert: 0, overflow: 'visiblevisible' });
    await page.getByRole('button', { name: 'Allow StreamTube' }).click({ trial: true });
    await page.getByRole('navigation', { name: 'Shop' }).getByRole('link', { name: 'Cookie policy' }).click();
    await page.waitForURL(`**${base}cookie-policy`);
    await page.waitForSelector('html[data-shop-ready]');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cookies policy');
    expect(await banner(page).count()).toBe(0);
    await expectClean(page);
  });

  it('C6: the settings button is on every page and opens the preferences', async () => {
    const context = await h.context();
    for (const path of [base, `${base}cookie-policy`]) {
      const { page } = await h.visit(path, context);
      const button = settingsButton(page);
      expect(await button.isVisible()).toBe(true);
      await button.click();
      expect(await prefs(page).evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(true);
      await prefs(page).getByRole('button', { name: 'Close' }).click();
      expect(await isOpen(page)).toBe(false);
      await expectClean(page);
      await page.close();
    }
    expect(await storedConsent(context)).toBeNull();
  });

  it('C6, C9, C18: withdrawing takes no more clicks than granting and removes the refused cookies (the server\'s HttpOnly one, on the parent domain, on a sub-path) and storage keys', async () => {
    const origin = `http://${SITE_HOST}:${h.port}`;
    const context = await h.context();
    const { page } = await h.visit(origin + base, context);
    let clicks = 0;
    const click = async (l: Locator) => {
      clicks++;
      await l.click();
    };
    expect(await decision(page, base, () => click(banner(page).getByRole('button', { name: 'Reject all' })))).toBe(201);

    // Changing one's mind towards consent: settings, then Accept all.
    clicks = 0;
    const granted = await decision(page, base, async () => {
      await click(settingsButton(page));
      await click(prefs(page).getByRole('button', { name: 'Accept all' }));
    });
    expect(granted).toBe(201);
    const grantClicks = clicks;
    await page.waitForFunction(() => document.documentElement.dataset.shopStats === 'on' && document.documentElement.dataset.adPixel === 'on');
    await page.frameLocator('iframe.shop-video').getByText(/StreamTube player/).waitFor();
    // What the site and its partners keep once allowed, also where this page cannot see it.
    await context.addCookies([
      { name: '_shop_stats', value: 'parent', domain: `.${SITE_DOMAIN}`, path: '/' },
      { name: '_shop_stats_ses2', value: 'parent', domain: `.${SITE_DOMAIN}`, path: '/' },
      { name: '_adp_uid', value: 'parent', domain: `.${SITE_DOMAIN}`, path: '/' },
      { name: '_adp_seen', value: 'sub-path', domain: SITE_HOST, path: '/shop' },
    ]);
    await page.evaluate(() => localStorage.setItem('shop_stats:last', 'now'));
    // The next page: the server's statistics cookie now leaves, HttpOnly, out of the page's reach.
    const next = await h.visit(origin + base, context, page);
    expect((await next.response.headerValue('set-cookie')) ?? '').toMatch(/_shop_visit=[^;]+;.*HttpOnly/);
    await page.waitForFunction(() => document.documentElement.dataset.shopStats === 'on');
    const before = await context.cookies();
    expect(before.find((c) => c.name === '_shop_visit')).toMatchObject({ httpOnly: true, domain: SITE_HOST });
    expect(await page.evaluate(() => document.cookie)).not.toContain('_shop_visit');
    expect([...new Set(before.map((c) => c.name))].sort()).toEqual(
      ['cookies_preferences', 'csrftoken', 'sessionid', ...REFUSED].sort(),
    );
    expect(before.filter((c) => c.domain === `.${SITE_DOMAIN}`).map((c) => c.name).sort()).toEqual([
      '_adp_uid',
      '_shop_stats',
      '_shop_stats_ses2',
    ]);
    expect((await page.evaluate(() => Object.keys(localStorage))).sort()).toEqual(['shop_stats:last', 'shop_stats:visits']);

    // Withdrawing: settings, then Reject all.
    clicks = 0;
    const withdrawn = await decision(page, base, async () => {
      await click(settingsButton(page));
      await click(prefs(page).getByRole('button', { name: 'Reject all' }));
    });
    expect(withdrawn).toBe(201);
    expect(clicks).toBeLessThanOrEqual(grantClicks);
    expect(grantClicks).toBe(2);
    const left = async () =>
      (await context.cookies()).filter((c) => REFUSED.includes(c.name)).map((c) => `${c.name} on ${c.domain}${c.path}`);
    // Gone without another page load: the consent API's answer to the withdrawal expires the
    // HttpOnly cookie the page could not touch.
    await expect.poll(left).toEqual([]);
    expect(await cookieNames(context)).toEqual(['cookies_preferences', 'csrftoken', 'sessionid']);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
    expect((await storedConsent(context))?.categories).toEqual({ statistics: false, marketing: false });
    expect(await page.getByRole('status').textContent()).toBe(SAVED);

    // The server sets no statistics cookie again, and nothing refused comes back.
    const after = await h.visit(origin + base, context, page);
    expect((await after.response.headerValue('set-cookie')) ?? '').not.toMatch(/_shop_visit=[^;]+;/);
    await page.waitForLoadState('networkidle');
    expect(await cookieNames(context)).toEqual(['cookies_preferences', 'csrftoken', 'sessionid']);
    expect(await settingsButton(page).isVisible()).toBe(true);

    // Three decisions, three records, the withdrawal a new one (C9).
    const subject = (await storedConsent(context))!.subject;
    const records = h.records(subject);
    expect(records.map((r) => r.method)).toEqual(['reject-all', 'accept-all', 'reject-all']);
    expect(records.map((r) => r.categories.statistics)).toEqual([false, true, false]);
    await expectClean(page);
  });

  it('C6, C18: the server deletes the refused cookies a request carries and lets its statistics cookie leave only with consent', async () => {
    const cookies = (consent: string) => `${CONSENT_COOKIE}=${consent}; sessionid=s; csrftoken=t; _shop_visit=old; _adp_uid=old`;
    const refused = await rawGet(h.origin + base, { cookie: cookies(encodeConsent(consentOf(false))) });
    expect(refused.status).toBe(200);
    const deleted = setCookieHeaders(refused.headers);
    // Each refused cookie is expired on `/` and on each ancestor of the request path, where it may
    // have been set (C18); the server's statistics cookie as HttpOnly.
    const ancestors = base.split('/').filter(Boolean).map((_, i, parts) => `/${parts.slice(0, i + 1).join('/')}`);
    const pathsOf = (pattern: RegExp) => deleted.filter((c) => pattern.test(c)).map((c) => /Path=([^;]*)/.exec(c)?.[1]).sort();
    expect(pathsOf(/^_shop_visit=;.*Max-Age=0.*HttpOnly/)).toEqual(['/', ...ancestors].sort());
    expect(pathsOf(/^_adp_uid=;.*Max-Age=0/)).toEqual(['/', ...ancestors].sort());
    expect(deleted.filter((c) => /^_shop_visit=[^;]/.test(c))).toEqual([]);
    expect(refused.body).not.toContain('ck-banner');

    const allowed = await rawGet(h.origin + base, { cookie: cookies(encodeConsent(consentOf(true))) });
    const set = setCookieHeaders(allowed.headers);
    expect(set.filter((c) => /^_shop_visit=[^;]+;.*HttpOnly/.test(c))).toHaveLength(1);
    expect(set.filter((c) => /Max-Age=0/.test(c))).toEqual([]);
  });

  it('C7: a refusal is remembered like a consent (6 months): after a reload neither the server HTML nor the client shows the banner', async () => {
    const { page, context } = await h.visit(base);
    expect(await decision(page, base, () => banner(page).getByRole('button', { name: 'Reject all' }).click())).toBe(201);
    const cookie = (await context.cookies()).find((c) => c.name === CONSENT_COOKIE)!;
    const lifetimeSeconds = cookie.expires - Date.now() / 1000;
    expect(Math.abs(lifetimeSeconds - (6 * MONTH_MS) / 1000)).toBeLessThan(120);

    const again = await h.visit(base, context);
    expect(again.html).not.toContain('ck-banner');
    expect(initialConsentOf(again.html).cookie).toBe(cookie.value);
    expect((await inPage(again.page)).bannerSeen).toBe(false);
    await again.page.waitForLoadState('networkidle');
    expect(await banner(again.page).count()).toBe(0);
    expect(gatedSent(h.recorder(context).requested)).toEqual([]);
    expect(await cookieNames(context)).toEqual(['cookies_preferences', 'csrftoken', 'sessionid']);
    await expectClean(again.page);
  });

  it('C7: a consent decided 7 months ago, or for an older policy revision, makes both the server HTML and the client ask again, and grants nothing', async () => {
    const cases = [
      // Its own expiry is 13 months away: only the policy's 6-month lifetime can end it.
      { consent: consentOf(true, { ageMs: 7 * MONTH_MS, lifetimeMs: 13 * MONTH_MS }), reason: 'Your last choice has expired.' },
      { consent: consentOf(true, { revision: '2025-01-01' }), reason: 'Our cookie policy has changed since your last choice.' },
    ];
    for (const { consent, reason } of cases) {
      const context = await h.context();
      await h.storeConsent(context, consent);
      const { page, html } = await h.visit(base, context);
      expect(html).toContain('class="ck-banner"');
      expect(html).toContain(reason);
      expect(await banner(page).isVisible()).toBe(true);
      expect(await banner(page).getByText(reason).isVisible()).toBe(true);
      await page.waitForLoadState('networkidle');
      expect(gatedSent(h.recorder(context).requested)).toEqual([]);
      expect((await htmlData(page)).shopStats).toBeUndefined();
      expect((await dataLayer(page)).map((e) => e[1])).toEqual(['default']);
      expect(await page.locator('iframe').count()).toBe(0);
      await expectClean(page);
    }
  });

  it('C9: each decision is exactly one consent-log record with its method, choices, the cookie\'s subject and the policy hash, and no IP address; a later one is a new record', async () => {
    const { page, context } = await h.visit(base);
    await banner(page).getByRole('button', { name: 'Customize' }).click();
    await prefs(page).getByRole('switch', { name: 'Statistics', exact: true }).click();
    expect(await decision(page, base, () => prefs(page).getByRole('button', { name: 'Save choices' }).click())).toBe(201);
    const consent = (await storedConsent(context))!;
    expect(consent.method).toBe('custom');
    const [first, ...more] = h.records(consent.subject);
    expect(more).toEqual([]);
    expect(first).toMatchObject({
      subject: consent.subject,
      revision: policy.revision,
      method: 'custom',
      categories: { statistics: true, marketing: false },
      services: { 'shop-analytics': true, 'ad-pixel': false, 'video-embed': false },
      language: 'en',
      gpc: 0,
      source: 'preferences',
      decided_at: new Date(consent.decidedAt).toISOString(),
      policy_hash: createHash('sha256').update(canonicalJson(policy)).digest('hex'),
    });
    expect(first!.received_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    // Allowing the video from its placeholder: a second record; the first is untouched.
    expect(await decision(page, base, () => page.getByRole('button', { name: 'Allow StreamTube' }).click())).toBe(201);
    const records = h.records(consent.subject);
    expect(records).toHaveLength(2);
    expect(records[0]).toEqual(first);
    expect(records[1]).toMatchObject({
      method: 'custom',
      source: 'placeholder',
      categories: { statistics: true, marketing: false },
      services: { 'shop-analytics': true, 'ad-pixel': false, 'video-embed': true },
    });
    // The same history through the consent API, for the browser whose cookie carries the subject.
    const history = await context.request.get(`${h.origin}${base}api/consent/${consent.subject}`);
    expect(history.status()).toBe(200);
    const body = (await history.json()) as { records: { recordId: string; method: string }[] };
    expect(body.records.map((r) => r.recordId)).toEqual(records.map((r) => r.record_id));
    // Proof without network identity.
    expect(h.recordColumns().filter((c) => /ip|addr|agent|host/i.test(c))).toEqual([]);
    const stored = h.logText();
    expect(stored).not.toContain('127.0.0.1');
    expect(stored).not.toContain(SITE_DOMAIN);
    expect(stored).not.toContain('HeadlessChrome');
    await expectClean(page);
  });

  it('C10, C11: with Sec-GPC: 1 and navigator.globalPrivacyControl, marketing stays off after Accept all, the UI says why, and a later page without the signal is no opt-in', async () => {
    const context = await h.context();
    const withSignal = await context.newPage();
    await withSignal.setExtraHTTPHeaders({ 'Sec-GPC': '1' });
    await withSignal.addInitScript(gpcOn);
    const { page, html } = await h.visit(base, context, withSignal);
    expect(initialConsentOf(html).signals.gpc).toBe(true);
    expect(html).toContain(GPC_NOTICE);
    expect(await banner(page).getByText(GPC_NOTICE).isVisible()).toBe(true);

    expect(await decision(page, base, () => banner(page).getByRole('button', { name: 'Accept all' }).click())).toBe(201);
    const consent = (await storedConsent(context))!;
    expect(consent.method).toBe('accept-all');
    expect(consent.categories).toEqual({ statistics: true, marketing: false });
    expect(consent.services).toEqual({ 'shop-analytics': true, 'ad-pixel': false, 'video-embed': false });
    await page.waitForFunction(() => document.documentElement.dataset.tagConsent === 'analytics_storage=granted;ad_storage=denied');
    expect(h.records(consent.subject)).toMatchObject([{ method: 'accept-all', gpc: 1, categories: { marketing: false } }]);
    // The preferences say why advertising stays off.
    await settingsButton(page).click();
    expect(await prefs(page).getByText(GPC_NOTICE).isVisible()).toBe(true);
    expect(await prefs(page).getByRole('switch', { name: 'Marketing', exact: true }).isChecked()).toBe(false);
    await page.keyboard.press('Escape');

    // Later, without the signal: still no advertising.
    const later = await h.visit(base, context);
    expect(initialConsentOf(later.html).signals.gpc).toBe(false);
    expect(later.html).not.toContain('ck-banner');
    await later.page.waitForFunction(() => document.documentElement.dataset.shopStats === 'on');
    await later.page.waitForLoadState('networkidle');
    expect((await htmlData(later.page)).adPixel).toBeUndefined();
    expect(h.recorder(context).requested.filter((p) => p === `${base}adpartner/pixel.js` || p === `${base}embed/video.html`)).toEqual([]);
    expect((await cookieNames(context)).filter((n) => n === '_adp_uid' || n === 'st_player')).toEqual([]);
    expect((await storedConsent(context))?.categories.marketing).toBe(false);
    await expectClean(page);
    await expectClean(later.page);
  });

  it('C11: navigator.globalPrivacyControl without a Sec-GPC header (a cached page): the server HTML has no notice, the first layer gains it after hydration', async () => {
    const context = await h.context();
    await context.addInitScript(gpcOn);
    const { page, html } = await h.visit(base, context);
    expect(initialConsentOf(html).signals.gpc).toBe(false);
    expect(html).not.toContain(GPC_NOTICE);
    await expect.poll(() => banner(page).getByText(GPC_NOTICE).isVisible()).toBe(true);
    await expectClean(page);
  });

  /** A returning visitor who accepted everything, now with GPC on: the decision the store makes over the earlier opt-in. */
  async function gpcOverOptIn() {
    const context = await h.context({ gpc: true });
    const subject = randomSubject();
    await h.storeConsent(context, consentOf(true, { subject }));
    const { page } = await h.visit(base, context);
    await expect.poll(async () => (await storedConsent(context))?.method).toBe('gpc');
    await page.waitForLoadState('networkidle');
    return { context, page, subject };
  }

  it('C11: GPC outweighs an earlier opt-in: a stored Accept all gets marketing held, and the consent cookie records it with method gpc', async () => {
    const { context, page, subject } = await gpcOverOptIn();
    expect(await banner(page).count()).toBe(0);
    await page.waitForFunction(() => document.documentElement.dataset.shopStats === 'on');
    expect((await htmlData(page)).adPixel).toBeUndefined();
    expect((await htmlData(page)).tagConsent).toBe('analytics_storage=granted;ad_storage=denied');
    expect(h.recorder(context).requested).not.toContain(`${base}adpartner/pixel.js`);
    expect(await storedConsent(context)).toMatchObject({ subject, method: 'gpc', categories: { statistics: true, marketing: false } });
    await settingsButton(page).click();
    expect(await prefs(page).getByText(GPC_NOTICE).isVisible()).toBe(true);
    await expectClean(page);
  });

  // The store makes this decision when it first starts, before the consent sender listens; the
  // store keeps it for the first decision listener, so it still reaches the log.
  it('C9, C11: the GPC decision over an earlier opt-in reaches the consent log as one record with method gpc', async () => {
    const { subject } = await gpcOverOptIn();
    await expect
      .poll(() => h.records(subject).map((r) => [r.method, r.gpc, r.categories.marketing]), { timeout: 3000 })
      .toEqual([['gpc', 1, false]]);
  });

  it('C10: the server reads Sec-GPC as on only for the value 1 (trimmed, or one of several)', async () => {
    const cases: [string | string[] | undefined, boolean][] = [
      ['1', true],
      [' 1 ', true],
      ['1, 0', true],
      [['0', '1'], true],
      ['0', false],
      ['true', false],
      ['yes', false],
      ['', false],
      [undefined, false],
    ];
    for (const [value, on] of cases) {
      const r = await rawGet(h.origin + base, value === undefined ? {} : { 'sec-gpc': value });
      expect([value, initialConsentOf(r.body).signals.gpc]).toEqual([value, on]);
      expect([value, r.body.includes(GPC_NOTICE)]).toEqual([value, on]);
    }
  });

  it('C13, C14: dataLayer gets the consent default with all seven types before any gated tag, an update on each choice and again after a reload; the stand-in tag follows it', async () => {
    const { page } = await h.visit(base);
    const [first, ...rest] = await dataLayer(page);
    expect(rest).toEqual([]);
    expect(first!.slice(0, 2)).toEqual(['consent', 'default']);
    const defaults = first![2] as Record<string, unknown>;
    expect(Object.keys(defaults).filter((k) => CONSENT_MODE_TYPES.includes(k)).sort()).toEqual([...CONSENT_MODE_TYPES].sort());
    expect(CONSENT_MODE_TYPES.filter((t) => defaults[t] !== 'denied')).toEqual(['security_storage']);
    expect(defaults.wait_for_update).toBe(500);

    expect(await decision(page, base, () => banner(page).getByRole('button', { name: 'Accept all' }).click())).toBe(201);
    await page.waitForFunction(() => document.documentElement.dataset.tagConsent === 'analytics_storage=granted;ad_storage=granted');
    const afterChoice = await dataLayer(page);
    expect(afterChoice.map((e) => e[1])).toEqual(['default', 'update']);
    const update = afterChoice[1]![2] as Record<string, string>;
    expect(Object.keys(update).sort()).toEqual([...CONSENT_MODE_TYPES].sort());
    expect([update.ad_storage, update.ad_user_data, update.ad_personalization, update.analytics_storage]).toEqual([
      'granted',
      'granted',
      'granted',
      'granted',
    ]);
    const tags = (await inPage(page)).scripts.filter((s) => gated.includes(s.src));
    expect(tags.map((s) => s.src).sort()).toEqual([`${base}adpartner/pixel.js`, `${base}stats.js`, `${base}tag.js`]);
    for (const tag of tags) expect([tag.src, tag.dataLayer?.[0]?.slice(0, 2)]).toEqual([tag.src, ['consent', 'default']]);

    // A reload: Consent Mode kept nothing, so the default and the stored choice's update come again, before the tag.
    await page.reload();
    await page.waitForSelector('html[data-shop-ready]');
    await page.waitForFunction(() => document.documentElement.dataset.tagConsent === 'analytics_storage=granted;ad_storage=granted');
    const reloaded = await dataLayer(page);
    expect(reloaded.map((e) => e[1])).toEqual(['default', 'update']);
    expect(reloaded[1]![2]).toEqual(update);
    const tag = (await inPage(page)).scripts.find((s) => s.src === `${base}tag.js`)!;
    expect(tag.dataLayer!.map((e) => e[1])).toEqual(['default', 'update']);

    // A change: withdrawing pushes a denied update the tag obeys.
    await decision(page, base, async () => {
      await settingsButton(page).click();
      await prefs(page).getByRole('button', { name: 'Reject all' }).click();
    });
    await page.waitForFunction(() => document.documentElement.dataset.tagConsent === 'analytics_storage=denied;ad_storage=denied');
    const withdrawn = await dataLayer(page);
    expect(withdrawn.map((e) => e[1])).toEqual(['default', 'update', 'update']);
    expect((withdrawn[2]![2] as Record<string, string>).analytics_storage).toBe('denied');
    await expectClean(page);
  });

  it('C19, C20: the banner is a named non-modal dialog over a usable page; the preferences are a named modal dialog that keeps focus inside, and Escape returns focus to the trigger', async () => {
    const { page, context } = await h.visit(base);
    const b = banner(page);
    expect(await b.getAttribute('aria-modal')).toBe('false');
    expect(await b.evaluate((el) => el.getAttribute('role'))).toBe('dialog');
    // Non-modal: the page under it stays operable.
    await page.getByRole('navigation', { name: 'Shop' }).getByRole('link', { name: 'Cookie policy' }).click({ trial: true });
    await page.getByRole('button', { name: 'Allow StreamTube' }).click({ trial: true });
    expect(await page.locator('[inert]').count()).toBe(0);

    for (const trigger of [b.getByRole('button', { name: 'Customize' }), settingsButton(page)]) {
      await trigger.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
      expect(await prefs(page).evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(true);
      expect(await prefs(page).getAttribute('aria-modal')).toBe('true');
      expect(await focusIn(page)).toBe('dialog');
      const seen: string[] = [];
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab');
        seen.push(await focusIn(page));
      }
      // Tab cycles through the dialog (and, as with any modal dialog, the browser's own UI).
      expect(seen.filter((w) => w !== 'dialog' && w !== 'browser')).toEqual([]);
      expect(seen.filter((w) => w === 'dialog').length).toBeGreaterThan(10);
      await page.keyboard.press('Escape');
      expect(await isOpen(page)).toBe(false);
      expect(await trigger.evaluate((el) => el === document.activeElement)).toBe(true);
    }
    expect(await storedConsent(context)).toBeNull();
    await expectClean(page);
  });

  it('C20, C21: keyboard only, with a visible focus ring, from the banner through the preferences to a saved choice announced as status', async () => {
    const { page, context } = await h.visit(base);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          text: el.textContent?.trim() ?? '',
          label: el.closest('label')?.textContent?.trim() ?? '',
          ours: !!el.closest('.ck-banner, dialog.ck-preferences, .ck-settings-button, .ck-placeholder'),
          ring: el.matches(':focus-visible') && style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
        };
      });
    const tabTo = async (wanted: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (f?.ours) expect([f.text || f.label, f.ring]).toEqual([f.text || f.label, true]);
        if (f && wanted(f)) return;
      }
      throw new Error('the element was never reached with Tab');
    };
    await tabTo((f) => f.text === 'Customize');
    await page.keyboard.press('Enter');
    expect(await focusIn(page)).toBe('dialog');
    await tabTo((f) => f.label === 'Statistics');
    await page.keyboard.press('Space');
    expect(await prefs(page).getByRole('switch', { name: 'Statistics', exact: true }).isChecked()).toBe(true);
    await tabTo((f) => f.text === 'Save choices');
    expect(await decision(page, base, () => page.keyboard.press('Enter'))).toBe(201);
    expect(await isOpen(page)).toBe(false);
    expect(await banner(page).count()).toBe(0);
    expect(await page.getByRole('status').textContent()).toBe(SAVED);
    expect(await page.getByRole('status').getAttribute('aria-live')).toBe('polite');
    expect((await storedConsent(context))).toMatchObject({ method: 'custom', categories: { statistics: true, marketing: false } });
    await page.waitForFunction(() => document.documentElement.dataset.shopStats === 'on');
    expect((await htmlData(page)).adPixel).toBeUndefined();
    await expectClean(page);
  });

  it('C21: the banner never hides the focused element (WCAG 2.4.11), at 1280 and at 320 px wide', async () => {
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 320, height: 640 },
    ]) {
      const context = await h.context({ viewport });
      const { page } = await h.visit(base, context);
      const reached: string[] = [];
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body || el.closest('.ck-banner')) return null;
          const r = el.getBoundingClientRect();
          let visible = 0;
          for (const x of [r.left + 2, r.left + r.width / 2, r.right - 2]) {
            for (const y of [r.top + 2, r.top + r.height / 2, r.bottom - 2]) {
              if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
              const hit = document.elementFromPoint(x, y);
              if (hit && (hit === el || el.contains(hit))) visible++;
            }
          }
          return { name: el.getAttribute('aria-label') || el.textContent!.trim().slice(0, 40), visible };
        });
        if (!f) continue;
        reached.push(f.name);
        expect([viewport.width, f.name, f.visible > 0]).toEqual([viewport.width, f.name, true]);
      }
      // The footer's settings button is the one a bottom banner would cover.
      expect(reached).toContain('Cookie settings');
      await expectClean(page);
    }
  });

  /** Opens the shop at a viewport and text size; checks the text size took effect. */
  async function sized(width: number, height: number, text: number) {
    const context = await h.context({ viewport: { width, height } });
    const { page } = await h.visit(base, context);
    const textSize = () => banner(page).locator('.ck-text').evaluate((el) => getComputedStyle(el).fontSize);
    expect(await textSize()).toBe('16px');
    if (text !== 1) await page.evaluate((size) => void (document.documentElement.style.fontSize = size), `${text * 100}%`);
    expect(await textSize()).toBe(`${16 * text}px`);
    return page;
  }

  it('C21: usable at 320 px wide (reflow) and at 200% text: no horizontal scrolling, every consent control reachable and at least 24 px', async () => {
    for (const { width, height, text } of [
      { width: 320, height: 640, text: 1 },
      { width: 1280, height: 720, text: 2 },
    ]) {
      const where = `${width} px, ${text * 100}% text`;
      const page = await sized(width, height, text);
      const fits = async (root: Locator) => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        const box = (await root.boundingBox())!;
        expect([where, overflow, box.x >= 0, box.x + box.width <= width]).toEqual([where, 0, true, true]);
      };
      const reachable = async (control: Locator) => {
        await control.click({ trial: true, timeout: 5000 });
        const box = (await control.boundingBox())!;
        const name = (await control.textContent())?.trim();
        const ok = box.x >= 0 && box.x + box.width <= width && box.width >= 24 && box.height >= 24;
        expect([where, name, ok]).toEqual([where, name, true]);
      };
      await fits(banner(page));
      const controls = await banner(page).locator('button, a').all();
      expect(controls).toHaveLength(4);
      for (const control of controls) await reachable(control);
      await banner(page).getByRole('button', { name: 'Customize' }).click();
      await expandServices(page);
      await fits(prefs(page));
      for (const name of ['Close', 'Reject all', 'Accept all', 'Save choices']) {
        await reachable(prefs(page).getByRole('button', { name, exact: true }));
      }
      for (const sw of await prefs(page).locator('input[role="switch"]:not([disabled])').all()) await reachable(sw);
      await expectClean(page);
    }
  });

  // With 320 px and 200% text together the header and footer fill most of the dialog: the body
  // keeps a minimum height and the whole dialog scrolls, so every switch stays reachable.
  it('C21: at 320 px wide with 200% text together, the preferences still show their switches', async () => {
    const page = await sized(320, 640, 2);
    await banner(page).getByRole('button', { name: 'Customize' }).click();
    const body = await prefs(page).locator('.ck-preferences__body').evaluate((el) => el.clientHeight);
    expect(body).toBeGreaterThanOrEqual(48);
    await prefs(page).getByRole('switch', { name: 'Statistics', exact: true }).click({ trial: true, timeout: 5000 });
  });

  it('C22: axe-core finds no violation on the banner, the preferences and the policy page, in light and dark', async () => {
    const { page } = await h.visit(base);
    const violations = async (selector: string, picture: string) => {
      const found: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        // The controls fade between colour schemes (0.15 s): measure the settled colours.
        await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
        const result = await new AxeBuilder({ page }).include(selector).analyze();
        for (const v of result.violations) found.push(`${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(result.passes.length).toBeGreaterThan(0);
        if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, `${framework}-${picture}-${colorScheme}.png`.toLowerCase()) });
      }
      return found;
    };
    expect(await violations('.ck-banner', 'banner')).toEqual([]);
    await banner(page).getByRole('button', { name: 'Customize' }).click();
    await expandServices(page);
    expect(await violations('dialog.ck-preferences', 'preferences')).toEqual([]);
    await page.keyboard.press('Escape');
    const policyPage = await h.visit(`${base}cookie-policy`, page.context(), page);
    expect(await policyPage.page.getByRole('heading', { level: 1 }).textContent()).toBe('Cookies policy');
    expect(await violations('.ck-policy', 'policy')).toEqual([]);
  });

  /** The response's script nonce, after checking the CSP allows scripts by nonce alone (C23). */
  const scriptNonce = (csp: string) => {
    expect(csp).toMatch(/(^|;\s*)script-src 'nonce-[A-Za-z0-9+/]{22}=='(;|$)/);
    expect(csp).toMatch(/(^|;\s*)style-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic|\*/);
    return /'nonce-([^']+)'/.exec(csp)![1];
  };

  it('C23: under the demo\'s strict CSP (script nonce, no unsafe-inline or unsafe-eval) a whole visit logs no violation and no error', async () => {
    const { page, response } = await h.visit(base);
    const nonce = scriptNonce((await response.headerValue('content-security-policy')) ?? '');
    const violations: string[] = [];
    const collect = async () => violations.push(...(await inPage(page)).csp);

    expect(await decision(page, base, () => banner(page).getByRole('button', { name: 'Accept all' }).click())).toBe(201);
    await page.waitForFunction(
      () => document.documentElement.dataset.shopStats === 'on' && document.documentElement.dataset.tagConsent?.includes('granted'),
    );
    await page.frameLocator('iframe.shop-video').getByText(/StreamTube player/).waitFor();
    await settingsButton(page).click();
    await expandServices(page);
    await page.keyboard.press('Escape');
    await collect();
    // The gated scripts ran because they carry the page's nonce, copied by core's gating.
    expect(await page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[src$="stats.js"], script[src$="tag.js"]')].map((el) => el.nonce))).toEqual([nonce, nonce]);
    const reloaded = await page.reload();
    expect(scriptNonce((await reloaded!.headerValue('content-security-policy')) ?? '')).not.toBe(nonce);
    await page.waitForSelector('html[data-shop-ready]');
    await page.waitForFunction(() => document.documentElement.dataset.adPixel === 'on');
    await collect();
    await h.visit(`${base}cookie-policy`, page.context(), page);
    await page.waitForLoadState('networkidle');
    await collect();
    expect(violations).toEqual([]);
    expect(await page.locator('.ck-banner [style], .ck-preferences [style], .ck-policy [style]').count()).toBe(0);
    await expectClean(page);
  });

  it('C23: the CSP is enforced: a script without the nonce, even from the shop\'s own origin, is blocked and reported', async () => {
    const { page } = await h.visit(base);
    const ran = await page.evaluate(
      (src) =>
        new Promise<boolean>((resolve) => {
          const script = document.createElement('script');
          script.src = src;
          script.onload = () => resolve(true);
          script.onerror = () => resolve(false);
          document.head.append(script);
        }),
      `${base}stats.js`,
    );
    expect(ran).toBe(false);
    await page.waitForFunction(() => (window as unknown as { __e2e: { csp: string[] } }).__e2e.csp.length > 0);
    expect((await inPage(page)).csp.join('\n')).toMatch(/script-src/);
    expect(await page.evaluate(() => document.documentElement.dataset.shopStats)).toBeUndefined();
  });

  it(`C24: a policy with markup in its texts renders it as text (${framework} server rendering)`, async () => {
    const html = await renderConsentUi(framework);
    const context = await h.context();
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="en"><body><div id="app">${html}</div></body></html>`);
    const result = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss,
      elements: document.querySelectorAll('#app img, #app script, #app b').length,
      handlers: [...document.querySelectorAll('#app *')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      text: document.getElementById('app')!.textContent!,
      label: document.querySelector('[data-category="statistics"] .ck-toggle__label')?.textContent,
    }));
    expect(result).toMatchObject({ xss: undefined, elements: 0, handlers: 0 });
    expect(result.label).toBe(`Statistics ${INJECTED}`);
    // Every category, service and purpose text shows the markup literally, in the preferences and the policy page.
    expect(result.text.split(INJECTED).length - 1).toBeGreaterThanOrEqual(
      markupPolicy.categories.length * 2 + markupPolicy.services.length * 2,
    );
  });

  it('No flash: a returning visitor\'s server HTML has no banner and none ever appears; the first visit shifts no layout (CLS 0), a returning one next to none', async () => {
    const settle = (page: Page) =>
      page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    const first = await h.visit(base);
    await first.page.waitForLoadState('networkidle');
    await settle(first.page);
    expect(first.html).toContain('class="ck-banner"');
    const firstState = await inPage(first.page);
    expect(firstState.cls, `first visit, shifts: ${firstState.shifts.join(' | ')}`).toBe(0);

    for (const granted of [false, true]) {
      const context = await h.context();
      await h.storeConsent(context, consentOf(granted));
      // On a CPU as slow as a low-end phone's, the parser paints the page in parts (the header before
      // the language list has fully arrived); no part may move when the rest arrives.
      const slow = await context.newPage();
      await (await context.newCDPSession(slow)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const { page, html } = await h.visit(base, context, slow);
      expect(html).not.toContain('ck-banner');
      await page.waitForLoadState('networkidle');
      if (granted) await page.frameLocator('iframe.shop-video').getByText(/StreamTube player/).waitFor();
      await settle(page);
      const state = await inPage(page);
      expect([granted, state.bannerSeen]).toEqual([granted, false]);
      // Bounded far below the header's 0.0009 shift this test catches on the slowed CPU: one CI run
      // showed a residual shift of 0.000005 on React's returning visit; eight runs since showed none.
      // A failure names each shift's element and its rectangles before and after.
      expect(state.cls, `returning visit (granted: ${granted}), shifts: ${state.shifts.join(' | ')}`).toBeLessThan(0.0001);
      expect(await banner(page).count()).toBe(0);
      await expectClean(page);
    }
  });
});

// The shops without a framework, both with the script-tag build of @cookiekit/dom. The static
// shop is plain HTML under a CSP of `script-src 'self'` (no nonce): no server renders its banner,
// the script draws the UI after load. The Express shop's Eta templates carry the UI the server
// rendered for the visitor (`res.locals.cookiekitHtml`) under `script-src 'nonce-…'`: the script
// attaches to it, so the banner is in the first HTML (no flash).
const PLAIN_SHOPS = [
  { name: 'static HTML', base: '/static/', policyPage: '/static/cookie-policy.html', serverRendered: false },
  { name: 'Express templates', base: '/express/', policyPage: '/express/cookie-policy', serverRendered: true },
] as const;

describe.each(PLAIN_SHOPS)('$name shop at $base (script-tag build)', ({ base, policyPage, serverRendered }) => {
  const gated = gatedPaths(base);
  const gatedSent = (requested: readonly string[]) => requested.filter((p) => gated.includes(p));

  async function expectClean(page: Page): Promise<void> {
    expect(h.recorder(page.context()).errors).toEqual([]);
    expect((await inPage(page)).csp).toEqual([]);
  }

  it('C1, C23: a fresh visit under script-src \'self\' (static) or the response\'s nonce alone (Express) shows the banner; only exempt cookies, no gated script or embed before a choice', async () => {
    const { page, context, response, html } = await h.visit(base);
    const csp = (await response.headerValue('content-security-policy')) ?? '';
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic|\*/);
    const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(csp)?.[1];
    if (serverRendered) {
      // The banner is in what the server sent; every script element carries this response's nonce.
      const nonce = /^'nonce-([A-Za-z0-9+/]+=*)'$/.exec(scriptSrc ?? '')?.[1];
      expect(nonce).toBeTruthy();
      expect(html).toContain('<div data-cookiekit-ui><section class="ck-banner"');
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(4);
      expect(scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`))).toEqual([]);
    } else {
      // Plain HTML: no banner in what the server sent, no inline script, no nonce anywhere.
      expect(scriptSrc).toBe("'self'");
      expect(html).not.toContain('ck-banner');
      expect(html).not.toMatch(/nonce=/);
    }
    // The server lets only necessary cookies leave: the shop's HttpOnly statistics cookie is held back.
    const sent = (await response.headersArray()).filter((x) => x.name.toLowerCase() === 'set-cookie');
    expect(sent.map((x) => x.value.split('=')[0]).sort()).toEqual(['csrftoken', 'sessionid']);
    expect(await banner(page).isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await cookieNames(context)).toEqual(['csrftoken', 'sessionid']);
    const storage = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
    expect(storage).toEqual([]);
    expect(gatedSent(h.recorder(context).requested)).toEqual([]);
    expect(await page.locator('script[type="text/plain"][data-src]').count()).toBe(3);
    expect(await page.locator('iframe.shop-video').getAttribute('src')).toBeNull();
    expect(await page.getByRole('region', { name: /StreamTube/ }).isVisible()).toBe(true);
    expect((await dataLayer(page)).map((e) => e[1])).toEqual(['default']);
    await expectClean(page);
  });

  it('C11: navigator.globalPrivacyControl without a Sec-GPC header: the banner the script draws says it is honoured', async () => {
    const context = await h.context();
    await context.addInitScript(gpcOn);
    const { page } = await h.visit(base, context);
    await expect.poll(() => banner(page).getByText(GPC_NOTICE).isVisible()).toBe(true);
    await expectClean(page);
  });

  it('C3, C5: every switch starts off and toggling one changes only that one; closing, Escape and navigating grant nothing', async () => {
    const { page, context } = await h.visit(base);
    await banner(page).getByRole('button', { name: 'Accept all' }).focus();
    await page.keyboard.press('Escape');
    await banner(page).getByRole('button', { name: 'Customize' }).click();
    await expandServices(page);
    const initial = await switches(page);
    expect(initial.filter((s) => s.disabled).every((s) => s.category === 'necessary' && s.checked)).toBe(true);
    expect(initial.filter((s) => !s.disabled && s.checked)).toEqual([]);
    await prefs(page).getByRole('switch', { name: /^StreamTube/ }).click();
    const afterService = await switches(page);
    expect(changed(initial, afterService)).toEqual(['service:video-embed']);
    await prefs(page).getByRole('switch', { name: 'Statistics', exact: true }).click();
    expect(changed(afterService, await switches(page))).toEqual(['category:statistics', 'service:shop-analytics']);
    await prefs(page).getByRole('button', { name: 'Close' }).click();
    expect(await isOpen(page)).toBe(false);
    await banner(page).getByRole('button', { name: 'Customize' }).click();
    expect((await switches(page)).filter((s) => !s.disabled && s.checked)).toEqual([]);
    await prefs(page).getByRole('switch', { name: 'Marketing', exact: true }).click();
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await storedConsent(context)).toBeNull();
    await page.getByRole('navigation', { name: 'Shop' }).getByRole('link', { name: 'Cookie policy' }).click();
    await page.waitForURL(`**${policyPage}`);
    await page.waitForSelector('html[data-shop-ready]');
    expect(await banner(page).isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await storedConsent(context)).toBeNull();
    expect(gatedSent(h.recorder(context).requested)).toEqual([]);
    await expectClean(page);
  });

  it('C4: Reject all sits beside Accept all as the same element, box and computed style; after a refusal the page stays usable', async () => {
    const { page, context } = await h.visit(base);
    const accept = banner(page).getByRole('button', { name: 'Accept all' });
    const reject = banner(page).getByRole('button', { name: 'Reject all' });
    const shape = (l: Locator) => l.evaluate((el) => ({ tag: el.localName, className: el.className, parent: el.parentElement!.className }));
    expect(await shape(reject)).toEqual(await shape(accept));
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    const [a, r] = [(await accept.boundingBox())!, (await reject.boundingBox())!];
    expect([Math.abs(a.width - r.width) <= 2, Math.abs(a.height - r.height) <= 2, Math.abs(a.y - r.y) <= 2]).toEqual([true, true, true]);
    const style = (el: Element) => {
      const computed = getComputedStyle(el);
      return Object.fromEntries([...computed].map((n) => [n, computed.getPropertyValue(n)]));
    };
    expect(await reject.evaluate(style)).toEqual(await accept.evaluate(style));
    await reject.click();
    expect(await banner(page).count()).toBe(0);
    expect((await storedConsent(context))?.method).toBe('reject-all');
    expect(await page.locator('[inert]').count()).toBe(0);
    await page.getByRole('button', { name: 'Allow StreamTube' }).click({ trial: true });
    await expectClean(page);
  });

  it('C6: the settings button is on every page and opens the preferences; the policy page\'s settings link does too', async () => {
    const context = await h.context();
    for (const path of [base, policyPage]) {
      const { page } = await h.visit(path, context);
      await settingsButton(page).click();
      expect(await prefs(page).evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(true);
      await prefs(page).getByRole('button', { name: 'Close' }).click();
      expect(await isOpen(page)).toBe(false);
      await expectClean(page);
      if (path === policyPage) {
        await page.getByRole('link', { name: 'Change your cookie settings' }).click();
        expect(await isOpen(page)).toBe(true);
      }
      await page.close();
    }
    expect(await storedConsent(context)).toBeNull();
  });

  it('C6, C18: withdrawing from the settings button (two clicks, as granting) removes the refused cookies and storage keys without a reload; the Express server expires its HttpOnly one on the next response', async () => {
    const { page, context } = await h.visit(base);
    await settingsButton(page).click();
    await prefs(page).getByRole('button', { name: 'Accept all' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.shopStats === 'on' && document.documentElement.dataset.adPixel === 'on');
    if (serverRendered) {
      // Allowed now, the server's HttpOnly statistics cookie leaves with the next page.
      await h.visit(base, context, page);
      expect(await cookieNames(context)).toContain('_shop_visit');
    }
    await page.frameLocator('iframe.shop-video').getByText(/StreamTube player/).waitFor();
    expect(await cookieNames(context)).toEqual(expect.arrayContaining(['_shop_stats', '_adp_uid']));
    expect(await page.evaluate(() => Object.keys(localStorage))).toContain('shop_stats:visits');
    await settingsButton(page).click();
    await prefs(page).getByRole('button', { name: 'Reject all' }).click();
    expect(await page.getByRole('status').textContent()).toBe(SAVED);
    // Page scripts cannot delete an HttpOnly cookie: that one is the server's to expire.
    const reachable = REFUSED.filter((n) => !(serverRendered && n === '_shop_visit'));
    await expect.poll(async () => (await cookieNames(context)).filter((n) => reachable.includes(n))).toEqual([]);
    // What is left in storage is exempt (the consent record waiting for the consent API, where one is set).
    expect((await page.evaluate(() => Object.keys(localStorage))).filter((k) => !isExempt(k, 'localStorage'))).toEqual([]);
    expect((await storedConsent(context))?.categories).toEqual({ statistics: false, marketing: false });
    if (serverRendered) {
      await h.visit(base, context, page);
      expect((await cookieNames(context)).filter((n) => REFUSED.includes(n))).toEqual([]);
    }
    await expectClean(page);
  });

  it('C7: a refusal is remembered for 6 months: on the next page no banner ever appears; an expired consent asks again and grants nothing', async () => {
    const { page, context } = await h.visit(base);
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    const cookie = (await context.cookies()).find((c) => c.name === CONSENT_COOKIE)!;
    expect(Math.abs(cookie.expires - Date.now() / 1000 - (6 * MONTH_MS) / 1000)).toBeLessThan(120);
    const again = await h.visit(base, context);
    await again.page.waitForLoadState('networkidle');
    expect((await inPage(again.page)).bannerSeen).toBe(false);
    expect(await settingsButton(again.page).isVisible()).toBe(true);

    const old = await h.context();
    await h.storeConsent(old, consentOf(true, { ageMs: 7 * MONTH_MS, lifetimeMs: 13 * MONTH_MS }));
    const expired = await h.visit(base, old);
    expect(await banner(expired.page).getByText('Your last choice has expired.').isVisible()).toBe(true);
    await expired.page.waitForLoadState('networkidle');
    expect(gatedSent(h.recorder(old).requested)).toEqual([]);
    await expectClean(expired.page);
  });

  it('C10, C11: with navigator.globalPrivacyControl, marketing stays off after Accept all and the UI says why', async () => {
    const context = await h.context({ gpc: true });
    const { page } = await h.visit(base, context);
    expect(await banner(page).getByText(GPC_NOTICE).isVisible()).toBe(true);
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    expect((await storedConsent(context))?.categories).toEqual({ statistics: true, marketing: false });
    await page.waitForFunction(() => document.documentElement.dataset.tagConsent === 'analytics_storage=granted;ad_storage=denied');
    expect((await htmlData(page)).adPixel).toBeUndefined();
    await settingsButton(page).click();
    expect(await prefs(page).getByText(GPC_NOTICE).isVisible()).toBe(true);
    expect(await prefs(page).getByRole('switch', { name: 'Marketing', exact: true }).isChecked()).toBe(false);
    await expectClean(page);
  });

  it('C13, C14: dataLayer gets the consent default with all seven types before any gated tag and an update on each choice; the stand-in tag follows it', async () => {
    const { page } = await h.visit(base);
    const [first, ...rest] = await dataLayer(page);
    expect(rest).toEqual([]);
    const defaults = first![2] as Record<string, unknown>;
    expect(CONSENT_MODE_TYPES.filter((t) => defaults[t] !== 'denied')).toEqual(['security_storage']);
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.tagConsent === 'analytics_storage=granted;ad_storage=granted');
    expect((await dataLayer(page)).map((e) => e[1])).toEqual(['default', 'update']);
    const tags = (await inPage(page)).scripts.filter((s) => gated.includes(s.src));
    expect(tags.map((s) => s.src).sort()).toEqual([`${base}adpartner/pixel.js`, `${base}stats.js`, `${base}tag.js`]);
    for (const tag of tags) expect([tag.src, tag.dataLayer?.[0]?.slice(0, 2)]).toEqual([tag.src, ['consent', 'default']]);
    await settingsButton(page).click();
    await prefs(page).getByRole('button', { name: 'Reject all' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.tagConsent === 'analytics_storage=denied;ad_storage=denied');
    await expectClean(page);
  });

  it('C19, C20: a named non-modal banner over a usable page; a modal preferences dialog that keeps focus inside, Escape returns focus to the trigger', async () => {
    const { page, context } = await h.visit(base);
    expect(await banner(page).getAttribute('aria-modal')).toBe('false');
    expect(await page.locator('[inert]').count()).toBe(0);
    for (const trigger of [banner(page).getByRole('button', { name: 'Customize' }), settingsButton(page)]) {
      await trigger.focus();
      await page.keyboard.press('Enter');
      expect(await prefs(page).evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(true);
      expect(await focusIn(page)).toBe('dialog');
      const seen: string[] = [];
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab');
        seen.push(await focusIn(page));
      }
      expect(seen.filter((w) => w !== 'dialog' && w !== 'browser')).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await isOpen(page)).toBe(false);
      expect(await trigger.evaluate((el) => el === document.activeElement)).toBe(true);
    }
    expect(await storedConsent(context)).toBeNull();
    await expectClean(page);
  });

  it('C20, C21: keyboard only, with a visible focus ring, to a saved choice announced as status; usable at 320 px wide', async () => {
    const context = await h.context({ viewport: { width: 320, height: 640 } });
    const { page } = await h.visit(base, context);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          text: el.textContent?.trim() ?? '',
          label: el.closest('label')?.textContent?.trim() ?? '',
          ring: el.matches(':focus-visible') && style.outlineStyle !== 'none',
        };
      });
    const tabTo = async (wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (wanted(f)) return expect(f.ring).toBe(true);
      }
      throw new Error('the element was never reached with Tab');
    };
    await tabTo((f) => f.text === 'Customize');
    await page.keyboard.press('Enter');
    await tabTo((f) => f.label === 'Statistics');
    await page.keyboard.press('Space');
    await tabTo((f) => f.text === 'Save choices');
    await page.keyboard.press('Enter');
    expect(await isOpen(page)).toBe(false);
    expect(await page.getByRole('status').textContent()).toBe(SAVED);
    expect(await storedConsent(context)).toMatchObject({ method: 'custom', categories: { statistics: true, marketing: false } });
    await page.waitForFunction(() => document.documentElement.dataset.shopStats === 'on');
    await expectClean(page);
  });

  it('C22: axe-core finds no violation on the banner, the preferences and the policy page', async () => {
    const { page } = await h.visit(base);
    const violations = async (selector: string) =>
      (await new AxeBuilder({ page }).include(selector).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    expect(await violations('.ck-banner')).toEqual([]);
    await banner(page).getByRole('button', { name: 'Customize' }).click();
    await expandServices(page);
    expect(await violations('dialog.ck-preferences')).toEqual([]);
    await page.keyboard.press('Escape');
    await h.visit(policyPage, page.context(), page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cookies policy');
    expect(await violations('.ck-policy')).toEqual([]);
  }, 120_000);

  it('C23: the CSP is enforced: an inline script is blocked and reported, and the page adds no style attribute', async () => {
    const { page } = await h.visit(base);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.text = 'document.documentElement.dataset.inline = "ran"';
      document.head.append(script);
    });
    await page.waitForFunction(() => (window as unknown as { __e2e: { csp: string[] } }).__e2e.csp.length > 0);
    expect((await inPage(page)).csp.join('\n')).toMatch(/script-src/);
    expect((await htmlData(page)).inline).toBeUndefined();
    expect(await page.locator('[data-cookiekit-ui] [style]').count()).toBe(0);
  });

  it('C24: a policy with markup in its texts renders it as text (static: fetched by data-policy; Express: in the page\'s policy block)', async () => {
    const context = await h.context();
    if (serverRendered) {
      const block = JSON.stringify(markupPolicy).replace(/</g, '\\u003c');
      await context.route(`**${base}`, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/(id="cookiekit-policy"[^>]*>)[^<]*/, (_, open: string) => open + block);
        await route.fulfill({ response, body });
      });
    } else {
      await context.route(`**${base}cookie-policy.json`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(markupPolicy) }));
    }
    const { page } = await h.visit(serverRendered ? base : policyPage, context);
    await settingsButton(page).click();
    await expandServices(page);
    const result = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss,
      elements: document.querySelectorAll('[data-cookiekit-ui] img, [data-cookiekit-ui] script, [data-cookiekit-ui] b').length,
      label: document.querySelector('[data-category="statistics"] .ck-toggle__label')?.textContent,
    }));
    expect(result).toEqual({ xss: undefined, elements: 0, label: `Statistics ${INJECTED}` });
  });

  it('No flash: the banner is in the first HTML where the server renders it, and shifts nothing where the script draws it; a returning visit never shows one (CLS 0)', async () => {
    const settle = (page: Page) =>
      page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    const first = await h.visit(base);
    await first.page.waitForLoadState('networkidle');
    await settle(first.page);
    expect(await banner(first.page).isVisible()).toBe(true);
    expect(first.html.includes('class="ck-banner"')).toBe(serverRendered);
    expect((await inPage(first.page)).cls).toBe(0);
    const context = await h.context();
    await h.storeConsent(context, consentOf(true));
    const { page, html } = await h.visit(base, context);
    expect(html).not.toContain('ck-banner');
    // The way back stays on the returning visitor's page (C6): in the server HTML where it renders.
    expect(html.includes('data-action="open-preferences"')).toBe(serverRendered);
    await page.frameLocator('iframe.shop-video').getByText(/StreamTube player/).waitFor();
    await settle(page);
    expect([(await inPage(page)).bannerSeen, (await inPage(page)).cls]).toEqual([false, 0]);
    await expectClean(page);
  });

  it('C1: a malformed policy gives one console error and no banner; the page keeps working and everything gated stays blocked', async () => {
    const context = await h.context();
    // The shop's page with its policy block cut short.
    await context.route(`**${base}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/(id="cookiekit-policy"[^>]*>)[^<]*/, '$1{"revision":');
      await route.fulfill({ response, body });
    });
    const page = await context.newPage();
    await page.goto(h.origin + base);
    await page.waitForLoadState('networkidle');
    const errors = h.recorder(context).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^console: cookiekit: no consent banner/);
    // The page's container stays empty, or is emptied where the server filled it: no banner, no settings button, no dialog.
    expect(await page.locator('[data-cookiekit-ui] *, .ck-banner, .ck-placeholder').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { cookiekit: { allowed(id: string): boolean } }).cookiekit.allowed('statistics'))).toBe(false);
    expect(gatedSent(h.recorder(context).requested)).toEqual([]);
    expect(await page.locator('script[type="text/plain"][data-src]').count()).toBe(3);
    expect(await page.locator('iframe.shop-video').getAttribute('src')).toBeNull();
    await page.getByRole('navigation', { name: 'Shop' }).getByRole('link', { name: 'Cookie policy' }).click();
    await page.waitForURL(`**${policyPage}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cookies policy');
  });
});

describe('the demo\'s own routes', () => {
  it('C12: /.well-known/gpc.json is served as application/json with gpc true and a lastUpdate date', async () => {
    const r = await fetch(`${h.origin}/.well-known/gpc.json`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json\b/);
    const body = (await r.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['gpc', 'lastUpdate']);
    expect(body.gpc).toBe(true);
    expect(body.lastUpdate).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(Number.isNaN(Date.parse(body.lastUpdate as string))).toBe(false);
  });

  it('C6, C22, C24: the server-rendered policy page links back to the settings, passes axe, and renders markup in policy texts as text', async () => {
    const context = await h.context();
    const page = await context.newPage();
    await page.goto(`${h.origin}/cookie-policy.html`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cookies policy');
    expect(await page.getByRole('link', { name: 'Change your cookie settings' }).getAttribute('href')).toBe('/');
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.setContent(renderPolicyHtml(markupPolicy, { lang: 'en' }));
    const rendered = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss,
      elements: document.querySelectorAll('.ck-policy img, .ck-policy script, .ck-policy b').length,
      text: document.querySelector('.ck-policy')!.textContent!,
    }));
    expect(rendered).toMatchObject({ xss: undefined, elements: 0 });
    expect(rendered.text).toContain(`Statistics ${INJECTED}`);
  });
});
