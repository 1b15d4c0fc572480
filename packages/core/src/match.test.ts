import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import { findDeclaredStorage, matchesStorageItem, refusedStorage } from './match';
import { canonicalJson } from './record';
import { testPolicy } from './test/fixtures';

describe('storage matching', () => {
  it('matches exact names, prefix wildcards and patterns, and nothing else', () => {
    expect(matchesStorageItem({ name: '_ga', duration: '1 day' }, '_ga')).toBe(true);
    expect(matchesStorageItem({ name: '_ga', duration: '1 day' }, '_ga_X')).toBe(false);
    expect(matchesStorageItem({ name: '_ga*', duration: '1 day' }, '_ga_X')).toBe(true);
    expect(matchesStorageItem({ name: '_ga*', duration: '1 day' }, 'x_ga')).toBe(false);
    expect(matchesStorageItem({ pattern: '^_pk_(id|ses)\\.', duration: '1 day' }, '_pk_id.1.abc')).toBe(true);
    expect(matchesStorageItem({ pattern: '^_pk_(id|ses)\\.', duration: '1 day' }, '_pk_ref')).toBe(false);
    expect(matchesStorageItem({ pattern: '([', duration: '1 day' }, '([')).toBe(false);
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
        s.id === 'theme' ? { ...s, storage: [{ kind: 'localStorage' as const, pattern: '^theme', duration: '1 day' }] }
        : s.id === 'pixel' ? { ...s, storage: [{ kind: 'localStorage' as const, pattern: '^ad', duration: '1 day' }] }
        : s,
      ),
    };
    const d = decide(policy, { revision: 'r1', subject: 'abcdefghijklmnopqrst', decidedAt: 0, expiresAt: 1e12, method: 'custom', categories: { preferences: true, statistics: false, ads: false }, services: { theme: true, analytics: false, audience: true, pixel: false } }, {}, 1);
    expect(refusedStorage(policy, d).map((r) => r.item.pattern ?? r.item.name)).toContain('^ad');
  });
});

describe('canonicalJson', () => {
  it('is independent of key order and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe(canonicalJson({ a: [{ d: 2 }], b: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});
