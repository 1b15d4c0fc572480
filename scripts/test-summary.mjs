// Adds up the vitest JSON reports every workspace package wrote during `pnpm test` and prints one
// closing line, "N passed, N failed, N skipped", so a CI log says at a glance what ran. A test file
// that failed to load or whose hooks threw counts as failed even though no test in it did. When
// a package with tests left no report (turbo stopped before it), the line just before the closing
// line names it: "not run: @cookiekit/vue, e2e". Exits 1 when anything failed, nothing ran or a
// package did not run, so a silently skipped suite cannot pass for green.
//
// Before the closing line: one line per compliance rule of docs/compliance.md with the results of
// the tests that cite it, also written to reports/compliance-results.json.
//
//   node scripts/test-summary.mjs [--root <dir>] [--clear]
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRules, testRules } from './compliance.mjs';
import { workspacePackages } from './workspace.mjs';

const REPORT = '.vitest-report.json';
const RESULTS = 'reports/compliance-results.json';

const args = process.argv.slice(2);
const rootArg = args.indexOf('--root');
const root = rootArg >= 0 ? resolve(args[rootArg + 1]) : fileURLToPath(new URL('..', import.meta.url));
const packages = workspacePackages(root);

// `--clear` (before the tests run) removes every report, so one left by an earlier run cannot
// stand in for a suite that did not run this time. Turbo restores a cached suite's report.
if (args.includes('--clear')) {
  for (const p of packages) rmSync(join(root, p.dir, REPORT), { force: true });
  rmSync(join(root, RESULTS), { force: true });
  process.exit(0);
}

const short = (name) => name.replace(/^@cookiekit\//, '');

let passed = 0;
let failed = 0;
let skipped = 0;
const notRun = [];
const problems = [];
/** Every test result: `{ pkg, titles, status }` with status passed, failed or skipped. */
const results = [];

for (const p of packages) {
  if (!p.scripts.test) continue;
  const file = join(root, p.dir, REPORT);
  if (!existsSync(file)) {
    notRun.push(p.name);
    continue;
  }
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    failed += 1;
    problems.push(`${p.name}: the report ${p.dir}/${REPORT} is not readable JSON (${error.message})`);
    continue;
  }
  const files = Array.isArray(report.testResults) ? report.testResults : [];
  let failedHere = 0;
  for (const f of files) {
    const tests = Array.isArray(f.assertionResults) ? f.assertionResults : [];
    for (const t of tests) {
      const status = t.status === 'passed' ? 'passed' : t.status === 'failed' ? 'failed' : 'skipped';
      if (status === 'passed') passed += 1;
      else if (status === 'failed') failedHere += 1;
      else skipped += 1;
      results.push({ pkg: p.name, titles: [...(t.ancestorTitles ?? []), t.title ?? ''], status });
    }
    // A file that failed with no failed test in it did not load, or a hook threw: one failure.
    if (f.status === 'failed' && !tests.some((t) => t.status === 'failed')) {
      failedHere += 1;
      const why = String(f.message ?? '').split('\n')[0] || 'no message';
      problems.push(`${p.name}: ${String(f.name ?? '').replace(`${root}/`, '')} failed outside its tests: ${why}`);
    }
  }
  // Errors outside any file (an unhandled rejection) fail the run without failing a test.
  if (report.success === false && failedHere === 0) {
    failedHere += 1;
    problems.push(`${p.name}: vitest reported a failed run with no failed test (an error outside the tests)`);
  }
  failed += failedHere;
}

// Results per compliance rule, when the repository has its rule list.
const rulesFile = join(root, 'docs/compliance.md');
if (existsSync(rulesFile)) {
  const rules = parseRules(readFileSync(rulesFile, 'utf8'));
  const known = new Set(rules.map((r) => r.id));
  const byRule = new Map(rules.map((r) => [r.id, { rule: r.id, title: r.title, passed: 0, failed: 0, skipped: 0, packages: new Set() }]));
  for (const result of results) {
    for (const id of testRules(result.titles, known)) {
      const entry = byRule.get(id);
      entry[result.status] += 1;
      entry.packages.add(short(result.pkg));
    }
  }
  const out = [...byRule.values()].map((e) => ({ ...e, packages: [...e.packages].sort() }));
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(
    join(root, RESULTS),
    `${JSON.stringify({ notRun: [...notRun].sort(), rules: out }, null, 2)}\n`,
  );
  for (const e of out) {
    const ran = e.passed + e.failed + e.skipped;
    // Worded unlike the closing line ("passed N", not "N passed"), so no reader takes a rule's line for it.
    const counts = ran === 0 ? 'no test ran' : `passed ${e.passed}, failed ${e.failed}${e.skipped ? `, skipped ${e.skipped}` : ''}`;
    console.log(`${e.rule.padEnd(4)}${counts}${e.packages.length ? `  (${e.packages.join(', ')})` : ''}`);
  }
}

for (const problem of problems) console.error(`test-summary: ${problem}`);
if (notRun.length > 0) console.log(`not run: ${notRun.join(', ')}`);
// The closing line stays plain and last: "N passed, N failed, N skipped".
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 || notRun.length > 0 ? 1 : 0);
