import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '@cookiekit/core/locales';
import { memorySink } from './memory-sink';
import { consentCookie, policy } from './test/policy';
import { ADAPTERS, rawRequest, startServer, type TestServer } from './test/servers';

const RUNS = 60;
const quiet = { warn: () => {}, error: () => {} };

/** Characters a conforming client can put in a header value: tab, visible ASCII, space, Latin-1. */
const headerChar = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.constant(0x09),
  fc.integer({ min: 0x80, max: 0xff }),
).map((code) => String.fromCharCode(code));
const headerText = (maxLength: number) => fc.string({ unit: headerChar, maxLength });

const validConsent = consentCookie('acceptAll');
/** A consent cookie with one character replaced: forged, truncated or broken. */
const forgedConsent = fc
  .tuple(fc.nat({ max: validConsent.length - 1 }), headerChar, fc.boolean())
  .map(([at, ch, cut]) => (cut ? validConsent.slice(0, at) : validConsent.slice(0, at) + ch + validConsent.slice(at + 1)));
const cookieName = fc.oneof(
  fc.constantFrom('cookies_preferences', '_adp_uid', '_shop_stats_ses1', 'sessionid', 'st_player', '', ' '),
  headerText(12).filter((s) => !s.includes(';') && !s.includes('=')),
);
const cookieValue = fc.oneof(fc.constant(validConsent), forgedConsent, headerText(60).filter((s) => !s.includes(';')));
/** Cookie headers: raw noise, well-formed lists with repeated names and forged consent, and huge ones. */
const cookieHeader = fc.oneof(
  headerText(400),
  fc.array(fc.tuple(cookieName, cookieValue), { maxLength: 30 }).map((pairs) => pairs.map(([n, v]) => `${n}=${v}`).join('; ')),
  fc.tuple(fc.integer({ min: 4000, max: 15_000 }), cookieValue).map(([n, v]) => `big=${'x'.repeat(n)}; cookies_preferences=${v}`),
);

const goodRecord = {
  recordId: 'recordAAAAAAAAAAAAAAA',
  subject: 'subjectAAAAAAAAAAAAAAA',
  revision: policy.revision,
  method: 'accept-all',
  categories: { statistics: true, marketing: true },
  services: {},
  language: 'en',
  signals: { gpc: false },
  source: 'banner',
  decidedAt: '2026-11-02T10:00:00.000Z',
};
/** Bodies: text noise, any JSON, a record with fields replaced by anything, invalid UTF-8, oversized. */
const body = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc
    .tuple(fc.constantFrom(...Object.keys(goodRecord)), fc.jsonValue({ maxDepth: 2 }), fc.string({ minLength: 16, maxLength: 20 }))
    .map(([key, value, id]) => JSON.stringify({ ...goodRecord, recordId: id.replace(/[^A-Za-z0-9_-]/g, 'x'), [key]: value })),
  fc.uint8Array({ maxLength: 200 }),
  fc.integer({ min: 8000, max: 12_000 }).map((n) => JSON.stringify({ ...goodRecord, language: 'x'.repeat(n) })),
);

const request = fc.record({
  target: fc.constantFrom('/decision', '/plain', '/api/consent', '/api/consent/subjectAAAAAAAAAAAAAAA', '/.well-known/gpc.json', '/cookie-policy'),
  method: fc.constantFrom('GET', 'POST', 'PUT'),
  cookie: fc.option(cookieHeader, { nil: undefined }),
  gpc: fc.option(headerText(8), { nil: undefined }),
  acceptLanguage: fc.option(fc.oneof(headerText(40), fc.constantFrom('fr', 'fr-CA;q=0.5, en', 'de, *;q=0.1')), { nil: undefined }),
  sameOrigin: fc.boolean(),
  origin: headerText(30),
  body,
});

describe.each(ADAPTERS)('%s adapter: fuzzed Cookie headers and bodies', (adapter) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(adapter, { policy, logger: quiet, consentApi: { sink: memorySink(), rateLimit: false }, policyPage: {} });
  });
  afterAll(() => server?.close());

  it(`always answers well-formed, never 500 (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers: Record<string, string> = { origin: r.sameOrigin ? server.url : r.origin };
        if (r.cookie !== undefined) headers.cookie = r.cookie;
        if (r.gpc !== undefined) headers['sec-gpc'] = r.gpc;
        if (r.acceptLanguage !== undefined) headers['accept-language'] = r.acceptLanguage;
        const send = r.method !== 'GET';
        if (send) headers['content-type'] = 'application/json';
        const answer = await rawRequest(`${server.url}${r.target}`, { method: r.method, headers, body: send ? r.body : undefined });
        expect(answer.status).toBeGreaterThanOrEqual(200);
        expect(answer.status).not.toBe(500);
        expect(answer.status).toBeLessThan(500);
        if (answer.status === 431) return; // Node refused an oversized header block itself
        if (r.target === '/cookie-policy' && answer.status === 200) {
          expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
          expect(LANGUAGES.map((l) => l.tag)).toContain(answer.headers['content-language']);
          if (r.method === 'GET') expect(answer.text).toContain('</html>');
        } else if (r.target.startsWith('/api/') || r.target === '/.well-known/gpc.json' || r.target === '/cookie-policy') {
          expect([200, 201, 400, 403, 405, 413]).toContain(answer.status);
          expect(answer.headers['content-type']).toMatch(/^application\/json/);
          expect(() => JSON.parse(answer.text)).not.toThrow();
        } else if (send) {
          // The app's own route: the framework may refuse the body itself (Fastify parses JSON), never with a 5xx.
          expect([200, 400, 413, 415]).toContain(answer.status);
        } else if (r.target === '/decision') {
          expect(answer.status).toBe(200);
          const { decision } = JSON.parse(answer.text) as { decision: { ask: boolean; categories: Record<string, boolean> } };
          expect(decision.categories.necessary).toBe(true);
        } else {
          expect(answer.text).toBe('ok');
        }
        for (const setCookie of answer.setCookies) expect(setCookie).toMatch(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+=/);
      }),
      { numRuns: RUNS },
    );
    // Still serving after the storm.
    expect((await rawRequest(`${server.url}/plain`)).text).toBe('ok');
  });
});
