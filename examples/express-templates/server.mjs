// An Express 5 shop drawn by Eta templates. Per request, @cookiekit/server gives the template this
// visitor's consent UI (`res.locals.cookiekitHtml`, drawn only when a template prints it): the
// first layer for a visitor to be asked, the settings button and the preferences always. The
// script-tag build of @cookiekit/dom attaches to that markup, so the banner is in the first HTML
// and never flashes. Every page is sent with `script-src 'nonce-…'` and nothing else; the
// shop's own statistics cookie only leaves with consent (Set-Cookie enforcement).
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPolicyHtml } from '@cookiekit/core/page';
import { cookiekit, memorySink } from '@cookiekit/server/express';
import { Eta } from 'eta';
import { policy } from 'example-policy';
import express from 'express';
import { BANNER_LAYOUTS } from '@cookiekit/core';
import { contentSecurityPolicy, newNonce, publicDir } from 'shop-common';
import { bannerLayout } from 'shop-common/page';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const views = path.join(here, 'views');
const dom = path.dirname(require.resolve('@cookiekit/dom/cookiekit.iife.js'));
const shopCss = require.resolve('shop-common/shop.css');
const shopJs = require.resolve('shop-common/shop.js');

/** Creates the shop as an Express app serving under `base`; see server.d.mts. */
export function createExpressShop({ base = '/', consentApi, logger } = {}) {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new TypeError('base starts and ends with "/"');
  const eta = new Eta({ views, cache: true });
  const app = express();
  app.disable('x-powered-by');
  app.engine('eta', (file, data, done) => {
    try {
      done(null, eta.render(path.relative(views, file), data));
    } catch (error) {
      done(error);
    }
  });
  app.set('views', views);
  app.set('view engine', 'eta');

  // Before everything that answers: enforcement sees every Set-Cookie, and the banner's link
  // points at this shop's policy page.
  // One middleware per banner layout (the layout is a kit's option): a page's `?layout=` and
  // `?position=`, checked against core's layouts, pick the one that renders its banner.
  const kit = (layout) => cookiekit({ policy, logger, consentApi, banner: { policyHref: `${base}cookie-policy`, layout } });
  const kits = new Map([['', kit(undefined)]]);
  for (const [type, positions] of Object.entries(BANNER_LAYOUTS)) for (const position of positions) kits.set(`${type} ${position}`, kit({ type, position }));
  app.use((req, res, next) => {
    const layout = bannerLayout(req.url);
    res.locals.layout = layout;
    kits.get(layout ? `${layout.type} ${layout.position}` : '')(req, res, next);
  });

  const files = express.Router();
  for (const file of ['cookiekit.iife.js', 'cookiekit.css', 'cookiekit-policy.css']) files.get(`/${file}`, (_req, res) => res.sendFile(path.join(dom, file)));
  files.get('/shop.css', (_req, res) => res.sendFile(shopCss));
  files.get('/shop.js', (_req, res) => res.sendFile(shopJs));
  files.use(express.static(publicDir, { index: false }));
  app.use(base, files);

  const pages = express.Router();
  pages.use((_req, res, next) => {
    const nonce = newNonce();
    res.locals.cspNonce = nonce;
    res.locals.base = base;
    res.setHeader('content-security-policy', contentSecurityPolicy(nonce));
    // The shop's own visit counter, HttpOnly: it leaves only if the visitor allowed its
    // service, and the server expires it when they withdraw (page scripts cannot).
    res.cookie('_shop_visit', randomBytes(8).toString('hex'), { maxAge: 1_800_000, httpOnly: true, sameSite: 'lax', path: '/' });
    next();
  });
  pages.get('/', (_req, res) => res.render('index'));
  pages.get('/cookie-policy', (_req, res) => res.render('cookie-policy', { policyPage: renderPolicyHtml(policy, { settingsHref: '#cookie-settings' }) }));
  app.use(base, pages);
  return app;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const host = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? 3004);
  // Alone it keeps proof of consent in memory (lost on restart); the demo writes it to the consent log.
  const server = createServer(createExpressShop({ consentApi: { sink: memorySink() } }));
  server.listen(port, host, () => console.log(`express-templates shop: http://${host}:${server.address().port}/`));
}
