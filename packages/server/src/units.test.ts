import { REGIMES, decide, decodeConsent, encodeConsent, type StorageItem } from '@cookiekit/core';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getDomain, getPublicSuffix } from 'tldts';
import { parseSetCookie } from 'cookie';
import { cookieDomainsOf, deletionHeaders, hostName, isDeletion, refusedCookieDeletions } from './enforce';
import { acceptLanguages } from './language';
import { sameOrigin, sinkRefusal } from './api';
import { memorySink } from './memory-sink';
import { createRateLimiter } from './rate-limit';
import { gpcFromHeader } from './signals';
import { createCookieKit } from './kit';
import { cachedDecider } from './request-consent';
import { consentCookie, policy } from './test/policy';

describe('gpcFromHeader (C10)', () => {
  it.each([
    ['1', true],
    [' 1 ', true],
    ['\t1', true],
    ['1, 0', true],
    ['0,1', true],
    ['0', false],
    ['true', false],
    ['yes', false],
    ['', false],
    [' ', false],
    ['\u00a01', false],
    ['1 1', false],
    [null, false],
    [undefined, false],
  ])('C10: Sec-GPC %j is %s', (value, on) => {
    expect(gpcFromHeader(value)).toBe(on);
  });
});

describe('Set-Cookie reading', () => {
  it('tells deletions (Max-Age <= 0 wins over Expires; Expires in the past) from cookies', () => {
    const now = Date.parse('2026-11-02T00:00:00Z');
    const deletes = (header: string) => isDeletion(parseSetCookie(header), now);
    expect(deletes('a=; Max-Age=0')).toBe(true);
    expect(deletes('a=; Max-Age=-1')).toBe(true);
    expect(deletes('a=1; Max-Age=10; Expires=Thu, 01 Jan 1970 00:00:00 GMT')).toBe(false);
    expect(deletes('a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT')).toBe(true);
    expect(deletes('a=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT')).toBe(false);
    expect(deletes('a=1')).toBe(false);
  });

  it('reads host names without port or brackets', () => {
    expect(hostName('WWW.Shop.test:8080')).toBe('www.shop.test');
    expect(hostName('[::1]:3000')).toBe('::1');
    expect(hostName(undefined)).toBe('');
  });
});

describe('cookieDomainsOf (C18)', () => {
  it('gives the host and its parents down to the registrable domain, never a public suffix', () => {
    expect(cookieDomainsOf('www.shop.test')).toEqual(['www.shop.test', 'shop.test']);
    expect(cookieDomainsOf('a.www.example.co.uk')).toEqual(['a.www.example.co.uk', 'www.example.co.uk', 'example.co.uk']);
    expect(cookieDomainsOf('Shop.Example.COM.')).toEqual(['shop.example.com', 'example.com']);
    // Private suffixes count: a github.io site must not touch every github.io site's cookies.
    expect(cookieDomainsOf('me.github.io')).toEqual(['me.github.io']);
    expect(cookieDomainsOf('shop.za.com')).toEqual(['shop.za.com']);
  });
  it('gives nothing where only host-only cookies exist: IP addresses, localhost, a bare suffix', () => {
    for (const host of ['127.0.0.1', '::1', '[::1]', 'localhost', 'co.uk', 'github.io', '']) expect(cookieDomainsOf(host), host).toEqual([]);
  });
  it('property: each domain is the host or a parent of it, and none is a public suffix', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
    const suffix = fc.constantFrom('com', 'co.uk', 'github.io', 'test', 'fr', 'blogspot.com', 'appspot.com');
    fc.assert(
      fc.property(fc.array(label, { minLength: 0, maxLength: 4 }), suffix, (labels, tld) => {
        const host = [...labels, tld].join('.');
        const domains = cookieDomainsOf(host);
        for (const domain of domains) {
          expect(host === domain || host.endsWith(`.${domain}`)).toBe(true);
          expect(getPublicSuffix(domain, { allowPrivateDomains: true })).not.toBe(domain);
        }
        // One domain per label above the public suffix (which may be longer than `tld`: the
        // list has entries such as za.com).
        const suffixLabels = getPublicSuffix(host, { allowPrivateDomains: true })!.split('.').length;
        expect(domains.length).toBe(host.split('.').length - suffixLabels);
        if (domains.length > 0) expect(domains.at(-1)).toBe(getDomain(host, { allowPrivateDomains: true }));
      }),
    );
  });
});

