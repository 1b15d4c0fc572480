import type { RegionSource } from './region';
import { fr, frRegimes } from '@cookiekit/core/locales/fr';
import { createCookieKit as createBrowserKit, consentCookieName, en, enRegimes, type InitialConsent, type Messages } from '@cookiekit/core';
import { renderConsentHtml } from '@cookiekit/core/html';
import { readInitialConsent } from '@cookiekit/dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCookieKit } from './kit';
import { consentCookie, policy } from './test/policy';
import { ADAPTERS, startServer, type TestServer } from './test/servers';

const COOKIE = consentCookieName(policy);
const NONCE = 'bm9uY2Utb2YtdGVzdA==';
const request = (cookie?: string, headers: Record<string, string> = {}) => ({
  headers: new Headers({ host: 'www.shop.test', ...(cookie ? { cookie: `${COOKIE}=${cookie}` } : {}), ...headers }),
  url: 'http://www.shop.test/',
});

/** The JSON of a `<script type="application/json" id="…">` block. */
function block(html: string, id: string): unknown {
  const m = new RegExp(`<script type="application/json" id="${id}"([^>]*)>([^<]*)</script>`).exec(html);
  if (!m) throw new Error(`no #${id} block`);
  return { attributes: m[1], data: JSON.parse(m[2]!) };
}

describe.each(ADAPTERS)('consent HTML through the %s adapter (real server on 127.0.0.1)', (adapter) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(adapter, { policy, logger: { warn() {}, error() {} } });
  });
  afterAll(() => server.close());

  it('C3, C19: a first visit gets the first layer, the settings button, the closed preferences and the bootstrap data', async () => {
    const html = await (await fetch(`${server.url}/consent-html`)).text();
    expect(html).toMatch(/^<main>page<\/main><div data-cookiekit-ui><section class="ck-banner" role="dialog" aria-modal="false"/);
    expect(html).toContain('data-action="open-preferences"');
    expect(html).toMatch(/<dialog class="ck-preferences"[^>]*>/);
    expect(html).not.toMatch(/<dialog[^>]* open/);
    expect(html).not.toMatch(/ checked(?! disabled)/);
    expect(block(html, 'cookiekit-initial')).toEqual({
      attributes: ` nonce="${NONCE}"`,
      data: { cookie: null, signals: { gpc: false, dnt: false }, now: expect.any(Number) },
    });
    expect((block(html, 'cookiekit-policy') as { data: unknown }).data).toEqual(JSON.parse(JSON.stringify(policy)));
  });

  it('C6: a returning visitor with a current choice gets no first layer; the settings button and the preferences stay', async () => {
    const value = consentCookie('rejectAll');
    const html = await (await fetch(`${server.url}/consent-html`, { headers: { cookie: `${COOKIE}=${value}` } })).text();
    expect(html).not.toContain('ck-banner');
    expect(html).toContain('<div data-cookiekit-ui><button type="button" class="ck-settings-button" data-action="open-preferences"');
    expect(html).toContain('<dialog class="ck-preferences"');
    expect((block(html, 'cookiekit-initial') as { data: { cookie: string } }).data.cookie).toBe(value);
  });

  it('C11: with Sec-GPC the server draws the notice that the signal is honoured', async () => {
    const html = await (await fetch(`${server.url}/consent-html`, { headers: { 'sec-gpc': '1' } })).text();
    expect(html).toContain('<p class="ck-notice">Your browser sends a Global Privacy Control signal, so advertising stays off.</p>');
    expect((block(html, 'cookiekit-initial') as { data: { signals: unknown } }).data.signals).toEqual({ gpc: true, dnt: false });
  });
});

