// `cookiekit audit` against a real site on 127.0.0.1 in Debian's Chromium: a clean site passes,
// a leaky one shows each finding by name, one without Reject all fails C4. The leaky audit runs
// the built bin as CI would; the others run the same command line in-process on one shared
// Chromium, to keep the suite fast on two cores.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from './audit';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launchTestBrowser } from './test/browser';
import { cookiekit, cookiekitInProcess } from './test/run-cli';
import { POLICY_JSON_PATH, startFixtureSite, type FixtureSite } from './test/site';
import { parseXml } from './test/xml';

let clean: FixtureSite;
let leaky: FixtureSite;
let noReject: FixtureSite;
let dir: string;
let browser: Browser;
const browse = ['--chromium', CHROMIUM, '--settle', '50'];

beforeAll(async () => {
  [clean, leaky, noReject, browser] = await Promise.all([
    startFixtureSite('clean'),
    startFixtureSite('leaky'),
    startFixtureSite('no-reject'),
    launchTestBrowser(),
  ]);
  dir = await mkdtemp(join(tmpdir(), 'cookiekit-audit-'));
});
afterAll(async () => {
  await Promise.all([clean?.close(), leaky?.close(), noReject?.close(), browser?.close()]);
  await rm(dir, { recursive: true, force: true });
});

const testcases = (xml: string) =>
  [...parseXml(xml).getElementsByTagName('testcase')].map((c) => ({
    id: c.getAttribute('classname')!.replace('cookiekit.audit.', ''),
    failure: c.getElementsByTagName('failure')[0]?.getAttribute('type') ?? null,
    skipped: c.getElementsByTagName('skipped').length > 0,
  }));

describe('cookiekit audit', () => {
  it('passes a site that keeps its policy (C1, C4, C6): exit 0 and a JUnit report of six passing checks', async () => {
    const run = await cookiekitInProcess(['audit', clean.url, '--policy', POLICY_JSON_PATH, '--format', 'junit', '--depth', '1', '--settle', '50'], { browser });
    expect(run.stderr).toMatch(/cookiekit: \[before consent\] 1\/10 http:\/\/127\.0\.0\.1/);
    expect(run.code).toBe(0);
    const suite = parseXml(run.stdout).getElementsByTagName('testsuite')[0]!;
    expect(suite.getAttribute('failures')).toBe('0');
    expect(testcases(run.stdout)).toEqual(
      ['before-consent', 'declared', 'durations', 'reject-all-button', 'reject-all-cleanup', 'withdrawal-cleanup'].map((id) => ({ id, failure: null, skipped: false })),
    );
    // The crawl followed same-origin links one deep: /, /about, /shop/item (not the PDF or the partner).
    expect(suite.querySelector('property[name="pages"]')?.getAttribute('value')).toBe('3');
    expect(clean.requests).not.toContain('/about/team');
    expect(clean.requests).not.toContain('/manual.pdf');
    // Each phase clicked through the real banner: the server saw the consent cookie's effects.
    expect(run.stderr).toMatch(/click "Reject all"[\s\S]*click "Accept all"[\s\S]*click "Cookie settings"[\s\S]*click "Reject all"/);
  });

  it('finds each rule the leaky site breaks, by name, with who set each item: exit 1, JSON and JUnit', async () => {
    const junit = join(dir, 'reports', 'leaky.xml');
    const run = await cookiekit(['audit', leaky.url, '--policy', POLICY_JSON_PATH, '--format', 'json', '--junit', junit, '--depth', '1', ...browse]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as AuditReport;
    const found = report.findings.map((f) => `${f.code}:${f.item?.name ?? ''}`).sort();
    expect(found).toEqual(
      [
        'cookie-before-consent:_trk', // C1, undeclared and unclassified
        'cookie-before-consent:_shop_stats', // C1, a statistics cookie written by a script
        'storage-before-consent:shop_stats:visits', // C1, localStorage
        'undeclared-cookie:_trk',
        'outlives-declared-duration:csrftoken', // two years (kept 400 days) against one declared
        'survives-reject-all:_shop_stats', // C6
        'survives-reject-all:shop_stats:visits',
        'survives-withdrawal:_shop_stats', // C6
        'survives-withdrawal:shop_stats:visits',
        'survives-withdrawal:_adp_uid',
        'survives-withdrawal:_adp_seen', // path /shop, set by the server
      ].sort(),
    );
    const byName = (code: string, name: string) => report.findings.find((f) => f.code === code && f.item?.name === name)!;
    expect(byName('cookie-before-consent', '_trk').item?.setBy).toEqual({ type: 'response', url: leaky.url });
    expect(byName('cookie-before-consent', '_shop_stats').item?.setBy).toEqual({ type: 'script', url: `${leaky.origin}/app.js:1` });
    expect(byName('storage-before-consent', 'shop_stats:visits').item?.setBy).toEqual({ type: 'script', url: `${leaky.origin}/app.js:2` });
    expect(byName('survives-withdrawal', '_adp_seen').item).toMatchObject({ path: '/shop', setBy: { type: 'response', url: `${leaky.origin}/shop/item` } });
    expect(byName('undeclared-cookie', '_trk').classification).toMatchObject({ category: 'unknown', rule: 'unknown' });
    expect(report.banner.reject?.name).toBe('Reject all');

    // No request left for the other origin: blocked in the browser, never received.
    expect(report.blockedRequests).toEqual(
      expect.arrayContaining(['pixel.gif', 'tag.js', 'collect', 'embed'].map((p) => `${leaky.thirdParty.origin}/${p}`)),
    );
    expect(leaky.thirdParty.requests).toEqual([]);
    expect(leaky.thirdParty.connections).toBe(0);

    const cases = testcases(await readFile(junit, 'utf8'));
    expect(cases).toEqual([
      { id: 'before-consent', failure: 'cookie-before-consent storage-before-consent', skipped: false },
      { id: 'declared', failure: 'undeclared-cookie', skipped: false },
      { id: 'durations', failure: 'outlives-declared-duration', skipped: false },
      { id: 'reject-all-button', failure: null, skipped: false },
      { id: 'reject-all-cleanup', failure: 'survives-reject-all', skipped: false },
      { id: 'withdrawal-cleanup', failure: 'survives-withdrawal', skipped: false },
    ]);
  });

  it('fails a first layer without Reject all (C4) and still checks C6 through Customize, as text', async () => {
    const run = await cookiekitInProcess(['audit', noReject.url, '--policy', POLICY_JSON_PATH, '--depth', '0', '--quiet', '--settle', '50'], { browser });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^FAIL {2}C4 the first layer has Reject all beside Accept all\n {6}error \[no-reject-all\] the first layer has "Accept all" but no Reject all button beside it$/m);
    expect(run.stdout).toMatch(/^PASS {2}C6 no refused category's cookie survives Reject all$/m);
    expect(run.stdout).toMatch(/^PASS {2}C6 no refused category's cookie survives a withdrawal$/m);
    expect(run.stdout).toMatch(/^PASS {2}C1 /m);
    expect(run.stdout).toMatch(/FAILED: 1 error\(s\), 0 warning\(s\)/);
  });
});