describe('deletionHeaders (C18)', () => {
  const item: StorageItem = { name: '_adp_uid', domain: '.shop.test', path: '/shop', duration: '13 months', httpOnly: true };
  it('expires host-only, on the host and each parent domain, on / and the declared path', () => {
    expect(deletionHeaders('_adp_uid', item, { host: 'www.shop.test', secure: false })).toEqual([
      '_adp_uid=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly',
      '_adp_uid=; Max-Age=0; Path=/; Domain=www.shop.test; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly',
      '_adp_uid=; Max-Age=0; Path=/; Domain=shop.test; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly',
      '_adp_uid=; Max-Age=0; Path=/shop; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly',
      '_adp_uid=; Max-Age=0; Path=/shop; Domain=www.shop.test; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly',
      '_adp_uid=; Max-Age=0; Path=/shop; Domain=shop.test; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly',
    ]);
  });
  it('never names a declared domain the host is not within, and no domain at all for IP hosts', () => {
    const elsewhere = deletionHeaders('_adp_uid', item, { host: 'notshop.test', secure: false });
    expect(elsewhere.some((h) => h.includes('Domain=shop.test'))).toBe(false);
    expect(elsewhere.filter((h) => h.includes('Domain=notshop.test'))).toHaveLength(2);
    expect(deletionHeaders('_adp_uid', item, { host: '127.0.0.1', secure: false }).some((h) => h.includes('Domain'))).toBe(false);
  });
  it('keeps prefixed cookies deletable: Secure for __Secure-, host-only on / for __Host- (C17)', () => {
    const plain: StorageItem = { name: 'x', duration: '1 day', domain: 'shop.test', path: '/a' };
    expect(deletionHeaders('__Secure-x', plain, { host: 'shop.test', secure: false }).every((h) => h.includes('; Secure'))).toBe(true);
    expect(deletionHeaders('__Host-x', plain, { host: 'shop.test', secure: false })).toEqual([
      '__Host-x=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure',
    ]);
  });
  it('never emits a name that is not a cookie token (no header injection)', () => {
    expect(deletionHeaders('a b', item, { host: 'shop.test', secure: false })).toEqual([]);
    expect(deletionHeaders('a\r\nx', item, { host: 'shop.test', secure: false })).toEqual([]);
  });
});

describe('refusedCookieDeletions', () => {
  const rejected = decide(policy, null, {}, Date.now());
  const opts = { consentCookieName: 'cookies_preferences', host: 'shop.test', secure: false };
  it('matches present names by exact name and wildcard, never necessary ones', () => {
    const out = refusedCookieDeletions(policy, rejected, { ...opts, present: ['_shop_stats_ses5', 'sessionid', 'cookies_preferences', 'zzz'], all: false });
    expect([...new Set(out.map((h) => h.split('=')[0]))]).toEqual(['_shop_stats_ses5']);
  });
  it('with all, adds every exact refused name', () => {
    const names = new Set(refusedCookieDeletions(policy, rejected, { ...opts, present: [], all: true }).map((h) => h.split('=')[0]));
    expect([...names].sort()).toEqual(['_adp_seen', '_adp_uid', '_shop_stats', 'st_player']);
  });
  it('nothing when everything is allowed', () => {
    const all = decide(policy, null, {}, Date.now());
    const granted = { ...all, services: Object.fromEntries(policy.services.map((s) => [s.id, true])) } as typeof all;
    expect(refusedCookieDeletions(policy, granted, { ...opts, present: ['_adp_uid'], all: true })).toEqual([]);
  });
});

