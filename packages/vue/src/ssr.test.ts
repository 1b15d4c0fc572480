// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { consentCookie, policy } from './test/helpers';

/** Renders the shop page on the server, as a request handler would, with the request's inputs. */
async function serverRender(cookie: string | null, signals = {}) {
  const { createCookieKitPlugin } = await import('./index');
  const calls: string[] = [];
  const kit = createCookieKitPlugin({
    policy,
    initialConsent: { cookie, signals, now: Date.now() },
    effects: [() => (calls.push('effect'), () => {})],
  });
  let subscriptions = 0;
  for (const source of [kit.store, kit.banner]) {
    const subscribe = source.subscribe;
    source.subscribe = (listener) => (subscriptions++, subscribe(listener));
  }
  const { ShopApp } = await import('./test/shop-app');
  const html = await renderToString(createSSRApp(ShopApp).use(kit));
  return { html, calls, subscriptions };
}

describe('server rendering (node, no DOM)', () => {
  it('imports and renders with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { html, calls, subscriptions } = await serverRender(null);
    expect(html).toContain('<section class="ck-banner" role="dialog" aria-modal="false"');
    // Nothing browser-side runs on the server: no effect, no subscription.
    expect(calls).toEqual([]);
    expect(subscriptions).toBe(0);
  });

  it('a first visit gets the banner, a closed dialog, the empty status and the placeholder (C1, C3)', async () => {
    const { html } = await serverRender(null);
    expect(html).toContain(
      '<section class="ck-banner" role="dialog" aria-modal="false" aria-labelledby="ck-banner-title" aria-describedby="ck-banner-text" lang="en" dir="ltr">',
    );
    expect(html).toMatch(/<dialog class="ck-preferences" aria-labelledby="ck-preferences-title" aria-modal="true" lang="en" dir="ltr">/);
    expect(html).not.toMatch(/<dialog[^>]* open/);
    expect(html).toContain('<p class="ck-status" role="status" aria-live="polite"></p>');
    expect(html).toContain('class="ck-placeholder"');
    expect(html).not.toContain('class="player"');
    expect(html).toContain('stats off');
    // Only necessary switches are checked (C3).
    const switches = html.matchAll(/<li class="ck-(?:category|service)" data-(?:category|service)="([^"]+)">[^]*?<input([^>]*)>/g);
    const all = [...switches];
    expect(all).toHaveLength(policy.categories.length + policy.services.length);
    const checked = all.filter((m) => / checked( |$)/.test(m[2]!)).map((m) => m[1]);
    expect(checked).toEqual(['necessary', 'authentication', 'language', 'csrf', 'cookie-preferences']);
    expect(html).not.toContain('style=');
  });

  it('a returning visitor gets no banner, and the content the choice allows (no flash)', async () => {
    const { html } = await serverRender(consentCookie((s) => s.acceptAll()));
    expect(html).not.toContain('ck-banner');
    expect(html).toContain('class="player"');
    expect(html).toContain('stats on');
    expect(html).toContain('class="ck-settings-button"');
  });

  it('escapes policy text (C24)', async () => {
    const { createCookieKitPlugin } = await import('./index');
    const { ShopApp } = await import('./test/shop-app');
    const evil = {
      ...policy,
      categories: policy.categories.map((c) =>
        c.id === 'statistics' ? { ...c, label: '<img src=x onerror=alert(1)>' } : c,
      ),
    };
    const kit = createCookieKitPlugin({ policy: evil, initialConsent: { cookie: null, signals: {}, now: Date.now() } });
    const html = await renderToString(createSSRApp(ShopApp).use(kit));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
