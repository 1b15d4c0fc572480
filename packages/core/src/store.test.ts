import { describe, expect, it, vi } from 'vitest';
import { decodeConsent, encodeConsent } from './codec';
import { decide } from './decide';
import { memoryStorage } from './storage';
import { createConsentStore } from './store';
import { DAY, MONTH, testPolicy, withChanges } from './test/fixtures';

const T0 = Date.UTC(2026, 0, 15);

function setup(initial: string | null = null, signals = {}) {
  const storage = memoryStorage(initial);
  let time = T0;
  const store = createConsentStore({ policy: testPolicy, storage, signals, now: () => time });
  return { store, storage, tick: (ms: number) => (time += ms) };
}

describe('consent store', () => {
  it('C3: starts denied and asks', () => {
    const { store } = setup();
    expect(store.getSnapshot()).toMatchObject({ ask: true, reason: 'no-choice' });
    expect(store.allowed('statistics')).toBe(false);
    expect(store.allowed('necessary')).toBe(true);
  });

  it('accept all grants every optional category and stores it in the cookie', () => {
    const { store, storage } = setup();
    const consent = store.acceptAll();
    expect(consent.method).toBe('accept-all');
    expect(consent.categories).toEqual({ preferences: true, statistics: true, ads: true });
    expect(store.getSnapshot().ask).toBe(false);
    expect(decodeConsent(storage.value)).toEqual(consent);
  });

  it('C7: reject all is remembered like a consent and expires the same way', () => {
    const { store, storage, tick } = setup();
    const refusal = store.rejectAll();
    expect(refusal.categories).toEqual({ preferences: false, statistics: false, ads: false });
    expect(refusal.expiresAt - refusal.decidedAt).toBe(6 * MONTH);
    tick(DAY);
    const reloaded = createConsentStore({ policy: testPolicy, storage, now: () => T0 + DAY, signals: {} });
    expect(reloaded.getSnapshot().ask).toBe(false);
    const later = createConsentStore({ policy: testPolicy, storage, now: () => T0 + 6 * MONTH, signals: {} });
    expect(later.getSnapshot()).toMatchObject({ ask: true, reason: 'expired' });
  });

  it('C5: a custom save changes only what was chosen; services follow their category unless named', () => {
    const { store } = setup();
    const consent = store.save({ categories: { statistics: true }, services: { analytics: false } });
    expect(consent.categories).toEqual({ preferences: false, statistics: true, ads: false });
    expect(consent.services).toMatchObject({ theme: false, analytics: false, pixel: false, audience: true });
    expect(store.allowed('statistics')).toBe(true);
    expect(store.allowed('analytics')).toBe(false);
  });

  it('a service can be granted alone inside a refused category, as an embed placeholder asks', () => {
    const { store } = setup();
    const consent = store.save({ categories: { ads: false }, services: { pixel: true } }, 'placeholder');
    expect(consent.services.pixel).toBe(true);
    expect(store.allowed('pixel')).toBe(true);
    expect(store.allowed('ads')).toBe(false);
  });

  it('C11: under GPC a marketing service cannot be granted alone either', () => {
    const { store } = setup(null, { gpc: true });
    expect(store.save({ services: { pixel: true } }).services.pixel).toBe(false);
    expect(store.allowed('pixel')).toBe(false);
  });

  it('C8: reject all keeps exempt audience measurement on, and its opt-out survives later choices', () => {
    const { store } = setup();
    expect(store.rejectAll().services.audience).toBe(true);
    store.save({ categories: {}, services: { audience: false } });
    expect(store.allowed('audience')).toBe(false);
    expect(store.rejectAll().services.audience).toBe(false);
    expect(store.acceptAll().services.audience).toBe(false);
  });

  it('C6: withdraw refuses everything optional, keeps the subject id and is a new decision', () => {
    const { store, tick } = setup();
    const given = store.acceptAll();
    tick(1000);
    const withdrawn = store.withdraw();
    expect(withdrawn.method).toBe('withdraw');
    expect(withdrawn.subject).toBe(given.subject);
    expect(withdrawn.decidedAt).toBe(given.decidedAt + 1000);
    expect(store.allowed('ads')).toBe(false);
  });

  it('snapshots are immutable and replaced only on real change', () => {
    const { store, tick } = setup();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.setSignals({});
    expect(store.getSnapshot()).toBe(first);
    expect(listener).not.toHaveBeenCalled();
    store.acceptAll();
    expect(store.getSnapshot()).not.toBe(first);
    expect(first.ask).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    const second = store.getSnapshot();
    tick(1000);
    store.acceptAll(); // same choice again: new decidedAt, so a new consent and a new snapshot
    expect(store.getSnapshot().consent).not.toBe(second.consent);
    unsubscribe();
    store.rejectAll();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('emits typed events: decision, change, granted and revoked per category and service', () => {
    const { store } = setup();
    const decisions: string[] = [];
    const granted: string[] = [];
    const revoked: string[] = [];
    store.on('decision', (e) => decisions.push(`${e.consent.method}:${e.source}:${e.previous ? 'again' : 'first'}`));
    store.on('granted', (id) => granted.push(id));
    const off = store.on('revoked', (id) => revoked.push(id));
    const change = vi.fn();
    store.on('change', change);
    store.save({ categories: { statistics: true } });
    expect(granted.sort()).toEqual(['analytics', 'statistics']);
    store.withdraw();
    expect(revoked.sort()).toEqual(['analytics', 'statistics']);
    expect(decisions).toEqual(['custom:preferences:first', 'withdraw:preferences:again']);
    expect(change).toHaveBeenCalledTimes(2);
    off();
    store.acceptAll();
    store.rejectAll();
    expect(revoked).toHaveLength(2);
  });

  it('C11: under GPC, accept all stores marketing refused, so a later missing signal is no opt-in', () => {
    const { store, storage } = setup(null, { gpc: true });
    const consent = store.acceptAll();
    expect(consent.categories).toEqual({ preferences: true, statistics: true, ads: false });
    expect(store.getSnapshot().signal).toMatchObject({ active: true, held: ['ads'] });
    const withoutSignal = createConsentStore({ policy: testPolicy, storage, signals: {}, now: () => T0 });
    expect(withoutSignal.allowed('ads')).toBe(false);
  });

  it('C11: the person may confirm an opt-in over GPC after being told', () => {
    const { store } = setup(null, { gpc: true });
    const consent = store.confirmOverSignal({ categories: { ads: true } });
    expect(consent.method).toBe('confirm-over-gpc');
    expect(store.allowed('ads')).toBe(true);
    expect(store.allowed('pixel')).toBe(true);
  });

  it('C11: GPC arriving over an earlier opt-in is recorded as a "gpc" decision', () => {
    const { store, storage } = setup();
    store.acceptAll();
    const decisions: string[] = [];
    store.on('decision', (e) => decisions.push(e.consent.method));
    store.setSignals({ gpc: true });
    // The first listener also receives the earlier decision nobody had heard yet.
    expect(decisions).toEqual(['accept-all', 'gpc']);
    expect(decodeConsent(storage.value)?.categories.ads).toBe(false);
    store.setSignals({});
    expect(store.allowed('ads')).toBe(false);
  });

  it('C9, C11: a decision made before anyone listened reaches the first decision listener, once', () => {
    const storage = memoryStorage();
    createConsentStore({ policy: testPolicy, storage, signals: {}, now: () => T0 }).acceptAll();
    const store = createConsentStore({ policy: testPolicy, storage, signals: { gpc: true }, now: () => T0 + DAY });
    store.subscribe(() => {}); // the first subscriber honours the signal and records a 'gpc' decision
    expect(store.getSnapshot().consent?.method).toBe('gpc');
    const first: string[] = [];
    const second: string[] = [];
    store.on('decision', (e) => first.push(e.consent.method));
    store.on('decision', (e) => second.push(e.consent.method));
    expect(first).toEqual(['gpc']);
    expect(second).toEqual([]);
    store.rejectAll();
    expect(first).toEqual(['gpc', 'reject-all']);
    expect(second).toEqual(['reject-all']);
  });

  it('with the server inputs, the first snapshot is exactly the server decision (no banner flash)', () => {
    const stored = encodeConsent({
      revision: 'r1', subject: 'abcdefghijklmnopqrstuv', decidedAt: T0, expiresAt: T0 + MONTH,
      method: 'reject-all', categories: { preferences: false, statistics: false, ads: false },
      services: { theme: false, analytics: false, audience: true, pixel: false },
    });
    const initialConsent = { cookie: stored, signals: { gpc: false }, now: T0 + DAY };
    const server = decide(testPolicy, decodeConsent(stored), initialConsent.signals, initialConsent.now);
    // The browser storage holds nothing yet and the clock is far later: the initial inputs still win.
    const store = createConsentStore({ policy: testPolicy, storage: memoryStorage(null), initialConsent, now: () => T0 + 5 * MONTH });
    expect(store.getServerSnapshot()).toEqual(server);
    expect(store.getSnapshot()).toBe(store.getServerSnapshot());
    expect(server.ask).toBe(false);
  });

  it('a broken cookie in storage is no choice, and the next decision overwrites it', () => {
    const { store, storage } = setup('1~r1~garbage');
    expect(store.getSnapshot().reason).toBe('no-choice');
    store.rejectAll();
    expect(decodeConsent(storage.value)).not.toBeNull();
  });

  it('a cookie written for another revision asks again', () => {
    const storage = memoryStorage();
    createConsentStore({ policy: testPolicy, storage, signals: {}, now: () => T0 }).acceptAll();
    const next = createConsentStore({ policy: withChanges({ revision: 'r2' }), storage, signals: {}, now: () => T0 });
    expect(next.getSnapshot()).toMatchObject({ ask: true, reason: 'revision-changed' });
    expect(next.allowed('statistics' as never)).toBe(false);
  });

  it('is SSR-safe: created and used without window or document', () => {
    expect(typeof window).toBe('undefined');
    const store = createConsentStore({ policy: testPolicy });
    expect(store.getSnapshot().ask).toBe(true);
    store.subscribe(() => {});
    expect(() => store.acceptAll()).not.toThrow();
  });
});