describe('createCookieKit', () => {
  it('clears refused cookies declared by pattern too (the quick pre-test lets patterns through)', () => {
    const patterned = {
      ...policy,
      services: [
        ...policy.services,
        {
          id: 'pattern-ads',
          provider: 'AdCo',
          function: 'Ads',
          category: 'marketing',
          party: { type: 'first' as const },
          purposes: [{ code: 'advertising' as const }],
          storage: [{ pattern: '^_pat_[0-9]+$', duration: '30 days' }],
        },
      ],
    };
    const kit = createCookieKit({ policy: patterned, logger: { warn() {}, error() {} } });
    const consent = kit.read({ headers: new Headers({ cookie: `cookies_preferences=${consentCookie('rejectAll', Date.now(), patterned)}; _pat_42=x; _pat_x=y` }) });
    expect(kit.needsEnforcement(0, consent)).toBe(true);
    expect(kit.enforce([], consent).map((h) => h.split('=')[0])).toEqual(['_pat_42']);
  });

  it('a decoded consent shared through the cache cannot be changed by one request for the next', () => {
    const kit = createCookieKit({ policy, logger: { warn() {}, error() {} } });
    const headers = new Headers({ cookie: `cookies_preferences=${consentCookie('acceptAll')}` });
    const first = kit.read({ headers }).stored!;
    expect(() => {
      (first.categories as Record<string, boolean>).marketing = false;
    }).toThrow(TypeError);
    expect(kit.read({ headers }).decision.categories.marketing).toBe(true);
  });

  it('refuses an invalid policy with the path of each problem', () => {
    expect(() => createCookieKit({ policy: { ...policy, revision: 'not a revision!' } })).toThrow(/revision/);
  });
  it('refuses a malformed gpc.json lastUpdate', () => {
    expect(() => createCookieKit({ policy, gpcJson: { lastUpdate: 'yesterday' } })).toThrow(/lastUpdate/);
  });
  it('omits lastUpdate when the revision is not a date and none is given', async () => {
    const kit = createCookieKit({ policy: { ...policy, revision: 'r7' }, logger: { warn() {}, error() {} } });
    const consent = kit.read({ headers: new Headers() });
    const answer = await kit.handleRoute({ kind: 'gpc-json' }, { method: 'GET', headers: new Headers(), consent, readBody: async () => ({ ok: true, text: '' }) });
    expect(JSON.parse(answer.body)).toEqual({ gpc: true });
  });
  it('escapes policy text on the policy page (C24) and checks its links at start', async () => {
    const hostile = { ...policy, site: { name: '<script>alert(1)</script>' } };
    const kit = createCookieKit({ policy: hostile, policyPage: { path: '/p' }, logger: { warn() {}, error() {} } });
    const consent = kit.read({ headers: new Headers() });
    const answer = await kit.handleRoute(kit.matchRoute('/p')!, { method: 'GET', headers: new Headers(), consent, readBody: async () => ({ ok: true, text: '' }) });
    expect(answer.body).not.toContain('<script>');
    expect(answer.body).toContain('&lt;script&gt;');
    expect(() => createCookieKit({ policy, policyPage: { settingsHref: 'javascript:alert(1)' } })).toThrow(/settingsHref/);
  });

  it('decision is lazy and fixed once made; a withdrawal updates it', () => {
    let t = 1_000_000;
    const kit = createCookieKit({ policy, now: () => t, logger: { warn() {}, error() {} } });
    const consent = kit.read({ headers: new Headers({ cookie: `cookies_preferences=${consentCookie('acceptAll', t)}` }) });
    t += 1;
    expect(consent.decision.categories.marketing).toBe(true);
    expect(consent.now).toBe(1_000_001);
    const withdrawn = consent.withdraw();
    expect(withdrawn.subject).toBe(consent.stored?.subject);
    expect(consent.decision.categories.marketing).toBe(false);
    expect(consent.initialConsent.cookie).toMatch(/~w~/);
  });
});

