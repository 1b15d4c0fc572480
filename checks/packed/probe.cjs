// Loads every published @cookiekit package the way a user's project does, from the packed
// tarballs installed in a project of its own (scripts/packed.mjs), and uses each once.
//
//   node probe.cjs esm|cjs
//
// `esm` loads every entry with import() (the exports' "import" condition), `cjs` with require()
// (the "require" condition); nothing is loaded both ways in one process. Prints one JSON object:
// `{ node, mode, entries: { specifier: [export names] }, checks: { name: result } }`. A failure
// to load or a check that throws ends the process with its error on stderr and exit code 1.
'use strict';
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const mode = process.argv[2];
if (mode !== 'esm' && mode !== 'cjs') {
  console.error('usage: node probe.cjs esm|cjs');
  process.exit(2);
}
const load = (specifier) => (mode === 'esm' ? import(specifier) : Promise.resolve(require(specifier)));

/** The package's JavaScript entries: every `exports` key but the stylesheets, JSON and the IIFE build. */
function entries(name) {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, 'node_modules', name, 'package.json'), 'utf8'));
  return Object.keys(manifest.exports)
    .filter((key) => !/\.(css|json)$/.test(key) && !key.endsWith('.iife.js'))
    .map((key) => (key === '.' ? name : `${name}/${key.slice(2)}`));
}

const PACKAGES = ['core', 'react', 'vue', 'server', 'consent-log', 'services', 'dom', 'cli'].map((p) => `@cookiekit/${p}`);

async function main() {
  const result = { node: process.version, mode, entries: {}, checks: {} };
  const modules = {};
  for (const name of PACKAGES) {
    for (const specifier of entries(name)) {
      const module = await load(specifier);
      modules[specifier] = module;
      // An ES module namespace of a CommonJS file would carry `default` and `module.exports`.
      result.entries[specifier] = Object.keys(module).filter((key) => key !== 'module.exports').sort();
    }
  }
  const core = modules['@cookiekit/core'];
  const services = modules['@cookiekit/services/youtube'];
  const policy = core.defineCookiePolicy({
    revision: '2026-11-01',
    categories: [
      { id: 'necessary', label: 'Necessary', description: 'Needed for the site to work.' },
      { id: 'statistics', label: 'Statistics', description: 'Counts visits.' },
      { id: 'marketing', label: 'Marketing', description: 'Embedded videos that track.' },
    ],
    services: [
      {
        id: 'consent', provider: 'Shop', function: 'Remembers the cookie choice', category: 'necessary',
        party: { type: 'first' }, purposes: [{ code: 'consent-storage' }],
        storage: [{ name: 'cookies_preferences', duration: '6 months' }],
      },
      {
        id: 'matomo', provider: 'Shop', function: 'Visit statistics', category: 'statistics',
        party: { type: 'first' }, purposes: [{ code: 'analytics' }],
        storage: [{ name: '_pk_id*', duration: '13 months' }],
      },
      services.youtube(),
    ],
  });
  const report = modules['@cookiekit/core/schema'].validatePolicy(policy);
  if (!report.ok || report.issues.length > 0) throw new Error(`the probe's policy does not validate: ${JSON.stringify(report)}`);

  // core: a first visit is asked and allowed nothing optional; the store writes a choice.
  const store = core.createConsentStore({ policy });
  const first = core.decide(policy, null, {}, Date.now());
  store.acceptAll();
  result.checks.core = { ask: first.ask, statistics: first.categories.statistics, afterAccept: store.allowed('matomo') };

  // server: the Web path answers gpc.json and lets the page through.
  const server = modules['@cookiekit/server'];
  const kit = server.createCookieKit({ policy });
  const gpc = await server.handleFetch({ kit }, new Request('http://shop.test/.well-known/gpc.json'), () => new Response('page'));
  const page = await server.handleFetch({ kit }, new Request('http://shop.test/'), (consent) => new Response(consent.decision.ask ? 'banner' : 'no banner'));
  result.checks.server = { gpc: (await gpc.json()).gpc, page: await page.text() };

  // react and vue: the banner rendered on the server.
  const React = await load('react');
  const { renderToString } = await load('react-dom/server');
  const react = modules['@cookiekit/react'];
  const reactHtml = renderToString(
    React.createElement(react.CookieKitProvider, { policy, initialConsent: { cookie: null, signals: {}, now: Date.now() } }, React.createElement(react.CookieBanner)),
  );
  const Vue = await load('vue');
  const { renderToString: vueToString } = await load('vue/server-renderer');
  const vue = modules['@cookiekit/vue'];
  const app = Vue.createSSRApp({ render: () => Vue.h(vue.CookieBanner) });
  app.use(vue.createCookieKitPlugin({ policy, initialConsent: { cookie: null, signals: {}, now: Date.now() } }));
  const vueHtml = await vueToString(app);
  result.checks.ui = { react: reactHtml.includes('class="ck-banner"'), vue: vueHtml.includes('class="ck-banner"') };

  // consent-log: a record appended to a SQLite file, and the chain verifies.
  const log = modules['@cookiekit/consent-log'];
  const dir = mkdtempSync(path.join(tmpdir(), 'cookiekit-packed-'));
  try {
    const opened = await log.openConsentLog({ database: path.join(dir, 'consent.db'), key: 'packed-key-0123456789abcdefghijklmnopqrstuvwxyzAB' });
    try {
      await opened.append({
        recordId: 'rec_0000000000000001', subject: 'subj_0000000000000001', revision: '2026-11-01',
        method: 'accept-all', categories: { necessary: true, statistics: true, marketing: true },
        services: { consent: true, matomo: true, youtube: true }, language: 'en', signals: { gpc: false }, source: 'banner',
        decidedAt: '2026-11-20T10:00:00.000Z', receivedAt: '2026-11-20T10:00:01.000Z', policyHash: 'a'.repeat(64),
      });
      const verified = await opened.verify();
      result.checks.consentLog = { dialect: opened.dialect, ok: verified.ok, records: (await opened.history('subj_0000000000000001')).length };
    } finally {
      await opened.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // cli: `cookiekit validate` on the policy written as JSON, through the programmatic entry.
  const cli = modules['@cookiekit/cli'];
  const policyDir = mkdtempSync(path.join(tmpdir(), 'cookiekit-packed-'));
  try {
    const file = path.join(policyDir, 'policy.json');
    writeFileSync(file, JSON.stringify(policy));
    let out = '';
    const sink = { write: (chunk) => ((out += chunk), true) };
    const code = await cli.runCli(['validate', file], { stdout: sink, stderr: sink });
    result.checks.cli = { code, out: path.basename(out.trim().split('\n')[0]) };
  } finally {
    rmSync(policyDir, { recursive: true, force: true });
  }

  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
