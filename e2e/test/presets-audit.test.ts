// A shop page with the Google Analytics 4, Meta Pixel and YouTube presets passes `cookiekit audit`
// (C1, C4, C6): the tags and the embed wait for consent, set only what the presets declare, and
// leave nothing after Reject all or a withdrawal. The vendors' scripts and the player are stand-ins
// served by the page's own server through the loader's `rewrite`: no request leaves the machine.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { runCli, type AuditReport } from '@cookiekit/cli';
import { defineCookiePolicy } from '@cookiekit/core';
import { googleAnalytics4 } from '@cookiekit/services/google-analytics-4';
import { metaPixel } from '@cookiekit/services/meta-pixel';
import { youtube } from '@cookiekit/services/youtube';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/test-env.mjs';

const require = createRequire(import.meta.url);
const CORE = dirname(require.resolve('@cookiekit/core'));
const SERVICES = dirname(require.resolve('@cookiekit/services'));

// The same policy in Node (for the audit) and in the page (which needs the presets' loaders).
const POLICY_JS = `
export const categories = [
  { id: 'necessary', label: 'Necessary', description: 'Needed for the shop to work.' },
  { id: 'statistics', label: 'Statistics', description: 'Measure how the shop is used.' },
  { id: 'marketing', label: 'Marketing', description: 'Advertising and embedded videos.' },
];
export const consent = {
  id: 'cookie-preferences', provider: 'Presets shop', function: 'Cookie preferences', category: 'necessary',
  party: { type: 'first' }, purposes: [{ code: 'consent-storage' }],
  storage: [{ name: 'cookies_preferences', duration: '6 months' }],
};
export const build = ({ googleAnalytics4, metaPixel, youtube }) => ({
  revision: '2026-12-01',
  site: { name: 'Presets shop' },
  categories,
  services: [consent, googleAnalytics4({ measurementId: 'G-TEST1' }), metaPixel({ pixelId: '1234567890' }), youtube()],
});
`;
const PAGE_JS = `
import { createCookieKit } from '@cookiekit/core';
import { googleAnalytics4 } from '/services/google-analytics-4.js';
import { metaPixel } from '/services/meta-pixel.js';
import { youtube } from '/services/youtube.js';
import { presetLoader, embedAttributes } from '/services/index.js';
import { build } from '/policy.js';
const policy = build({ googleAnalytics4, metaPixel, youtube });
const rewrite = (url) => '/vendor/' + encodeURIComponent(url);
const frame = document.createElement('iframe');
for (const [k, v] of Object.entries(embedAttributes(policy.services[3], 'M7lc1UVf-VE', { rewrite: (url) => '/embed/' + encodeURIComponent(url) }))) frame.setAttribute(k, v);
frame.title = 'Our video';
document.querySelector('main').append(frame);
const kit = createCookieKit({ policy, effects: [presetLoader({ rewrite })] });
kit.start();
const el = (tag, attrs, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) k.startsWith('on') ? node.addEventListener(k.slice(2), v) : node.setAttribute(k, v);
  node.append(...children.filter(Boolean));
  return node;
};
const root = document.getElementById('consent');
const draw = () => {
  const s = kit.banner.getSnapshot();
  const m = s.messages;
  root.replaceChildren();
  if (s.showBanner) root.append(el('div', { role: 'region', 'aria-label': m.banner.title },
    el('p', {}, m.banner.text),
    el('button', { type: 'button', onclick: () => kit.banner.acceptAll() }, m.banner.acceptAll),
    el('button', { type: 'button', onclick: () => kit.banner.rejectAll() }, m.banner.rejectAll),
    el('button', { type: 'button', onclick: () => kit.banner.openPreferences() }, m.banner.customize)));
  if (s.showPreferences) root.append(el('div', { role: 'dialog', 'aria-modal': 'true', 'aria-label': m.preferences.title },
    el('button', { type: 'button', onclick: () => kit.banner.rejectAll() }, m.preferences.rejectAll),
    el('button', { type: 'button', onclick: () => kit.banner.acceptAll() }, m.preferences.acceptAll),
    el('button', { type: 'button', onclick: () => kit.banner.save() }, m.preferences.save)));
  root.append(el('button', { type: 'button', onclick: () => kit.banner.openPreferences() }, m.settingsButton));
};
kit.banner.subscribe(draw);
draw();
`;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Presets shop</title><link rel="icon" href="data:,">
<script type="importmap">{"imports":{"@cookiekit/core":"/core/index.js"}}</script>
<script type="module" src="/page.js"></script></head>
<body><main><h1>Presets shop</h1></main><div id="consent"></div></body></html>`;

// What each vendor's stand-in does once loaded: the first-party cookies its preset declares.
const STAND_INS: Record<string, string> = {
  'https://www.googletagmanager.com/gtag/js?id=G-TEST1': `document.cookie = '_ga=GA1.1.1.1; Max-Age=34000000; Path=/'; document.cookie = '_ga_TEST1=GS1.1.1; Max-Age=34000000; Path=/';`,
  'https://connect.facebook.net/en_US/fbevents.js': `document.cookie = '_fbp=fb.1.1.1; Max-Age=${90 * 86_400}; Path=/';`,
};
const EMBED = `<!doctype html><title>player</title><p>player</p><script>localStorage.setItem('yt-remote-device-id', '1');</script>`;

let server: Server;
let url: string;
let browser: Browser;
let dir: string;
const vendorRequests: string[] = [];

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const send = (body: string | Buffer, type = 'text/javascript') => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (path === '/') return send(PAGE, 'text/html; charset=utf-8');
    if (path === '/page.js') return send(PAGE_JS);
    if (path === '/policy.js') return send(POLICY_JS);
    if (path.startsWith('/vendor/')) {
      const vendor = decodeURIComponent(req.url!.slice('/vendor/'.length));
      vendorRequests.push(vendor);
      return send(STAND_INS[vendor] ?? '');
    }
    if (path.startsWith('/embed/')) return send(EMBED, 'text/html');
    for (const [prefix, root] of [['/core/', CORE], ['/services/', SERVICES]] as const) {
      const file = normalize(join(root, path.slice(prefix.length)));
      if (path.startsWith(prefix) && file.startsWith(root) && file.endsWith('.js')) {
        try {
          return send(await readFile(file));
        } catch {
          break;
        }
      }
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: findChromium(), headless: true });
  dir = await mkdtemp(join(tmpdir(), 'cookiekit-presets-'));
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a page with the GA4, Meta Pixel and YouTube presets', () => {
  it('passes cookiekit audit (C1, C4, C6), its vendors loaded only after Accept all', async () => {
    const { build } = (await import(`data:text/javascript,${encodeURIComponent(POLICY_JS)}`)) as { build: (p: unknown) => unknown };
    const policy = defineCookiePolicy(build({ googleAnalytics4, metaPixel, youtube }) as Parameters<typeof defineCookiePolicy>[0]);
    const policyFile = join(dir, 'policy.json');
    await writeFile(policyFile, JSON.stringify(policy));
    let stdout = '';
    let stderr = '';
    const code = await runCli(
      ['audit', url, '--policy', policyFile, '--format', 'json', '--depth', '0', '--settle', '200'],
      { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } },
      { browser },
    );
    const report = JSON.parse(stdout) as AuditReport;
    expect(report.findings, stderr).toEqual([]);
    expect(code).toBe(0);
    // The stand-ins ran (after Accept all, in each phase that accepted), and nothing else was asked for.
    expect([...new Set(vendorRequests)].sort()).toEqual(Object.keys(STAND_INS).sort());
    expect(report.checks.map((c) => c.status)).not.toContain('failed');
    expect(report.checks.find((c) => c.id === 'before-consent')?.status).toBe('passed');
    // What the presets declare was seen after Accept all, each item owned by its preset's service.
    const seen = Object.fromEntries(report.inventory.map((i) => [i.name, i.declared?.service]));
    expect(seen).toMatchObject({ _ga: 'google-analytics-4', _ga_TEST1: 'google-analytics-4', _fbp: 'meta-pixel', 'yt-remote-device-id': 'youtube' });
    expect(report.blockedRequests).toEqual([]);
  });
});
