import { canonicalJson, type ConsentRecord, type ConsentSink, type Decision } from '@cookiekit/core';
import { LANGUAGES } from '@cookiekit/core/locales';
import { policyPages } from '@cookiekit/core/locales/all';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memorySink, type MemorySink } from './memory-sink';
import { blockingPolicy, consentCookie, policy, previousPolicy } from './test/policy';
import { ADAPTERS, deletions, rawRequest, setNames, startServer, type TestServer } from './test/servers';

interface Log {
  warn: string[];
  error: string[];
}
const makeLogger = (log: Log) => ({ warn: (m: string) => log.warn.push(m), error: (m: string) => log.error.push(m) });

const newId = () => `rec_${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`.slice(0, 24);
const SUBJECT = 'subjectAAAAAAAAAAAAAAA';

function record(changes: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    recordId: newId(),
    subject: SUBJECT,
    revision: policy.revision,
    method: 'custom',
    categories: { statistics: true, marketing: false },
    services: { 'shop-analytics': true, 'ad-server': false, 'video-embed': false },
    language: 'en',
    signals: { gpc: false },
    source: 'preferences',
    decidedAt: '2026-11-02T10:00:00.000Z',
    ...changes,
  };
}

/** A sink that is down: every write and read fails. */
const brokenSink: ConsentSink = {
  append: () => Promise.reject(new Error('database is down')),
  history: () => Promise.reject(new Error('database is down')),
};

