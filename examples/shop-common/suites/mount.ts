// The tests of `createShopHandler` both example shops run against their own build.
import { encodeConsent, newSubjectId } from '@cookiekit/server';
import { policy } from 'example-policy';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, fillTemplate, type ShopHandler, type ShopHandlerOptions } from '../mount.mjs';

/** A built example shop, as its mount.mjs exports it. */
export interface BuiltShop {
  /** The package name, e.g. `react-vite`. */
  readonly name: string;
  readonly serverEntry: string;
  createShopHandler(options?: ShopHandlerOptions): Promise<ShopHandler>;
}

/** Serving, templating and CSP tests for one built shop, mounted without the cookiekit middleware. */
export function mountSuite(shop: BuiltShop): void {
  let server: Server;
  let origin: string;
  const passed: string[] = [];

  beforeAll(async () => {
    if (!existsSync(shop.serverEntry)) throw new Error(`Build the shop first: pnpm --filter ${shop.name} build`);
    const handler = await shop.createShopHandler();
    // Without the @cookiekit/server middleware: the handler reads the request's headers itself.
    server = createServer((req: IncomingMessage, res: ServerResponse) =>
      req.url?.startsWith('/next/')
        ? handler(req, res, () => {
            passed.push(req.url!);
            res.end('next');
          })
        : handler(req, res),
    );
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((done) => server?.close(done)));

  const consentCookie = () => {
    const now = Date.now();
    return encodeConsent({
      revision: policy.revision,
      subject: newSubjectId(),
      decidedAt: now,
      expiresAt: now + 86_400_000,
      method: 'reject-all',
      categories: { statistics: false, marketing: false },
      services: { 'shop-analytics': false, 'ad-pixel': false, 'video-embed': false },
    });
  };

  describe(`${shop.name}: createShopHandler`, () => {
    it('renders pages with the banner only when the request carries no current choice, under a strict CSP', async () => {
      const first = await fetch(`${origin}/`);
      expect(first.status).toBe(200);
      const csp = first.headers.get('content-security-policy') ?? '';
      const nonce = /script-src 'nonce-([A-Za-z0-9+/]+={0,2})'(;|$)/.exec(csp)?.[1];
      expect(nonce, csp).toBeDefined();
      expect(csp).toBe(contentSecurityPolicy(nonce!));
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|script-src[^;]*'self'/);
      const html = await first.text();
      // C23: every executable script the page carries (the bundle, the inert gated placeholders)
      // has this response's nonce; the render's JSON data block needs none.
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
      expect(scripts.filter((tag) => !tag.includes('type="application/json"')).length).toBeGreaterThanOrEqual(4);
      for (const tag of scripts) {
        if (!tag.includes('type="application/json"')) expect(tag).toContain(`nonce="${nonce}"`);
      }
      expect(html).toContain('class="ck-banner"');
      expect(html).toContain('<script type="application/json" id="ck-initial-consent">{"cookie":null');
      expect(html).not.toMatch(/<script>|\sstyle=/);
      const returning = await fetch(`${origin}/`, { headers: { cookie: `cookies_preferences=${consentCookie()}` } });
      expect(await returning.text()).not.toContain('ck-banner');
      // A nonce serves one response only.
      const again = (await fetch(`${origin}/`)).headers.get('content-security-policy');
      expect(again).not.toBe(csp);
    });

    it('C23: gives the nonce to the template\'s scripts only, never to markup from the render, and refuses a weak nonce', () => {
      const template =
        '<head><!--app-head--><script type="module" src="/a.js"></script><link rel="modulepreload" href="/b.js"><link rel="stylesheet" href="/c.css"></head>' +
        '<body><!--app-html--><script type="text/plain" data-src="/s.js"></script></body>';
      const page = fillTemplate(template, { head: '<script src="/evil-head.js"></script>', html: '<script>alert(1)</script>' }, 'AAAAAAAAAAAAAAAAAAAAAA==');
      expect(page).toContain('<script nonce="AAAAAAAAAAAAAAAAAAAAAA==" type="module" src="/a.js">');
      expect(page).toContain('<link nonce="AAAAAAAAAAAAAAAAAAAAAA==" rel="modulepreload" href="/b.js">');
      expect(page).toContain('<script nonce="AAAAAAAAAAAAAAAAAAAAAA==" type="text/plain" data-src="/s.js">');
      expect(page).toContain('<link rel="stylesheet" href="/c.css">');
      expect(page).toContain('<script src="/evil-head.js"></script>');
      expect(page).toContain('<script>alert(1)</script>');
      expect(fillTemplate(template, { html: '' })).not.toContain('nonce');
      expect(() => contentSecurityPolicy("x' 'unsafe-inline")).toThrow(/nonce/);
      expect(() => contentSecurityPolicy('short')).toThrow(/nonce/);
    });

    it('serves built files, never the template itself, and refuses paths outside the build', async () => {
      const stats = await fetch(`${origin}/stats.js`);
      expect(stats.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(await stats.text()).toContain('_shop_stats');
      const template = await (await fetch(`${origin}/index.html`)).text();
      expect(template).not.toContain('<!--app-html-->');
      // Encoded so that fetch sends the dots as they are: decoded on the server, each would reach
      // the shop's own package.json (dist/client/../../package.json) without the guard.
      for (const path of ['/..%2f..%2fpackage.json', '/%2e%2e%2f%2e%2e%2fpackage.json', '/assets/..%2f..%2f..%2fpackage.json']) {
        const outside = await fetch(`${origin}${path}`);
        expect([path, outside.status]).toEqual([path, 404]);
        expect(await outside.text()).not.toContain('"name"');
      }
    });

    it('answers 404 for an unknown page, 405 for other methods, and hands on to `next` when given', async () => {
      expect((await fetch(`${origin}/nope`)).status).toBe(404);
      expect((await fetch(`${origin}/`, { method: 'POST' })).status).toBe(405);
      expect(await (await fetch(`${origin}/next/unknown`)).text()).toBe('next');
      expect(passed).toEqual(['/next/unknown']);
    });

    it('refuses a base the shop was not built with', async () => {
      await expect(shop.createShopHandler({ base: `/${shop.name}/` })).rejects.toThrow(/built for base \//);
      await expect(shop.createShopHandler({ base: shop.name })).rejects.toThrow(/must start and end with/);
    });

    it('draws the cookie policy page', async () => {
      const html = await (await fetch(`${origin}/cookie-policy`)).text();
      expect(html).toContain('<title>Cookie policy · Smartbump shop</title>');
      expect(html).toContain('<article class="ck-policy" lang="en" dir="ltr">');
    });
  });
}
