import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enforceResponse } from './enforce-response';
import { createCookieKit } from './kit';
import { consentCookie, policy } from './test/policy';
import { ADAPTERS, deletions, rawRequest, setNames, startServer, type TestServer } from './test/servers';

describe.each(ADAPTERS)('%s adapter fails closed when the consent decision throws (real server on 127.0.0.1)', (adapter) => {
  let server: TestServer;
  let clockFails = false;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer(adapter, {
      policy,
      logger: { warn: () => {}, error: (m) => errors.push(m) },
      // The decision is made at the request's time: a clock that fails makes the decision throw.
      now: () => {
        if (clockFails) throw new Error('the clock is unavailable');
        return Date.now();
      },
    });
  });
  afterAll(async () => {
    clockFails = false;
    await server?.close();
  });

  const granted = consentCookie('acceptAll');
  const visit = () => {
    const set = [
      '_shop_stats=2; Max-Age=100',
      '_adp_uid=u2; HttpOnly',
      'sessionid=s2; HttpOnly',
      'mystery=1',
      'st_player=; Max-Age=0; Path=/',
      `cookies_preferences=${granted}; Path=/`,
    ];
    return rawRequest(`${server.url}/set?${set.map((c) => `c=${encodeURIComponent(c)}`).join('&')}`, {
      headers: { cookie: `cookies_preferences=${granted}; _adp_uid=u; _shop_stats=1; sessionid=s` },
    });
  };

  it('C1, C6: no optional cookie leaves and the optional cookies the request carries are expired; necessary, undeclared, deletions and the consent cookie still leave', async () => {
    clockFails = true;
    const before = errors.length;
    const failed = await visit();
    clockFails = false;
    expect(failed.status).toBe(200);
    expect(setNames(failed.setCookies).sort()).toEqual(['cookies_preferences', 'mystery', 'sessionid']);
    // On / and the request path (/set), as the browser's cleanup would.
    expect(deletions(failed.setCookies)).toEqual(['_adp_uid|/set|', '_adp_uid|/|', '_shop_stats|/set|', '_shop_stats|/|', 'st_player|/|']);
    expect(errors.slice(before).some((m) => m.includes('consent decision failed') && m.includes('the clock is unavailable'))).toBe(true);

    // The same request with a working clock: the visitor's "Accept all" lets everything out.
    const decided = await visit();
    expect(setNames(decided.setCookies).sort()).toEqual(['_adp_uid', '_shop_stats', 'cookies_preferences', 'mystery', 'sessionid']);
    expect(deletions(decided.setCookies)).toEqual(['st_player|/|']);
  });

  it('C6: a response that sets no cookie still expires the optional cookies the request carries while the decision fails', async () => {
    clockFails = true;
    const failed = await rawRequest(`${server.url}/set`, {
      headers: { cookie: `cookies_preferences=${granted}; _adp_uid=u; _shop_stats=1; sessionid=s` },
    });
    clockFails = false;
    expect(failed.status).toBe(200);
    expect(setNames(failed.setCookies)).toEqual([]);
    expect(deletions(failed.setCookies)).toEqual(['_adp_uid|/set|', '_adp_uid|/|', '_shop_stats|/set|', '_shop_stats|/|']);
  });

  it('C1: a request without a consent cookie gets no optional cookie and no expiry while the decision fails', async () => {
    clockFails = true;
    const failed = await rawRequest(`${server.url}/set?c=${encodeURIComponent('_shop_stats=2')}&c=csrftoken%3Dt`, {
      headers: { cookie: '_shop_stats=1' },
    });
    clockFails = false;
    expect(failed.status).toBe(200);
    expect(failed.setCookies.map((h) => h.slice(0, h.indexOf('=')))).toEqual(['csrftoken']);
  });
});

describe('enforceResponse', () => {
  it('sends no cookie at all when even enforcement fails (a consent not made by read())', () => {
    const errors: string[] = [];
    const kit = createCookieKit({ policy, logger: { warn: () => {}, error: (m) => errors.push(m) } });
    expect(enforceResponse(kit, ['sessionid=s', 'mystery=1'], {} as never)).toEqual([]);
    const response = enforceResponse(kit, new Response('ok', { headers: [['set-cookie', 'sessionid=s']] }), {} as never);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('no cookie sent');
  });

  it('leaves a response alone when there is nothing to enforce, and judges its cookies otherwise', () => {
    const kit = createCookieKit({ policy, logger: { warn: () => {}, error: () => {} } });
    const consent = kit.read({ headers: new Headers(), url: 'https://www.shop.test/' });
    expect(enforceResponse(kit, [], consent)).toBeUndefined();
    expect(enforceResponse(kit, ['_adp_uid=u', 'sessionid=s'], consent)).toEqual(['sessionid=s']);
    // A redirect (immutable headers in undici: then a copy is sent) after a withdrawal.
    const withdrawn = kit.read({
      headers: new Headers({ cookie: `cookies_preferences=${consentCookie('withdraw')}; st_player=1` }),
      url: 'https://www.shop.test/',
    });
    const sent = enforceResponse(kit, Response.redirect('https://www.shop.test/elsewhere', 302), withdrawn);
    expect(sent.status).toBe(302);
    expect(sent.headers.get('location')).toBe('https://www.shop.test/elsewhere');
    expect(setNames(sent.headers.getSetCookie())).toEqual([]);
    expect(deletions(sent.headers.getSetCookie())).toEqual(['st_player|/|', 'st_player|/|shop.test', 'st_player|/|www.shop.test']);
  });
});
