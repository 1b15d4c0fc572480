import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, createSSRApp } from 'vue';
import { MISSING_INITIAL_CONSENT } from './context';
import { renderToString } from 'vue/server-renderer';
import { consentCookieName, createCookieKitPlugin, decodeConsent, readCookie, type InitialConsent } from './index';
import { consentCookie, policy } from './test/helpers';
import { ShopApp } from './test/shop-app';

const COOKIE = consentCookieName(policy);

function clearCookies() {
  for (const name of document.cookie.split(';').map((c) => c.split('=')[0]!.trim()).filter(Boolean)) {
    document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}

beforeEach(clearCookies);
afterEach(() => {
  clearCookies();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** The server's answer for a request carrying `cookieHeader`, and the page it renders. */
async function serve(cookieHeader: string) {
  const initialConsent: InitialConsent = { cookie: readCookie(cookieHeader, COOKIE), signals: {}, now: Date.now() };
  const html = await renderToString(createSSRApp(ShopApp).use(createCookieKitPlugin({ policy, initialConsent })));
  // The page carries the server's inputs, serialized, for hydration.
  return { html, serialized: JSON.stringify(initialConsent) };
}

/** Hydrates the server HTML in the document, collecting every Vue warning and console message. */
function hydrate(html: string, initialConsent: InitialConsent) {
  const root = document.createElement('div');
  root.id = 'app';
  root.innerHTML = html;
  document.body.append(root);
  const serverNodes = [...root.querySelectorAll('*')];
  const warnings: string[] = [];
  for (const level of ['warn', 'error'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
  }
  const app = createSSRApp(ShopApp);
  app.config.warnHandler = (message) => void warnings.push(message);
  app.use(createCookieKitPlugin({ policy, initialConsent }));
  app.mount(root);
  return { app, root, warnings, serverNodes };
}

describe('server render then hydration', () => {
  it('first visit: the banner is hydrated as rendered, with no mismatch, and works', async () => {
    const { html, serialized } = await serve('');
    const { app, root, warnings, serverNodes } = hydrate(html, JSON.parse(serialized));
    expect(warnings).toEqual([]);
    // Hydration reused the server's elements rather than drawing new ones.
    expect([...root.querySelectorAll('*')]).toEqual(serverNodes);
    expect(root.querySelector('.ck-banner')).not.toBeNull();
    (root.querySelector('[data-action="reject-all"]') as HTMLButtonElement).click();
    await Promise.resolve();
    expect(root.querySelector('.ck-banner')).toBeNull();
    expect(decodeConsent(readCookie(document.cookie, COOKIE))?.method).toBe('reject-all');
    expect(warnings).toEqual([]);
    app.unmount();
  });

  it('returning visitor: no banner on the server nor after hydration (no flash), no mismatch', async () => {
    const cookie = consentCookie((s) => s.save({ categories: { statistics: true } }));
    document.cookie = `${COOKIE}=${cookie}; Path=/`;
    const { html, serialized } = await serve(`theme=dark; ${COOKIE}=${cookie}`);
    expect(html).not.toContain('ck-banner');
    const { app, root, warnings, serverNodes } = hydrate(html, JSON.parse(serialized));
    expect(warnings).toEqual([]);
    expect([...root.querySelectorAll('*')]).toEqual(serverNodes);
    await Promise.resolve();
    expect(root.querySelector('.ck-banner')).toBeNull();
    expect(root.querySelector('.stats')!.textContent).toBe('stats on');
    expect(root.querySelector('.ck-placeholder')).not.toBeNull();
    app.unmount();
  });

  it('the check can fail: hydrating with other inputs than the server is reported', async () => {
    const { html } = await serve('');
    const returning = { cookie: consentCookie(), signals: {}, now: Date.now() };
    const { app, warnings } = hydrate(html, returning);
    expect(warnings.join('\n')).toMatch(/[Hh]ydration/);
    app.unmount();
  });
});

describe('server render and hydration without initialConsent', () => {
  /** Both sides were given no server inputs. */
  async function bare(cookie: string | null) {
    const html = await renderToString(createSSRApp(ShopApp).use(createCookieKitPlugin({ policy })));
    if (cookie) document.cookie = `${COOKIE}=${cookie}; Path=/`;
    const root = document.createElement('div');
    root.innerHTML = html;
    document.body.append(root);
    const warnings: string[] = [];
    const vueWarnings: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void vueWarnings.push(args.map(String).join(' ')));
    const app = createSSRApp(ShopApp);
    app.config.warnHandler = (message) => void vueWarnings.push(message);
    app.use(createCookieKitPlugin({ policy }));
    app.mount(root);
    await Promise.resolve();
    return { app, root, html, warnings, vueWarnings };
  }

  it('a returning visitor: no mismatch, one warning naming initialConsent, and the banner settles to hidden', async () => {
    const { app, root, html, warnings, vueWarnings } = await bare(consentCookie((s) => s.save({ categories: { statistics: true } })));
    expect(html).toContain('ck-banner');
    expect(vueWarnings).toEqual([]);
    expect(warnings).toEqual([MISSING_INITIAL_CONSENT]);
    expect(MISSING_INITIAL_CONSENT).toMatch(/`initialConsent`/);
    expect(root.querySelector('.ck-banner')).toBeNull();
    expect(root.querySelector('.stats')!.textContent).toBe('stats on');
    app.unmount();
  });

  it('a first visit: the banner drawn by the server works', async () => {
    const { app, root, vueWarnings, warnings } = await bare(null);
    expect(vueWarnings).toEqual([]);
    expect(warnings).toHaveLength(1);
    (root.querySelector('[data-action="reject-all"]') as HTMLButtonElement).click();
    await Promise.resolve();
    expect(root.querySelector('.ck-banner')).toBeNull();
    expect(decodeConsent(readCookie(document.cookie, COOKIE))?.method).toBe('reject-all');
    app.unmount();
  });

  it('a client-only app (nothing to hydrate) draws the cookie at once and is not warned', async () => {
    document.cookie = `${COOKIE}=${consentCookie()}; Path=/`;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const root = document.createElement('div');
    document.body.append(root);
    const app = createApp(ShopApp).use(createCookieKitPlugin({ policy }));
    app.mount(root);
    // No first frame with the banner: the first render already follows the cookie.
    expect(root.querySelector('.ck-banner')).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    app.unmount();
  });
});
