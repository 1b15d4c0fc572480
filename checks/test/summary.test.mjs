import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SUMMARY = join(root, 'scripts/test-summary.mjs');
const VITEST = join(root, 'node_modules/vitest/vitest.mjs');
const temps = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function write(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof text === 'string' ? text : JSON.stringify(text));
  }
}

/** A workspace with the given packages: `{ folder: { name?, test?: boolean, report?: object } }`. */
function workspace(packages, extra = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cookiekit-summary-'));
  temps.push(dir);
  write(dir, { 'pnpm-workspace.yaml': 'packages:\n  - packages/*\n', ...extra });
  for (const [folder, p] of Object.entries(packages)) {
    write(dir, { [`packages/${folder}/package.json`]: { name: p.name ?? folder, scripts: p.test === false ? {} : { test: 'vitest run' } } });
    if (p.report) write(dir, { [`packages/${folder}/.vitest-report.json`]: p.report });
  }
  return dir;
}

function summary(dir, ...args) {
  const r = spawnSync(process.execPath, [SUMMARY, '--root', dir, ...args], { encoding: 'utf8' });
  return { code: r.status, lines: r.stdout.trimEnd().split('\n'), stderr: r.stderr };
}

const test = (title, status, ancestorTitles = []) => ({ title, status, ancestorTitles, fullName: [...ancestorTitles, title].join(' ') });
const report = (tests, extra = {}) => ({
  numPassedTests: tests.filter((t) => t.status === 'passed').length,
  numFailedTests: tests.filter((t) => t.status === 'failed').length,
  success: !tests.some((t) => t.status === 'failed'),
  testResults: [{ name: '/x/a.test.ts', status: tests.some((t) => t.status === 'failed') ? 'failed' : 'passed', message: '', assertionResults: tests }],
  ...extra,
});

// A real vitest JSON report of a file that fails to load, written by the vitest this repository uses.
let loadFailure;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'cookiekit-vitest-'));
  temps.push(dir);
  write(dir, {
    'ok.test.mjs': "import { it, expect } from 'vitest';\nit('adds', () => expect(1 + 1).toBe(2));\nit.skip('later', () => {});\n",
    'broken.test.mjs': "import './missing-module.mjs';\nimport { it } from 'vitest';\nit('never collected', () => {});\n",
  });
  const r = spawnSync(process.execPath, [VITEST, 'run', '--root', dir, '--reporter=json', '--outputFile.json=report.json'], { encoding: 'utf8', cwd: dir });
  expect(r.status).toBe(1);
  loadFailure = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
}, 60_000);

describe('the closing line of pnpm test', () => {
  it('adds up the reports of every package with tests: passed, failed, skipped (todo counts as skipped)', () => {
    const dir = workspace({
      a: { report: report([test('one', 'passed'), test('two', 'passed'), test('three', 'skipped')]) },
      b: { report: report([test('four', 'passed'), test('five', 'todo')]) },
      docs: { test: false },
    });
    const r = summary(dir);
    expect(r.lines.at(-1)).toBe('3 passed, 0 failed, 2 skipped');
    expect(r.code).toBe(0);
  });

  it('counts a test file that fails to load as failed, though the report says 0 failed tests', () => {
    expect(loadFailure.numFailedTests).toBe(0);
    const dir = workspace({ a: { report: loadFailure }, b: { report: report([test('fine', 'passed')]) } });
    const r = summary(dir);
    expect(r.lines.at(-1)).toBe('2 passed, 1 failed, 1 skipped');
    expect(r.stderr).toMatch(/a: .*broken\.test\.mjs failed outside its tests: .*missing-module/);
    expect(r.code).toBe(1);
  });

  it('counts a file whose hook threw, and a run that failed outside any file, as one failure each', () => {
    const hook = report([test('t', 'skipped')]);
    hook.testResults[0].status = 'failed';
    hook.testResults[0].message = 'beforeAll threw';
    const unhandled = { ...report([test('u', 'passed')]), success: false };
    const r = summary(workspace({ a: { report: hook }, b: { report: unhandled } }));
    expect(r.lines.at(-1)).toBe('1 passed, 2 failed, 1 skipped');
    expect(r.code).toBe(1);
  });

  it('names the packages that did not run on the line before a plain closing line', () => {
    const dir = workspace({
      core: { name: '@cookiekit/core', report: report([test('x', 'passed')]) },
      e2e: {},
      vue: { name: '@cookiekit/vue' },
    });
    const r = summary(dir);
    expect(r.lines.slice(-2)).toEqual(['not run: e2e, @cookiekit/vue', '1 passed, 0 failed, 0 skipped']);
    expect(r.code).toBe(1);
  });

  it('fails when nothing ran at all', () => {
    const r = summary(workspace({ a: { report: report([]) } }));
    expect(r.lines.at(-1)).toBe('0 passed, 0 failed, 0 skipped');
    expect(r.code).toBe(1);
  });

  it('--clear removes every report and the last results, so a stale one cannot count', () => {
    const dir = workspace({ a: { report: report([test('x', 'passed')]) } }, { 'reports/compliance-results.json': '{}' });
    expect(summary(dir, '--clear').code).toBe(0);
    expect(existsSync(join(dir, 'packages/a/.vitest-report.json'))).toBe(false);
    expect(existsSync(join(dir, 'reports/compliance-results.json'))).toBe(false);
    expect(summary(dir).lines).toEqual(['not run: a', '0 passed, 0 failed, 0 skipped']);
  });
});

describe('results per compliance rule', () => {
  const rules = '# Rules\n\n### C1 — First\n\ntext\n\n### C2 — Second\n\ntext\n\n### C3 — Third\n';

  it('joins test and describe titles with the rules they cite, prints one line per rule before the closing line, and writes the report', () => {
    const dir = workspace(
      {
        core: { name: '@cookiekit/core', report: report([test('C1: nothing early', 'passed'), test('keeps it', 'failed', ['cleanup (C1, C2)']), test('C12 only, a rule this list lacks', 'skipped')]) },
        react: { report: report([test('banner (C2)', 'passed'), test('SC1 contrast', 'passed')]) },
      },
      { 'docs/compliance.md': rules },
    );
    const r = summary(dir);
    expect(r.lines).toEqual([
      'C1  passed 1, failed 1  (core)',
      'C2  passed 1, failed 1  (core, react)',
      'C3  no test ran',
      '3 passed, 1 failed, 1 skipped',
    ]);
    const results = JSON.parse(readFileSync(join(dir, 'reports/compliance-results.json'), 'utf8'));
    expect(results.rules.map((e) => [e.rule, e.passed, e.failed, e.skipped, e.packages])).toEqual([
      ['C1', 1, 1, 0, ['core']],
      ['C2', 1, 1, 0, ['core', 'react']],
      ['C3', 0, 0, 0, []],
    ]);
  });
});
