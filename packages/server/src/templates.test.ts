// The README's recipe for each template engine, rendered with that engine from a real Express
// request's `res.locals`; and the lazy `res.locals.cookiekitHtml` through `res.render`.
import { consentCookieName, en, enRegimes } from '@cookiekit/core';
import ejs from 'ejs';
import { Eta } from 'eta';
import express from 'express';
import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import pug from 'pug';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookiekit } from './express';
import { consentCookie, policy } from './test/policy';

const NONCE = 'cmVjaXBlLW5vbmNlLTAx';
const README = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const ENGINES = ['ejs', 'eta', 'pug', 'handlebars', 'nunjucks'] as const;
type Engine = (typeof ENGINES)[number];

/** The README's code block for an engine (its fence names the engine). */
function recipe(engine: Engine): string {
  const m = new RegExp('```' + engine + '\\n([\\s\\S]*?)```').exec(README);
  if (!m) throw new Error(`the README has no ${engine} recipe`);
  return m[1]!;
}

const VIEWS = fileURLToPath(new URL('./test/views/', import.meta.url));
const eta = new Eta({ views: VIEWS });
const render: Record<Engine, (template: string, data: Record<string, unknown>) => string> = {
  ejs: (t, d) => ejs.render(t, d),
  eta: (t, d) => eta.renderString(t, d),
  pug: (t, d) => pug.render(t, d),
  handlebars: (t, d) => Handlebars.compile(t)(d),
  nunjucks: (t, d) => new nunjucks.Environment(null, { autoescape: true }).renderString(t, d),
};

// A catalog that counts every read: no text can be drawn without one.
let reads = 0;
const counted = new Proxy({ ...en, regimes: enRegimes }, {
  get(target, key, receiver) {
    reads++;
    return Reflect.get(target, key, receiver);
  },
});

/** An Express app with cookiekit, Eta views and the routes below, on 127.0.0.1; resolves with its URL. */
async function startApp(messages = en): Promise<{ url: string; server: Server }> {
  const app = express();
  app.use(cookiekit({ policy, banner: { messages } }));
  app.use((_req, res, next) => {
    res.locals.cspNonce = NONCE;
    next();
  });
  app.engine('eta', (file, data, done) => {
    try {
      done(null, eta.render(path.relative(VIEWS, file), data as object));
    } catch (error) {
      done(error as Error);
    }
  });
  app.set('views', VIEWS);
  app.set('view engine', 'eta');
  app.get('/recipe/:engine', (req, res) => {
    // The data a view engine gets from res.render: the app's and the response's locals, merged.
    const data = Object.assign({}, req.app.locals, res.locals);
    res.json({
      rendered: render[req.params.engine as Engine](recipe(req.params.engine as Engine), data),
      banner: req.cookiekit.bannerHtml(),
      bootstrap: req.cookiekit.bootstrapHtml({ nonce: NONCE }),
    });
  });
  app.get('/page', (_req, res) => res.render('page'));
  app.get('/plain-page', (_req, res) => res.render('plain'));
  app.get('/text', (_req, res) => res.send('no template'));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let server: Server;
let url = '';
beforeAll(async () => {
  ({ server, url } = await startApp());
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const cookie = (value: string) => ({ cookie: `${consentCookieName(policy)}=${value}` });

describe.each(ENGINES)('the README recipe for %s', (engine) => {
  it('C24: prints the UI and the bootstrap data unescaped (once), and the script tag with the response nonce (C23)', async () => {
    const { rendered, banner, bootstrap } = (await (await fetch(`${url}/recipe/${engine}`)).json()) as { rendered: string; banner: string; bootstrap: string };
    expect(banner).toMatch(/^<div data-cookiekit-ui><section class="ck-banner"/);
    expect(rendered.split(banner + bootstrap)).toHaveLength(2);
    expect(rendered).toMatch(new RegExp(`<footer><div data-cookiekit-ui>[\\s\\S]*</footer>`));
    expect(rendered).toMatch(new RegExp(`<script src="/cookiekit.iife.js" nonce="${NONCE}" defer(="defer")?></script>`));
    expect(rendered).not.toContain('&lt;');
  });

  it('C6: for a returning visitor prints the settings button and the preferences, no first layer', async () => {
    const { rendered } = (await (await fetch(`${url}/recipe/${engine}`, { headers: cookie(consentCookie('acceptAll')) })).json()) as { rendered: string; banner: string; bootstrap: string };
    expect(rendered).not.toContain('ck-banner');
    expect(rendered).toContain('<div data-cookiekit-ui><button type="button" class="ck-settings-button" data-action="open-preferences"');
    expect(rendered).toContain('<dialog class="ck-preferences"');
  });
});

describe('res.locals.cookiekitHtml through res.render (Eta views)', () => {
  // Its own kit, with the counting catalog: nothing drawn before.
  let lazy: { url: string; server: Server };
  beforeAll(async () => {
    lazy = await startApp(counted);
  });
  afterAll(() => new Promise<void>((resolve) => lazy.server.close(() => resolve())));

  it('nothing is drawn for a response without a view or with a view that leaves it out; a view that prints it gets it', async () => {
    const url = lazy.url;
    reads = 0;
    expect(await (await fetch(`${url}/text`)).text()).toBe('no template');
    expect(await (await fetch(`${url}/plain-page`)).text()).toContain('A page without the consent UI');
    expect(reads).toBe(0);
    const html = await (await fetch(`${url}/page`)).text();
    expect(html).toMatch(/<footer><div data-cookiekit-ui><section class="ck-banner"[\s\S]*<\/div><script type="application\/json" id="cookiekit-policy" nonce="cmVjaXBlLW5vbmNlLTAx">/);
    expect(reads).toBeGreaterThan(0);
  });
});
