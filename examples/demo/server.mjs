// The cookiekit demo: one node:http server that mounts
//   /                     the React shop (server-rendered from the request's consent, hydrated)
//   /vue/                 the Vue shop, the same way
//   /static/              the plain HTML shop with the script-tag build only (script-src 'self')
//   /express/             the Express 5 shop drawn by Eta templates, its banner rendered by the server
//   /cookie-policy.html   the policy page rendered by the server, for sites without a framework
//   /.well-known/gpc.json Global Privacy Control support (C12)
//   /api/consent          the consent API, writing proof of consent to @cookiekit/consent-log
//   /insights/            the consent insights dashboard (HTTP Basic credentials, printed at start)
//   /gallery/             every banner layout and theme, light and dark, live (gallery.mjs)
// and sets the seed site's necessary cookies plus one server-side statistics cookie that
// @cookiekit/server only lets leave with consent.
// With regions on (the default), `?region=US-CA` on a page, or an `X-Demo-Region: US-CA` header,
// simulates the visitor's region, as a site's edge would send it (C25).
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openConsentLog } from '@cookiekit/consent-log';
import { readCookie } from '@cookiekit/core';
import { LANGUAGES } from '@cookiekit/core/locales';
import { cookiekit } from '@cookiekit/server/node';
import { policy } from 'example-policy';
import { createShopHandler as createReactShop } from 'react-vite';
import { createExpressShop } from 'express-templates';
import { createStaticHandler } from 'static-html';
import { createGallery } from './gallery.mjs';
import { createShopHandler as createVueShop } from 'vue-vite';
import { consentLogKey, mountInsights } from './insights.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
// The switcher's `?lang=` values: every language core ships (the shops render in it, see shop-common/language.mjs).
const LANGUAGE_TAGS = new Set(LANGUAGES.map((l) => l.tag));

/**
 * The seed site's necessary cookies, set by the server on page requests: `sessionid`
 * (HttpOnly), `csrftoken`, and `django_language` when `?lang=` switches the language; plus the
 * shop's server-side visit cookie (`_shop_visit`, HttpOnly, statistics), which enforcement drops
 * unless the visitor allowed the statistics service, and expires when the visitor withdraws:
 * page scripts cannot delete an HttpOnly cookie, so only the server can (C6).
 */
function setSiteCookies(req, res) {
  const url = new URL(req.url ?? '/', 'http://demo.invalid');
  if (req.method !== 'GET' || /\.[a-z0-9]+$/i.test(url.pathname) || url.pathname.includes('/api/')) return;
  const cookies = [];
  if (!readCookie(req.headers.cookie ?? '', 'sessionid')) {
    cookies.push(`sessionid=${randomBytes(16).toString('hex')}; Max-Age=1209600; Path=/; HttpOnly; SameSite=Lax`);
  }
  if (!readCookie(req.headers.cookie ?? '', 'csrftoken')) {
    cookies.push(`csrftoken=${randomBytes(16).toString('hex')}; Max-Age=31449600; Path=/; SameSite=Lax`);
  }
  const lang = url.searchParams.get('lang');
  if (lang && LANGUAGE_TAGS.has(lang)) cookies.push(`django_language=${lang}; Path=/; SameSite=Lax`);
  // The Express shop sets its own visit cookie, through its own middleware.
  if (!url.pathname.startsWith('/express/')) {
    cookies.push(`_shop_visit=${randomBytes(8).toString('hex')}; Max-Age=1800; Path=/; HttpOnly; SameSite=Lax`);
  }
  res.setHeader('set-cookie', cookies);
}

/** The simulated region's request header, in place of a real edge's (CF-IPCountry and the like). */
const REGION_HEADER = 'x-demo-region';

/**
 * The demo's stand-in for an edge that sends the visitor's region: the `X-Demo-Region` header, else
 * the `?region=` of the page (for the page's own requests, such as its consent records, the page's
 * address is their Referer). Only in the demo: a real site names its edge (`region: 'cloudflare'`).
 */
