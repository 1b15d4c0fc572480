// Real Chromium: cookies on a subdomain, a parent domain and sub-paths, and web storage keys, are
// gone after a refusal or withdrawal; necessary and allowed ones stay (C6, C18).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bundleBrowserEntry,
  launchChromium,
  page,
  RUNTIME_ENTRY,
  startTestServer,
  type TestServer,
} from '../test/browser/harness';
import type { BrowserCookieKit } from '../test/browser/runtime-entry';
import type { CleanupReport } from './cleanup';

declare const cookiekit: BrowserCookieKit;
declare const reports: CleanupReport[];

let browser: Browser;
let server: TestServer;

// What a site (or a tag that ran before a refusal) left behind, as the server set it.
const TRACKERS = [
  '_shop_stats=host; Path=/', // host-only on the subdomain www.shop.test
  '_shop_stats=parent; Path=/; Domain=shop.test', // same name on the parent domain
  '_shop_stats_ses42=1; Path=/; Domain=shop.test', // wildcard
  '_pk_id.1.abcd=1; Path=/', // pattern
  '_adp_uid=1; Path=/; Domain=shop.test',
  '_adp_seen=1; Path=/shop', // the sub-path the policy declares
  '_st_vid=1; Path=/shop/product', // an ancestor of the current path, not declared
  '_adp_http=1; Path=/; HttpOnly', // refused, but only the server can clear it
];
const NECESSARY = [
  'sessionid=1; Path=/; HttpOnly',
  'csrftoken=1; Path=/',
  'django_language=fr; Path=/; Domain=shop.test',
  'undeclared=1; Path=/',
];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
  server.route('/runtime.js', { body: await bundleBrowserEntry(RUNTIME_ENTRY), type: 'text/javascript' });
  server.route('/shop/product', { body: page('<h1>Product</h1>'), headers: { 'set-cookie': [...TRACKERS, ...NECESSARY] } });
  server.route('/', { body: page('<h1>Home</h1>') });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<{ context: BrowserContext; tab: Page }> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(server.url('www.shop.test', '/shop/product'));
  await tab.evaluate(() => {
    document.cookie = '_pk_id.2.ff=1'; // default path: /shop
    localStorage.setItem('shop_stats:visits', '3');
    localStorage.setItem('cookiekit:pending', '{}');
    localStorage.setItem('theme', 'dark');
    sessionStorage.setItem('_adp_tmp1', 'x');
    sessionStorage.setItem('tab', 'y');
  });
  return { context, tab };
}

const jar = async (context: BrowserContext) =>
  (await context.cookies()).map((c) => `${c.name}@${c.domain}${c.path}`).sort();

const storageKeys = (tab: Page) =>
  tab.evaluate(() => ({ local: Object.keys(localStorage).sort(), session: Object.keys(sessionStorage).sort() }));

