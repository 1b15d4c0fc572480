// The consent decision under each regime (C25): opt-in as the EU requires, opt-out with GPC as an
// opt-out, notice and none; sensitive categories stay opt-in; a stricter regime asks again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeConsent, encodeConsent } from '../codec';
import { consentLifetimeMs, decide, type Consent } from '../decide';
import type { CookiePolicy } from '../policy';
import { createConsentStore } from '../store';
import { memoryStorage } from '../storage';
import { DAY, MONTH, T0, storedConsent, testPolicy, withChanges } from '../test/fixtures';
import { REGIMES, isStricterRegime, type Regime } from './regime';

const OPTIONAL = { preferences: true, statistics: true, ads: true };

/** An opt-out made under the opt-out regime, kept 12 months. */
const stored = (overrides: Partial<Consent> = {}): Consent =>
  storedConsent({
    expiresAt: T0 + 12 * MONTH,
    method: 'reject-all',
    categories: { preferences: false, statistics: false, ads: false },
    services: { theme: false, analytics: false, audience: false, pixel: false },
    regime: 'opt-out',
    ...overrides,
  });

/** The policy with its statistics category marked as sensitive data. */
const withSensitiveStatistics: CookiePolicy = withChanges({
  categories: testPolicy.categories.map((c) => (c.id === 'statistics' ? { ...c, sensitive: true } : c)),
});

