import { catalogs, policyPages } from '@cookiekit/core/locales/all';
import { describe, expect, it } from 'vitest';
import { SHIPPED_TAGS, shippedCatalog, shippedPolicyPage } from './shipped-locales';

describe('shipped catalogs, loaded a language at a time', () => {
  it('C25: every shipped language loads the catalog (regime texts included) and the policy page catalog that locales/all holds for it', async () => {
    expect(SHIPPED_TAGS).toEqual(catalogs.map((c) => c.lang));
    for (const tag of SHIPPED_TAGS) {
      expect(shippedCatalog(tag), tag).toStrictEqual(catalogs.find((c) => c.lang === tag));
      const { regimes, ...page } = policyPages.find((c) => c.lang === tag)!;
      expect(regimes).toBeDefined();
      expect(await shippedPolicyPage(tag), tag).toStrictEqual(page);
      // Loaded once: the same object on the next ask.
      expect(shippedCatalog(tag)).toBe(shippedCatalog(tag));
      expect(await shippedPolicyPage(tag)).toBe(await shippedPolicyPage(tag));
    }
  });

  it('refuses a language it does not ship, naming it', async () => {
    expect(() => shippedCatalog('xx')).toThrow('no catalog is shipped for "xx"');
    await expect(shippedPolicyPage('fr-CA')).rejects.toThrow('"fr-CA"');
  });
});
