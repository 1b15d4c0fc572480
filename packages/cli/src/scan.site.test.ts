// `cookiekit scan` and the browser visit behind scan and audit, against a real site on 127.0.0.1.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeSite, SiteUnreachableError } from './browse';
import type { InventoryItem } from './inventory';
import { scanReport, type ScanReport } from './scan';
import { formatScanText } from './format';
import { CHROMIUM, launchTestBrowser } from './test/browser';
import { cookiekit, PACKAGE_DIR } from './test/run-cli';
import { POLICY, startFixtureSite, type FixtureSite } from './test/site';

let leaky: FixtureSite;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  [leaky, browser] = await Promise.all([startFixtureSite('leaky'), launchTestBrowser()]);
  // Inside the package, so a TypeScript draft can import @cookiekit/core.
  await mkdir(join(PACKAGE_DIR, '.test-tmp'), { recursive: true });
  dir = await mkdtemp(join(PACKAGE_DIR, '.test-tmp', 'scan-'));
});
afterAll(async () => {
  await Promise.all([leaky?.close(), browser?.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe('cookiekit scan', () => {
  it('lists every cookie and key before a choice and after Accept all, with attributes, origin and the rule that classified it', async () => {
    const draft = join(dir, 'draft.ts');
    const run = await cookiekit(['scan', leaky.url, '--format', 'json', '--out', draft, '--depth', '1', '--chromium', CHROMIUM, '--settle', '50']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ScanReport;
    expect(report.accepted).toBe(true);
    expect(report.pages).toEqual([leaky.url, `${leaky.origin}/about`, `${leaky.origin}/shop/item`]);
    const item = (name: string) => report.items.find((i) => i.name === name) as InventoryItem;
    expect(item('sessionid')).toMatchObject({
      kind: 'cookie',
      domain: '127.0.0.1',
      path: '/',
      httpOnly: true,
      secure: false,
      sameSite: 'Lax',
      setBy: { type: 'response', url: leaky.url },
      phases: ['before-consent', 'after-accept'],
      classification: { category: 'necessary', rule: 'framework-default' },
    });
    expect(item('sessionid').lifetimeSeconds).toBeGreaterThan(14 * 86_400 - 120);
    expect(item('sessionid').lifetimeSeconds).toBeLessThanOrEqual(14 * 86_400);
    expect(item('django_language')).toMatchObject({ lifetimeSeconds: null, httpOnly: false });
    expect(item('_shop_stats').setBy).toEqual({ type: 'script', url: `${leaky.origin}/app.js:1` });
    expect(item('shop_stats:visits')).toMatchObject({ kind: 'localStorage', domain: leaky.origin, setBy: { type: 'script' } });
    // Set by the banner's script after Accept all only.
    expect(item('_adp_uid')).toMatchObject({ phases: ['after-accept'], setBy: { type: 'script', url: expect.stringMatching(/\/banner\.js:\d+$/) } });
    expect(item('_adp_seen')).toMatchObject({ path: '/shop', phases: ['after-accept'], setBy: { type: 'response', url: `${leaky.origin}/shop/item` } });
    expect(item('cookies_preferences')).toMatchObject({ phases: ['after-accept'], classification: { category: 'necessary', rule: 'framework-default' } });
    expect(item('_trk').classification.rule).toBe('unknown');

    expect(run.stderr).toMatch(/draft policy written to .*draft\.ts/);
    const validated = await cookiekit(['validate', draft]);
    expect(validated.stdout).toMatch(/draft\.ts: valid/);
    expect(validated.code).toBe(0);
    expect(await readFile(draft, 'utf8')).toMatch(/^import \{ defineCookiePolicy \} from '@cookiekit\/core';/);

    const text = formatScanText(report);
    expect(text).toMatch(/^sessionid +cookie +127\.0\.0\.1 +\/ +14 days +HttpOnly Lax +before,accept +response http:\/\/127\.0\.0\.1:\d+\/ +necessary +framework-default$/m);
    expect(text).toMatch(/^ {2}_trk: unknown \(unknown\) no rule matched/m);
  });

  it('exits 2 with a clear sentence when no browser is there', async () => {
    const nobrowser = await cookiekit(['audit', leaky.url, '--policy', join(PACKAGE_DIR, 'node_modules/example-policy/dist/policy.json'), '--chromium', '/nonexistent/chromium']);
    expect(nobrowser).toMatchObject({ code: 2, stdout: '' });
    expect(nobrowser.stderr).toMatch(/No browser at \/nonexistent\/chromium/);
  });
});

describe('the visit behind scan and audit', () => {
  it('contacts only the given origin: every request in the request log is same-origin or blocked, and the other server gets nothing', async () => {
    const before = leaky.thirdParty.requests.length;
    const seen = await observeSite({ url: leaky.url, browser, phases: ['before-consent'], maxPages: 2, settleMs: 50 });
    expect(seen.pages).toHaveLength(2);
    expect(seen.phases.map((p) => p.phase)).toEqual(['before-consent']);
    const allowed = seen.requests.filter((r) => !r.blocked);
    expect(allowed.length).toBeGreaterThan(5);
    for (const r of allowed) expect(new URL(r.url).origin).toBe(leaky.origin);
    const blocked = seen.requests.filter((r) => r.blocked).map((r) => `${r.resourceType} ${r.url.replace(leaky.thirdParty.origin, 'THIRD')}`);
    expect(blocked).toEqual(expect.arrayContaining(['image THIRD/pixel.gif', 'script THIRD/tag.js', 'fetch THIRD/collect', 'document THIRD/embed']));
    expect(leaky.thirdParty.requests.length).toBe(before);
    expect(leaky.thirdParty.connections).toBe(0);
  });

  it('follows same-origin links within the depth and page limits, skipping files, fragments and other origins', async () => {
    const deep = await observeSite({ url: leaky.url, browser, phases: ['before-consent'], settleMs: 0 });
    expect(deep.pages).toEqual([leaky.url, `${leaky.origin}/about`, `${leaky.origin}/shop/item`, `${leaky.origin}/about/team`]);
    const shallow = await observeSite({ url: leaky.url, browser, phases: ['before-consent'], settleMs: 0, depth: 0 });
    expect(shallow.pages).toEqual([leaky.url]);
    expect(leaky.requests).not.toContain('/manual.pdf');
  });

  it('contacts another origin only when allowed by name, and skips excluded links', async () => {
    const seen = await observeSite({
      url: leaky.url,
      browser,
      phases: ['before-consent'],
      settleMs: 50,
      allowOrigins: [leaky.thirdParty.origin],
      exclude: /\/about/,
    });
    expect(seen.pages).toEqual([leaky.url, `${leaky.origin}/shop/item`]);
    expect(seen.requests.filter((r) => r.blocked)).toEqual([]);
    expect(leaky.thirdParty.requests).toEqual(expect.arrayContaining(['/pixel.gif', '/tag.js', '/collect', '/embed']));
    leaky.thirdParty.requests.length = 0;
    leaky.thirdParty.connections = 0;
  });

  it('says plainly when the site cannot be reached', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const error = (await observeSite({ url: `http://127.0.0.1:${port}/`, browser }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(SiteUnreachableError);
    expect(error.message).toBe(`http://127.0.0.1:${port}/ could not be loaded: cannot connect to 127.0.0.1:${port} (ECONNREFUSED)`);
    await expect(observeSite({ url: 'file:///etc/passwd', browser })).rejects.toThrow(/not an http\(s\) URL/);
  });

  it('marks what a policy declares, and classifies the rest', async () => {
    const seen = await observeSite({ url: leaky.url, browser, phases: ['before-consent'], maxPages: 1, settleMs: 50 });
    const report = scanReport(seen, POLICY);
    const byName = Object.fromEntries(report.items.map((i) => [i.name, i]));
    expect(byName.sessionid?.declared?.service).toBe('authentication');
    expect(byName['shop_stats:visits']?.declared?.service).toBe('shop-analytics');
    expect(byName._trk?.declared).toBeUndefined();
    expect(byName.csrftoken?.classification).toMatchObject({ rule: 'policy', service: 'csrf' });
  });
});
