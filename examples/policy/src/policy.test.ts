import { readFileSync } from 'node:fs';
import { decide, DEFAULT_CONSENT_COOKIE } from '@cookiekit/core';
import { validatePolicy } from '@cookiekit/core/schema';
import { describe, expect, it } from 'vitest';
import { policy } from './index';

const seed = readFileSync(new URL('../../../../shared/seed/cookie-policy-page.txt', import.meta.url), 'utf8');

describe('the seed policy', () => {
  it('validates without errors or warnings', () => {
    const result = validatePolicy(policy);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("carries the seed page's table without loss: provider, function, cookie name and purpose of each row", () => {
    const rows = seed
      .split('\n')
      .map((line) => line.split('\t'))
      .filter((cells) => cells.length === 4 && cells[0] !== "Service provider's name");
    expect(rows).toHaveLength(4);
    for (const [provider, fn, name, purpose] of rows as [string, string, string, string][]) {
      const service = policy.services.find((s) => s.storage.some((item) => item.name === name.trim()));
      expect(service, name).toBeDefined();
      expect(service!.provider).toBe(provider);
      expect((service!.function as Record<string, string>).en).toBe(fn);
      expect((service!.purposes[0]!.text as Record<string, string>).en).toBe(purpose.trim());
      expect(service!.category).toBe('necessary');
    }
  });

  it('keeps the consent in the cookie the seed page names', () => {
    expect(policy.consentCookie?.name ?? DEFAULT_CONSENT_COOKIE).toBe('cookies_preferences');
  });

  it('exercises first-party statistics and third-party marketing, all denied before a choice (C3)', () => {
    const kinds = new Set(policy.services.map((s) => `${s.category}/${s.party.type}`));
    expect(kinds).toEqual(new Set(['necessary/first', 'statistics/first', 'marketing/third']));
    const d = decide(policy, null, {}, Date.now());
    expect(d.categories).toEqual({ necessary: true, statistics: false, marketing: false });
    expect(d.ask).toBe(true);
  });
});
