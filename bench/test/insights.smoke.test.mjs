// Smoke test of bench/insights/run.mjs: 4,000 records (about 11 a day, so no day falls under k) on SQLite must load through
// appendMany and give every figure; the timings of such a run mean nothing, but the counts must
// add up (the year's buckets hold every record loaded, and the rebuild counts them all).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  for (const days of ['1d', '30d', '365d']) expect(run.insights[days].p99Ms).toBeGreaterThanOrEqual(run.insights[days].medianMs);
  expect(run.insights['365d'].decisions).toBe(4000);
  expect(run.rebuiltRecords).toBe(4000);
  expect(run.databaseBytes).toBeGreaterThan(0);
}, 120_000);
