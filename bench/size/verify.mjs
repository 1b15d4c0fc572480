// Checks that every measured scenario really runs: each entry is bundled with its framework,
// loaded in headless Chromium from a loopback server, and must raise no page error; the UI
// scenarios must show a consent button. A scenario that silently did nothing would be an unfair
// (too small) row. run.mjs calls it on a full run and records the outcome; alone: `node size/verify.mjs`.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/test-env.mjs';
import { createCookieKit } from '@cookiekit/core';
import { renderConsentHtml } from '@cookiekit/core/html';
import { DEFINE, SCENARIOS } from './scenarios.mjs';
import { policy as sitePolicy } from './scenarios/site-policy.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = resolve(here, '..');
const tarteDir = join(benchDir, 'node_modules', 'tarteaucitronjs');

/** Runs every bundled scenario in Chromium; returns { [id]: { ok, errors, buttons, stored } }. */
export async function verify(scenarios = SCENARIOS.filter((s) => s.entry), log = console.log) {
  const pages = new Map(); // path -> { type, body }
  // A scenario with `serverMarkup` attaches to what a server renders for a first visit: the
  // consent UI and the bootstrap data it decided with (as @cookiekit/server puts in a template).
  const served = () => {
    const initial = { cookie: null, signals: {}, now: Date.now() };
    const markup = renderConsentHtml(createCookieKit({ policy: sitePolicy, initialConsent: initial }).banner.getServerSnapshot());
    return `<div data-cookiekit-ui>${markup}</div><script type="application/json" id="cookiekit-initial">${JSON.stringify(initial)}</script>`;
  };
  const page = (scenario, js, css) => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${scenario.id}</title>
  ${css ? '<link rel="stylesheet" href="app.css">' : ''}
  ${scenario.kind === 'files' ? '<script src="/tac/tarteaucitron.min.js"></script>' : ''}
  </head><body>
  <div id="root"></div><div id="app"></div>${scenario.serverMarkup ? served() : ''}
  <div id="banner" hidden><button id="accept">Accept all</button><button id="reject">Reject all</button></div>
  <script ${scenario.kind === 'files' ? '' : 'type="module" '}src="app.js"></script>
  </body></html>`;
    pages.set(`/${scenario.id}/`, { type: 'text/html', body: html });
    pages.set(`/${scenario.id}/app.js`, { type: 'text/javascript', body: js });
    if (css) pages.set(`/${scenario.id}/app.css`, { type: 'text/css', body: css });
  };

  for (const s of scenarios) {
    const result = await esbuild.build({
      entryPoints: [join(here, s.entry)],
      bundle: true,
      minify: true,
      format: s.kind === 'files' ? 'iife' : 'esm',
      platform: 'browser',
      target: 'es2020',
      define: DEFINE,
      jsx: 'automatic',
      outdir: '/tmp/size-verify',
      write: false,
      absWorkingDir: benchDir,
      logLevel: 'silent',
    });
    const js = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
    const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text;
    page(s, js, css);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname.startsWith('/tac/')) {
      const file = normalize(join(tarteDir, url.pathname.slice(5)));
      if (!file.startsWith(tarteDir)) return res.writeHead(403).end();
      try {
        const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
        return res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
      } catch {
        return res.writeHead(404).end();
      }
    }
    const hit = pages.get(url.pathname);
    if (!hit) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': hit.type }).end(hit.body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const results = {};
  for (const s of scenarios) {
    const context = await browser.newContext();
    // vanilla-cookieconsent hides itself from bots (navigator.webdriver); look like a visitor.
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false }));
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`${origin}/${s.id}/`);
    await tab.waitForTimeout(1500);
    // The UI scenarios draw their own consent button; the headless ones use the page's.
    const buttons = await tab.evaluate(() =>
      [...document.querySelectorAll('button, a, [role=button]')]
        .filter((b) => b.closest('#banner') === null && b.getClientRects().length > 0)
        .map((b) => b.textContent.trim())
        .filter(Boolean),
    );
    const ui = s.group !== 'headless';
    const accept = /accept|allow|agree|got it|that's ok|ok\b/i;
    const shown = !ui || buttons.some((t) => accept.test(t));
    // Accepting must store a choice (cookie or localStorage): the scenario really works.
    if (ui) {
      const button = tab.locator('button, a, [role=button]', { hasText: accept }).filter({ visible: true }).first();
      if (await button.count()) await button.click().catch((e) => errors.push(`click: ${e.message}`));
    } else {
      await tab.evaluate(() => document.getElementById('accept').click());
    }
    await tab.waitForTimeout(500);
    const stored = await tab.evaluate(() => [document.cookie, ...Object.keys(localStorage)].filter(Boolean).join('; '));
    const ok = errors.length === 0 && shown && stored.length > 0;
    results[s.id] = { ok, errors, buttons: buttons.slice(0, 6), stored: stored.slice(0, 120) };
    log(`${ok ? 'ok  ' : 'FAIL'} ${s.id.padEnd(30)} ${errors.length ? `errors: ${errors.join(' | ').slice(0, 200)} ` : ''}${ui ? `buttons: ${buttons.slice(0, 4).join(' / ')}; ` : ''}stored: ${stored.slice(0, 80) || 'nothing'}`);
    await context.close();
  }
  await browser.close();
  server.close();
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await verify();
  process.exit(Object.values(results).every((r) => r.ok) ? 0 : 1);
}
