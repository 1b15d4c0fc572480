/**
 * A small real site for the CLI's tests, served by node:http on 127.0.0.1 (port 0).
 *
 * Its banner is a minimal hand-written one driven by `@cookiekit/core`'s `createCookieKit`
 * (served from core's built `dist`), with the example policy (`example-policy`). Variants:
 * - `clean`: only declared necessary cookies before a choice; statistics and marketing cookies
 *   after Accept all; the client deletes refused items and the server expires `_adp_seen`.
 * - `leaky`: breaks each audit rule on purpose: an undeclared `_trk` and a `csrftoken` living two
 *   years (declared one) via Set-Cookie before consent; a script sets `_shop_stats` and the
 *   localStorage key `shop_stats:visits` before consent; nothing is cleaned after Reject all or a
 *   withdrawal; and the pages load a pixel, a script, an iframe, a fetch and a preconnect from a
 *   second server (the "third party"), which must receive nothing.
 * - `no-reject`: like clean, but the first layer has Accept all and Customize only (C4).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize } from 'node:path';
import { consentCookieName, decide, decodeConsent, readCookie, type CookiePolicy } from '@cookiekit/core';

const require = createRequire(import.meta.url);
/** core's built files, served to the browser as ES modules. */
export const CORE_DIST = dirname(require.resolve('@cookiekit/core'));
/** The example policy as JSON: what the banner runs on and what the audit checks against. */
export const POLICY_JSON_PATH = require.resolve('example-policy/policy.json');
export const POLICY: CookiePolicy = JSON.parse(readFileSync(POLICY_JSON_PATH, 'utf8')) as CookiePolicy;

export type Variant = 'clean' | 'leaky' | 'no-reject';

/** A server that records every request and TCP connection it gets. */
export interface CountingServer {
  readonly origin: string;
  readonly requests: string[];
  connections: number;
  close(): Promise<void>;
}

export interface FixtureSite {
  readonly variant: Variant;
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly origin: string;
  /** Paths requested, in order. */
  readonly requests: string[];
  readonly thirdParty: CountingServer;
  close(): Promise<void>;
}

const YEAR = 31_536_000;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const closer = (server: Server) => () =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

async function startThirdParty(): Promise<CountingServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    res.writeHead(200, { 'content-type': 'text/plain', 'set-cookie': 'tp_uid=1; Max-Age=31536000; Path=/' }).end('');
  });
  const counting = { requests, connections: 0 } as { requests: string[]; connections: number };
  server.on('connection', () => void counting.connections++);
  const origin = await listen(server);
  return Object.assign(counting, { origin, close: closer(server) });
}

const BANNER_JS = `import { createCookieKit, refusedStorage, matchesStorageItem } from '/core/index.js';
const options = window.FIXTURE;
const policy = await (await fetch('/policy.json')).json();
// The leaky site turns core's own cleanup off too (cleanup: false), to break C6 on purpose.
const kit = createCookieKit({ policy, cleanup: options.cleanup });
kit.start();

const el = (tag, attrs, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) k.startsWith('on') ? node.addEventListener(k.slice(2), v) : node.setAttribute(k, v);
  node.append(...children.filter(Boolean));
  return node;
};
const root = document.getElementById('consent');
function draw() {
  const s = kit.banner.getSnapshot();
  const m = s.messages;
  root.replaceChildren();
  if (s.showBanner) {
    root.append(el('div', { role: 'region', 'aria-label': m.banner.title, class: 'banner' },
      el('p', {}, m.banner.text),
      el('button', { type: 'button', onclick: () => kit.banner.acceptAll() }, m.banner.acceptAll),
      options.reject ? el('button', { type: 'button', onclick: () => kit.banner.rejectAll() }, m.banner.rejectAll) : null,
      el('button', { type: 'button', onclick: () => kit.banner.openPreferences() }, m.banner.customize)));
  }
  if (s.showPreferences) {
    root.append(el('div', { role: 'dialog', 'aria-modal': 'true', 'aria-label': m.preferences.title, class: 'prefs' },
      el('p', {}, m.preferences.text),
      el('button', { type: 'button', onclick: () => kit.banner.rejectAll() }, m.preferences.rejectAll),
      el('button', { type: 'button', onclick: () => kit.banner.acceptAll() }, m.preferences.acceptAll),
      el('button', { type: 'button', onclick: () => kit.banner.save() }, m.preferences.save)));
  }
  root.append(el('button', { type: 'button', class: 'settings', onclick: () => kit.banner.openPreferences() }, m.settingsButton));
}
kit.banner.subscribe(draw);
draw();

// The site's own optional cookies, set only when allowed, removed when refused.
const expire = (name, path) => { document.cookie = name + '=; Max-Age=0; Path=' + (path || '/'); };
function apply() {
  if (kit.store.allowed('shop-analytics')) {
    document.cookie = '_shop_stats=1; Max-Age=' + 30 * 86400 + '; Path=/; SameSite=Lax';
    localStorage.setItem('shop_stats:visits', '1');
  }
  if (kit.store.allowed('ad-pixel')) document.cookie = '_adp_uid=u1; Max-Age=' + 300 * 86400 + '; Path=/; SameSite=Lax';
  if (!options.cleanup) return;
  const names = document.cookie.split(';').map((c) => c.split('=')[0].trim()).filter(Boolean);
  for (const { item } of refusedStorage(policy, kit.store.getSnapshot())) {
    const kind = item.kind || 'cookie';
    if (kind === 'cookie') {
      for (const name of names) if (matchesStorageItem(item, name)) expire(name, item.path);
    } else {
      const store = window[kind];
      for (const key of Object.keys(store)) if (matchesStorageItem(item, key)) store.removeItem(key);
    }
  }
}
kit.store.subscribe(apply);
apply();
`;

