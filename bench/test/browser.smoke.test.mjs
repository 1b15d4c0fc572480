// Smoke test of the browser bench: one run of each page, no throttling, short hold. It checks
// that every page was measured and that the figures are of the right kind, not their values.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const bench = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'bench-browser-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('measures the React shop, the Vue shop and the vanilla-cookieconsent page', async () => {
  const out = path.join(dir, 'browser.json');
  const { stdout } = await promisify(execFile)(process.execPath, ['browser/run.mjs', '--smoke'], {
    cwd: bench,
    env: { ...process.env, BENCH_BROWSER_OUT: out },
    timeout: 55_000,
  });
  expect(stdout).toContain('| page | visitor |');
  const result = JSON.parse(readFileSync(out, 'utf8'));
  expect(result.smoke).toBe(true);
  expect(result.machine.before.cores).toBeGreaterThan(0);
  const [profile] = result.profiles;
  expect(profile.cpuSlowdown).toBe(1);
  expect(profile.scenarios.map((s) => s.id).sort()).toEqual(['react-new', 'vanilla-new', 'vue-new']);
  for (const sc of profile.scenarios) {
    const st = sc.stats;
    for (const key of ['fcpMs', 'bannerShownMs', 'bannerSettledMs', 'jsDecoded', 'jsTransferred', 'cssDecoded', 'htmlDecoded']) {
      expect(st[key]?.median, `${sc.id} ${key}`).toBeGreaterThan(0);
    }
    // The banner comes into place after it starts to appear, and no later than the run waited.
    expect(st.bannerSettledMs.median).toBeGreaterThanOrEqual(st.bannerShownMs.median);
    expect(st.cls.median).toBeGreaterThanOrEqual(0);
    expect(st.longTasks.median).toBeGreaterThanOrEqual(0);
    expect(sc.bannerInsertions.median).toBe(1);
    expect(sc.files.js.length).toBeGreaterThan(0);
    expect(sc.brotli.js).toBeGreaterThan(0);
    expect(sc.brotli.js).toBeLessThan(st.jsDecoded.median);
    expect(sc.errors).toEqual([]);
  }
}, 60_000);
