import { decide, decodeConsent, type InitialConsent } from '@cookiekit/core';
import { act, cleanup } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentGate } from './components/ConsentGate';
import { CookieBanner } from './components/CookieBanner';
import { CookiePreferences } from './components/CookiePreferences';
import { CookieSettingsButton } from './components/CookieSettingsButton';
import { CookieKitProvider } from './context';
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
});