// The leaky site's analytics: it writes before anyone is asked.
const APP_JS = `document.cookie = '_shop_stats=1; Max-Age=' + 30 * 86400 + '; Path=/';
localStorage.setItem('shop_stats:visits', '1');
`;

function page(title: string, body: string, variant: Variant, thirdParty: string): string {
  const fixture = JSON.stringify({ reject: variant !== 'no-reject', cleanup: variant !== 'leaky' });
  const outside =
    variant === 'leaky'
      ? `<link rel="preconnect" href="${thirdParty}">
<img src="${thirdParty}/pixel.gif" alt="" width="1" height="1">
<script src="${thirdParty}/tag.js"></script>
<iframe src="${thirdParty}/embed" title="embed" width="10" height="10"></iframe>
<script>fetch('${thirdParty}/collect', { method: 'POST', body: 'x' }).catch(() => {});</script>
<script src="/app.js"></script>`
      : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">
<style>.banner button, .prefs button { font: 16px sans-serif; padding: 8px 16px; width: 140px }</style>
<script>window.FIXTURE = ${fixture};</script>
<script type="module" src="/banner.js"></script>
</head><body>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/shop/item#details">A product</a> <a href="${thirdParty}/elsewhere">Partner</a> <a href="/manual.pdf">Manual</a></nav>
<main><h1>${title}</h1>${body}</main>
<div id="consent"></div>
${outside}
</body></html>`;
}

/**
 * Starts the fixture site (and its third-party server).
 *
 * @example
 * ```ts
 * const site = await startFixtureSite('leaky');
 * // cookiekit audit site.url --policy POLICY_JSON_PATH
 * await site.close();
 * ```
 */
export async function startFixtureSite(variant: Variant): Promise<FixtureSite> {
  const thirdParty = await startThirdParty();
  const requests: string[] = [];
  const pages: Record<string, string> = {
    '/': page('Shop', '<p>Welcome to the shop.</p>', variant, thirdParty.origin),
    '/about': page('About', '<p>About us. <a href="/about/team">Team</a></p>', variant, thirdParty.origin),
    '/about/team': page('Team', '<p>The team.</p>', variant, thirdParty.origin),
    '/shop/item': page('A product', '<p>A product page.</p>', variant, thirdParty.origin),
  };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(path);
    if (path === '/banner.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(BANNER_JS);
    if (path === '/app.js' && variant === 'leaky') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(APP_JS);
    if (path === '/policy.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(POLICY));
    if (path.startsWith('/core/')) {
      const file = normalize(path.slice('/core/'.length));
      if (!file.startsWith('..') && /^[\w./-]+\.js$/.test(file)) {
        let body: Buffer | undefined;
        try {
          body = readFileSync(join(CORE_DIST, file));
        } catch {
          // not there: 404 below
        }
        if (body) return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
      }
    }
    const html = pages[path];
    if (!html) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');

    const header = req.headers.cookie ?? '';
    const cookies: string[] = [];
    if (!readCookie(header, 'sessionid')) {
      cookies.push(`sessionid=${randomBytes(8).toString('hex')}; Path=/; HttpOnly; Max-Age=${14 * 86_400}; SameSite=Lax`);
    }
    if (!readCookie(header, 'django_language')) cookies.push('django_language=en; Path=/; SameSite=Lax');
    // Declared "1 year": the leaky site sets it for two.
    cookies.push(`csrftoken=${randomBytes(8).toString('hex')}; Path=/; Max-Age=${variant === 'leaky' ? 2 * YEAR : YEAR}; SameSite=Lax`);
    if (variant === 'leaky') cookies.push(`_trk=1; Path=/; Max-Age=${YEAR}`);
    // Server-side enforcement of the marketing cookie scoped to /shop.
    const consent = decodeConsent(readCookie(header, consentCookieName(POLICY)) ?? null);
    const decision = decide(POLICY, consent, {}, Date.now());
    const adAllowed = (decision.services as Record<string, boolean>)['ad-pixel'] === true;
    if (path.startsWith('/shop')) {
      if (adAllowed) cookies.push(`_adp_seen=1; Path=/shop; Max-Age=${30 * 86_400}; SameSite=Lax`);
      else if (variant !== 'leaky' && readCookie(header, '_adp_seen')) cookies.push('_adp_seen=; Path=/shop; Max-Age=0');
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'set-cookie': cookies });
    res.end(html);
  };
  const server = createServer(handler);
  const origin = await listen(server);
  const closeSite = closer(server);
  return {
    variant,
    url: `${origin}/`,
    origin,
    requests,
    thirdParty,
    close: async () => {
      await closeSite();
      await thirdParty.close();
    },
  };
}
