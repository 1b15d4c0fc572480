// @vitest-environment jsdom
// @vitest-environment-options {"url": "http://www.shop.test/shop/product"}
import { afterEach, describe, expect, it } from 'vitest';
import { decide, type Consent } from '../decide';
import { memoryStorage } from '../storage';
import { createConsentStore } from '../store';
import { shopPolicy } from '../test/browser/shop-policy';
import { cleanupRefused, cookieDomains, cookiePaths, watchCleanup, type CleanupReport } from './cleanup';

const consent = (categories: Record<string, boolean>, services: Record<string, boolean> = {}): Consent => ({
  revision: shopPolicy.revision,
  subject: 'abcdefghijklmnopqrstuv',
  decidedAt: 0,
  expiresAt: 1e12,
  method: 'custom',
  categories,
  services,
});
const refusedAll = decide(shopPolicy, consent({ statistics: false, marketing: false }), {}, 1);
const statsOnly = decide(
  shopPolicy,
  consent({ statistics: true, marketing: false }, { 'shop-analytics': true, 'ad-pixel': false, 'video-embed': false }),
  {},
  1,
);

/** A cookie jar that only records what is written, and shows a fixed `document.cookie`. */
function recordingEnv(visible: string, location = { hostname: 'www.shop.test', pathname: '/shop/product', protocol: 'http:' }) {
  const writes: string[] = [];
  return {
    writes,
    env: {
      document: {
        get cookie() {
          return visible;
        },
        set cookie(value: string) {
          writes.push(value);
        },
      },
      location,
      localStorage: null,
      sessionStorage: null,
    },
  };
}

const clearJar = () => {
  for (const name of document.cookie.split(';').map((c) => c.split('=')[0]!.trim()).filter(Boolean)) {
    for (const path of ['/', '/shop', '/shop/product']) {
      for (const domain of ['', '; Domain=shop.test']) document.cookie = `${name}=; Max-Age=0; Path=${path}${domain}`;
    }
  }
  localStorage.clear();
  sessionStorage.clear();
};
afterEach(clearJar);

describe('cookie domains and paths (C18)', () => {
  it('tries the host and every parent domain but the top-level label; none for IP addresses', () => {
    expect(cookieDomains('www.shop.test')).toEqual(['www.shop.test', 'shop.test']);
    expect(cookieDomains('a.b.example.co.uk')).toEqual(['a.b.example.co.uk', 'b.example.co.uk', 'example.co.uk', 'co.uk']);
    expect(cookieDomains('localhost')).toEqual(['localhost']);
    expect(cookieDomains('127.0.0.1')).toEqual([]);
    expect(cookieDomains('[::1]')).toEqual([]);
  });

  it('tries /, the declared paths and every ancestor of the current path, once each', () => {
    expect(cookiePaths('/shop/product/42', ['/shop', '/account'])).toEqual([
      '/',
      '/shop',
      '/account',
      '/shop/product',
      '/shop/product/42',
    ]);
    expect(cookiePaths('/')).toEqual(['/']);
  });
});

