// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeConsent } from '../codec';
import { createConsentStore } from '../store';
import { testPolicy } from '../test/fixtures';
import { createBannerModel } from './model';

const nav = navigator as { globalPrivacyControl?: boolean };
afterEach(() => {
  delete nav.globalPrivacyControl;
  document.cookie = 'cookies_preferences=; Max-Age=0; Path=/';
});

describe('banner model over a store that changed before the model listened', () => {
  it('C11: the GPC notice appears when the store merged the browser signal before the model subscribed', () => {
    // No Sec-GPC header reached the server: its inputs say no signal; the browser has it.
    Object.defineProperty(nav, 'globalPrivacyControl', { value: true, configurable: true });
    const store = createConsentStore({ policy: testPolicy, initialConsent: { cookie: null, signals: {}, now: Date.now() } });
    const banner = createBannerModel(store);
    expect(banner.getSnapshot().signalNotice).toBe('');
    // Something else (a provider, the runtime) subscribes first: the store starts and merges GPC.
    const offStore = store.subscribe(() => {});
    expect(store.getSnapshot().signal.active).toBe(true);
    const listener = vi.fn();
    const off = banner.subscribe(listener);
    expect(banner.getSnapshot().signalNotice).toMatch(/Global Privacy Control/);
    expect(banner.getSnapshot().decision).toBe(store.getSnapshot());
    expect(listener).toHaveBeenCalledTimes(1);
    // Later changes still arrive once each.
    banner.rejectAll();
    expect(banner.getSnapshot().view).toBe('none');
    off();
    offStore();
  });

  it('a decision made before the model listened closes its first layer', () => {
    const store = createConsentStore({ policy: testPolicy, initialConsent: { cookie: null, signals: {}, now: Date.now() } });
    const banner = createBannerModel(store);
    expect(banner.getSnapshot().view).toBe('banner');
    store.subscribe(() => {});
    store.acceptAll('api');
    banner.subscribe(() => {});
    expect(banner.getSnapshot()).toMatchObject({ view: 'none', showBanner: false });
    expect(banner.getSnapshot().categories.find((c) => c.id === 'statistics')?.checked).toBe(true);
  });

  it('an unchanged store is not re-announced on subscribe', () => {
    const store = createConsentStore({ policy: testPolicy, signals: {} });
    store.subscribe(() => {});
    const banner = createBannerModel(store);
    const before = banner.getSnapshot();
    const listener = vi.fn();
    banner.subscribe(listener);
    expect(listener).not.toHaveBeenCalled();
    expect(banner.getSnapshot()).toBe(before);
  });
});

describe('store without the server inputs, in a browser with a consent cookie', () => {
  const cookie = () =>
    encodeConsent({
      revision: 'r1', subject: 'abcdefghijklmnopqrstuv', decidedAt: Date.now(), expiresAt: Date.now() + 1e9,
      method: 'custom', categories: { preferences: false, statistics: true, ads: false },
      services: { theme: false, analytics: true, audience: true, pixel: false },
    });

  it('hydrates from the first-visit decision (what a server without the cookie drew), then follows the cookie', () => {
    document.cookie = `cookies_preferences=${cookie()}; Path=/`;
    const store = createConsentStore({ policy: testPolicy });
    expect(store.getServerSnapshot()).toMatchObject({ ask: true, reason: 'no-choice', consent: null });
    expect(store.getSnapshot()).toMatchObject({ ask: false });
    const banner = createBannerModel(store);
    expect(banner.getServerSnapshot()).toMatchObject({ view: 'banner', showBanner: true });
    expect(banner.getSnapshot()).toMatchObject({ view: 'none', showBanner: false });
    // The server's switches are the first visit's too, so hydrated preferences match the server's markup.
    const statistics = (state: ReturnType<typeof banner.getSnapshot>) => state.categories.find((c) => c.id === 'statistics')!;
    expect(statistics(banner.getServerSnapshot()).checked).toBe(false);
    expect(statistics(banner.getSnapshot()).checked).toBe(true);
  });

  it('with no cookie, the server and client snapshots are one object', () => {
    const store = createConsentStore({ policy: testPolicy });
    expect(store.getSnapshot()).toBe(store.getServerSnapshot());
  });
});
