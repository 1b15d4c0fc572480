import { describe, expect, it } from 'vitest';
import { allowed, consentLifetimeMs, decide, isExemptAudienceService } from './decide';
import type { Service } from './policy';
import { DAY, MONTH, T0, storedConsent, testPolicy, withChanges } from './test/fixtures';

const consent = storedConsent;

describe('decide', () => {
  it('C3: with no choice every optional category and service is denied and the banner asks', () => {
    const d = decide(testPolicy, null, {}, T0);
    expect(d.ask).toBe(true);
    expect(d.reason).toBe('no-choice');
    expect(d.categories).toEqual({ necessary: true, preferences: false, statistics: false, ads: false });
    expect(d.services.session).toBe(true);
    expect(d.services.theme).toBe(false);
    expect(d.services.analytics).toBe(false);
    expect(d.services.pixel).toBe(false);
  });

  it('C8: an exempt audience service runs without consent, and stops once opted out', () => {
    expect(decide(testPolicy, null, {}, T0).services.audience).toBe(true);
    const optedOut = consent({ services: { ...consent().services, audience: false } });
    expect(decide(testPolicy, optedOut, {}, T0 + DAY).services.audience).toBe(false);
  });

  it('a valid stored choice is applied and nothing is asked', () => {
    const d = decide(testPolicy, consent({ categories: { preferences: false, statistics: true, ads: false }, services: { theme: false, analytics: true, audience: true, pixel: false } }), {}, T0 + DAY);
    expect(d.ask).toBe(false);
    expect(d.reason).toBeNull();
    expect(d.categories).toEqual({ necessary: true, preferences: false, statistics: true, ads: false });
    expect(allowed(d, 'analytics')).toBe(true);
    expect(allowed(d, 'pixel')).toBe(false);
  });

  it('C7: a refusal is remembered like a consent and both expire after 6 months by default', () => {
    const refusal = consent({ method: 'reject-all', categories: { preferences: false, statistics: false, ads: false } });
    expect(decide(testPolicy, refusal, {}, T0 + 6 * MONTH - DAY).ask).toBe(false);
    const expired = decide(testPolicy, refusal, {}, T0 + 6 * MONTH);
    expect(expired).toMatchObject({ ask: true, reason: 'expired', consent: null });
    expect(decide(testPolicy, consent(), {}, T0 + 6 * MONTH).reason).toBe('expired');
  });

  it('C7: the remembered period is configurable but never above 13 months', () => {
    expect(consentLifetimeMs(testPolicy)).toBe(6 * MONTH);
    expect(consentLifetimeMs(withChanges({ consentCookie: { duration: '12 months' } }))).toBe(12 * MONTH);
    expect(consentLifetimeMs(withChanges({ consentCookie: { duration: '3 years' } }))).toBe(13 * MONTH);
    // A cookie claiming a longer life than the policy allows expires by the policy's clock.
    const long = consent({ expiresAt: T0 + 40 * MONTH });
    expect(decide(testPolicy, long, {}, T0 + 7 * MONTH).reason).toBe('expired');
  });

  it('C7: a new policy revision asks again and allows nothing optional meanwhile', () => {
    const d = decide(withChanges({ revision: 'r2' }), consent(), {}, T0 + DAY);
    expect(d).toMatchObject({ ask: true, reason: 'revision-changed', consent: null });
    expect(d.categories).toMatchObject({ statistics: false, ads: false });
  });

  it('C7: an added category asks again, keeping the earlier choices for the rest', () => {
    const extended = withChanges({
      categories: [...testPolicy.categories, { id: 'social', kind: 'marketing', label: 'Social', description: 'Share buttons' }],
    });
    const d = decide(extended, consent(), {}, T0 + DAY);
    expect(d.ask).toBe(true);
    expect(d.reason).toBe('policy-extended');
    expect((d.categories as Record<string, boolean>).social).toBe(false);
    expect(d.categories.statistics).toBe(true);
  });

  it('an added service asks again and stays denied', () => {
    const extended = withChanges({
      services: [...testPolicy.services, { id: 'heatmap', provider: 'Shop', function: 'Heatmap', category: 'statistics', party: { type: 'first' }, purposes: [{ code: 'analytics' }], storage: [] }],
    });
    const d = decide(extended, consent(), {}, T0 + DAY);
    expect(d.reason).toBe('policy-extended');
    expect((d.services as Record<string, boolean>).heatmap).toBe(false);
  });

  it('a choice dated in the future or expiring before it was made is not a choice', () => {
    expect(decide(testPolicy, consent({ decidedAt: T0 + 10 * DAY }), {}, T0).reason).toBe('no-choice');
    expect(decide(testPolicy, consent({ expiresAt: T0 - 1 }), {}, T0).reason).toBe('no-choice');
  });

  it('C11: GPC holds marketing off over an earlier opt-in and reports the conflict', () => {
    const d = decide(testPolicy, consent(), { gpc: true }, T0 + DAY);
    expect(d.categories.ads).toBe(false);
    expect(d.services.pixel).toBe(false);
    expect(d.categories.statistics).toBe(true);
    expect(d.signal).toEqual({ active: true, held: ['ads'], conflict: true });
  });

  it('C11: GPC with no choice holds marketing but still asks for the rest', () => {
    const d = decide(testPolicy, null, { gpc: true }, T0);
    expect(d.ask).toBe(true);
    expect(d.signal).toEqual({ active: true, held: ['ads'], conflict: false });
  });

  it('C11: an opt-in confirmed over GPC is honoured', () => {
    const d = decide(testPolicy, consent({ method: 'confirm-over-gpc' }), { gpc: true }, T0 + DAY);
    expect(d.categories.ads).toBe(true);
    expect(d.signal.conflict).toBe(false);
  });

  it('Do Not Track counts only when the site opts in', () => {
    expect(decide(testPolicy, consent(), { dnt: true }, T0 + DAY).categories.ads).toBe(true);
    const honouring = withChanges({ honorDoNotTrack: true });
    expect(decide(honouring, consent(), { dnt: true }, T0 + DAY).categories.ads).toBe(false);
  });

  it('a policy with nothing optional never asks', () => {
    const onlyNecessary = withChanges({ categories: [testPolicy.categories[0]!], services: [testPolicy.services[0]!] });
    expect(decide(onlyNecessary, null, {}, T0).ask).toBe(false);
  });

  it('ids inherited from Object.prototype are no choice', () => {
    const tricky = withChanges({ categories: [...testPolicy.categories, { id: 'constructor', kind: 'marketing', label: 'x', description: 'x' }] });
    const d = decide(tricky, consent(), {}, T0 + DAY);
    expect(d.reason).toBe('policy-extended');
    expect((d.categories as Record<string, boolean>).constructor).toBe(false);
  });

  it('C8: the exemption is refused at decision time when any condition is broken', () => {
    const audience = testPolicy.services[3]! as Service;
    expect(isExemptAudienceService(testPolicy, audience)).toBe(true);
    const broken = [
      { ...audience, party: { type: 'third' as const, name: 'X', privacyUrl: 'https://x.example' } },
      { ...audience, purposes: [{ code: 'analytics' as const }] },
      { ...audience, exemption: { ...audience.exemption!, crossSiteTracking: true } },
      { ...audience, exemption: { ...audience.exemption!, anonymousOutput: false } },
      { ...audience, exemption: { ...audience.exemption!, combinedWithOtherData: true } },
      { ...audience, exemption: { ...audience.exemption!, extendsOnRevisit: true } },
      { ...audience, exemption: { ...audience.exemption!, dataRetention: '26 months' } },
      { ...audience, storage: [{ name: '_aud', duration: '14 months' }] },
      { ...audience, category: 'ads' },
    ];
    for (const service of broken) {
      expect(isExemptAudienceService(testPolicy, service)).toBe(false);
      const policy = withChanges({ services: testPolicy.services.map((s): Service => (s.id === 'audience' ? service : s)) });
      expect(decide(policy, null, {}, T0).services.audience).toBe(false);
    }
  });
});