describe('consent HTML of a kit', () => {
  it('is the markup of @cookiekit/core/html for the state the browser kit starts from with the same inputs, in its container', () => {
    const kit = createCookieKit({ policy });
    for (const cookie of [undefined, consentCookie('acceptAll'), consentCookie('rejectAll', Date.now() - 400 * 86_400_000)]) {
      const consent = kit.read(request(cookie));
      const html = consent.bannerHtml();
      expect(html).toBe(`<div data-cookiekit-ui>${renderConsentHtml(browserState(consent.initialConsent))}</div>`);
      expect(consent.bannerHtml()).toBe(html);
    }
  });

  it('the DOM binding reads back the bootstrap data the server wrote (readInitialConsent)', () => {
    const kit = createCookieKit({ policy });
    const consent = kit.read(request(consentCookie('acceptAll'), { 'sec-gpc': '1' }));
    const html = consent.bootstrapHtml({ policy: false });
    expect(html).not.toContain('cookiekit-policy');
    const text = /<script[^>]*>([^<]*)<\/script>/.exec(html)![1]!;
    const doc = { getElementById: (id: string) => (id === 'cookiekit-initial' ? { textContent: text } : null) } as unknown as Document;
    expect(readInitialConsent(doc)).toEqual(consent.initialConsent);
  });

  it('the banner option sets the catalog, the policy link and the classes; the policy page path is the default link', () => {
    const fr = { ...en, lang: 'fr', banner: { ...en.banner, acceptAll: 'Tout accepter' } } as Messages;
    const own = createCookieKit({ policy, banner: { messages: fr, policyHref: '/legal/cookies', unstyled: true } });
    const html = own.read(request()).bannerHtml();
    expect(html).toContain('>Tout accepter</button>');
    expect(html).toContain('href="/legal/cookies"');
    expect(html).toContain('lang="fr"');
    expect(html).not.toContain('class=');
    const paged = createCookieKit({ policy, policyPage: { path: '/cookies.html' } });
    expect(paged.read(request()).bannerHtml()).toContain('href="/cookies.html"');
    expect(createCookieKit({ policy }).read(request()).bannerHtml()).toContain('href="/cookie-policy"');
  });

  it('C24: policy texts cannot close the data block or become markup', () => {
    const evil = '</script><script>window.__xss=1</script><!--';
    const hostile = {
      ...policy,
      categories: policy.categories.map((c) => ({ ...c, label: `${String(c.label)} ${evil}`, description: `${String(c.description)} ${evil}` })),
    };
    const kit = createCookieKit({ policy: hostile });
    const consent = kit.read(request());
    const boot = consent.bootstrapHtml();
    // Exactly the two blocks: nothing in the data closes one or opens a comment.
    expect(boot.match(/<\/script>/g)).toHaveLength(2);
    expect(boot).not.toContain('<!--');
    expect(JSON.stringify((block(boot, 'cookiekit-policy') as { data: unknown }).data)).toBe(JSON.stringify(hostile));
    const ui = consent.bannerHtml();
    expect(ui).not.toContain('<script');
    expect(ui).toContain('&lt;/script&gt;&lt;script&gt;window.__xss=1&lt;/script&gt;&lt;!--');
  });

  it('C23: the nonce is written on each data block, and a nonce that could break out of its attribute is refused', () => {
    const consent = createCookieKit({ policy }).read(request());
    expect(consent.bootstrapHtml({ nonce: 'abc-_/+09==' }).match(/ nonce="abc-_\/\+09=="/g)).toHaveLength(2);
    expect(consent.bootstrapHtml()).not.toContain('nonce');
    for (const bad of ['a" onload="x', 'a b', '', 'a<', "a'"]) {
      expect(() => consent.bootstrapHtml({ nonce: bad })).toThrow(/nonce/);
    }
  });

  it('C25: under an opt-out region the banner draws its catalog’s regime texts, added by the server when the given catalog has none', () => {
    const regional = { ...policy, regions: { table: true } };
    const region: RegionSource = { read: (h) => h.get('x-region') ?? undefined, vary: ['x-region'] };
    const ownOptOut = { ...frRegimes, optOut: 'Non merci' };
    for (const [messages, texts] of [
      [undefined, enRegimes],
      [fr, frRegimes],
      [{ ...fr, regimes: ownOptOut }, ownOptOut],
      // A site's own catalog in a language cookiekit does not ship gets the English texts, never none.
      [{ ...en, lang: 'xx' }, enRegimes],
    ] as const) {
      const kit = createCookieKit({ policy: regional, region, banner: { messages } });
      const html = kit.read(request(undefined, { 'x-region': 'US-CA' })).bannerHtml();
      expect(html).toContain(`data-action="opt-out">${texts.optOut}</button>`);
      expect(html).toContain(texts.doNotSell.replace(/'/g, '&#39;'));
      // In the EEA the same kit asks first (opt-in), with the catalog's own banner text.
      expect(kit.read(request(undefined, { 'x-region': 'FR' })).bannerHtml()).toContain('data-action="accept-all"');
    }
  });

  it('draws once per decision the kit caches: a second first visit reuses the markup, a returning visitor gets their own', () => {
    let reads = 0;
    const counted = new Proxy({ ...en, regimes: enRegimes }, {
      get(target, key, receiver) {
        reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const kit = createCookieKit({ policy, banner: { messages: counted } });
    const firstHtml = kit.read(request()).bannerHtml();
    expect(reads).toBeGreaterThan(0);
    reads = 0;
    expect(kit.read(request()).bannerHtml()).toBe(firstHtml);
    expect(reads).toBe(0);
    const back = kit.read(request(consentCookie('acceptAll'))).bannerHtml();
    expect(reads).toBeGreaterThan(0);
    expect(back).not.toContain('ck-banner');
    // GPC is another decision: its notice is drawn, not the first visit's markup reused.
    expect(kit.read(request(undefined, { 'sec-gpc': '1' })).bannerHtml()).toContain('Global Privacy Control');
  });

  it('withdraw() in the same request draws the UI of the new choice', () => {
    const consent = createCookieKit({ policy }).read(request());
    expect(consent.bannerHtml()).toContain('ck-banner');
    consent.withdraw();
    expect(consent.bannerHtml()).not.toContain('ck-banner');
    expect(consent.bannerHtml()).toBe(`<div data-cookiekit-ui>${renderConsentHtml(browserState(consent.initialConsent))}</div>`);
  });
});

/** The banner state core's browser kit starts from with these inputs. */
function browserState(initialConsent: InitialConsent) {
  return createBrowserKit({ policy, initialConsent }).banner.getServerSnapshot();
}