describe('cleanup in Chromium (C6, C18)', { timeout: 30_000 }, () => {
  it('C6 C18: a withdrawal deletes refused cookies on the subdomain, the parent domain and sub-paths, and web storage keys', async () => {
    const { context, tab } = await open();
    expect((await jar(context)).length).toBe(TRACKERS.length + NECESSARY.length + 1);
    await tab.evaluate(() => {
      const store = cookiekit.createConsentStore({ policy: cookiekit.shopPolicy });
      store.acceptAll();
      (window as unknown as { reports: CleanupReport[] }).reports = [];
      cookiekit.watchCleanup(store, { onCleanup: (r) => reports.push(r) });
      store.withdraw();
    });
    expect(await jar(context)).toEqual([
      '_adp_http@www.shop.test/', // HttpOnly: left to the server
      'cookies_preferences@www.shop.test/',
      'csrftoken@www.shop.test/',
      'django_language@.shop.test/',
      'sessionid@www.shop.test/',
      'undeclared@www.shop.test/',
    ]);
    expect(await storageKeys(tab)).toEqual({ local: ['cookiekit:pending', 'theme'], session: ['tab'] });
    const reports = await tab.evaluate(() => (window as unknown as { reports: CleanupReport[] }).reports);
    // The first run (everything allowed) deleted nothing; the withdrawal deleted the rest.
    expect(reports[0]).toEqual({ cookies: [], remaining: [], localStorage: [], sessionStorage: [] });
    expect(reports.at(-1)!.cookies.sort()).toEqual(
      ['_adp_seen', '_adp_uid', '_pk_id.1.abcd', '_pk_id.2.ff', '_shop_stats', '_shop_stats_ses42', '_st_vid'].sort(),
    );
    expect(reports.at(-1)!.remaining).toEqual([]);
    await context.close();
  });

  it('C6: withdrawing one category keeps the allowed services’ cookies and keys', async () => {
    const { context, tab } = await open();
    await tab.evaluate(() => {
      const store = cookiekit.createConsentStore({ policy: cookiekit.shopPolicy });
      store.acceptAll();
      cookiekit.watchCleanup(store);
      store.save({ categories: { statistics: true } });
    });
    const names = (await jar(context)).map((c) => c.split('@')[0]);
    expect(names).toEqual(
      expect.arrayContaining(['_shop_stats', '_shop_stats', '_shop_stats_ses42', '_pk_id.1.abcd', '_pk_id.2.ff', 'csrftoken']),
    );
    expect(names.filter((n) => /^_(adp_uid|adp_seen|st_vid)$/.test(n!))).toEqual([]);
    expect(await storageKeys(tab)).toEqual({ local: ['cookiekit:pending', 'shop_stats:visits', 'theme'], session: ['tab'] });
    await context.close();
  });

  it('C6 C18: a stored refusal cleans on start, including a declared sub-path cookie invisible on this page', async () => {
    const { context, tab } = await open();
    await tab.evaluate(() => cookiekit.createConsentStore({ policy: cookiekit.shopPolicy }).rejectAll());
    await tab.goto(server.url('www.shop.test', '/'));
    expect(await tab.evaluate(() => document.cookie)).not.toContain('_adp_seen');
    const report = await tab.evaluate(() => {
      let first: CleanupReport | undefined;
      cookiekit.watchCleanup(cookiekit.createConsentStore({ policy: cookiekit.shopPolicy }), {
        onCleanup: (r) => (first ??= r),
      });
      return first!;
    });
    const names = (await jar(context)).map((c) => c.split('@')[0]);
    expect(names).not.toContain('_adp_seen'); // deleted on its declared path, /shop
    expect(names).not.toContain('_shop_stats');
    expect(names).not.toContain('_adp_uid');
    // Not declared and not an ancestor of `/`: a script cannot see or reach it from here.
    expect(names).toContain('_st_vid');
    expect(report.cookies).not.toContain('_adp_seen'); // reported only what was visible
    expect(report.localStorage).toEqual(['shop_stats:visits']);
    await context.close();
  });

  it('C18: cleanup from the parent domain itself reaches Domain cookies but cannot touch a sibling host', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(server.url('www.shop.test', '/shop/product'));
    await tab.goto(server.url('shop.test', '/'));
    await tab.evaluate(() => {
      const store = cookiekit.createConsentStore({ policy: cookiekit.shopPolicy });
      cookiekit.cleanupRefused(store.policy, store.getSnapshot());
    });
    const left = await jar(context);
    expect(left.filter((c) => c.includes('@.shop.test'))).toEqual(['django_language@.shop.test/']);
    // Host-only cookies of www.shop.test are out of reach from shop.test, as the browser wants.
    expect(left).toContain('_shop_stats@www.shop.test/');
    await context.close();
  });

  it('C6: a refusal deletes refused IndexedDB databases and Cache Storage caches and unregisters a refused service worker; necessary ones stay', async () => {
    server.route('/stats-sw.js', { body: 'self.addEventListener("fetch", () => {});', type: 'text/javascript' });
    server.route('/app-sw.js', { body: 'self.addEventListener("fetch", () => {});', type: 'text/javascript' });
    const context = await browser.newContext();
    const tab = await context.newPage();
    // localhost is a secure context: Cache Storage and service workers exist there.
    await tab.goto(server.url('localhost', '/'));
    const result = await tab.evaluate(async () => {
      const base = cookiekit.shopPolicy;
      const extra = (category: string, items: object[]) =>
        base.services.map((s) => (s.category === category ? { ...s, storage: [...s.storage, ...items] } : s));
      let services = extra('statistics', [
        { kind: 'indexedDB', name: 'stats-db', duration: '1 year' },
        { kind: 'cacheStorage', name: 'stats-*', duration: '1 year' },
        { kind: 'serviceWorker', name: '/stats-sw.js', duration: '1 year' },
      ]);
      const first = services.findIndex((s) => s.category === 'necessary');
      services = services.map((s, i) =>
        i === first
          ? { ...s, storage: [...s.storage, { kind: 'indexedDB', name: 'app-db', duration: 'session' }, { kind: 'serviceWorker', name: '/app-sw.js', duration: 'session' }] }
          : s,
      );
      const policy = { ...base, services } as typeof base;
      const open = (name: string) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => (request.result.close(), resolve());
          request.onerror = () => reject(request.error);
        });
      await Promise.all([open('stats-db'), open('app-db'), open('undeclared-db')]);
      await Promise.all([caches.open('stats-v1'), caches.open('stats-v2'), caches.open('pages')]);
      await navigator.serviceWorker.register('/stats-sw.js', { scope: '/stats/' });
      await navigator.serviceWorker.register('/app-sw.js', { scope: '/' });
      const store = cookiekit.createConsentStore({ policy, storage: cookiekit.memoryStorage() });
      store.rejectAll();
      const report = await cookiekit.cleanupRefusedStores(policy, store.getSnapshot());
      await new Promise((r) => setTimeout(r, 100));
      return {
        report,
        databases: (await indexedDB.databases()).map((d) => d.name).sort(),
        caches: (await caches.keys()).sort(),
        workers: (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname).sort(),
      };
    });
    expect(result.report).toEqual({ indexedDB: ['stats-db'], cacheStorage: ['stats-v1', 'stats-v2'], serviceWorker: ['/stats-sw.js'] });
    expect(result.databases).toEqual(['app-db', 'undeclared-db']);
    expect(result.caches).toEqual(['pages']);
    expect(result.workers).toEqual(['/']);
    await context.close();
  });
});
