// Browser bench (`pnpm bench:browser`): Chromium loads the demo's React shop (`/`), its Vue shop
// (`/vue/`) and a page with vanilla-cookieconsent showing the equivalent banner
// (`/bench/vanilla/`), all from one loopback origin (./front.mjs in front of the demo). For a new
// visitor (fresh context, empty cache, no cookies), each sample records: navigation start →
// banner on screen and → banner settled, FCP, CLS during load + HOLD, long tasks, bytes of JS and
// CSS. The same pages for a returning visitor (consent cookie set, no banner) give the baseline
// the banner's own cost is read against. Profiles: no throttling, and CPU 4× slower (CDP).
//
// Env: BENCH_BROWSER_RUNS (samples per scenario and profile, default 15), BENCH_BROWSER_HOLD_MS
// (how long after `load` to keep observing, default 2000), BENCH_BROWSER_PROFILES (comma list of
// CPU slow-down rates, default "1,4"), BENCH_BROWSER_OUT (results path, default
// results/browser.json). `--smoke`: 1 run, no warm-up, 300 ms hold, no throttling, returning
// visitors skipped, results written only to BENCH_BROWSER_OUT.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { startDemo } from 'demo';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/test-env.mjs';
import { startFront, VANILLA_BASE } from './front.mjs';
import { collect, instrument } from './instrument.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const smoke = process.argv.includes('--smoke');
const RUNS = smoke ? 1 : Number(process.env.BENCH_BROWSER_RUNS ?? 15);
const HOLD_MS = smoke ? 300 : Number(process.env.BENCH_BROWSER_HOLD_MS ?? 2000);
const WARMUP = smoke ? 0 : 2;
const RATES = smoke ? [1] : (process.env.BENCH_BROWSER_PROFILES ?? '1,4').split(',').map(Number);
const OUT = process.env.BENCH_BROWSER_OUT ?? (smoke ? null : path.join(here, '../results/browser.json'));
const VIEWPORT = { width: 1280, height: 720 };

/** The pages compared: where, which element is the first-layer banner, which button rejects. */
const PAGES = [
  { id: 'react', name: 'cookiekit, React shop', path: '/', banner: '.ck-banner', consentCookie: 'cookies_preferences' },
  { id: 'vue', name: 'cookiekit, Vue shop', path: '/vue/', banner: '.ck-banner', consentCookie: 'cookies_preferences' },
  { id: 'vanilla', name: 'vanilla-cookieconsent 3.1.0', path: VANILLA_BASE, banner: '#cc-main .cm', consentCookie: 'cc_cookie' },
];
const VISITORS = smoke ? ['new'] : ['new', 'returning'];

const quiet = { warn() {}, error: (m, e) => console.error(m, e) };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const machine = () => ({
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  node: process.version,
  loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
});

/** One page load in a fresh context; returns what the page recorded. */
async function sample(browser, origin, page, { rate, consent }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    if (consent) await context.addCookies([{ ...consent, url: origin }]);
    await context.addInitScript(instrument, page.banner);
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // A failed response (say, the shop rebuilt under the running bench) spoils the sample.
    const failed = [];
    tab.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${new URL(r.url()).pathname}`));
    tab.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText ?? 'failed'} ${new URL(r.url()).pathname}`));
    const cdp = await context.newCDPSession(tab);
    if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await tab.goto(origin + page.path.slice(1), { waitUntil: 'load' });
    await sleep(HOLD_MS);
    if (!consent) {
      // A slow profile may still be sliding the banner in: wait for it (bounded) so it is measured.
      await tab.waitForFunction(() => window.__bench.bannerRafSettled !== null, null, { timeout: 15_000 }).catch(() => {});
    }
    const got = await tab.evaluate(collect);
    return { ...got, errors, failed };
  } finally {
    await context.close();
  }
}

/** A returning visitor's consent cookie for a page: a fresh visitor clicks "Reject all" once. */
async function consentCookieFor(browser, origin, page) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const tab = await context.newPage();
    await tab.goto(origin + page.path.slice(1));
    const banner = tab.locator(page.banner);
    await banner.waitFor({ state: 'visible' });
    if (page.id !== 'vanilla') await tab.waitForSelector('html[data-shop-ready]');
    await banner.getByRole('button', { name: 'Reject all' }).click();
    for (let i = 0; i < 100; i++) {
      const cookie = (await context.cookies()).find((c) => c.name === page.consentCookie);
      if (cookie) {
        const { name, value, sameSite, expires } = cookie;
        return { name, value, sameSite, expires };
      }
      await sleep(50);
    }
    throw new Error(`${page.name}: no ${page.consentCookie} cookie after "Reject all"`);
  } finally {
    await context.close();
  }
}

