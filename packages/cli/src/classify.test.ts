import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policy as examplePolicy } from 'example-policy';
import {
  classify,
  cookieFacts,
  createCookieFacts,
  FRAMEWORK_COOKIES,
  isFirstParty,
  mapDatabaseCategory,
  type CookieFacts,
} from './classify';
import type { CookieData } from './cookie-data';

const site = { siteHost: 'www.shop.example' };

describe("classifying unknown cookies (the README's rule table)", () => {
  it('files a first-party Django sessionid as necessary, though the database says Instagram marketing', () => {
    const c = classify({ name: 'sessionid', domain: 'www.shop.example' }, site);
    expect(c).toMatchObject({ category: 'necessary', rule: 'framework-default' });
    expect(c.reason).toMatch(/Django session/);
  });

  it('keeps the database category for a sessionid set on .instagram.com (third-party domain match)', () => {
    const c = classify({ name: 'sessionid', domain: '.instagram.com' }, site);
    expect(c).toMatchObject({ category: 'marketing', rule: 'database-domain' });
    expect(c.fact?.platform).toBe('Instagram');
  });

  it('files csrftoken (absent from the database) as necessary on the site itself', () => {
    expect(classify({ name: 'csrftoken', domain: '.shop.example' }, site)).toMatchObject({
      category: 'necessary',
      rule: 'framework-default',
    });
  });

  it('treats every framework default the README lists as necessary when first-party', () => {
    for (const name of ['sessionid', 'csrftoken', 'PHPSESSID', 'JSESSIONID', 'connect.sid', 'laravel_session', 'XSRF-TOKEN', '_session_id', 'ASP.NET_SessionId']) {
      expect(FRAMEWORK_COOKIES).toHaveProperty([name]);
      expect(classify({ name, domain: 'www.shop.example' }, site).rule).toBe('framework-default');
    }
  });

  it('does not apply a framework default to a third-party cookie: connect.sid on Zendesk keeps its database entry', () => {
    expect(classify({ name: 'connect.sid', domain: '.zendesk.com' }, site)).toMatchObject({
      category: 'preferences', // the database's Functional

      rule: 'database-domain',
      fact: { platform: 'Zendesk' },
    });
    expect(classify({ name: 'connect.sid', domain: '.elsewhere.example' }, site).rule).toBe('unknown');
  });

  it('matches a name the database gives for any domain: _gid is statistics', () => {
    expect(classify({ name: '_gid', domain: '.shop.example' }, site)).toMatchObject({
      category: 'statistics',
      rule: 'database-name',
      fact: { platform: 'Google Analytics' },
    });
  });

  it('matches wildcard entries by prefix, the longest first', () => {
    const c = classify({ name: '_gac_UA-1234', domain: '.shop.example' }, site);
    expect(c.rule).toBe('database-name');
    expect(c.fact?.wildcard).toBe(true);
    expect('_gac_UA-1234'.startsWith(c.fact!.name)).toBe(true);
  });

  it('does not apply an entry tied to another domain, and says which entry it saw', () => {
    const c = classify({ name: 'ig_did', domain: '.shop.example' }, site);
    expect(c).toMatchObject({ category: 'unknown', rule: 'unknown', fact: { platform: 'Instagram' } });
    expect(c.reason).toMatch(/not applied.*Instagram.*instagram\.com.*shop\.example/);
    expect(classify({ name: 'ig_did', domain: '.instagram.com' }, site)).toMatchObject({ category: 'marketing', rule: 'database-domain' });
  });

  it('says when nothing matched', () => {
    expect(classify({ name: 'zz_nothing_like_this', domain: 'www.shop.example' }, site)).toMatchObject({ category: 'unknown', rule: 'unknown' });
  });

  it('puts what the policy declares first, storage keys included, and knows the consent cookie', () => {
    const ctx = { ...site, policy: examplePolicy };
    expect(classify({ name: 'sessionid' }, ctx)).toMatchObject({ category: 'necessary', rule: 'policy', service: 'authentication' });
    expect(classify({ name: '_adp_uid' }, ctx)).toMatchObject({ category: 'marketing', rule: 'policy', service: 'ad-pixel' });
    expect(classify({ name: 'shop_stats:visits', kind: 'localStorage' }, ctx)).toMatchObject({ category: 'statistics', rule: 'policy' });
    // A cookie of that name is not the storage key.
    expect(classify({ name: 'shop_stats:visits', kind: 'cookie' }, ctx).rule).not.toBe('policy');
    const withoutDeclaration = { ...examplePolicy, services: [] };
    expect(classify({ name: 'cookies_preferences' }, { ...site, policy: withoutDeclaration })).toMatchObject({ category: 'necessary', rule: 'policy' });
  });

  it('matches a policy pattern against the whole name, as the browser cleanup and the server do', () => {
    const analytics = examplePolicy.services.find((s) => s.id === 'shop-analytics')!;
    const policy = {
      ...examplePolicy,
      services: examplePolicy.services.map((s) => (s === analytics ? { ...s, storage: [{ pattern: 'stats', duration: '1 day' }] } : s)),
    };
    const ctx = { ...site, policy };
    expect(classify({ name: 'stats' }, ctx)).toMatchObject({ rule: 'policy', service: 'shop-analytics' });
    // Only part of the name: not the policy's (an unanchored test would have said so).
    expect(classify({ name: 'my_stats_x' }, ctx).rule).not.toBe('policy');
    // A renamed consent cookie is known by its policy name, and the default name is then only a framework guess.
    const renamed = { ...examplePolicy, services: [], consentCookie: { name: 'shop_choice' } };
    expect(classify({ name: 'shop_choice' }, { ...site, policy: renamed })).toMatchObject({ category: 'necessary', rule: 'policy' });
    expect(classify({ name: 'cookies_preferences' }, { ...site, policy: renamed }).rule).toBe('framework-default');
  });

  it("maps the database's categories to kinds, Functional to preferences (C2)", () => {
    expect(mapDatabaseCategory('Functional')).toBe('preferences');
    expect(mapDatabaseCategory('Security')).toBe('necessary');
    expect(mapDatabaseCategory('Personalization')).toBe('preferences');
    expect(mapDatabaseCategory('Analytics')).toBe('statistics');
    expect(mapDatabaseCategory('Marketing')).toBe('marketing');
    expect(mapDatabaseCategory('Necessary')).toBe('necessary');
    expect(mapDatabaseCategory('Unknown')).toBe('unknown');
  });

  it("drafts the database's Functional Hotjar entries as preferences, which need consent, not necessary (C2)", () => {
    const site = { siteHost: 'shop.example' };
    // (Hotjar's _hjSessionUser_* and _hjSession_* are the hotjar preset's, statistics, by the rule above the database.)
    for (const name of ['_hjFirstSeen', '_hjIncludedInSessionSample_1234567', '_hjTLDTest']) {
      const c = classify({ name, domain: '.shop.example' }, site);
      expect(c.fact?.platform).toBe('Hotjar');
      expect(c.fact?.category).toBe('Functional');
      expect(c.category, name).toBe('preferences');
    }
    // Strictly necessary stays where the framework default says so, whatever the database's category.
    expect(classify({ name: 'PHPSESSID', domain: 'shop.example' }, site)).toMatchObject({ category: 'necessary', rule: 'framework-default' });
  });

  it('files what a service preset declares by the preset rule, above the database, on the preset\'s party', () => {
    expect(classify({ name: '_ga', domain: '.shop.example' }, site)).toMatchObject({ category: 'statistics', rule: 'preset', preset: 'google-analytics-4' });
    expect(classify({ name: '_ga_ABC123', domain: '.shop.example' }, site)).toMatchObject({ rule: 'preset', preset: 'google-analytics-4' });
    // The database calls _fbp facebook.com's; Meta sets it first-party, as the preset declares (it was unknown before).
    expect(classify({ name: '_fbp', domain: '.shop.example' }, site)).toMatchObject({ category: 'marketing', rule: 'preset', preset: 'meta-pixel' });
    expect(classify({ name: 'fr', domain: '.facebook.com' }, site)).toMatchObject({ rule: 'preset', preset: 'meta-pixel' });
    // A vendor's item only on the vendor's domain; a first-party item only on the site's.
    expect(classify({ name: 'fr', domain: 'shop.example' }, site).rule).not.toBe('preset');
    expect(classify({ name: '_fbp', domain: '.tracker.example' }, site).rule).not.toBe('preset');
    expect(classify({ name: '_hjSessionUser_42', domain: '.shop.example' }, site)).toMatchObject({ category: 'statistics', rule: 'preset', preset: 'hotjar' });
    expect(classify({ name: 'yt-remote-device-id', kind: 'localStorage' }, site)).toMatchObject({ rule: 'preset', preset: 'youtube' });
    // Framework defaults still come first.
    expect(classify({ name: 'PHPSESSID', domain: 'shop.example' }, site).rule).toBe('framework-default');
  });

  it('tells first-party from third-party domains', () => {
    expect(isFirstParty('.shop.example', 'www.shop.example')).toBe(true);
    expect(isFirstParty('www.shop.example', 'www.shop.example')).toBe(true);
    expect(isFirstParty('api.www.shop.example', 'www.shop.example')).toBe(true);
    expect(isFirstParty('.instagram.com', 'www.shop.example')).toBe(false);
    expect(isFirstParty('notshop.example', 'shop.example')).toBe(false);
  });

  it('loads the whole shipped database', () => {
    expect(cookieFacts().size).toBeGreaterThan(2000);
  });
});

describe('the classifier never throws (property)', () => {
  const text = fc.string({ unit: 'binary', maxLength: 40 });
  it('on arbitrary names, domains and hosts, with and without a policy', () => {
    fc.assert(
      fc.property(text, fc.option(text), text, fc.boolean(), fc.constantFrom('cookie', 'localStorage', 'sessionStorage') as fc.Arbitrary<'cookie'>, (name, domain, host, withPolicy, kind) => {
        const c = classify({ name, kind, ...(domain === null ? {} : { domain }) }, { siteHost: host, ...(withPolicy ? { policy: examplePolicy } : {}) });
        expect(['necessary', 'preferences', 'statistics', 'marketing', 'unknown']).toContain(c.category);
        expect(c.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary (even malformed) data files', () => {
    const row = fc.array(fc.oneof(text, fc.integer(), fc.constant(null)), { maxLength: 7 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), text, (rows, name) => {
        const facts: CookieFacts = createCookieFacts({ rows } as unknown as CookieData);
        expect(() => classify({ name }, site, facts)).not.toThrow();
        expect(() => createCookieFacts(null as unknown as CookieData)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
