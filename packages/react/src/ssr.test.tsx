import { decide, decodeConsent, type InitialConsent } from '@cookiekit/core';
import { act, cleanup } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentGate } from './components/ConsentGate';
import { CookieBanner } from './components/CookieBanner';
import { CookiePreferences } from './components/CookiePreferences';
import { CookieSettingsButton } from './components/CookieSettingsButton';
import { CookieKitProvider, MISSING_INITIAL_CONSENT } from './context';
import { useAllowed } from './hooks';
import { clearCookies, modes, policy, storedConsent } from './test/utils';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  cleanup();
  clearCookies();
  vi.restoreAllMocks();
});

function Shop() {
  const stats = useAllowed('statistics');
  return (
    <>
      <main>
        <p>{stats ? 'statistics on' : 'statistics off'}</p>
        <ConsentGate id="video-embed">
          <iframe title="Product video" src="/embed.html" />
        </ConsentGate>
      </main>
      <footer>
        <CookieSettingsButton />
      </footer>
      <CookieBanner />
      <CookiePreferences />
    </>
  );
}

const app = (wrap: (ui: React.ReactElement) => React.ReactElement, initialConsent: InitialConsent) =>
  wrap(
    <CookieKitProvider policy={policy} initialConsent={initialConsent}>
      <Shop />
    </CookieKitProvider>,
  );

const cases: ReadonlyArray<readonly [string, string | null]> = [
  ['no consent cookie', null],
  ['a refusal', storedConsent({ statistics: false, marketing: false })],
  ['a consent', storedConsent({ statistics: true, marketing: true })],
  ['a choice on an older revision', storedConsent({ statistics: true, marketing: true }, { revision: '2020-01-01' })],
  ['a broken cookie', 'not-a-consent'],
];

describe.each(modes)('server render and hydration (%s)', (_, wrap) => {
  it.each(cases)('with %s: same markup, no hydration warning, banner only when decide asks', async (_, cookie) => {
    const initialConsent = { cookie, signals: {}, now: Date.now() };
    const { ask, categories } = decide(policy, decodeConsent(cookie), {}, initialConsent.now);

    const html = renderToString(app(wrap, initialConsent));
    expect(html.includes('class="ck-banner"')).toBe(ask);
    expect(html.includes('<iframe')).toBe(categories.marketing);
    expect(html).not.toMatch(/\sstyle=/);

    // The browser holds the same cookie the server read.
    if (cookie) document.cookie = `cookies_preferences=${cookie}; Path=/`;
    const container = document.createElement('div');
    container.innerHTML = html;
    const parsed = container.innerHTML;
    document.body.append(container);
    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
    await act(async () => {
      root = hydrateRoot(container, app(wrap, initialConsent), {
        onRecoverableError: (error) => void errors.push(error),
      });
    });
    expect(errors).toEqual([]);
    expect(container.querySelector('.ck-banner') !== null).toBe(ask);
    expect(container.querySelector('main p')!.textContent).toBe(
      categories.statistics ? 'statistics on' : 'statistics off',
    );
    // Hydration changed nothing: the page the visitor saw first is the page they keep.
    expect(container.innerHTML === parsed).toBe(true);
    // ...and React owns it: the banner drawn by the server answers clicks.
    if (ask) {
      act(() => (container.querySelector('.ck-banner [data-action="reject-all"]') as HTMLElement).click());
      expect(container.querySelector('.ck-banner')).toBeNull();
    }
  });

  it('the check can fail: hydrating with other inputs than the server is reported', async () => {
    const now = Date.now();
    const html = renderToString(app(wrap, { cookie: storedConsent(), signals: {}, now }));
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
    await act(async () => {
      root = hydrateRoot(container, app(wrap, { cookie: null, signals: {}, now }), {
        onRecoverableError: (error) => void errors.push(error),
      });
    });
    expect(errors.length).toBeGreaterThan(0);
  });

  it('with GPC on the server, marketing stays off and the banner says why (C11)', async () => {
    const initialConsent = { cookie: storedConsent({ statistics: true, marketing: true }), signals: { gpc: true }, now: Date.now() };
    const html = renderToString(app(wrap, initialConsent));
    expect(html).not.toContain('<iframe');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
    await act(async () => {
      root = hydrateRoot(container, app(wrap, initialConsent), { onRecoverableError: (e) => void errors.push(e) });
    });
    expect(errors).toEqual([]);
    expect(container.querySelector('iframe')).toBeNull();
  });

  describe('a server render without initialConsent', () => {
    const bare = () =>
      wrap(
        <CookieKitProvider policy={policy}>
          <Shop />
        </CookieKitProvider>,
      );

    async function hydrateBare(cookie: string | null) {
      // The server had no inputs: it drew the first visit, whatever the visitor's cookie.
      const html = renderToString(bare());
      expect(html).toContain('class="ck-banner"');
      if (cookie) document.cookie = `cookies_preferences=${cookie}; Path=/`;
      const container = document.createElement('div');
      container.innerHTML = html;
      document.body.append(container);
      const errors: unknown[] = [];
      const warnings: unknown[] = [];
      vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
      vi.spyOn(console, 'warn').mockImplementation((...args) => void warnings.push(args[0]));
      await act(async () => {
        root = hydrateRoot(container, bare(), { onRecoverableError: (error) => void errors.push(error) });
      });
      return { container, errors, warnings };
    }

    it('a returning visitor: no hydration error, a warning naming the prop, and the banner settles to hidden', async () => {
      const { container, errors, warnings } = await hydrateBare(storedConsent({ statistics: true, marketing: false }));
      expect(errors).toEqual([]);
      expect(warnings).toEqual([MISSING_INITIAL_CONSENT]);
      expect(MISSING_INITIAL_CONSENT).toMatch(/`initialConsent` prop/);
      expect(container.querySelector('.ck-banner')).toBeNull();
      expect(container.querySelector('main p')!.textContent).toBe('statistics on');
    });

    it('a first visit: the buttons of the server-drawn banner work', async () => {
      const { container, errors, warnings } = await hydrateBare(null);
      expect(errors).toEqual([]);
      expect(warnings).toHaveLength(1);
      act(() => (container.querySelector('.ck-banner [data-action="reject-all"]') as HTMLElement).click());
      expect(container.querySelector('.ck-banner')).toBeNull();
      expect(document.cookie).toMatch(/cookies_preferences=/);
    });

    it('the warning is only for hydration: with initialConsent, or a client-only render, none', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const initialConsent = { cookie: null, signals: {}, now: Date.now() };
      const container = document.createElement('div');
      container.innerHTML = renderToString(app(wrap, initialConsent));
      document.body.append(container);
      await act(async () => {
        root = hydrateRoot(container, app(wrap, initialConsent));
      });
      act(() => root?.unmount());
      const { createRoot } = await import('react-dom/client');
      const fresh = document.createElement('div');
      document.body.append(fresh);
      await act(async () => {
        root = createRoot(fresh);
        root.render(bare());
      });
      expect(fresh.querySelector('.ck-banner')).not.toBeNull();
      expect(warn).not.toHaveBeenCalled();
    });
  });
});
