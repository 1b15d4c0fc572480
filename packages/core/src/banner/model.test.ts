import { describe, expect, it, vi } from 'vitest';
import { decodeConsent } from '../codec';
import type { CookiePolicy } from '../policy';
import { memoryStorage } from '../storage';
import { createConsentStore } from '../store';
import { testPolicy, withChanges } from '../test/fixtures';
import { en } from '../messages/en';
import { enPolicyPage } from '../messages/en-page';
import { fr } from '../messages/fr';
import { frPolicyPage } from '../messages/fr-page';
import { policyPage } from '../page/model';
import { createBannerModel } from './model';

const T0 = Date.UTC(2026, 0, 15);

function setup({ stored = null as string | null, gpc = false, policy = testPolicy as CookiePolicy } = {}) {
  const storage = memoryStorage(stored);
  const store = createConsentStore({ policy, storage, signals: { gpc }, now: () => T0 });
  const banner = createBannerModel(store);
  const listener = vi.fn();
  banner.subscribe(listener);
  const state = () => banner.getSnapshot();
  const category = (id: string) => state().categories.find((c) => c.id === id)!;
  const service = (id: string) => state().categories.flatMap((c) => c.services).find((s) => s.id === id)!;
  return { store, storage, banner, state, category, service, listener };
}