describe.each(ADAPTERS)('%s adapter (real server on 127.0.0.1)', (adapter) => {
  let main: TestServer;
  let blocking: TestServer;
  let strict: TestServer;
  let sink: MemorySink;
  const log: Log = { warn: [], error: [] };
  const blockLog: Log = { warn: [], error: [] };
  const strictLog: Log = { warn: [], error: [] };

  beforeAll(async () => {
    sink = memorySink();
    main = await startServer(adapter, {
      policy,
      logger: makeLogger(log),
      consentApi: { sink, previousPolicies: [previousPolicy], rateLimit: { max: 1000 } },
      policyPage: { settingsHref: '#cookie-settings' },
    });
    blocking = await startServer(adapter, { policy: blockingPolicy, logger: makeLogger(blockLog), gpcJson: false });
    strict = await startServer(adapter, {
      policy,
      logger: makeLogger(strictLog),
      consentApi: { sink: brokenSink, rateLimit: { max: 3, windowSeconds: 120 }, retryAfterSeconds: 7 },
    });
  });
  afterAll(async () => {
    await Promise.all([main?.close(), blocking?.close(), strict?.close()]);
  });

  const decisionOf = async (headers: Record<string, string> = {}) => {
    const res = await fetch(`${main.url}/decision`, { headers });
    expect(res.status).toBe(200);
    return (await res.json()) as { decision: Decision; initialConsent: { cookie: string | null; signals: { gpc: boolean }; now: number }; stored: unknown };
  };
  const setCookies = async (cookies: string[], headers: Record<string, string> = {}, server = () => main) => {
    const query = cookies.map((c) => `c=${encodeURIComponent(c)}`).join('&');
    const res = await fetch(`${server().url}/set?${query}`, { headers });
    expect(res.status).toBe(200);
    return res.headers.getSetCookie();
  };
  const post = (body: string, headers: Record<string, string> = {}, server = () => main) =>
    fetch(`${server().url}/api/consent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server().url, ...headers },
      body,
    });

  describe('read', () => {
    it('a request without a consent cookie must be asked, with every optional category off (C3)', async () => {
      const { decision, initialConsent } = await decisionOf();
      expect(decision.ask).toBe(true);
      expect(decision.reason).toBe('no-choice');
      expect(decision.categories).toEqual({ necessary: true, statistics: false, marketing: false });
      expect(initialConsent.cookie).toBeNull();
      expect(initialConsent.signals.gpc).toBe(false);
    });

    it('decodes the consent cookie with the core codec and hands SSR the initialConsent', async () => {
      const value = consentCookie({ categories: { statistics: true } });
      const { decision, initialConsent } = await decisionOf({ cookie: `other=1; cookies_preferences=${value}` });
      expect(decision.ask).toBe(false);
      expect(decision.categories).toEqual({ necessary: true, statistics: true, marketing: false });
      expect(initialConsent.cookie).toBe(value);
      expect(typeof initialConsent.now).toBe('number');
    });

    it('a forged or truncated consent cookie counts as no choice', async () => {
      const value = consentCookie('acceptAll');
      for (const forged of [value.slice(0, -3) + '~x', value.replace('~a~', '~z~'), '1~x', '%31~', 'a'.repeat(5000)]) {
        const { decision } = await decisionOf({ cookie: `cookies_preferences=${forged}` });
        expect(decision.ask, forged.slice(0, 40)).toBe(true);
        expect(decision.categories.marketing).toBe(false);
      }
    });

    it('a choice made on another policy revision is asked again (C7)', async () => {
      const { decision } = await decisionOf({ cookie: `cookies_preferences=${consentCookie('acceptAll', Date.now(), previousPolicy)}` });
      expect(decision.reason).toBe('revision-changed');
      expect(decision.categories.statistics).toBe(false);
    });

    it('repeated cookie names: the first one wins, like the browser runtime', async () => {
      const good = consentCookie('acceptAll');
      const first = await decisionOf({ cookie: `cookies_preferences=garbage; cookies_preferences=${good}` });
      expect(first.decision.ask).toBe(true);
      const second = await decisionOf({ cookie: `cookies_preferences=${good}; cookies_preferences=garbage` });
      expect(second.decision.ask).toBe(false);
    });

    it('C11: Sec-GPC holds marketing off over an earlier "Accept all" and reports the conflict', async () => {
      const { decision, initialConsent } = await decisionOf({
        cookie: `cookies_preferences=${consentCookie('acceptAll')}`,
        'sec-gpc': '1',
      });
      expect(decision.categories).toEqual({ necessary: true, statistics: true, marketing: false });
      expect(decision.signal).toEqual({ active: true, held: ['marketing'], conflict: true });
      expect(initialConsent.signals.gpc).toBe(true);
    });

    it.each([
      [['1'], true],
      [[' 1 '], true],
      [['\t1\t'], true],
      [['1, 0'], true],
      [['0, 1'], true],
      [['0', '1'], true],
      [['1', '0'], true],
      [['0'], false],
      [['true'], false],
      [['yes'], false],
      [[''], false],
      [['01'], false],
      [['\u00a01'], false],
      [['1.0'], false],
      [['0', '0'], false],
      [[], false],
    ])('C10: Sec-GPC header lines %j turn GPC %s', async (lines, on) => {
      const headers: Record<string, string | string[]> = {};
      if (lines.length) headers['sec-gpc'] = lines.length === 1 ? lines[0]! : lines;
      const answer = await rawRequest(`${main.url}/decision`, { headers });
      expect(answer.status).toBe(200);
      const { decision } = JSON.parse(answer.text) as { decision: Decision };
      expect(decision.signal.active).toBe(on);
    });

    it('DNT does not count unless the policy honours it', async () => {
      const { decision } = await decisionOf({ dnt: '1' });
      expect(decision.signal.active).toBe(false);
    });
  });

  describe('enforce', () => {
    it('without a choice only necessary and undeclared cookies leave; undeclared is logged once by name', async () => {
      const before = log.warn.length;
      const out = await setCookies(['sessionid=s1; HttpOnly; Path=/', '_shop_stats=1', '_shop_stats_ses42=1', '_adp_uid=u; HttpOnly', 'mystery=1']);
      expect(setNames(out)).toEqual(['sessionid', 'mystery']);
      const again = await setCookies(['mystery=2']);
      expect(setNames(again)).toEqual(['mystery']);
      const lines = log.warn.slice(before);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('"mystery"');
      expect(lines[0]).toContain('not declared');
    });

    it('a granted category lets its cookies out, wildcard names included; refused ones stay in', async () => {
      const cookie = `cookies_preferences=${consentCookie({ categories: { statistics: true } })}`;
      const out = await setCookies(['_shop_stats=1; Max-Age=100', '_shop_stats_ses9=1', '_adp_uid=u', 'st_player=p'], { cookie });
      expect(setNames(out)).toEqual(['_shop_stats', '_shop_stats_ses9']);
    });

    it('GPC blocks marketing cookies even after "Accept all" (C11)', async () => {
      const cookie = `cookies_preferences=${consentCookie('acceptAll')}`;
      const withGpc = await setCookies(['_shop_stats=1', '_adp_uid=u'], { cookie, 'sec-gpc': '1' });
      expect(setNames(withGpc)).toEqual(['_shop_stats']);
      const without = await setCookies(['_shop_stats=1', '_adp_uid=u'], { cookie });
      expect(setNames(without)).toEqual(['_shop_stats', '_adp_uid']);
    });

    it('deletions and the consent cookie itself always leave', async () => {
      const value = consentCookie('rejectAll');
      const out = await setCookies([`cookies_preferences=${value}; Path=/`, '_adp_uid=; Max-Age=0', 'st_player=; Expires=Thu, 01 Jan 1970 00:00:00 GMT']);
      expect(out).toContain(`cookies_preferences=${value}; Path=/`);
      expect(out).toContain('_adp_uid=; Max-Age=0');
      expect(out).toContain('st_player=; Expires=Thu, 01 Jan 1970 00:00:00 GMT');
    });

    it('a consent cookie the response sets decides the rest of that response', async () => {
      const value = consentCookie({ categories: { statistics: true } });
      const out = await setCookies([`cookies_preferences=${value}; Path=/`, '_shop_stats=1', '_adp_uid=u']);
      expect(setNames(out)).toEqual(['cookies_preferences', '_shop_stats']);
    });

    it('undeclaredCookies "block" keeps undeclared cookies in and logs the block', async () => {
      const out = await setCookies(['mystery=1', 'sessionid=s'], {}, () => blocking);
      expect(setNames(out)).toEqual(['sessionid']);
      expect(blockLog.warn.filter((l) => l.includes('"mystery"'))).toHaveLength(1);
      expect(blockLog.warn[0]).toContain('blocked');
    });

    it('a response without cookies, to a request without a choice, gets no Set-Cookie at all', async () => {
      const res = await fetch(`${main.url}/plain`, { headers: { cookie: '_adp_uid=u; sessionid=s' } });
      expect(await res.text()).toBe('ok');
      expect(res.headers.getSetCookie()).toEqual([]);
    });
  });

  describe('withdrawal clearing (C6, C18)', () => {
    it('a withdrawn choice expires the refused cookies the request carries, HttpOnly ones included, on the host, its parent domains, every declared path and the request path', async () => {
      const answer = await rawRequest(`${main.url}/plain`, {
        headers: {
          host: 'www.shop.test',
          cookie: `cookies_preferences=${consentCookie('withdraw')}; _adp_uid=u; _shop_stats_ses7=x; sessionid=s; mystery=1`,
        },
      });
      expect(answer.status).toBe(200);
      // Host-only, on the host and on each parent down to the registrable domain.
      expect(deletions(answer.setCookies)).toEqual([
        '_adp_uid|/plain|',
        '_adp_uid|/plain|shop.test',
        '_adp_uid|/plain|www.shop.test',
        '_adp_uid|/|',
        '_adp_uid|/|shop.test',
        '_adp_uid|/|www.shop.test',
        '_shop_stats_ses7|/plain|',
        '_shop_stats_ses7|/plain|shop.test',
        '_shop_stats_ses7|/plain|www.shop.test',
        '_shop_stats_ses7|/|',
        '_shop_stats_ses7|/|shop.test',
        '_shop_stats_ses7|/|www.shop.test',
      ]);
      expect(answer.setCookies.find((h) => h.startsWith('_adp_uid=') && h.includes('Domain'))).toContain('HttpOnly');
    });

    it('a refusal after a grant (Reject all) clears the same way; a grant clears nothing', async () => {
      const rejected = await rawRequest(`${main.url}/plain`, {
        headers: { cookie: `cookies_preferences=${consentCookie('rejectAll')}; st_player=p; _shop_stats=1` },
      });
      expect(deletions(rejected.setCookies)).toEqual(['_shop_stats|/plain|', '_shop_stats|/|', 'st_player|/plain|', 'st_player|/|']);
      const granted = await rawRequest(`${main.url}/plain`, {
        headers: { cookie: `cookies_preferences=${consentCookie('acceptAll')}; st_player=p; _shop_stats=1` },
      });
      expect(granted.setCookies).toEqual([]);
    });

    it('withdraw() writes a withdrawal for the same subject and expires every refused cookie, present or not', async () => {
      const granted = consentCookie('acceptAll');
      const subject = granted.split('~')[2];
      const answer = await rawRequest(`${main.url}/withdraw`, {
        headers: { host: 'shop.test', cookie: `cookies_preferences=${granted}; _shop_stats_ses1=1` },
      });
      expect(JSON.parse(answer.text)).toEqual({ method: 'withdraw', subject });
      const written = answer.setCookies.find((h) => h.startsWith('cookies_preferences='))!;
      expect(written).toMatch(/~w~!statistics\.!marketing~/);
      expect(written).toContain('Path=/; SameSite=Lax');
      expect(deletions(answer.setCookies)).toEqual([
        '_adp_seen|/shop|',
        '_adp_seen|/shop|shop.test',
        '_adp_seen|/withdraw|',
        '_adp_seen|/withdraw|shop.test',
        '_adp_seen|/|',
        '_adp_seen|/|shop.test',
        '_adp_uid|/withdraw|',
        '_adp_uid|/withdraw|shop.test',
        '_adp_uid|/|',
        '_adp_uid|/|shop.test',
        '_shop_stats_ses1|/withdraw|',
        '_shop_stats_ses1|/withdraw|shop.test',
        '_shop_stats_ses1|/|',
        '_shop_stats_ses1|/|shop.test',
        '_shop_stats|/withdraw|',
        '_shop_stats|/withdraw|shop.test',
        '_shop_stats|/|',
        '_shop_stats|/|shop.test',
        'st_player|/withdraw|',
        'st_player|/withdraw|shop.test',
        'st_player|/|',
        'st_player|/|shop.test',
      ]);
    });

    it('expireRefusedCookies() never names a domain outside the request\'s host, declared or not', async () => {
      const answer = await rawRequest(`${main.url}/expire`, {
        headers: { host: 'evil.example', cookie: `cookies_preferences=${consentCookie('rejectAll')}` },
      });
      const domains = new Set(answer.setCookies.map((h) => /; Domain=([^;]+)/i.exec(h)?.[1] ?? ''));
      expect([...domains].sort()).toEqual(['', 'evil.example']);
      expect(deletions(answer.setCookies)).toContain('_adp_uid|/|');
    });
  });

  describe('gpc.json (C12)', () => {
    it('is served as application/json with gpc true and the lastUpdate date', async () => {
      const res = await fetch(`${main.url}/.well-known/gpc.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({ gpc: true, lastUpdate: '2026-11-01' });
    });

    it('refuses other methods with 405 and is absent when turned off', async () => {
      const res = await fetch(`${main.url}/.well-known/gpc.json`, { method: 'POST' });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      const off = await fetch(`${blocking.url}/.well-known/gpc.json`);
      expect(await off.text()).toBe('ok'); // the app answered: no cookiekit route
    });
  });

  describe('policy page', () => {
    it.each([
      ['fr-CA, fr;q=0.9, en;q=0.5', 'fr', 'Nécessaires'],
      ['eo-EO, en;q=0.3', 'en', 'Necessary'],
      ['eo', 'en', 'Necessary'],
      [undefined, 'en', 'Necessary'],
    ])('Accept-Language %j is answered in %s, as HTML from the core renderer', async (acceptLanguage, lang, label) => {
      const res = await fetch(`${main.url}/cookie-policy`, { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-language')).toBe(lang);
      expect(res.headers.get('vary')).toBe('Accept-Language');
      const html = await res.text();
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toContain(label);
      expect(html).toContain('<code>_adp_uid</code>');
      expect(html).toContain('href="#cookie-settings"');
      // C23: a strict policy of its own: the page runs no script, so none may run.
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'none'");
      expect(csp).toContain("style-src 'self'");
    });

    it('Accept-Language "de-AT,de;q=0.9,en;q=0.5" and the like get each shipped language, with <html lang> and dir', async () => {
      const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      for (const { tag, dir } of LANGUAGES) {
        const res = await fetch(`${main.url}/cookie-policy`, { headers: { 'accept-language': `${tag}-AT,${tag};q=0.9,en;q=0.5` } });
        expect(res.headers.get('content-language')).toBe(tag);
        const html = await res.text();
        expect(html, tag).toContain(`<html lang="${tag}" dir="${dir}">`);
        expect(html, tag).toContain(escape(policyPages.find((p) => p.lang === tag)!.page.title));
      }
      const polish = await (await fetch(`${main.url}/cookie-policy`, { headers: { 'accept-language': 'pl-PL,pl;q=0.9,en;q=0.5' } })).text();
      expect(polish).toContain('<html lang="pl" dir="ltr">');
      expect(polish).toContain('Polityka plików cookie');
    });

    it('HEAD answers with the page\'s headers; other methods get 405; absent unless configured', async () => {
      const get = await fetch(`${main.url}/cookie-policy`, { headers: { 'accept-language': 'fr' } });
      const head = await fetch(`${main.url}/cookie-policy`, { method: 'HEAD', headers: { 'accept-language': 'fr' } });
      expect(head.status).toBe(200);
      // (An HTTP client drops any HEAD body itself, so the headers are what can be checked.)
      for (const name of ['content-type', 'content-language', 'vary', 'cache-control', 'content-security-policy']) {
        expect([name, head.headers.get(name)]).toEqual([name, get.headers.get(name)]);
      }
      expect(head.headers.get('content-language')).toBe('fr');
      expect((await fetch(`${main.url}/cookie-policy`, { method: 'POST' })).status).toBe(405);
      expect(await (await fetch(`${blocking.url}/cookie-policy`)).text()).toBe('ok');
    });
  });

  describe('consent API (C9)', () => {
    it('201 with the record id once the sink has it, with receivedAt and the policy hash', async () => {
      const rec = record();
      const res = await post(JSON.stringify(rec));
      expect(res.status).toBe(201);
      expect(await res.json()).toEqual({ recordId: rec.recordId });
      const stored = sink.records.find((r) => r.recordId === rec.recordId)!;
      expect(stored).toMatchObject(rec);
      expect(Date.parse(stored.receivedAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(stored.policyHash).toBe(createHash('sha256').update(canonicalJson(policy)).digest('hex'));
    });

    it('a repeated record id writes nothing', async () => {
      const rec = record();
      expect((await post(JSON.stringify(rec))).status).toBe(201);
      const count = sink.records.length;
      const again = await post(JSON.stringify(rec));
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ recordId: rec.recordId, duplicate: true });
      expect(sink.records.length).toBe(count);
    });

    it('accepts a revision listed in previousPolicies, hashed as that policy', async () => {
      const rec = record({ revision: previousPolicy.revision });
      expect((await post(JSON.stringify(rec))).status).toBe(201);
      const stored = sink.records.find((r) => r.recordId === rec.recordId)!;
      expect(stored.policyHash).toBe(createHash('sha256').update(canonicalJson(previousPolicy)).digest('hex'));
    });

    it.each([
      ['another origin', { origin: 'https://evil.example' }],
      ['a null origin', { origin: 'null' }],
      ['no Origin and a cross-site fetch', { origin: '', 'sec-fetch-site': 'cross-site' }],
    ])('403 for %s, before anything else, and nothing written', async (_, headers) => {
      const count = sink.records.length;
      const h: Record<string, string> = { ...headers };
      const res =
        h.origin === ''
          ? await rawRequest(`${main.url}/api/consent`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'sec-fetch-site': h['sec-fetch-site']! },
              body: 'not even json',
            })
          : await post('not even json', h);
      expect(res.status).toBe(403);
      expect(sink.records.length).toBe(count);
    });

    it('no Origin but Sec-Fetch-Site same-origin is accepted', async () => {
      const rec = record();
      const res = await rawRequest(`${main.url}/api/consent`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
        body: JSON.stringify(rec),
      });
      expect(res.status).toBe(201);
    });

    it('413 beyond 8 kB, whatever Content-Length says, and nothing written', async () => {
      const count = sink.records.length;
      const big = JSON.stringify(record({ language: 'en' })).replace('"en"', `"${'a'.repeat(9000)}"`);
      const res = await post(big);
      expect(res.status).toBe(413);
      expect((await res.json()).error).toBe('too-large');
      // Chunked: no Content-Length to trust.
      const chunked = await new Promise<number>((resolve, reject) => {
        import('node:http').then(({ request }) => {
          const req = request(`${main.url}/api/consent`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', origin: main.url, 'transfer-encoding': 'chunked' },
            agent: false,
          }, (r) => {
            r.resume();
            resolve(r.statusCode ?? 0);
          });
          req.on('error', reject);
          req.write(big.slice(0, 5000));
          req.end(big.slice(5000));
        }, reject);
      });
      expect(chunked).toBe(413);
      expect(sink.records.length).toBe(count);
    });

    it.each([
      ['invalid-json', '{"recordId": ', 'not JSON'],
      ['invalid-record', JSON.stringify({ ...record(), method: 'sell-everything' }), 'method'],
      ['invalid-record', JSON.stringify({ ...record(), extra: 1 }), 'extra'],
      ['invalid-record', JSON.stringify({ ...record(), subject: 'short' }), 'subject'],
      ['invalid-record', '[]', '(record)'],
      ['unknown-revision', JSON.stringify(record({ revision: '1999-01-01' })), '1999-01-01'],
      ['unknown-id', JSON.stringify(record({ categories: { analytics: true } })), 'analytics'],
      ['unknown-id', JSON.stringify(record({ services: { 'ga4': true } })), 'ga4'],
      // C9: a key the schema would skip is refused, not dropped: the raw body is what is checked.
      ['invalid-record', JSON.stringify(record()).replace('"categories":{', '"categories":{"__proto__":true,'), 'categories.__proto__'],
      ['invalid-record', JSON.stringify(record()).replace('"services":{', '"services":{"__proto__":false,'), 'services.__proto__'],
      ['invalid-record', JSON.stringify(record()).replace('"services":{', '"services":{"\\u005f_proto__":{"x":1},'), 'services.__proto__'],
    ])('400 %s with a clear message, nothing written (%#)', async (error, body, mention) => {
      const count = sink.records.length;
      const res = await post(body);
      expect(res.status).toBe(400);
      const json = (await res.json()) as { error: string; message: string };
      expect(json.error).toBe(error);
      expect(json.message).toContain(mention);
      expect(sink.records.length).toBe(count);
    });

    it('429 with Retry-After past the per-client limit', async () => {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 4; i++) {
        const res = await post('{}', {}, () => strict);
        statuses.push(res.status);
        if (res.status === 429) retryAfter = res.headers.get('retry-after');
      }
      expect(statuses).toEqual([400, 400, 400, 429]);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(retryAfter)).toBeLessThanOrEqual(120);
    });

    it('503 with Retry-After when the sink fails (logged), and the failure is not a 500', async () => {
      const other = await startServer(adapter, {
        policy,
        logger: makeLogger(strictLog),
        consentApi: { sink: brokenSink, retryAfterSeconds: 7 },
      });
      try {
        const res = await fetch(`${other.url}/api/consent`, {
          method: 'POST',
          headers: { origin: other.url },
          body: JSON.stringify(record()),
        });
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('7');
        expect(strictLog.error.some((l) => l.includes('database is down'))).toBe(true);
      } finally {
        await other.close();
      }
    });

    it('a sink that never answers gets 503 after sinkTimeoutMs', async () => {
      const hanging: ConsentSink = { append: () => new Promise(() => {}), history: () => new Promise(() => {}) };
      const other = await startServer(adapter, { policy, logger: makeLogger(strictLog), consentApi: { sink: hanging, sinkTimeoutMs: 50 } });
      try {
        const res = await fetch(`${other.url}/api/consent`, { method: 'POST', headers: { origin: other.url }, body: JSON.stringify(record()) });
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('10');
      } finally {
        await other.close();
      }
    });

    it("GET /api/consent/:subjectId answers only the browser whose consent cookie carries that subject", async () => {
      const cookie = consentCookie('acceptAll');
      const subject = cookie.split('~')[2]!;
      const rec = record({ subject });
      expect((await post(JSON.stringify(rec))).status).toBe(201);
      const mine = await fetch(`${main.url}/api/consent/${subject}`, { headers: { cookie: `cookies_preferences=${cookie}` } });
      expect(mine.status).toBe(200);
      const body = (await mine.json()) as { subject: string; records: ConsentRecord[] };
      expect(body.subject).toBe(subject);
      expect(body.records.map((r) => r.recordId)).toEqual([rec.recordId]);
      const none = await fetch(`${main.url}/api/consent/${subject}`);
      expect(none.status).toBe(403);
      const other = await fetch(`${main.url}/api/consent/${SUBJECT}`, { headers: { cookie: `cookies_preferences=${cookie}` } });
      expect(other.status).toBe(403);
      expect(((await other.json()) as { error: string }).error).toBe('forbidden-subject');
    });

    it('405 for other methods on the API paths', async () => {
      const res = await fetch(`${main.url}/api/consent`);
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
      const del = await fetch(`${main.url}/api/consent/${SUBJECT}`, { method: 'DELETE' });
      expect(del.status).toBe(405);
    });
  });

  describe('bad input', () => {
    it('a cookie header near the size limit, invalid encodings and odd bytes still get a well-formed answer', async () => {
      for (const cookie of [
        `a=${'x'.repeat(12_000)}; cookies_preferences=${consentCookie('acceptAll')}`,
        'cookies_preferences=%E0%A4%A; x=%%; =; ;;; ==; y',
        'cookies_preferences="1~2026-11-01"; \u00ff=\u00fe',
        Array.from({ length: 300 }, (_, i) => `n${i % 7}=${i}`).join('; '),
      ]) {
        const res = await rawRequest(`${main.url}/decision`, { headers: { cookie } });
        expect(res.status).toBe(200);
        expect(() => JSON.parse(res.text)).not.toThrow();
      }
    });

    it('a header beyond what Node accepts is refused by Node with 431, not a crash', async () => {
      const res = await rawRequest(`${main.url}/decision`, { headers: { cookie: `a=${'x'.repeat(20_000)}` } });
      expect(res.status).toBe(431);
      const after = await fetch(`${main.url}/plain`);
      expect(after.status).toBe(200);
    });
  });
});
