// Smoke test of bench/insights/run.mjs: 4,000 records (about 11 a day, so no day falls under k) on SQLite must load through
// appendMany and give every figure; the timings of such a run mean nothing, but the counts must
// add up (the year's buckets hold every record loaded, and the rebuild counts them all).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const bench = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bench-insights-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('loads records through appendMany and reports latency, rebuild, size and append cost', async () => {
  const out = join(dir, 'insights.json');
  await promisify(execFile)(process.execPath, ['insights/run.mjs', '4000', 'sqlite', '400'], { cwd: bench, env: { ...process.env, BENCH_OUT: out } });
  const result = JSON.parse(readFileSync(out, 'utf8'));
  expect(result.records).toBe(4000);
  const [run] = result.runs;
  expect(run.backend).toBe('sqlite');
  expect(run.appendCost.withRollupsPerSecond).toBeGreaterThan(0);
  expect(run.appendCost.withoutRollupsPerSecond).toBeGreaterThan(0);
  for (const range of ['1d', '30d', '365d', '30d New York', '365d New York']) expect(run.insights[range].p99Ms).toBeGreaterThanOrEqual(run.insights[range].medianMs);
  expect(run.insights['365d'].decisions).toBe(4000);
  // New York's days run 5 hours behind UTC's: the range's first and last New York days hold only
  // part of a UTC day's 11 records, fewer than k = 10, so they are suppressed and not summed.
  expect(run.insights['365d New York'].decisions).toBeLessThan(4000);
  expect(run.insights['365d New York'].decisions).toBeGreaterThan(4000 - (2 * 4000) / 365);
  expect(run.rebuiltRecords).toBe(4000);
  expect(run.databaseBytes).toBeGreaterThan(0);
}, 120_000);

it('runs in steps: a kept log is loaded once, measured by a later step, and deleted by a step without --keep', async () => {
  const out = join(dir, 'steps.json');
  const run = (...args) => promisify(execFile)(process.execPath, ['insights/run.mjs', '4001', 'sqlite', '300', ...args], { cwd: bench, env: { ...process.env, BENCH_OUT: out } });
  const kept = join(tmpdir(), 'cookiekit-insights-bench-4001');
  await run('--steps=load', '--keep');
  expect(existsSync(join(kept, 'consent.db'))).toBe(true);
  let [result] = JSON.parse(readFileSync(out, 'utf8')).runs;
  expect(result.loadPerSecond).toBeGreaterThan(0);
  expect(result.insights).toBeUndefined();
  await run('--steps=query');
  [result] = JSON.parse(readFileSync(out, 'utf8')).runs;
  // The later step measured the log the first one loaded, and kept the first one's figures.
  expect(result.steps).toEqual(['load', 'query']);
  expect(result.loadPerSecond).toBeGreaterThan(0);
  expect(result.migrated.applied).toEqual([]);
  expect(result.insights['365d'].decisions).toBe(4001);
  expect(result.rebuiltRecords).toBe(4001);
  expect(existsSync(kept)).toBe(false);
  await expect(run('--steps=query')).rejects.toThrow(/No kept log/);
}, 120_000);