const isJs = (url) => /\.m?js(\?|$)/.test(new URL(url).pathname);
const isCss = (url) => /\.css(\?|$)/.test(new URL(url).pathname);

/** The figures of one sample. */
function figures(got, visitor) {
  const sum = (list, key) => list.reduce((a, r) => a + r[key], 0);
  const js = got.resources.filter((r) => isJs(r.url));
  const css = got.resources.filter((r) => isCss(r.url));
  const longMs = sum(got.longTasks, 'd');
  // On screen: when its entrance animation or transition began (the compositor plays it even
  // while a long task holds the main thread), or, with none, the first frame that showed it.
  const starts = got.entrance.map((a) => a.start);
  const shown = starts.length ? Math.min(...starts, got.bannerRafFirst ?? Infinity) : got.bannerRafFirst;
  const fcp = got.paints['first-contentful-paint'] ?? null;
  const settled = got.entrance.length ? Math.max(...got.entrance.map((a) => a.end)) : got.bannerRafSettled;
  return {
    ttfbMs: got.nav.responseStart,
    fcpMs: fcp,
    lcpMs: got.lcp?.t ?? null,
    lcpIsBanner: got.lcp?.banner ?? null,
    dclMs: got.nav.domContentLoaded,
    loadMs: got.nav.load,
    bannerInDomMs: visitor === 'new' ? got.bannerInDom : null,
    bannerShownMs: visitor === 'new' ? shown : null,
    bannerSettledMs: visitor === 'new' ? settled : null,
    bannerMinusFcpMs: visitor === 'new' && shown !== null && fcp !== null ? shown - fcp : null,
    bannerRafFirstMs: visitor === 'new' ? got.bannerRafFirst : null,
    bannerRafSettledMs: visitor === 'new' ? got.bannerRafSettled : null,
    entrance: got.entrance,
    bannerInsertions: got.bannerInsertions,
    bannerShownToReturning: visitor === 'returning' ? got.bannerRafFirst !== null : null,
    cls: sum(got.shifts, 'value'),
    clsBanner: sum(got.shifts.filter((s) => s.banner), 'value'),
    shiftSources: [...new Set(got.shifts.flatMap((s) => s.nodes))],
    longTasks: got.longTasks.length,
    longTaskMs: longMs,
    blockingMs: got.longTasks.reduce((a, t) => a + Math.max(0, t.d - 50), 0),
    jsRequests: js.length,
    jsDecoded: sum(js, 'decoded'),
    jsTransferred: sum(js, 'transfer'),
    cssRequests: css.length,
    cssDecoded: sum(css, 'decoded'),
    cssTransferred: sum(css, 'transfer'),
    htmlDecoded: got.nav.decoded,
    htmlTransferred: got.nav.transfer,
    otherRequests: got.resources.length - js.length - css.length,
    jsUrls: js.map((r) => new URL(r.url).pathname),
    cssUrls: css.map((r) => new URL(r.url).pathname),
    csp: got.csp,
    errors: got.errors,
  };
}

/** min, median, max (and quartiles) of the non-null values. */
function spread(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const q = (p) => {
    const i = (xs.length - 1) * p;
    const lo = Math.floor(i);
    return xs[lo] + (xs[Math.ceil(i)] - xs[lo]) * (i - lo);
  };
  return { n: xs.length, min: xs[0], p25: q(0.25), median: q(0.5), p75: q(0.75), max: xs.at(-1) };
}

const NUMERIC = [
  'ttfbMs', 'fcpMs', 'lcpMs', 'dclMs', 'loadMs', 'bannerInDomMs', 'bannerShownMs', 'bannerSettledMs', 'bannerMinusFcpMs',
  'bannerRafFirstMs', 'bannerRafSettledMs', 'cls', 'clsBanner',
  'longTasks', 'longTaskMs', 'blockingMs', 'jsRequests', 'jsDecoded', 'jsTransferred', 'cssRequests', 'cssDecoded',
  'cssTransferred', 'htmlDecoded', 'htmlTransferred', 'otherRequests',
];

