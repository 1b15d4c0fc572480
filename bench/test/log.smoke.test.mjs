// Smoke test of `pnpm bench:log`: two one-second steps per backend must run the real HTTP path,
// and every acknowledged record must be stored with the chain verifying. The rates of such a run
// mean nothing; only the shape of the result and the zero-loss check are asserted.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const bench = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bench-log-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('posts consent records on SQLite and PostgreSQL and finds every acknowledged one stored', async () => {
  const out = join(dir, 'log.json');
  const { stdout } = await promisify(execFile)(process.execPath, ['log/run.mjs', '--smoke'], {
    cwd: bench,
    // Settings from the caller's environment must not change the smallest run.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BENCH_'))), BENCH_OUT: out },
  });
  const result = JSON.parse(readFileSync(out, 'utf8'));
  expect(result.smoke).toBe(true);
  // PostgreSQL may be missing where the smoke test runs; then it must be reported as skipped.
  const names = [...result.backends.map((b) => b.backend), ...result.skipped.map((s) => s.backend)].sort();
  expect(names).toEqual(['postgres', 'sqlite']);
  expect(result.backends.map((b) => b.backend)).toContain('sqlite');
  for (const b of result.backends) {
    expect(b.steps.map((s) => s.rate)).toEqual([200, 400]);
    for (const s of b.steps) {
      expect(s.acknowledged).toBeGreaterThan(0);
      expect(s.recordsPerSecond).toBeGreaterThan(0);
      expect(s.p99).toBeGreaterThanOrEqual(s.p50);
      expect(s.lost).toBe(0);
      // Every request answered 201: no 503, 429 or failed request hides behind a few acknowledgements.
      expect([s.non201, s.errors]).toEqual([0, 0]);
      expect(s.stored).toBeGreaterThanOrEqual(s.acknowledged);
      expect(s.verified).toBe(true);
      expect(s.runs).toHaveLength(1);
      expect(s.runs[0].verify.records).toBeGreaterThanOrEqual(s.stored);
      // The SQLite writer's share is part of the server's CPU; PostgreSQL's server has no writer
      // process (PostgreSQL's own CPU is counted apart).
      const { writerCpuUsPerRecord, serverCpuUsPerRecord } = s.runs[0];
      expect(writerCpuUsPerRecord).toBeGreaterThanOrEqual(0);
      expect(writerCpuUsPerRecord).toBeLessThanOrEqual(serverCpuUsPerRecord);
      if (b.backend === 'postgres') expect(writerCpuUsPerRecord).toBe(0);
    }
    expect(b.totals.lost).toBe(0);
  }
  expect(stdout).toContain('| backend | placement | offered req/s |');
  // Beside the first measured run kept in results/ (its ladder has no 200 or 400 step: "—").
  expect(stdout).toContain('Beside the earlier run (results/log-2026-11-29.json, 2026-11-29)');
  expect(stdout).toMatch(/\| sqlite \| pinned \| 400 \| — \| \d+ \(\d+–\d+\) \| — \| \d+ \|/);
  // Two server processes on two chains of one PostgreSQL log, when PostgreSQL is there.
  if (result.backends.some((b) => b.backend === 'postgres')) {
    expect(result.processes.map((r) => [r.processes, r.chains])).toEqual([[2, 2]]);
    const [row] = result.processes;
    expect([row.lost, row.non201, row.verified]).toEqual([0, 0, true]);
    expect(row.recordsPerSecond).toBeGreaterThan(0);
    expect(row.lockWaitShare).toBeGreaterThanOrEqual(0);
    for (const run of row.runs) {
      expect(run.verify.chains).toBe(2);
      expect(run.stored).toBeGreaterThanOrEqual(run.acknowledged);
    }
    expect(stdout).toContain('| processes | chains |');
  } else expect(result.processes).toEqual([]);
  // About 12 s on a quiet machine before the two-process step, which adds two servers, two clients
  // and 2 s of steps; the margin is for a busy one (39 s in all at load average 43).
}, 90_000);

// The instruction count of a record (log/instructions.mjs) under valgrind: the server and its
// SQLite writer are both found and counted, and every record sent is acknowledged and verified.
it('counts the instructions of a record in the server and in its SQLite writer', async () => {
  const out = join(dir, 'instructions.json');
  const { stdout } = await promisify(execFile)(process.execPath, ['log/instructions.mjs', '--smoke'], {
    cwd: bench,
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BENCH_'))), BENCH_OUT_JSON: out },
  });
  const { n, rows } = JSON.parse(readFileSync(out, 'utf8'));
  expect(rows.map((r) => r.backend)).toEqual(['sqlite']);
  const [row] = rows;
  expect(row.acked).toBe(n);
  // A record is at least its HTTP request and a JSON parse on the server, and an insert in the writer.
  expect(row.server).toBeGreaterThan(10_000);
  expect(row.writer).toBeGreaterThan(1_000);
  expect(row.total).toBeCloseTo(row.server + row.writer, 6);
  expect(stdout).toMatch(/^sqlite +[\d,]+ instructions a record: the server [\d,]+, its SQLite writer [\d,]+/m);
  // About 35 s on a quiet machine (valgrind runs the server some 30 times slower).
}, 180_000);
