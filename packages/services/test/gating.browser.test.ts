// Every preset gated in real Chromium (C1): one browser and one page, the preset swapped in place by
// navigation. Stand-in vendor scripts and embeds are served from 127.0.0.1 through the loader's
// `rewrite`, so no request leaves the machine. A consent-bound loader must not run before a choice,
// and must run once its category is allowed; a necessary or explicitly ungated one runs at once.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/test-env.mjs';
import { catalog } from '../src/all';
import { presetInfo } from '../src/runtime';

const require = createRequire(import.meta.url);
const CORE = dirname(require.resolve('@cookiekit/core'));
const SERVICES = fileURLToPath(new URL('../dist/', import.meta.url));

// The page: the preset named in the query, a store in memory, the loader, and an embed if it has one.
const PAGE_JS = `
import { createConsentStore, embedPlaceholders, memoryStorage, startGating, CATEGORY_KINDS } from '@cookiekit/core';
import { presetLoader, embedAttributes, presetInfo } from '/services/index.js';
const name = new URLSearchParams(location.search).get('preset');
// Only the preset's own entry: its sample call, as the catalog writes it.
const { service } = await import('/sample/' + name + '.js');
const policy = { revision: '1', categories: CATEGORY_KINDS.map((id) => ({ id, label: id, description: id })), services: [service] };
const store = createConsentStore({ policy, storage: memoryStorage() });
const rewrite = (url) => '/vendor/' + encodeURIComponent(url);
if (presetInfo(service).embed) {
  const frame = document.createElement('iframe');
  for (const [k, v] of Object.entries(embedAttributes(service, 'ref-1', { rewrite: (url) => '/embed/' + encodeURIComponent(url) }))) frame.setAttribute(k, v);
  frame.title = name;
  document.body.append(frame);
  // The placeholder a blocked embed shows is an opt-in of the page (embedPlaceholders).
  startGating(store, { placeholders: embedPlaceholders });
}
presetLoader({ rewrite })(store);
window.__store = store;
window.__ready = true;
`;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>presets</title>
<script type="importmap">{"imports":{"@cookiekit/core":"/core/index.js"}}</script></head>
<body><script type="module" src="/page.js"></script></body></html>`;
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html' };

let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
/** What the stand-ins received: vendor script and embed addresses, as the presets asked for them. */
const hits: string[] = [];

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (body: string | Buffer, type = 'text/javascript') => res.writeHead(200, { 'content-type': type }).end(body);
    if (path === '/page.html') return send(PAGE, 'text/html');
    if (path === '/page.js') return send(PAGE_JS);
    if (path.startsWith('/sample/')) {
      const entry = catalog.find((e) => `/sample/${e.name}.js` === path);
      if (entry) return send(`import { ${entry.exportName} } from '/services/${entry.name}.js';\nexport const service = ${entry.call};`);
    }
    if (path.startsWith('/vendor/')) {
      const url = path.slice('/vendor/'.length);
      hits.push(url);
      return send(`(window.__loaded ||= []).push(${JSON.stringify(url)});`);
    }
    if (path.startsWith('/embed/')) {
      hits.push(path.slice('/embed/'.length));
      return send('<!doctype html><title>embed</title><p>embedded</p>', 'text/html');
    }
    for (const [prefix, dir] of [['/core/', CORE], ['/services/', SERVICES]] as const) {
      if (path.startsWith(prefix)) {
        const file = normalize(join(dir, path.slice(prefix.length)));
        if (!file.startsWith(dir)) break;
        try {
          // Cached between navigations, as a site's modules would be.
          res.setHeader('cache-control', 'max-age=3600');
          return send(await readFile(file), TYPES[extname(file)] ?? 'text/plain');
        } catch {
          break;
        }
      }
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: findChromium(), headless: true });
  page = await browser.newPage();
  // Nothing but 127.0.0.1: a request to a real vendor would fail the test, not leave the machine.
  await page.route((url) => url.hostname !== '127.0.0.1', (route) => {
    hits.push(`blocked:${route.request().url()}`);
    return route.abort();
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const loaded = () => page.evaluate(() => (window as unknown as { __loaded?: string[] }).__loaded ?? []);
const frameSrc = () => page.evaluate(() => document.querySelector('iframe')?.getAttribute('src') ?? null);

describe('gating in Chromium (C1)', () => {
  it.each(catalog.map((e) => [e.name, e] as const))('%s', async (name, entry) => {
    const service = entry.sample();
    const info = presetInfo(service)!;
    hits.length = 0;
    await page.goto(`${origin}/page.html?preset=${name}`);
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
    // Necessary, explicitly ungated, or exempt audience measurement (C8): no consent to wait for.
    const runsAtOnce = entry.kind === 'necessary' || info.gated === false || service.exemption !== undefined;
    await page.waitForTimeout(50);
    if (info.script) {
      if (runsAtOnce) {
        await page.waitForFunction(() => ((window as unknown as { __loaded?: string[] }).__loaded ?? []).length > 0);
        expect(await loaded()).toEqual([info.script]);
        return;
      }
      // Before any choice: the vendor's script was neither requested nor run. (Only this preset's
      // addresses count: a request of the page before may still arrive after the navigation.)
      expect(await loaded()).toEqual([]);
      expect(hits.filter((h) => h === info.script)).toEqual([]);
    }
    if (info.embed) {
      expect(hits.filter((h) => h === info.embed!('ref-1'))).toEqual([]);
      expect(await frameSrc()).toBeNull();
      expect(await page.locator('.ck-placeholder').count()).toBe(1);
    }
    // Allowing only the preset's category starts it.
    await page.evaluate((kind) => (window as unknown as { __store: { save(c: unknown): void } }).__store.save({ categories: { [kind]: true } }), entry.kind);
    if (info.script) {
      await page.waitForFunction(() => ((window as unknown as { __loaded?: string[] }).__loaded ?? []).length > 0);
      expect(await loaded()).toEqual([info.script]);
    }
    if (info.embed) {
      await page.waitForFunction(() => document.querySelector('iframe')?.hasAttribute('src'));
      expect(decodeURIComponent((await frameSrc())!.replace('/embed/', ''))).toBe(info.embed('ref-1'));
    }
    expect(hits.filter((h) => h.startsWith('blocked:'))).toEqual([]);
  }, 30_000);
});
