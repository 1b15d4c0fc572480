import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import { compileCookiePlan, consentCookieName, DEFAULT_CONSENT_COOKIE } from './cookie-plan';
import { findDeclaredStorage, matchesStorageItem, refusedStorage } from './match';
import { canonicalJson } from './record';
import { testPolicy } from './test/fixtures';

describe('storage matching', () => {
  it('matches exact names, prefix wildcards and patterns, and nothing else', () => {
    expect(matchesStorageItem({ name: '_ga', duration: '1 day' }, '_ga')).toBe(true);
    expect(matchesStorageItem({ name: '_ga', duration: '1 day' }, '_ga_X')).toBe(false);
    expect(matchesStorageItem({ name: '_ga*', duration: '1 day' }, '_ga_X')).toBe(true);
    expect(matchesStorageItem({ name: '_ga*', duration: '1 day' }, 'x_ga')).toBe(false);
    expect(matchesStorageItem({ pattern: '_pk_(id|ses)\\..*', duration: '1 day' }, '_pk_id.1.abc')).toBe(true);
    expect(matchesStorageItem({ pattern: '_pk_(id|ses)\\..*', duration: '1 day' }, '_pk_ref')).toBe(false);
    expect(matchesStorageItem({ pattern: '([', duration: '1 day' }, '([')).toBe(false);
  });

  it('a pattern matches the whole name, not a part of it', () => {
    const item = (pattern: string) => ({ pattern, duration: '1 day' });
    expect(matchesStorageItem(item('stats'), 'stats')).toBe(true);
    expect(matchesStorageItem(item('stats'), 'my_stats_x')).toBe(false);
    expect(matchesStorageItem(item('stats'), 'stats_x')).toBe(false);
    expect(matchesStorageItem(item('stats'), 'x_stats')).toBe(false);
    // Alternatives are anchored as a whole, not only the first and the last.
    expect(matchesStorageItem(item('a|b'), 'a')).toBe(true);
    expect(matchesStorageItem(item('a|b'), 'xb')).toBe(false);
    expect(matchesStorageItem(item('a|b'), 'ax')).toBe(false);
  });

  it('a pattern that already carries ^ or $ means the same anchored', () => {
    const item = (pattern: string) => ({ pattern, duration: '1 day' });
    for (const pattern of ['^_ga_\\d+', '_ga_\\d+$', '^_ga_\\d+$', '_ga_\\d+']) {
      expect(matchesStorageItem(item(pattern), '_ga_12'), pattern).toBe(true);
      expect(matchesStorageItem(item(pattern), '_ga_12x'), pattern).toBe(false);
      expect(matchesStorageItem(item(pattern), 'x_ga_12'), pattern).toBe(false);
    }
    // A prefix pattern says so with `.*`.
    expect(matchesStorageItem(item('^_ga_.*'), '_ga_12x')).toBe(true);
  });

  it('a pattern that is not valid on its own matches nothing, even where wrapping it would compile', () => {
    // `a)(?:b` becomes the valid `^(?:a)(?:b)$` once wrapped: it must still match nothing.
    expect(matchesStorageItem({ pattern: 'a)(?:b', duration: '1 day' }, 'ab')).toBe(false);
    expect(matchesStorageItem({ pattern: ')|(', duration: '1 day' }, '')).toBe(false);
  });

  it('the compiled plan finds owners exactly like findDeclaredStorage, an exact name first', () => {
    const policy = {
      ...testPolicy,
      services: testPolicy.services.map((s) =>
        s.id === 'pixel' ? { ...s, storage: [...s.storage, { pattern: '_stats_.*', duration: '1 day' }] } : s,
      ),
    };
    const plan = compileCookiePlan(policy);
    expect(compileCookiePlan(policy)).toBe(plan); // memoised per policy object
    // `_stats*` (analytics) is declared before the pixel's pattern: the first loose match wins.
    expect(plan.owner('_stats_1')?.service.id).toBe('analytics');
    expect(plan.owner('_ad')?.service.id).toBe('pixel');
    expect(plan.owner('_ad', 'localStorage')).toBeUndefined();
  });

  it('the consent cookie name has one default', () => {
    expect(consentCookieName(testPolicy)).toBe(testPolicy.consentCookie?.name ?? DEFAULT_CONSENT_COOKIE);
    expect(consentCookieName({ ...testPolicy, consentCookie: {} })).toBe('cookies_preferences');
    expect(consentCookieName({ ...testPolicy, consentCookie: { name: 'cc' } })).toBe('cc');
  });

  it('finds the service that declares a name, exact before wildcard, per storage kind', () => {
    expect(findDeclaredStorage(testPolicy, '_stats_1')?.service.id).toBe('analytics');
    expect(findDeclaredStorage(testPolicy, 'theme', 'localStorage')?.service.id).toBe('theme');
    expect(findDeclaredStorage(testPolicy, 'theme', 'cookie')).toBeUndefined();
    expect(findDeclaredStorage(testPolicy, 'unknown')).toBeUndefined();
  });

  it('C6: lists the storage of every refused service, never the necessary or allowed ones', () => {
    const names = (d: ReturnType<typeof decide>) => refusedStorage(testPolicy, d).map((r) => r.item.name).sort();
    expect(names(decide(testPolicy, null, {}, 0))).toEqual(['_ad', '_stats*', 'theme']);
    const stats = decide(testPolicy, { revision: 'r1', subject: 'abcdefghijklmnopqrst', decidedAt: 0, expiresAt: 1e12, method: 'custom', categories: { preferences: false, statistics: true, ads: false }, services: { theme: false, analytics: true, audience: false, pixel: false } }, {}, 1);
    expect(names(stats)).toEqual(['_ad', '_aud', 'theme']);
  });
});

describe('refusedStorage with patterns', () => {
  it('a pattern of an allowed service does not shield refused pattern items', () => {
    const policy = {
      ...testPolicy,
      services: testPolicy.services.map((s) =>
        s.id === 'theme' ? { ...s, storage: [{ kind: 'localStorage' as const, pattern: 'theme.*', duration: '1 day' }] }
        : s.id === 'pixel' ? { ...s, storage: [{ kind: 'localStorage' as const, pattern: 'ad.*', duration: '1 day' }] }
        : s,
      ),
    };
    const d = decide(policy, { revision: 'r1', subject: 'abcdefghijklmnopqrst', decidedAt: 0, expiresAt: 1e12, method: 'custom', categories: { preferences: true, statistics: false, ads: false }, services: { theme: true, analytics: false, audience: true, pixel: false } }, {}, 1);
    expect(refusedStorage(policy, d).map((r) => r.item.pattern ?? r.item.name)).toContain('ad.*');
  });
});

describe('canonicalJson', () => {
  it('is independent of key order and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe(canonicalJson({ a: [{ d: 2 }], b: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});
