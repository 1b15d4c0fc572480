// Smoke test for `pnpm bench:size`: the smallest run (a few scenarios, one build each) must
// produce well-formed figures and must not touch the committed results, section or chart.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SMOKE_IDS } from '../size/scenarios.mjs';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = [
  join(benchDir, 'results', 'size.json'),
  join(benchDir, 'sections', 'size.md'),
  join(benchDir, '..', 'docs', 'images', 'size.svg'),
];
const stamp = () => committed.map((p) => (existsSync(p) ? `${statSync(p).mtimeMs}:${statSync(p).size}` : 'absent'));

describe('bench:size smoke', () => {
  const dir = mkdtempSync(join(tmpdir(), 'size-smoke-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the smoke scenarios and reports sane sizes', { timeout: 30_000 }, () => {
    const before = stamp();
    const out = join(dir, 'size.json');
    const run = spawnSync(process.execPath, ['size/run.mjs', '--smoke', '--out', out], { cwd: benchDir, encoding: 'utf8', timeout: 28_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('| scenario |');

    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.smoke).toBe(true);
    expect(result.machine.cores).toBeGreaterThan(0);
    expect(result.scenarios.map((s) => s.id).sort()).toEqual([...SMOKE_IDS].sort());
    for (const s of result.scenarios) {
      for (const part of [s.js, s.css].filter(Boolean)) {
        expect(part.raw, s.id).toBeGreaterThan(0);
        // Compression must have happened, and brotli 11 beats gzip 9 on minified text this size.
        expect(part.gzip, s.id).toBeLessThan(part.raw);
        expect(part.brotli, s.id).toBeLessThan(part.gzip);
      }
      // The bundle really holds the measured package, not only the scenario's own entry file.
      // The measured package is really in it, not only the scenario's own entry file (a file
      // scenario lists the package's files by path).
      expect(s.packages.some((p) => p.name === s.package || p.name.startsWith(`${s.package}/`)), s.id).toBe(true);
      expect(s.version, s.id).toMatch(/^\d+\.\d+\.\d+/);
    }
    const byId = Object.fromEntries(result.scenarios.map((s) => [s.id, s]));
    // A styled scenario has its stylesheet; a headless one has none; budgets are cookiekit's.
    expect(byId['cookiekit-react'].css.brotli).toBeGreaterThan(500);
    expect(byId['cookiekit-headless'].css).toBeNull();
    expect(byId['cookiekit-react'].budget.bytes).toBe(12000);
    expect(byId['cookiekit-react'].withFramework.brotli).toBeGreaterThan(byId['cookiekit-react'].total.brotli + 20_000);
    // Script-tag files are counted file by file, plus the inline init.
    expect(byId['tarteaucitron-react'].files.length).toBe(5);
    expect(byId['vue-cookie-accept-decline'].same).toBe(false);
    expect(result.absent.length).toBeGreaterThan(0);
    expect(result.frameworks.map((f) => f.id)).toEqual(['react', 'vue']);

    expect(stamp()).toEqual(before);
  });
});
