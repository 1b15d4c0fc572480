// The dashboard in real Chromium: credentials, every plot against log.insights(), axe, CSV.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/test-env.mjs';
import { createInsightsDashboard, type InsightsDashboard } from './dashboard/index';
import { rateSeries, methodSeries, tables, toCsv } from './dashboard/view';
import { openConsentLog, type ConsentLog, type StoredConsentRecord } from './index';
import { KEY, makeRecord, sqliteDatabase, type TestDatabase } from './test/helpers';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 1);
const DAYS = 40;
const NOW = T0 + DAYS * DAY;
const USER = 'owner';
const PASSWORD = 'a long dashboard password';

let db: TestDatabase;
let log: ConsentLog;
let server: Server;
let dashboard: InsightsDashboard;
let browser: Browser;
let base: string;

/** A deterministic mix: more consent to statistics than to marketing, a new revision on day 25, a quiet day 12. */
function seed(): StoredConsentRecord[] {
  const out: StoredConsentRecord[] = [];
  let n = 1;
  for (let d = 0; d < DAYS; d++) {
    const count = d === 12 ? 4 : 20 + ((d * 7) % 15);
    for (let i = 0; i < count; i++, n++) {
      const u = (n * 2654435761) % 1000;
      const method = u < 450 ? 'accept-all' : u < 750 ? 'reject-all' : u < 930 ? 'custom' : u < 970 ? 'withdraw' : 'gpc';
      const all = method === 'accept-all';
      const none = method === 'reject-all' || method === 'withdraw' || method === 'gpc';
      out.push(
        makeRecord(n, {
          method,
          revision: d < 25 ? '2026-09-15' : '2026-10-26',
          categories: { necessary: true, statistics: all || (!none && u % 2 === 0), marketing: all || (!none && u % 5 === 0 && d >= 25) },
          signals: { gpc: method === 'gpc' },
          receivedAt: new Date(T0 + d * DAY + 9 * 3_600_000 + i * 90_000).toISOString(),
          regime: 'opt-in',
          region: 'DE',
        }),
      );
    }
  }
  return out;
}

beforeAll(async () => {
  db = sqliteDatabase();
  log = await openConsentLog({ database: db.database, key: KEY, batchDelayMs: 0, now: () => NOW });
  await log.appendMany(seed());
  dashboard = createInsightsDashboard({ log, auth: { basic: { username: USER, password: PASSWORD } }, basePath: '/insights/', now: () => NOW, defaultDays: DAYS, retention: '25 months' });
  server = createServer(dashboard);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/insights/`;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  dashboard?.close();
  await new Promise((r) => server?.close(r));
  await log?.close();
  await db?.cleanup();
});

describe('insights dashboard in Chromium', () => {
  it('C26: 401 without credentials and with wrong ones', async () => {
    const wrong = `Basic ${Buffer.from(`${USER}:not the password!`).toString('base64')}`;
    for (const options of [{}, { extraHTTPHeaders: { authorization: wrong } }]) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const statuses: number[] = [];
      page.on('response', (r) => statuses.push(r.status()));
      // Chromium answers a refused challenge with a navigation error after the 401 arrived.
      const res = await page.goto(base).catch(() => null);
      expect(res === null ? statuses : [res.status()]).toEqual([401]);
      expect(await page.locator('svg').count()).toBe(0);
      await context.close();
    }
  });

  it('C22, C26: behind credentials every plot renders the values of log.insights(), axe finds nothing, the CSV downloads', async () => {
    const context = await browser.newContext({ httpCredentials: { username: USER, password: PASSWORD }, acceptDownloads: true, viewport: { width: 900, height: 1200 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      // (The browser's own request for /favicon.ico, outside the dashboard, is not the page's.)
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`${m.text()} ${m.location().url}`);
    });
    const res = await page.goto(`${base}?from=2026-10-01&to=2026-11-09`);
    expect(res!.status()).toBe(200);
    const insights = await log.insights({ from: '2026-10-01T12:00:00Z', to: Date.parse('2026-11-09T12:00:00Z') + 1 });
    expect(insights.buckets).toHaveLength(DAYS);

    // Opt-in rates: one line per category, one point per shown day, at the rate insights gives.
    const rates = rateSeries(insights);
    for (const s of rates) {
      const shown = await page.locator(`#rates-svg-t`).locator('xpath=..').locator(`g.series[data-series="${s.name}"] circle`).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
      expect(shown).toEqual(s.values.filter((v) => v !== null));
    }
    expect(rates.find((s) => s.name === 'statistics')!.values[12]).toBeNull();
    // Method mix: stacked bars with each method's count.
    for (const s of methodSeries(insights)) {
      const shown = await page.locator(`svg[aria-labelledby^="methods-svg"] g.series[data-series="${s.name}"] rect`).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
      expect(shown).toEqual(s.values.filter((v): v is number => !!v));
    }
    // Decisions per day, and the suppressed day drawn hatched, not as a bar.
    const totals = await page.locator('svg[aria-labelledby^="decisions-svg"] g.series rect').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
    expect(totals).toEqual(insights.buckets.filter((b) => !b.suppressed && b.total).map((b) => b.total));
    expect(await page.locator('svg[aria-labelledby^="decisions-svg"] rect.suppressed').count()).toBe(1);
    // Before and after the revision, marked on the time axis.
    expect(await page.locator('svg[aria-labelledby^="revisions-0"] g.series rect').count()).toBe(2 * insights.keys.categories.length);
    expect(await page.locator('svg[aria-labelledby^="rates-svg"] g.revision').textContent()).toBe('2026-10-26');
    // Each table is the plot's numbers; the quiet day shows "< 10".
    const t = tables(insights);
    expect(await page.locator('table[data-plot="decisions"] tbody tr').nth(12).locator('th, td').allTextContents()).toEqual(['2026-10-13', '< 10', '< 10']);
    expect(await page.locator('table[data-plot="decisions"] tbody tr').count()).toBe(t.decisions.rows.length);
    expect(await page.locator('[data-verify]').count()).toBe(1);

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    // With the tables open too.
    for (const d of await page.locator('details').all()) await d.locator('summary').click();
    const axeOpen = await new AxeBuilder({ page }).analyze();
    expect(axeOpen.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#rates a[download]').click()]);
    expect(download.suggestedFilename()).toBe('consent-rates-2026-10-01-2026-11-09-day.csv');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(toCsv(t.rates));
    // The verification the page started shows up on a later view.
    await expect.poll(async () => (await page.reload(), await page.locator('[data-verify]').getAttribute('data-verify')), { timeout: 20_000 }).toBe('done');
    expect(await page.locator('#verify').innerText()).toMatch(/OK: \d+ records verified/);
    expect(problems).toEqual([]);
    if (process.env.E2E_SCREENSHOTS) {
      for (const d of await page.locator('details[open]').all()) await d.locator('summary').click();
      await page.screenshot({ path: join(process.env.E2E_SCREENSHOTS, 'insights-dashboard.png'), fullPage: true });
    }
    await context.close();
  });
});
