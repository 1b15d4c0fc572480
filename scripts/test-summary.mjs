// Adds up the vitest JSON reports every package wrote during `pnpm test` and prints one closing
// line, "N passed, N failed, N skipped", so a CI log says at a glance what ran. Exits 1 when
// nothing ran or a report is missing, so a silently skipped suite cannot pass for green.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// Every workspace package: the folders under packages/ and examples/, e2e/ and bench/.
const dirs = [
  ...['packages', 'examples'].flatMap((top) =>
    existsSync(join(root, top)) ? readdirSync(join(root, top)).map((d) => join(root, top, d)) : [],
  ),
  join(root, 'e2e'),
  join(root, 'bench'),
];
// `--clear` (before the tests run) removes every report, so one left by an earlier run cannot
// stand in for a suite that did not run this time. Turbo restores a cached suite's report.
if (process.argv.includes('--clear')) {
  for (const dir of dirs) rmSync(join(dir, '.vitest-report.json'), { force: true });
  process.exit(0);
}
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const dir of dirs) {
  const pkg = join(dir, 'package.json');
  if (!existsSync(pkg) || !JSON.parse(readFileSync(pkg, 'utf8')).scripts?.test) continue;
  const report = join(dir, '.vitest-report.json');
  if (!existsSync(report)) {
    missing.push(dir.slice(root.length));
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
for (const dir of missing) console.error(`test-summary: no report from ${dir}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 || missing.length > 0 ? 1 : 0);
