import { readFileSync } from 'node:fs';
import { consentCookieName, decide } from '@cookiekit/core';
import { validatePolicy } from '@cookiekit/core/schema';
import { describe, expect, it } from 'vitest';
import { policy } from './index';

// The seed page's cookie table, kept as facts in the repository (provenance in the fixture).
interface SeedRow {
  provider: string;
  function: string;
  cookies: string[];
  purpose: string;
  category: string;
}
const seed = JSON.parse(readFileSync(new URL('../test/fixtures/seed-cookie-table.json', import.meta.url), 'utf8')) as {
  categories: Record<string, string>;
  rows: SeedRow[];
};

describe('the seed policy', () => {
  it('validates without errors or warnings', () => {
    const result = validatePolicy(policy);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("carries the seed page's table without loss: provider, function, cookie name, purpose and category of each row", () => {
    expect(seed.rows).toHaveLength(4);
    for (const row of seed.rows) {
      for (const name of row.cookies) {
        const service = policy.services.find((s) => s.storage.some((item) => item.name === name));
        expect(service, name).toBeDefined();
        expect(service!.provider).toBe(row.provider);
        expect((service!.function as Record<string, string>).en).toBe(row.function);
        expect((service!.purposes[0]!.text as Record<string, string>).en).toBe(row.purpose);
        expect(service!.category).toBe(row.category);
      }
    }
    // And nothing more: the policy's necessary cookies are exactly the table's.
    const necessaryCookies = policy.services
      .filter((s) => s.category === 'necessary')
      .flatMap((s) => s.storage.filter((item) => (item.kind ?? 'cookie') === 'cookie').map((item) => item.name));
    expect(necessaryCookies.sort()).toEqual(seed.rows.flatMap((r) => r.cookies).sort());
  });

  it("names each category as the seed page's heading does", () => {
    for (const [id, heading] of Object.entries(seed.categories)) {
      const category = policy.categories.find((c) => c.id === id);
      expect((category?.label as Record<string, string> | undefined)?.en, id).toBe(heading);
    }
  });

  it('keeps the consent in the cookie the seed page names', () => {
    expect(consentCookieName(policy)).toBe('cookies_preferences');
  });

  it('exercises first-party statistics and third-party marketing, all denied before a choice (C3)', () => {
    const kinds = new Set(policy.services.map((s) => `${s.category}/${s.party.type}`));
    expect(kinds).toEqual(new Set(['necessary/first', 'statistics/first', 'marketing/third']));
    const d = decide(policy, null, {}, Date.now());
    expect(d.categories).toEqual({ necessary: true, statistics: false, marketing: false });
    expect(d.ask).toBe(true);
  });
});
