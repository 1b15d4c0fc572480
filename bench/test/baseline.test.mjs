import { afterEach, expect, it } from 'vitest';
import { readBaseline } from '../load.mjs';

afterEach(() => {
  delete process.env.BENCH_BASELINE;
});

it('reads a kept run with its date, goes on without a missing default, and refuses a named path that is not a result', () => {
  expect(readBaseline('results/log-2026-11-29.json')).toMatchObject({ path: 'results/log-2026-11-29.json', date: '2026-11-29' });
  expect(readBaseline('results/no-such-run.json')).toBeNull();
  process.env.BENCH_BASELINE = '';
  expect(readBaseline('results/log-2026-11-29.json')).toBeNull();
  process.env.BENCH_BASELINE = 'results/no-such-run.json';
  expect(() => readBaseline('results/log-2026-11-29.json')).toThrow(/BENCH_BASELINE=results\/no-such-run\.json: not a bench result/);
  process.env.BENCH_BASELINE = 'README.md';
  expect(() => readBaseline('results/log-2026-11-29.json')).toThrow(/not a bench result/);
});
