// The visitor's region from the site's edge headers, and the regime it brings (C25): trusted only
// when the site names its edge, checked before use, and named in `Vary` on every adapter.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { consentCookieName, type CookiePolicy } from '@cookiekit/core';
import { createCookieKit } from './kit';
import { memorySink } from './memory-sink';
import { regionReader, type RegionSource } from './region';
import { consentCookie, policy } from './test/policy';
import { ADAPTERS, setNames, startServer, type TestServer } from './test/servers';

const quiet = { warn: () => {}, error: () => {} };
const headersOf = (values: Record<string, string>) => new Headers(values);

/** The test shop selling in the EU and the US: opt-in in the EEA, opt-out in US states with a law. */
const regional: CookiePolicy = { ...policy, regions: { regimes: { EEA: 'opt-in', GB: 'opt-in', AQ: 'none' }, table: true } };

describe('regionReader (C25)', () => {
  it.each([
    ['cloudflare', { 'cf-ipcountry': 'US', 'cf-region-code': 'CA' }, 'US-CA'],
    ['cloudflare', { 'cf-ipcountry': 'de' }, 'DE'],
    ['cloudflare', { 'cf-ipcountry': 'XX', 'cf-region-code': 'CA' }, undefined],
    ['cloudflare', { 'cf-ipcountry': 'T1' }, undefined],
    ['vercel', { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'TX' }, 'US-TX'],
    ['cloudfront', { 'cloudfront-viewer-country': 'CA', 'cloudfront-viewer-country-region': 'QC' }, 'CA-QC'],
    ['cloudfront', { 'cloudfront-viewer-country': 'US', 'cloudfront-viewer-country-region': 'US-OR' }, 'US-OR'],
    ['cloudfront', { 'cloudfront-viewer-country': 'US', 'cloudfront-viewer-country-region': '<b>' }, 'US'],
  ] as const)('C25: %s headers %j give %s', (source, headers, region) => {
    expect(regionReader(source).read(headersOf(headers))).toBe(region);
  });

  it('C25: a site’s own header names (Fastly) and a function; a throwing function means an unknown region', () => {
    const fastly = regionReader({ country: 'Fastly-Geo-Country', subdivision: 'Fastly-Geo-Region' });
    expect(fastly.read(headersOf({ 'fastly-geo-country': 'US', 'fastly-geo-region': 'CO' }))).toBe('US-CO');
    expect(fastly.vary).toEqual(['fastly-geo-country', 'fastly-geo-region']);
    const fromFunction = regionReader({ read: (h) => h.get('x-edge-region') ?? undefined, vary: ['X-Edge-Region'] });
    expect([fromFunction.read(headersOf({ 'x-edge-region': 'us-va' })), fromFunction.vary]).toEqual(['US-VA', ['x-edge-region']]);
    const throwing = regionReader({ read: () => { throw new Error('edge down'); }, vary: [] });
    expect(throwing.read(headersOf({}))).toBeUndefined();
    expect(() => regionReader('akamai' as RegionSource)).toThrow(/unknown region source/);
  });

  it('C25: property: hostile header values never throw and give a well-formed region or none', () => {
    const reader = regionReader('cloudflare');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (country, sub) => {
        const get = (name: string) => (name === 'cf-ipcountry' ? country : name === 'cf-region-code' ? sub : null);
        const region = reader.read({ get });
        if (region !== undefined) expect(region).toMatch(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/);
      }),
    );
  });
});

