// The banner view model outside opt-in (C25): the opt-out layout with its action and persistent
// links, the notice layout, and no UI under `none`; opt-in stays as it was.
import { describe, expect, it } from 'vitest';
import { decodeConsent } from '../codec';
import type { Signals } from '../decide';
import { LANGUAGES, loadLocale } from '../locales';
import { en, enRegimes } from '../messages/en';
import type { CookiePolicy } from '../policy';
import { memoryStorage } from '../storage';
import { createConsentStore } from '../store';
import { T0, testPolicy, withChanges } from '../test/fixtures';
import { createBannerModel } from './model';
import { regimeLayouts } from './regime-layouts';

function setup(signals: Signals, policy: CookiePolicy = testPolicy, stored: string | null = null) {
  const storage = memoryStorage(stored);
  const store = createConsentStore({ policy, storage, signals, now: () => T0 });
  const banner = createBannerModel(store, { messages: { ...en, regimes: enRegimes }, regimeLayouts });
  banner.subscribe(() => {});
  return { store, storage, banner, state: () => banner.getSnapshot() };
}

describe('banner view model under a regime (C25)', () => {
  it('C25: opt-out shows the short notice, marketing runs until the opt-out, which refuses only sale and sharing', () => {
    const { banner, state, store, storage } = setup({ regime: 'opt-out' });
    expect(state()).toMatchObject({ view: 'banner', showBanner: true, layout: 'opt-out', text: enRegimes.optOutText, optOutStatus: '' });
    expect(state().optOutLinks).toEqual([{ kind: 'sale-sharing', label: 'Do Not Sell or Share My Personal Information', icon: false }]);
    expect(store.allowed('ads')).toBe(true);
    expect(store.allowed('pixel')).toBe(true);
    banner.optOut();
    expect(state()).toMatchObject({ view: 'none', showBanner: false, optOutStatus: enRegimes.honoured });
    expect([store.allowed('ads'), store.allowed('pixel'), store.allowed('statistics'), store.allowed('preferences')]).toEqual([false, false, true, true]);
    const saved = decodeConsent(storage.value!)!;
    expect(saved).toMatchObject({ method: 'custom', regime: 'opt-out', categories: { ads: false, statistics: true } });
    // The link stays on every page after the choice.
    expect(state().optOutLinks).toHaveLength(1);
  });

  it('C25: "OK" keeps the settings the law lets run and closes the notice, without asking again', () => {
    const { banner, state, store, storage } = setup({ regime: 'opt-out' });
    banner.acknowledge();
    expect(state().view).toBe('none');
    expect(store.allowed('ads')).toBe(true);
    const reopened = setup({ regime: 'opt-out' }, testPolicy, storage.value);
    expect(reopened.state().view).toBe('none');
    expect(reopened.store.allowed('ads')).toBe(true);
  });

  it('C11 C25: with GPC under opt-out, marketing is off from the first snapshot and the page says the signal was honoured', () => {
    const { state, store } = setup({ regime: 'opt-out', gpc: true });
    expect(store.allowed('ads')).toBe(false);
    expect(state().signalNotice).toBe(en.signal.honoured);
    expect(state().optOutStatus).toBe(enRegimes.honoured);
  });

  it('C25: "Your Privacy Choices" with its icon is an option, and sensitive data adds the limit link', () => {
    const policy = withChanges({
      regions: { optOutLink: 'privacy-choices' },
      categories: testPolicy.categories.map((c) => (c.id === 'preferences' ? { ...c, sensitive: true } : c)),
    });
    const { state, store } = setup({ regime: 'opt-out' }, policy);
    expect(state().optOutLinks).toEqual([
      { kind: 'sale-sharing', label: 'Your Privacy Choices', icon: true },
      { kind: 'sensitive', label: 'Limit the Use of My Sensitive Personal Information', icon: false },
    ]);
    // Sensitive data stays opt-in: the opt-out layout never turns it on.
    expect(store.allowed('preferences')).toBe(false);
  });

  it('C25: notice informs only, none draws nothing, and opt-in is as before regimes', () => {
    const notice = setup({ regime: 'notice' });
    expect(notice.state()).toMatchObject({ view: 'banner', layout: 'notice', text: enRegimes.noticeText, optOutLinks: [] });
    notice.banner.acknowledge();
    expect(notice.state().view).toBe('none');
    const none = setup({ regime: 'none' });
    expect(none.state()).toMatchObject({ view: 'none', showBanner: false, optOutLinks: [] });
    for (const signals of [{}, { regime: 'opt-in' as const }]) {
      const optIn = setup(signals);
      expect(optIn.state()).toMatchObject({ view: 'banner', layout: 'opt-in', text: en.banner.text, optOutLinks: [], optOutStatus: '' });
      expect(optIn.store.allowed('ads')).toBe(false);
    }
  });

  it('C25: every catalog has its own opt-out and notice texts', async () => {
    const keys = Object.keys(enRegimes) as (keyof typeof enRegimes)[];
    for (const { tag } of LANGUAGES) {
      const messages = await loadLocale(tag);
      for (const key of keys) expect(messages.regimes[key], `${tag} ${key}`).toMatch(/\S/);
      if (tag !== 'en') expect(messages.regimes.optOutText, tag).not.toBe(enRegimes.optOutText);
    }
  });

  it('C25: the regime texts ship apart from the UI catalog, and a model that would need them without them refuses to start', () => {
    // An opt-in-only page downloads no opt-out texts: the default catalog has none.
    expect('regimes' in en).toBe(false);
    const store = (signals: Signals, policy: CookiePolicy = testPolicy) =>
      createConsentStore({ policy, storage: memoryStorage(null), signals, now: () => T0 });
    expect(createBannerModel(store({})).getSnapshot().layout).toBe('opt-in');
    expect(() => createBannerModel(store({ regime: 'opt-out' }))).toThrow(/"opt-out" needs regimeLayouts and messages\.regimes/);
    expect(() => createBannerModel(store({ regime: 'notice' }))).toThrow(/"notice" needs regimeLayouts/);
    // The layouts ship apart too: texts without them, or them without texts, refuse the same way.
    expect(() => createBannerModel(store({ regime: 'opt-out' }), { messages: { ...en, regimes: enRegimes } })).toThrow(/regimeLayouts/);
    expect(() => createBannerModel(store({ regime: 'opt-out' }), { regimeLayouts })).toThrow(/messages\.regimes/);
    // A policy with regions may meet any regime: it needs the texts from the start, even on an opt-in decision.
    expect(() => createBannerModel(store({}, withChanges({ regions: {} })))).toThrow(/regimes/);
    expect(createBannerModel(store({}, withChanges({ regions: {} })), { messages: { ...en, regimes: enRegimes }, regimeLayouts }).getSnapshot().layout).toBe('opt-in');
    // Under none nothing is drawn, but a policy without regions cannot reach it unless the server said so: texts still required.
    expect(() => createBannerModel(store({ regime: 'none' }))).toThrow(/"none" needs regimeLayouts/);
  });
});