function simulateRegion(req) {
  if (req.headers[REGION_HEADER]) return;
  for (const address of [req.url, req.headers.referer]) {
    if (!address) continue;
    let region = null;
    try {
      region = new URL(address, 'http://demo.invalid').searchParams.get('region');
    } catch {
      // not a URL: no region from it
    }
    if (region) {
      req.headers[REGION_HEADER] = region;
      return;
    }
  }
}

/** Starts the demo server; see server.d.mts. */
export async function startDemo(options = {}) {
  const port = options.port ?? Number(process.env.PORT ?? 3000);
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  const dataDir = path.resolve(options.dataDir ?? process.env.COOKIEKIT_DATA_DIR ?? path.join(here, '.data'));
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  const logger = options.logger ?? console;
  const regions = options.regions ?? process.env.COOKIEKIT_DEMO_REGIONS !== 'off';
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  const log = await openConsentLog({
    database: databaseUrl ?? path.join(dataDir, 'consent.db'),
    key: consentLogKey(dataDir),
    migrate: true,
  });
  const ck = cookiekit({
    // Regions on: the shipped table of laws decides each region's regime; an unknown region gets
    // the strictest (opt-in), as every visitor does with regions off.
    // Antarctica (`AQ`) stands for a region where the site shows no consent UI at all (`none`).
    policy: regions ? { ...policy, regions: { table: true, regimes: { AQ: 'none' } } } : policy,
    ...(regions && { region: { read: (headers) => headers.get(REGION_HEADER) ?? undefined, vary: [REGION_HEADER] } }),
    logger,
    consentApi: { sink: log },
    policyPage: { path: '/cookie-policy.html', settingsHref: '/' },
  });
  const react = await createReactShop({ base: '/' });
  const vue = await createVueShop({
    base: '/vue/',
    clientDir: path.join(here, 'dist/vue/client'),
    serverEntry: path.join(here, 'dist/vue/server/entry-server.js'),
  });
  const staticSite = createStaticHandler({ base: '/static/' });
  // Its records go to /api/consent, which this server answers before the shop sees them.
  const expressShop = createExpressShop({ base: '/express/', logger });
  const notFound = (res) => () => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('Not found');
  };

  const app = ck.handler((req, res) => {
    setSiteCookies(req, res);
    if (req.url === '/static') {
      res.writeHead(308, { location: '/static/' }).end();
      return;
    }
    if (req.url?.startsWith('/static/')) return staticSite(req, res, notFound(res));
    if (req.url === '/express') {
      res.writeHead(308, { location: '/express/' }).end();
      return;
    }
    if (req.url?.startsWith('/express/')) return expressShop(req, res, notFound(res));
    const shop = req.url?.startsWith('/vue/') || req.url === '/vue' ? vue : react;
    shop(req, res, notFound(res));
  });
  const insights = await mountInsights(dataDir, log);
  const gallery = createGallery();
  const server = createServer((req, res) => {
    // The dashboard answers on its own (its own headers, its own credentials).
    if (req.url === '/insights' || req.url?.startsWith('/insights/')) return insights.handler(req, res);
    // The design gallery: static markup and frames of its own, outside the shops' consent.
    if (req.url === '/gallery' || req.url?.startsWith('/gallery/')) return gallery(req, res);
    if (regions) simulateRegion(req);
    // The Vue shop posts its records to /vue/api/consent: one consent API serves both shops.
    if (req.url?.startsWith('/vue/api/consent')) req.url = req.url.slice('/vue'.length);
    app(req, res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host}:${address.port}/`;
  return {
    url,
    insights: { url: `${url}insights/`, username: insights.username, password: insights.password, source: insights.source },
    async close() {
      await new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await insights.close();
      await log.close();
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const demo = await startDemo();
  const store = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'SQLite in the data folder';
  console.log(`cookiekit demo: ${demo.url}  (Vue shop: ${demo.url}vue/, static HTML shop: ${demo.url}static/, Express templates shop: ${demo.url}express/, consent log: ${store}; Ctrl-C stops)`);
  console.log(`cookiekit demo: insights dashboard ${demo.insights.url}  user ${demo.insights.username}, password ${demo.insights.password}  (showing ${demo.insights.source}; pnpm --filter demo seed:insights fills a demo log)`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await demo.close();
    console.log('cookiekit demo: stopped');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