describe('the regime on real servers (C25)', () => {
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  const decision = async (server: TestServer, headers: Record<string, string>) => {
    const res = await fetch(`${server.url}/decision`, { headers });
    return { vary: res.headers.get('vary'), body: (await res.json()) as { decision: { regime: string; ask: boolean; categories: Record<string, boolean> }; initialConsent: { signals: Record<string, unknown> } } };
  };
  const setCookies = async (server: TestServer, headers: Record<string, string>) => {
    const q = ['sessionid=s', '_adp_uid=u', '_shop_stats=1'].map((c) => `c=${encodeURIComponent(c)}`).join('&');
    return setNames((await fetch(`${server.url}/set?${q}`, { headers })).headers.getSetCookie()).sort();
  };

  it.each(ADAPTERS)('C1 C10 C25: %s: US-CA is opt-out (marketing runs until refused, GPC refuses it on the first response), DE is opt-in, and Vary names the region headers', async (adapter) => {
    const server = await startServer(adapter, { kit: createCookieKit({ policy: regional, region: 'cloudflare', logger: quiet }) });
    servers.push(server);
    const california = { 'cf-ipcountry': 'US', 'cf-region-code': 'CA' };
    const us = await decision(server, california);
    expect([us.body.decision.regime, us.body.decision.ask, us.body.decision.categories.marketing]).toEqual(['opt-out', true, true]);
    expect(us.body.initialConsent.signals.regime).toBe('opt-out');
    expect(us.vary?.toLowerCase()).toContain('cf-ipcountry, cf-region-code');
    expect(await setCookies(server, california)).toEqual(['_adp_uid', '_shop_stats', 'sessionid']);
    expect(await setCookies(server, { ...california, 'sec-gpc': '1' })).toEqual(['_shop_stats', 'sessionid']);
    // Germany: opt-in, nothing optional before a choice (C1).
    const germany = { 'cf-ipcountry': 'DE' };
    expect((await decision(server, germany)).body.decision.regime).toBe('opt-in');
    expect(await setCookies(server, germany)).toEqual(['sessionid']);
    // A region mapped to `none`: nothing asked.
    expect((await decision(server, { 'cf-ipcountry': 'AQ' })).body.decision.ask).toBe(false);
    // Unknown (Tor): the strictest regime the site declares, opt-in.
    expect((await decision(server, { 'cf-ipcountry': 'T1' })).body.decision.regime).toBe('opt-in');
  });

  it('C25: moving from US-CA to DE with a stored opt-out consent asks again', async () => {
    const server = await startServer('node', { kit: createCookieKit({ policy: regional, region: 'vercel', logger: quiet }) });
    servers.push(server);
    // An opt-out made in California: the consent cookie carries the regime.
    const { createConsentStore, memoryStorage } = await import('@cookiekit/core');
    const storage = memoryStorage();
    createConsentStore({ policy: regional, storage, signals: { regime: 'opt-out' } }).rejectAll();
    const cookie = `${consentCookieName(regional)}=${storage.value}`;
    const inCalifornia = await decision(server, { cookie, 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'CA' });
    expect([inCalifornia.body.decision.ask, inCalifornia.body.decision.categories.marketing]).toEqual([false, false]);
    const inGermany = await decision(server, { cookie, 'x-vercel-ip-country': 'DE' });
    expect([inGermany.body.decision.ask, inGermany.body.decision.regime]).toEqual([true, 'opt-in']);
  });

  it('C25: a region header is ignored unless the site names its edge, and a policy without regions is unchanged', async () => {
    const untrusted = await startServer('express', { kit: createCookieKit({ policy: regional, logger: quiet }) });
    const plain = await startServer('express', { kit: createCookieKit({ policy, region: 'cloudflare', logger: quiet }) });
    servers.push(untrusted, plain);
    const california = { 'cf-ipcountry': 'US', 'cf-region-code': 'CA' };
    const ignored = await decision(untrusted, california);
    expect([ignored.body.decision.regime, ignored.vary]).toEqual(['opt-in', null]);
    expect(await setCookies(untrusted, california)).toEqual(['sessionid']);
    const unchanged = await decision(plain, california);
    expect([unchanged.body.decision.regime, 'regime' in unchanged.body.initialConsent.signals]).toEqual(['opt-in', false]);
    // A returning visitor's consent decides as before.
    const accepted = await decision(plain, { ...california, cookie: `${consentCookieName(policy)}=${consentCookie('acceptAll')}` });
    expect(accepted.body.decision.categories.marketing).toBe(true);
  });

  it('C9 C25: the consent record carries the regime and the region (country and subdivision), decided by the server; none without regions', async () => {
    const sink = memorySink();
    const regionalApi = await startServer('node', { kit: createCookieKit({ policy: regional, region: 'cloudflare', consentApi: { sink }, logger: quiet }) });
    const plainSink = memorySink();
    const plainApi = await startServer('node', { kit: createCookieKit({ policy, region: 'cloudflare', consentApi: { sink: plainSink }, logger: quiet }) });
    servers.push(regionalApi, plainApi);
    const post = (server: TestServer, recordId: string, headers: Record<string, string>) =>
      fetch(`${server.url}/api/consent`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url, ...headers },
        body: JSON.stringify({
          recordId,
          subject: 'subjectAAAAAAAAAAAAAAA',
          revision: policy.revision,
          method: 'custom',
          categories: { marketing: false },
          services: {},
          language: 'en',
          signals: { gpc: false },
          source: 'banner',
          decidedAt: '2026-11-02T10:00:00.000Z',
        }),
      });
    // The subdivision header may hold more than a code: only a well-formed country and subdivision count.
    expect((await post(regionalApi, 'recordCaliforniaAAAAA', { 'cf-ipcountry': 'US', 'cf-region-code': 'CA' })).status).toBe(201);
    expect((await post(regionalApi, 'recordGermanyAAAAAAAA', { 'cf-ipcountry': 'DE', 'cf-region-code': 'Berlin, 10115' })).status).toBe(201);
    expect((await post(regionalApi, 'recordUnknownAAAAAAAA', { 'cf-ipcountry': 'XX' })).status).toBe(201);
    expect(sink.records.map((r) => [r.recordId, r.regime, r.region])).toEqual([
      ['recordCaliforniaAAAAA', 'opt-out', 'US-CA'],
      ['recordGermanyAAAAAAAA', 'opt-in', 'DE'],
      ['recordUnknownAAAAAAAA', 'opt-in', undefined],
    ]);
    expect('region' in sink.records[2]!).toBe(false);
    expect((await post(plainApi, 'recordPlainAAAAAAAAAA', { 'cf-ipcountry': 'US', 'cf-region-code': 'CA' })).status).toBe(201);
    expect(plainSink.records.map((r) => ['regime' in r, 'region' in r])).toEqual([[false, false]]);
  });
});
