// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { memoryStorage } from '../storage';
import { createConsentStore } from '../store';
import { consentModeRegions } from '../regions/table';
import { testPolicy, withChanges } from '../test/fixtures';
import { CONSENT_MODE_TYPES, consentModeState, startConsentMode } from './consent-mode';

const w = window as unknown as { dataLayer?: unknown[]; gtag?: unknown };
const entries = () => (w.dataLayer ?? []).map((e) => Array.from(e as ArrayLike<unknown>));

afterEach(() => {
  delete w.dataLayer;
  delete w.gtag;
});

describe('Google Consent Mode v2', () => {
  it('C13: pushes the default with all seven types denied (security granted) first, with wait_for_update and region', () => {
    const store = createConsentStore({ policy: testPolicy, storage: memoryStorage(), signals: {} });
    startConsentMode(store, { waitForUpdate: 500, region: ['FR', 'DE'] });
    const [first, ...rest] = entries();
    expect(first).toEqual([
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
        wait_for_update: 500,
        region: ['FR', 'DE'],
      },
    ]);
    expect(Object.keys(first![2] as object)).toEqual(expect.arrayContaining([...CONSENT_MODE_TYPES]));
    expect(rest).toEqual([]); // no stored choice: nothing to update
  });

  it('C14: replays the stored choice as an update on every page load, right after the default', () => {
    const storage = memoryStorage();
    createConsentStore({ policy: testPolicy, storage, signals: {} }).save({ categories: { statistics: true } });
    const reloaded = createConsentStore({ policy: testPolicy, storage, signals: {} });
    startConsentMode(reloaded);
    const list = entries();
    expect(list.map((e) => e[1])).toEqual(['default', 'update']);
    expect(list[1]![2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied', personalization_storage: 'denied' });
  });

  it('C14: sends an update on every change, in order, and only on real change', () => {
    const store = createConsentStore({ policy: testPolicy, storage: memoryStorage(), signals: {} });
    startConsentMode(store);
    store.acceptAll();
    store.acceptAll();
    store.withdraw();
    const list = entries();
    expect(list.map((e) => e[1])).toEqual(['default', 'update', 'update']);
    expect(list[1]![2]).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' });
    expect(list[2]![2]).toMatchObject({ ad_storage: 'denied', analytics_storage: 'denied', security_storage: 'granted' });
  });

  it('pushes Arguments objects like Google’s own gtag snippet, and reuses an existing gtag', () => {
    const store = createConsentStore({ policy: testPolicy, storage: memoryStorage(), signals: {} });
    startConsentMode(store);
    expect(Object.prototype.toString.call(w.dataLayer![0])).toBe('[object Arguments]');
    const calls: unknown[][] = [];
    w.gtag = (...args: unknown[]) => calls.push(args);
    startConsentMode(store);
    expect(calls[0]!.slice(0, 2)).toEqual(['consent', 'default']);
  });

  it('maps categories to types by kind, overridable per type', () => {
    const store = createConsentStore({ policy: testPolicy, storage: memoryStorage(), signals: {} });
    store.save({ categories: { preferences: true } });
    expect(consentModeState(testPolicy, store.getSnapshot())).toMatchObject({
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      analytics_storage: 'denied',
    });
    expect(consentModeState(testPolicy, store.getSnapshot(), { analytics_storage: ['preferences'] }).analytics_storage).toBe('granted');
  });

  it('C11: under GPC, Accept all leaves the advertising types denied', () => {
    const store = createConsentStore({ policy: testPolicy, storage: memoryStorage(), signals: { gpc: true } });
    startConsentMode(store);
    store.acceptAll();
    expect(entries().at(-1)![2]).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', analytics_storage: 'granted' });
  });
});

describe('Google Consent Mode with regions (C25)', () => {
  const withTable = withChanges({ regions: { table: true, regimes: { 'US-UT': 'opt-in' } } });

  it('C25: consentModeRegions groups the regions by regime: the table in force, the site map over it, nothing with regions off', () => {
    const groups = consentModeRegions(withTable, Date.UTC(2026, 11, 3));
    const of = (regime: string) => groups.find((g) => g.regime === regime)?.region ?? [];
    expect(of('opt-out')).toEqual(expect.arrayContaining(['CH', 'US-CA', 'US-TX', 'US-RI']));
    expect(of('opt-out')).not.toContain('US-UT');
    expect(of('notice')).toEqual(['CA']);
    // Quebec is stricter than Canada, so it gets a default of its own; the EEA and Utah (opt-in by
    // the site's map) get the general one.
    expect(of('opt-in')).toEqual(['CA-QC']);
    expect(groups.flatMap((g) => g.region)).not.toContain('FR');
    // Before Rhode Island's law took effect, its region has no opt-out default.
    expect(consentModeRegions(withTable, Date.UTC(2025, 11, 31)).flatMap((g) => g.region)).not.toContain('US-RI');
    expect(consentModeRegions(testPolicy)).toEqual([]);
  });

  it("C13 C25: one region-scoped default per regime before the general default, which stays denied", () => {
    const store = createConsentStore({ policy: withTable, storage: memoryStorage(), signals: {} });
    startConsentMode(store, { waitForUpdate: 500, regions: [{ regime: 'opt-out', region: ['US-CA', 'US-TX'] }, { regime: 'notice', region: ['CA'] }] });
    const [optOut, notice, general, ...rest] = entries();
    expect(optOut).toEqual([
      'consent',
      'default',
      expect.objectContaining({ ad_storage: 'granted', ad_user_data: 'granted', analytics_storage: 'granted', wait_for_update: 500, region: ['US-CA', 'US-TX'] }),
    ]);
    expect(notice![2]).toMatchObject({ ad_storage: 'granted', region: ['CA'] });
    expect(general![2]).toMatchObject({ ad_storage: 'denied', analytics_storage: 'denied', security_storage: 'granted', wait_for_update: 500 });
    expect(general![2]).not.toHaveProperty('region');
    expect(rest).toEqual([]);
  });
});