describe('cleanupRefused (C6, C18)', () => {
  it('writes deletions for visible refused names and exact names, on every path and domain, never for necessary ones', () => {
    const { writes, env } = recordingEnv('csrftoken=1; _shop_stats_ses9=1; _pk_id.1.ab=2; other=3; _adp_uid=4');
    cleanupRefused(shopPolicy, refusedAll, env);
    const deleted = new Set(writes.map((w) => w.split('=')[0]));
    // Visible wildcard and pattern names, plus exact names even when not visible here.
    expect([...deleted].sort()).toEqual(['_adp_http', '_adp_seen', '_adp_uid', '_pk_id.1.ab', '_shop_stats', '_shop_stats_ses9', '_st_vid']);
    expect(writes).toContain('_adp_seen=; Max-Age=0; Path=/shop');
    expect(writes).toContain('_adp_uid=; Max-Age=0; Path=/; Domain=shop.test');
    expect(writes).toContain('_shop_stats_ses9=; Max-Age=0; Path=/shop/product; Domain=www.shop.test');
    expect(writes.filter((w) => w.startsWith('_shop_stats=;'))).toHaveLength(
      3 /* paths: /, /shop, /shop/product */ * 3 /* host-only, www.shop.test, shop.test */,
    );
    // A name declared HttpOnly is tried too: a browser ignores a script's write to a real HttpOnly
    // cookie (the server clears those), and a mis-declared one goes. The consent cookie and
    // undeclared cookies are not ours.
    expect(deleted.has('sessionid')).toBe(false);
    expect(deleted.has('other')).toBe(false);
    expect(writes.every((w) => w.includes('Max-Age=0') && !w.includes('Secure'))).toBe(true);
  });

  it('keeps the storage of allowed services', () => {
    const { writes, env } = recordingEnv('_shop_stats=1; _pk_id.1.ab=2; _adp_uid=3');
    cleanupRefused(shopPolicy, statsOnly, env);
    const deleted = new Set(writes.map((w) => w.split('=')[0]));
    expect([...deleted].sort()).toEqual(['_adp_http', '_adp_seen', '_adp_uid', '_st_vid']);
  });

  it('never deletes the consent cookie, even when a refused wildcard matches it', () => {
    const greedy = {
      ...shopPolicy,
      services: shopPolicy.services.map((s) =>
        s.id === 'ad-pixel' ? { ...s, storage: [{ name: 'cookies*', duration: '1 day' }] } : s.id === 'session' ? { ...s, storage: [] } : s,
      ),
    };
    const { writes, env } = recordingEnv('cookies_preferences=abc; cookies_tracker=1');
    cleanupRefused(greedy, decide(greedy, null, {}, 1), env);
    expect(new Set(writes.map((w) => w.split('=')[0]))).toEqual(new Set(['cookies_tracker', '_shop_stats', '_st_vid']));
  });

  it('adds Secure on https, so Secure cookies can be overwritten', () => {
    const { writes, env } = recordingEnv('_adp_uid=1', { hostname: 'shop.test', pathname: '/', protocol: 'https:' });
    cleanupRefused(shopPolicy, refusedAll, env);
    expect(writes).toContain('_adp_uid=; Max-Age=0; Path=/; Domain=shop.test; Secure');
  });

  it('deletes from a real cookie jar on the host and the parent domain, and reports it', () => {
    document.cookie = '_shop_stats=host; Path=/';
    document.cookie = '_shop_stats=parent; Path=/; Domain=shop.test';
    document.cookie = '_adp_seen=1; Path=/shop';
    document.cookie = '_pk_id.7.zz=1';
    document.cookie = 'csrftoken=keep; Path=/';
    document.cookie = 'undeclared=keep; Path=/';
    localStorage.setItem('shop_stats:visits', '3');
    localStorage.setItem('cookiekit:pending', '{}');
    localStorage.setItem('theme', 'dark');
    sessionStorage.setItem('_adp_tmp1', 'x');
    sessionStorage.setItem('tab', 'y');

    const report = cleanupRefused(shopPolicy, refusedAll);
    expect(document.cookie.split('; ').sort()).toEqual(['csrftoken=keep', 'undeclared=keep']);
    expect(report.cookies.sort()).toEqual(['_adp_seen', '_pk_id.7.zz', '_shop_stats']);
    expect(report.remaining).toEqual([]);
    expect(report.localStorage).toEqual(['shop_stats:visits']);
    expect(report.sessionStorage).toEqual(['_adp_tmp1']);
    expect(Object.keys(localStorage).sort()).toEqual(['cookiekit:pending', 'theme']);
    expect(Object.keys(sessionStorage)).toEqual(['tab']);
  });

  it('survives storage that throws on access, and does nothing without a document', () => {
    const throwing = {
      get localStorage(): Storage {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(() => cleanupRefused(shopPolicy, refusedAll, throwing)).not.toThrow();
    const report = cleanupRefused(shopPolicy, refusedAll, { document: undefined, location: undefined, localStorage: null, sessionStorage: null });
    expect(report).toEqual({ cookies: [], remaining: [], localStorage: [], sessionStorage: [] } satisfies CleanupReport);
  });
});

describe('watchCleanup (C6)', () => {
  it('cleans once on start and again on each revocation, not on grants; stops when asked', () => {
    const store = createConsentStore({ policy: shopPolicy, storage: memoryStorage(), signals: {} });
    const reports: CleanupReport[] = [];
    document.cookie = '_adp_uid=before; Path=/';
    const stop = watchCleanup(store, { onCleanup: (r) => reports.push(r) });
    expect(reports.map((r) => r.cookies)).toEqual([['_adp_uid']]);

    store.acceptAll();
    expect(reports).toHaveLength(1);
    document.cookie = '_adp_uid=granted; Path=/';
    document.cookie = '_shop_stats=granted; Path=/';
    store.save({ categories: { statistics: true } });
    expect(reports).toHaveLength(2);
    expect(reports[1]!.cookies).toEqual(['_adp_uid']);
    expect(document.cookie).toContain('_shop_stats=granted');

    stop();
    document.cookie = '_shop_stats=again; Path=/';
    store.withdraw();
    expect(reports).toHaveLength(2);
    expect(document.cookie).toContain('_shop_stats=again');
  });

  it('cleans without a report callback too', () => {
    const store = createConsentStore({ policy: shopPolicy, storage: memoryStorage(), signals: {} });
    store.acceptAll();
    document.cookie = '_adp_uid=1; Path=/';
    watchCleanup(store);
    expect(document.cookie).toContain('_adp_uid=1');
    store.withdraw();
    expect(document.cookie).not.toContain('_adp_uid');
  });
});