describe('sameOrigin (the consent API\'s Origin check)', () => {
  // The answers are remembered per (Origin, Host) pair; whatever came before, each must be the
  // URL comparison's: http or https, and the same host and port.
  const expected = (origin: string, host: string): boolean => {
    try {
      const url = new URL(origin);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.host === new URL(`${url.protocol}//${host}`).host;
    } catch {
      return false;
    }
  };
  const headersOf = (origin: string) => ({ get: (name: string) => (name === 'origin' ? origin : null) });
  const none = new Set<string>();

  it('property: remembered or not, every answer is the comparison of the two as URLs', () => {
    const host = fc.constantFrom('shop.test', 'shop.test:8443', 'SHOP.test', 'other.test', 'xn--bcher-kva.test', '', 'a b', `${'l'.repeat(300)}.test`);
    const origin = fc.oneof(
      fc.tuple(fc.constantFrom('https://', 'http://', 'ftp://', 'HTTPS://', ''), host).map(([scheme, h]) => `${scheme}${h}`),
      fc.constantFrom('null', 'https://shop.test/', 'https://shop.test:443', 'https://user@shop.test'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(origin, host), { minLength: 1, maxLength: 40 }), (pairs) => {
        for (const [o, h] of [...pairs, ...pairs]) expect(sameOrigin(headersOf(o), h, none), `${o} on ${h}`).toBe(h ? expected(o, h) : false);
      }),
      { numRuns: 200 },
    );
  });

  it('answers alike past the remembered few', () => {
    for (let i = 0; i < 600; i++) expect(sameOrigin(headersOf(`https://s${i}.test`), `s${i % 300}.test`, none)).toBe(i < 300);
    expect(sameOrigin(headersOf('https://s1.test'), 's1.test', none)).toBe(true);
    expect(sameOrigin(headersOf('https://s1.test'), 's2.test', none)).toBe(false);
  });
});

describe('acceptLanguages', () => {
  it.each([
    ['fr-CA, fr;q=0.9, en;q=0.5', ['fr-CA', 'fr', 'en']],
    ['en;q=0.2, fr;q=0.8', ['fr', 'en']],
    ['fr;q=0, en', ['en']],
    ['de;q=abc, en', ['en']],
    ['*', []],
    [';;;, ,q=1, 1234, <script>', []],
    ['', []],
  ])('%j -> %j', (header, tags) => {
    expect(acceptLanguages(header)).toEqual(tags);
  });
});

describe('createRateLimiter', () => {
  it('limits per client in a fixed window and says when to retry', async () => {
    let t = 0;
    const limiter = createRateLimiter({ max: 2, windowSeconds: 10 }, () => t);
    expect((await limiter.hit('a')).ok).toBe(true);
    expect((await limiter.hit('a')).ok).toBe(true);
    t = 2500;
    expect(await limiter.hit('a')).toEqual({ ok: false, retryAfterSeconds: 8 });
    expect((await limiter.hit('b')).ok).toBe(true);
    t = 10_000;
    expect((await limiter.hit('a')).ok).toBe(true);
  });
  it('stays bounded: remembers at most maxClients, oldest forgotten first', async () => {
    const limiter = createRateLimiter({ max: 1, maxClients: 50 }, () => 0);
    for (let i = 0; i < 200; i++) await limiter.hit(`10.0.0.${i}`);
    expect(limiter.size).toBe(50);
    expect((await limiter.hit('10.0.0.199')).ok).toBe(false); // recent: still limited
    expect((await limiter.hit('10.0.0.0')).ok).toBe(true); // forgotten
  });
});

describe('memorySink', () => {
  it('appends once per record id, keeps history per subject, fails when full', async () => {
    const sink = memorySink({ limit: 2 });
    const base = {
      subject: 'subjectAAAAAAAAAAAAAAA',
      revision: 'r1',
      method: 'accept-all' as const,
      categories: {},
      services: {},
      language: 'en',
      signals: { gpc: false },
      source: 'banner' as const,
      decidedAt: '2026-01-01T00:00:00.000Z',
      receivedAt: '2026-01-01T00:00:01.000Z',
      policyHash: 'h',
    };
    expect(await sink.append({ ...base, recordId: 'a'.repeat(16) })).toEqual({ duplicate: false });
    expect(await sink.append({ ...base, recordId: 'a'.repeat(16) })).toEqual({ duplicate: true });
    await sink.append({ ...base, recordId: 'b'.repeat(16), subject: 'otherBBBBBBBBBBBBBBBBB' });
    expect((await sink.history(base.subject)).map((r) => r.recordId)).toEqual(['a'.repeat(16)]);
    await expect(sink.append({ ...base, recordId: 'c'.repeat(16) })).rejects.toThrow(/full/);
  });
});