describe('banner view model', () => {
  it('opens the first layer when there is no choice, and stays closed for a valid one', () => {
    const first = setup();
    expect(first.state().view).toBe('banner');
    first.banner.acceptAll();
    const returning = setup({ stored: first.storage.value });
    expect(returning.state().view).toBe('none');
  });

  it('C3: every optional switch starts off; necessary is locked on', () => {
    const { banner, state, category, service } = setup();
    expect(state()).toMatchObject({ showBanner: true, showPreferences: false });
    banner.openPreferences();
    expect(state()).toMatchObject({ view: 'preferences', showBanner: true, showPreferences: true });
    for (const c of state().categories) expect(c.checked).toBe(c.locked);
    expect(category('necessary')).toMatchObject({ checked: true, locked: true });
    expect(service('analytics').checked).toBe(false);
    expect(service('pixel').checked).toBe(false);
    expect(service('theme').cookies).toEqual([{ name: 'theme', duration: '1 year', kind: 'localStorage', pattern: false }]);
    expect(service('analytics').cookies[0]).toMatchObject({ name: '_stats*', kind: 'cookie', pattern: false });
  });

  it('C3: closing the preferences or the banner records and grants nothing', () => {
    const { banner, state, storage, store } = setup();
    banner.openPreferences();
    banner.toggleCategory('statistics');
    banner.close();
    expect(state().view).toBe('banner');
    expect(storage.value).toBeNull();
    expect(store.allowed('statistics')).toBe(false);
    banner.close();
    expect(state().view).toBe('none');
    expect(storage.value).toBeNull();
    expect(store.getSnapshot().ask).toBe(true);
  });

  it('C5: toggling a category changes only it and its services; toggling a service changes only that service', () => {
    const { banner, state, category, service } = setup();
    banner.openPreferences();
    const before = state();
    banner.toggleCategory('statistics');
    expect(category('statistics').checked).toBe(true);
    expect(service('analytics').checked).toBe(true);
    expect(category('preferences').checked).toBe(false);
    expect(category('ads').checked).toBe(false);
    expect(service('pixel').checked).toBe(false);
    banner.toggleService('pixel');
    expect(service('pixel').checked).toBe(true);
    expect(category('ads').checked).toBe(false);
    expect(service('analytics').checked).toBe(true);
    banner.toggleCategory('necessary'); // locked: no effect
    expect(category('necessary').checked).toBe(true);
    expect(before.categories.find((c) => c.id === 'statistics')!.checked).toBe(false); // old snapshot unchanged
  });

  it('C5: saving the draft stores exactly the toggled choices as a custom decision', () => {
    const { banner, storage, state } = setup();
    banner.openPreferences();
    banner.toggleCategory('statistics');
    banner.save();
    const stored = decodeConsent(storage.value)!;
    expect(stored.method).toBe('custom');
    expect(stored.categories).toEqual({ preferences: false, statistics: true, ads: false });
    expect(state()).toMatchObject({ view: 'none', status: 'Your choices have been saved.' });
  });

  it('C4: the first layer refuses as directly as it accepts, from the banner', () => {
    const { banner, storage, state } = setup();
    banner.rejectAll();
    expect(decodeConsent(storage.value)).toMatchObject({ method: 'reject-all', categories: { statistics: false, ads: false } });
    expect(state().view).toBe('none');
  });

  it('C6: after a decision the settings button reopens the preferences, and withdrawing takes as many steps as granting', () => {
    const { banner, store, state } = setup();
    const events: string[] = [];
    store.on('decision', (e) => events.push(`${e.consent.method}/${e.source}`));
    banner.acceptAll();
    banner.openPreferences(); // the settings button
    expect(state()).toMatchObject({ showBanner: false, showPreferences: true });
    expect(state().categories.find((c) => c.id === 'statistics')!.checked).toBe(true);
    banner.rejectAll(); // one more step, as Accept all would be
    expect(events).toEqual(['accept-all/banner', 'reject-all/preferences']);
    expect(store.allowed('statistics')).toBe(false);
  });

  it('C8: exempt audience measurement is disclosed, on by default, and can be switched off', () => {
    const { banner, state, service, store } = setup();
    expect(state().exemptNotice).not.toBe('');
    banner.openPreferences();
    expect(service('audience')).toMatchObject({ exempt: true, checked: true });
    banner.toggleCategory('statistics'); // does not touch the exempt service
    banner.toggleCategory('statistics');
    expect(service('audience').checked).toBe(true);
    banner.toggleService('audience');
    banner.save();
    expect(store.allowed('audience')).toBe(false);
  });

  it('C11: with GPC the UI says the signal is honoured; granting marketing asks for confirmation', () => {
    const { banner, state, store } = setup({ gpc: true });
    expect(state().signalNotice).toMatch(/Global Privacy Control/);
    banner.acceptAll();
    expect(store.allowed('ads')).toBe(false);
    banner.openPreferences();
    expect(state().categories.find((c) => c.id === 'ads')).toMatchObject({ heldBySignal: true, checked: false });
    expect(state().conflict).toBe(false);
    banner.toggleCategory('ads');
    expect(state().conflict).toBe(true);
    banner.save();
    expect(store.allowed('ads')).toBe(false);
    banner.openPreferences();
    banner.toggleCategory('ads');
    banner.confirmOverSignal();
    expect(store.allowed('ads')).toBe(true);
    expect(store.getSnapshot().consent?.method).toBe('confirm-over-gpc');
  });

  it('says why it asks again', () => {
    const first = setup();
    first.banner.acceptAll();
    const changed = setup({ stored: first.storage.value, policy: withChanges({ revision: 'r2' }) });
    expect(changed.state()).toMatchObject({ view: 'banner', reasonCode: 'revision-changed' });
    expect(changed.state().reason).toMatch(/changed/);
  });

  it('allows one service from its placeholder and keeps every other choice', () => {
    const { banner, store } = setup();
    banner.rejectAll();
    banner.allowService('pixel');
    expect(store.allowed('pixel')).toBe(true);
    expect(store.allowed('ads')).toBe(false);
    expect(store.allowed('analytics')).toBe(false);
    expect(store.getSnapshot().consent?.method).toBe('custom');
  });

  it('C5: "Allow" on a service placeholder allows that one service, even inside a refused category, and nothing else', () => {
    const { banner, store } = setup();
    banner.allowService('analytics');
    expect(store.allowed('analytics')).toBe(true);
    expect(store.allowed('statistics')).toBe(false);
    expect(store.allowed('pixel')).toBe(false);
    expect(store.getSnapshot().consent).toMatchObject({ method: 'custom' });
  });

  it('"Allow" with an id the policy does not declare records nothing and keeps the banner open', () => {
    const { banner, store, storage, state, listener } = setup();
    const decisions = vi.fn();
    store.on('decision', decisions);
    listener.mockClear();
    banner.allowService('no-such-service' as never);
    expect(storage.value).toBeNull();
    expect(decisions).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
    expect(state().view).toBe('banner');
  });

  it('allows a whole category from a category-gated placeholder', () => {
    const { banner, store } = setup();
    banner.allowService('statistics');
    expect(store.allowed('statistics')).toBe(true);
    expect(store.allowed('analytics')).toBe(true);
    expect(store.allowed('ads')).toBe(false);
  });

  it('keeps snapshots stable between changes and shares the server state until hydrated', () => {
    const { banner, listener } = setup();
    expect(banner.getSnapshot()).toBe(banner.getSnapshot());
    expect(banner.getServerSnapshot().view).toBe('banner');
    listener.mockClear();
    banner.toggleExpanded('statistics');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(banner.getSnapshot().categories.find((c) => c.id === 'statistics')!.expanded).toBe(true);
  });

  it('builds its fixed rows once: service and cookie rows keep their identity across toggles', () => {
    const { banner, service, category } = setup();
    banner.openPreferences();
    const analytics = service('analytics');
    const pixel = service('pixel');
    const necessary = category('necessary').services;
    banner.toggleService('pixel');
    banner.toggleCategory('preferences');
    banner.toggleExpanded('ads');
    // Untouched switches: the very same row objects.
    expect(service('analytics')).toBe(analytics);
    expect(category('necessary').services[0]).toBe(necessary[0]);
    // A toggled switch: a new row with the same cookie rows.
    expect(service('pixel')).not.toBe(pixel);
    expect(service('pixel').checked).toBe(true);
    expect(service('pixel').cookies).toBe(pixel.cookies);
    banner.toggleService('pixel');
    expect(service('pixel')).toBe(pixel);
  });

  it('shows the catalog\'s purpose texts where the policy gives none, as the policy page does', () => {
    const store = createConsentStore({ policy: testPolicy, storage: memoryStorage(), now: () => T0 });
    const purposes = (messages: typeof en) =>
      createBannerModel(store, { messages })
        .getSnapshot()
        .categories.flatMap((c) => c.services.map((s) => [s.id, s.purposes]));
    // The purpose texts are in the page catalog (the UI catalog stays small); a dialog given it shows them.
    const french = Object.fromEntries(purposes(frPolicyPage));
    expect(french['analytics']).toBe('Mesure l’utilisation du site');
    expect(french['session']).toBe('Maintient votre connexion');
    // The page, in the same language, says the same.
    const page = policyPage(testPolicy, { lang: 'fr', messages: frPolicyPage });
    const pageRow = page.categories.flatMap((c) => c.rows).find((r) => r.serviceId === 'analytics')!;
    expect(pageRow.purposes).toEqual([french['analytics']]);
    // With the page's English catalog, the English texts; the small runtime catalog shows the code as words.
    expect(Object.fromEntries(purposes(enPolicyPage))['theme']).toBe('Remembers your settings');
    expect(Object.fromEntries(purposes(en))['theme']).toBe('preferences');
    expect(Object.fromEntries(purposes(en))['audience']).toBe('audience measurement');
    expect(Object.fromEntries(purposes(fr))['audience']).toBe('audience measurement');
  });

  it('a purpose text the policy gives wins over the catalog\'s, in the banner\'s language', () => {
    const policy = withChanges({
      services: testPolicy.services.map((s) =>
        s.id === 'analytics' ? { ...s, purposes: [{ code: 'analytics', text: { en: 'Charts', fr: 'Graphiques' } }] } : s,
      ),
    });
    const store = createConsentStore({ policy, storage: memoryStorage(), now: () => T0 });
    const view = createBannerModel(store, { messages: fr }).getSnapshot();
    expect(view.categories.flatMap((c) => c.services).find((s) => s.id === 'analytics')!.purposes).toBe('Graphiques');
  });

  it('a decision made outside the banner closes the first layer', () => {
    const { store, state } = setup();
    store.acceptAll('api');
    expect(state().view).toBe('none');
  });
});