/** Brotli (quality 11, as size-limit measures) of each file, fetched once, one after another. */
async function brotliSizes(origin, urls) {
  const out = {};
  for (const u of urls) {
    const res = await fetch(origin + u.slice(1), { headers: { connection: 'close' } });
    if (!res.ok) throw new Error(`${u}: HTTP ${res.status}`);
    const body = Buffer.from(await res.arrayBuffer());
    out[u] = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return out;
}

// ---- Markdown ---------------------------------------------------------------------------------

const ms = (s) => (s ? `${Math.round(s.median)} (${Math.round(s.min)}…${Math.round(s.max)})` : '–');
const num = (s, digits = 3) => (s ? `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}…${s.max.toFixed(digits)})` : '–');
const count = (s) => (s ? `${s.median} (${s.min}…${s.max})` : '–');
const kB = (b) => (b === null || b === undefined ? '–' : `${(b / 1000).toFixed(1)} kB`);

function markdown(result) {
  const lines = [];
  for (const profile of result.profiles) {
    lines.push(
      `**${profile.label}**: median (min…max) of ${result.runs} runs per row; times in ms from navigation start; CLS and long tasks over load + ${result.holdMs} ms.`,
      '',
      '| page | visitor | TTFB | FCP | banner appears | appears − FCP | banner in place | CLS (of it banner) | long tasks | long-task ms |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const sc of profile.scenarios) {
      const st = sc.stats;
      lines.push(
        `| ${sc.name} | ${sc.visitor} | ${ms(st.ttfbMs)} | ${ms(st.fcpMs)} | ${ms(st.bannerShownMs)} | ${ms(st.bannerMinusFcpMs)} | ${ms(st.bannerSettledMs)} | ${num(st.cls)} (${st.clsBanner ? st.clsBanner.median.toFixed(3) : '–'}) | ${count(st.longTasks)} | ${ms(st.longTaskMs)} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    '**Bytes** a new visitor loads (the server sends them uncompressed; "transferred" includes response headers; brotli is what the same files weigh compressed at quality 11, for comparison with the size budgets).',
    '',
    '| page | JS files | JS decoded | JS transferred | JS brotli | CSS files | CSS decoded | CSS transferred | CSS brotli | HTML decoded |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  const first = result.profiles[0];
  for (const sc of first.scenarios.filter((s) => s.visitor === 'new')) {
    const st = sc.stats;
    lines.push(
      `| ${sc.name} | ${st.jsRequests?.median ?? 0} | ${kB(st.jsDecoded?.median)} | ${kB(st.jsTransferred?.median)} | ${kB(sc.brotli.js)} | ${st.cssRequests?.median ?? 0} | ${kB(st.cssDecoded?.median)} | ${kB(st.cssTransferred?.median)} | ${kB(sc.brotli.css)} | ${kB(st.htmlDecoded?.median)} |`,
    );
  }
  return lines.join('\n');
}

// ---- Main -------------------------------------------------------------------------------------

async function main() {
  const before = machine();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cookiekit-bench-browser-'));
  const demo = await startDemo({ port: 0, host: '127.0.0.1', dataDir, logger: quiet });
  const front = await startFront({ upstream: demo.url });
  const origin = front.url;
  const browser = await chromium.launch({
    executablePath: findChromium({ install: false }),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const started = Date.now();
  try {
    const consent = {};
    if (VISITORS.includes('returning')) for (const p of PAGES) consent[p.id] = await consentCookieFor(browser, origin, p);

    // Warm the demo (SSR code paths, file cache) and the browser before anything is recorded.
    for (let i = 0; i < WARMUP; i++) for (const p of PAGES) await sample(browser, origin, p, { rate: 1, consent: null });

    const profiles = [];
    for (const rate of RATES) {
      const scenarios = PAGES.flatMap((p) => VISITORS.map((visitor) => ({ page: p, visitor, samples: [], discarded: [] })));
      // Interleave scenarios run by run, so drift in the machine's load spreads over all of them.
      for (let run = 0; run < RUNS; run++) {
        for (const sc of scenarios) {
          for (let attempt = 1; ; attempt++) {
            const got = await sample(browser, origin, sc.page, { rate, consent: sc.visitor === 'returning' ? consent[sc.page.id] : null });
            const fig = figures(got, sc.visitor);
            // Every load of a page must fetch the same files, all successfully; else measure again.
            const files = JSON.stringify([...fig.jsUrls, ...fig.cssUrls].sort()); // order of arrival varies
            if (got.failed.length === 0 && (sc.expectedFiles === undefined || files === sc.expectedFiles)) {
              sc.expectedFiles ??= files;
              sc.samples.push(fig);
              break;
            }
            sc.discarded.push({ run, failed: got.failed, files });
            if (attempt === 3) throw new Error(`${sc.page.name}: 3 spoilt loads in a row: ${JSON.stringify(sc.discarded.slice(-3))}`);
          }
        }
        process.stderr.write(`\rCPU ${rate}×: run ${run + 1}/${RUNS}`);
      }
      process.stderr.write('\n');
      profiles.push({
        cpuSlowdown: rate,
        label: rate === 1 ? 'No throttling' : `CPU ${rate}× slower (CDP Emulation.setCPUThrottlingRate)`,
        scenarios: scenarios.map((sc) => {
            const stats = Object.fromEntries(NUMERIC.map((k) => [k, spread(sc.samples.map((s) => s[k]))]));
            const last = sc.samples.at(-1);
            return {
              id: `${sc.page.id}-${sc.visitor}`,
              page: sc.page.id,
              name: sc.page.name,
              path: sc.page.path,
              visitor: sc.visitor,
              bannerSelector: sc.page.banner,
              stats,
              files: { js: last.jsUrls, css: last.cssUrls },
              shiftSources: [...new Set(sc.samples.flatMap((s) => s.shiftSources))],
              cspViolations: [...new Set(sc.samples.flatMap((s) => s.csp))],
              errors: [...new Set(sc.samples.flatMap((s) => s.errors))],
              bannerInsertions: spread(sc.samples.map((s) => s.bannerInsertions)),
              discardedLoads: sc.discarded,
              bannerShownToReturning: sc.visitor === 'returning' ? sc.samples.some((s) => s.bannerShownToReturning) : null,
              samples: sc.samples.map(({ jsUrls, cssUrls, shiftSources, csp, errors, ...rest }) => rest),
            };
          }),
      });
    }

    // The files are the same in every run: their brotli sizes are measured once, at the end.
    const urls = [...new Set(profiles.flatMap((p) => p.scenarios.flatMap((sc) => [...sc.files.js, ...sc.files.css])))];
    const sizes = await brotliSizes(origin, urls);
    const total = (list) => list.reduce((a, u) => a + sizes[u], 0);
    for (const p of profiles) for (const sc of p.scenarios) sc.brotli = { js: total(sc.files.js), css: total(sc.files.css) };

    const result = {
      bench: 'browser',
      date: new Date().toISOString(),
      smoke,
      runs: RUNS,
      warmupLoadsPerPage: WARMUP,
      holdMs: HOLD_MS,
      viewport: VIEWPORT,
      chromium: browser.version(),
      playwrightCore: JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('playwright-core/package.json')), 'utf8')).version,
      method: {
        banner:
          'init script; requestAnimationFrame check of the banner element each frame: "on screen" = first frame with a rendered (display, visibility, opacity > 0, non-empty box) element intersecting the viewport; "settled" = first frame with the element wholly in the viewport, opacity 1, no running CSS animation or transition in it. performance.now(), zero = navigation start.',
        cls: 'sum of layout-shift entries without recent input, from navigation to load + holdMs; "banner" = entries with a source node in or containing the banner',
        longTasks: 'longtask entries (PerformanceObserver, buffered) over the same window',
        bytes: 'Resource Timing of the page (decodedBodySize, transferSize), files by extension; HTML from the navigation entry',
        server: 'front node:http server on 127.0.0.1: /bench/vanilla/ static, everything else proxied (keep-alive) to startDemo()',
      },
      machine: { before, after: machine() },
      durationS: Math.round((Date.now() - started) / 1000),
      brotliBytes: sizes,
      profiles,
    };
    result.markdown = markdown(result);
    if (OUT) {
      mkdirSync(path.dirname(OUT), { recursive: true });
      writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
    }
    console.log(result.markdown);
    console.log(
      `\n${result.machine.before.cpu}, ${result.machine.before.cores} cores, node ${result.machine.before.node}, Chromium ${result.chromium}; load average before ${before.loadavg.join(' ')}, after ${result.machine.after.loadavg.join(' ')}`,
    );
  } finally {
    await browser.close();
    await front.close();
    await demo.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