describe('cachedDecider: decisions reused across requests', () => {
  const MONTH = 2_629_746_000;
  const base = Date.UTC(2026, 10, 15);
  // Consent cookies around `base`: any revision, choice and method, decided from a year before to
  // a day after, expiring anywhere from before the decision to 14 months after it.
  const cookieValue = fc
    .record({
      revision: fc.constantFrom(policy.revision, '2026-05-01'),
      decidedAt: fc.integer({ min: base - 12 * MONTH, max: base + 86_400_000 }),
      span: fc.integer({ min: -MONTH, max: 14 * MONTH }),
      method: fc.constantFrom('accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'confirm-over-gpc' as const),
      statistics: fc.boolean(),
      marketing: fc.boolean(),
      video: fc.option(fc.boolean(), { nil: undefined }),
      regime: fc.constantFrom(...REGIMES),
    })
    .map((c) =>
      encodeConsent({
        revision: c.revision,
        subject: 'AAAAAAAAAAAAAAAAAAAAAA',
        decidedAt: c.decidedAt,
        expiresAt: c.decidedAt + c.span,
        method: c.method,
        categories: { statistics: c.statistics, marketing: c.marketing },
        services: c.video === undefined ? {} : { 'video-embed': c.video },
        regime: c.regime,
      }),
    );
  const value = fc.oneof(cookieValue, fc.constant(null), fc.constant(''), fc.string({ maxLength: 40 }));
  // The regime too (C25): a cached decision for one regime must never answer for another.
  const signals = fc.record({ gpc: fc.boolean(), dnt: fc.boolean(), regime: fc.constantFrom(...REGIMES) }, { requiredKeys: ['gpc', 'dnt'] });

  it('C25 property: for any cookie, signals and sequence of times (clock going back too) it answers exactly what decide answers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, signals), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat({ max: 3 }), fc.integer({ min: -13 * MONTH, max: 13 * MONTH })), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 3 }),
        (inputs, calls, size) => {
          const cached = cachedDecider(policy, decodeConsent, size);
          for (const [which, offset] of calls) {
            const [v, s] = inputs[which % inputs.length]!;
            const now = base + offset;
            expect(cached(v, s, now)).toEqual(decide(policy, decodeConsent(v), s, now));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same frozen decision while the choice is current, and a new one once it expires', () => {
    const cached = cachedDecider(policy, decodeConsent);
    const v = consentCookie('acceptAll', base);
    const first = cached(v, {}, base + 1000);
    expect(cached(v, {}, base + 2000)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.categories) && Object.isFrozen(first.signal.held)).toBe(true);
    expect(() => {
      (first.categories as Record<string, boolean>).marketing = false;
    }).toThrow(TypeError);
    const later = cached(v, {}, base + 7 * MONTH);
    expect(later).not.toBe(first);
    expect(later.reason).toBe('expired');
    // GPC is part of the key: the same cookie with the signal holds marketing off.
    expect(cached(v, { gpc: true }, base + 2000).categories.marketing).toBe(false);
    expect(cached(v, {}, base + 2000).categories.marketing).toBe(true);
  });
});

describe('sinkRefusal', () => {
  const error = (fields: Record<string, unknown>) => Object.assign(new Error('refused'), fields);
  it.each([
    [error({ status: 400 }), 400],
    [error({ status: 422 }), 422],
    [error({ status: 429 }), 429],
    [error({ statusCode: 409 }), 409],
    [error({ status: 400, statusCode: 503 }), 400],
    [error({ status: 503 }), undefined],
    [error({ status: 500 }), undefined],
    [error({ status: 399 }), undefined],
    [error({ status: 500, statusCode: 400 }), undefined],
    [error({ status: '400' }), undefined],
    [error({ status: 400.5 }), undefined],
    [error({}), undefined],
    [new Error('database is down'), undefined],
    ['a string', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%o: %s', (value, status) => {
    expect(sinkRefusal(value)).toBe(status);
  });
});