describe('decide under a regime (C25)', () => {
  it('C1 C3 C25: with no regime, and with opt-in, nothing optional runs before a choice, as before regimes', () => {
    for (const signals of [{}, { regime: 'opt-in' as const }]) {
      const d = decide(testPolicy, null, signals, T0);
      expect([d.ask, d.reason, d.regime]).toEqual([true, 'no-choice', 'opt-in']);
      expect(d.categories).toEqual({ necessary: true, preferences: false, statistics: false, ads: false });
    }
  });

  it('C25: opt-out runs every optional category until the visitor opts out, and shows its notice', () => {
    const d = decide(testPolicy, null, { regime: 'opt-out' }, T0);
    expect([d.ask, d.reason, d.regime]).toEqual([true, 'no-choice', 'opt-out']);
    expect(d.categories).toEqual({ necessary: true, ...OPTIONAL });
    expect(d.services).toMatchObject({ theme: true, analytics: true, pixel: true });
  });

  it('C10 C25: under opt-out GPC is an opt-out of sale and sharing (marketing by default), and statistics stay on', () => {
    const d = decide(testPolicy, null, { regime: 'opt-out', gpc: true }, T0);
    expect(d.categories).toEqual({ necessary: true, preferences: true, statistics: true, ads: false });
    expect(d.services.pixel).toBe(false);
    expect(d.signal).toEqual({ active: true, held: ['ads'], conflict: false });
    // A policy may mark statistics as sharing too: then GPC holds it as well.
    const sharing = withChanges({
      categories: testPolicy.categories.map((c) => (c.id === 'statistics' ? { ...c, saleOrSharing: true } : c)),
    });
    expect(decide(sharing, null, { regime: 'opt-out', gpc: true }, T0).signal.held).toEqual(['statistics', 'ads']);
  });

  it('C25: the visitor’s opt-out is kept, and a refusal outlives the choice that made it', () => {
    const optedOut = stored();
    const d = decide(testPolicy, optedOut, { regime: 'opt-out' }, T0 + DAY);
    expect([d.ask, d.categories.ads, d.categories.statistics]).toEqual([false, false, false]);
    // Asked again after the policy changed, the earlier refusals still hold until the new choice.
    const again = decide(withChanges({ revision: 'r2' }), optedOut, { regime: 'opt-out' }, T0 + DAY);
    expect([again.ask, again.reason, again.consent]).toEqual([true, 'revision-changed', null]);
    expect(again.categories).toEqual({ necessary: true, preferences: false, statistics: false, ads: false });
  });

  it('C25: a category marked sensitive stays opt-in under every regime', () => {
    for (const regime of REGIMES) {
      const d = decide(withSensitiveStatistics, null, { regime }, T0);
      expect(d.categories.statistics).toBe(false);
      expect(d.services.analytics).toBe(false);
      // The exempt audience service keeps its own rule (C8).
      expect(d.services.audience).toBe(true);
    }
    const granted = stored({ categories: { preferences: true, statistics: true, ads: true }, services: { theme: true, analytics: true, audience: true, pixel: true }, method: 'accept-all' });
    expect(decide(withSensitiveStatistics, granted, { regime: 'opt-out' }, T0 + DAY).categories.statistics).toBe(true);
  });

  it('C25: notice informs and asks nothing once seen; none shows nothing at all', () => {
    const notice = decide(testPolicy, null, { regime: 'notice' }, T0);
    expect([notice.ask, notice.categories]).toEqual([true, { necessary: true, ...OPTIONAL }]);
    const none = decide(testPolicy, null, { regime: 'none' }, T0);
    expect([none.ask, none.reason, none.categories]).toEqual([false, null, { necessary: true, ...OPTIONAL }]);
  });

  it('C25: a choice made under a laxer regime is asked again under a stricter one, not the other way round', () => {
    const underOptOut = stored({ method: 'accept-all', categories: { preferences: true, statistics: true, ads: true }, services: { theme: true, analytics: true, audience: true, pixel: true } });
    const inEurope = decide(testPolicy, underOptOut, { regime: 'opt-in' }, T0 + DAY);
    expect([inEurope.ask, inEurope.reason, inEurope.consent]).toEqual([true, 'regime-changed', null]);
    expect(inEurope.categories).toEqual({ necessary: true, preferences: false, statistics: false, ads: false });
    const underOptIn = stored({ regime: undefined, method: 'accept-all', categories: { preferences: true, statistics: true, ads: true }, expiresAt: T0 + 6 * MONTH });
    const inCalifornia = decide(testPolicy, underOptIn, { regime: 'opt-out' }, T0 + DAY);
    expect([inCalifornia.ask, inCalifornia.categories.ads]).toEqual([false, true]);
  });

  it('C7 C25: each regime keeps a choice for its own time: opt-in 6 months by default, opt-out 12 months, both configurable and capped at 13', () => {
    expect(consentLifetimeMs(testPolicy) / MONTH).toBeCloseTo(6);
    expect(consentLifetimeMs(testPolicy, 'opt-out') / MONTH).toBeCloseTo(12);
    const configured = withChanges({ regions: { reask: { 'opt-out': '2 years', notice: '30 days' } } });
    expect(consentLifetimeMs(configured, 'opt-out') / MONTH).toBeCloseTo(13);
    expect(consentLifetimeMs(configured, 'notice') / DAY).toBeCloseTo(30);
    // No new request to opt back in before 12 months have passed (Cal. Civ. Code 1798.135(c)(4)).
    const optedOut = stored();
    expect(decide(testPolicy, optedOut, { regime: 'opt-out' }, T0 + 11.9 * MONTH).ask).toBe(false);
    expect(decide(testPolicy, optedOut, { regime: 'opt-out' }, T0 + 12 * MONTH).reason).toBe('expired');
  });

  it('C16 C25: the store records the regime in the consent cookie, and the next visit reads it back', () => {
    const storage = memoryStorage();
    const store = createConsentStore({ policy: testPolicy, storage, signals: { regime: 'opt-out' }, now: () => T0 });
    expect(store.getSnapshot().categories.ads).toBe(true);
    store.rejectAll();
    const value = storage.read();
    expect(value).toMatch(/~o$/);
    const back = decodeConsent(value)!;
    expect([back.regime, back.expiresAt - back.decidedAt]).toEqual(['opt-out', consentLifetimeMs(testPolicy, 'opt-out')]);
    const next = createConsentStore({ policy: testPolicy, storage, signals: { regime: 'opt-out' }, now: () => T0 + DAY });
    expect([next.getSnapshot().ask, next.getSnapshot().categories.ads]).toEqual([false, false]);
  });

  it('C25: the strictness order is opt-in, opt-out, notice, none', () => {
    expect(REGIMES.filter((r) => isStricterRegime('opt-in', r))).toEqual(['opt-out', 'notice', 'none']);
    expect(REGIMES.filter((r) => isStricterRegime(r, 'notice'))).toEqual(['opt-in', 'opt-out']);
    expect(isStricterRegime('none', 'none')).toBe(false);
  });

  it('C3 C25: property: under no regime does an optional category run that the stored choice refused or a sensitive mark holds', () => {
    const regime = fc.constantFrom<Regime>(...REGIMES);
    fc.assert(
      fc.property(regime, regime, fc.boolean(), fc.dictionary(fc.constantFrom('preferences', 'statistics', 'ads'), fc.boolean()), (now, then, gpc, choices) => {
        const choice = stored({ regime: then, categories: choices, services: {}, method: 'custom' });
        // Through the codec, as a browser would hand it back.
        const d = decide(withSensitiveStatistics, decodeConsent(encodeConsent(choice)), { regime: now, gpc }, T0 + DAY);
        for (const [id, granted] of Object.entries(choices)) if (!granted) expect(d.categories[id]).toBe(false);
        if (choices.statistics !== true || isStricterRegime(now, then)) expect(d.categories.statistics).toBe(false);
        if (gpc) expect(d.categories.ads).toBe(false);
        if (now === 'opt-in' && (then !== 'opt-in')) expect(d.ask).toBe(true);
      }),
    );
  });
});
