// Packs every published package (`pnpm pack`, so `workspace:*` becomes the real version) into
// .tmp/packed/tarballs and installs the tarballs into a project of their own, .tmp/packed/consumer,
// beside the peers a user installs (React, Vue, better-sqlite3, pg, Express, Fastify, Hono) at the
// workspace's versions. Nothing of the workspace is visible there: a dependency a package forgot
// to declare fails to load. The install comes from pnpm's store (`--prefer-offline`) in a few
// seconds; better-sqlite3 is not compiled there (scripts/sqlite-addon.cjs lends it an addon).
// Used by checks/test/packed.test.mjs and scripts/node-matrix.mjs.
//
//   node scripts/packed.mjs    prints the consumer project's path
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { workspacePackages } from './workspace.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The workspace's published packages: `{ dir, name, version }` of every non-private `packages/*`. */
export function publishedPackages() {
  return workspacePackages(root)
    .filter((p) => p.dir.startsWith('packages/'))
    .map((p) => ({ dir: p.dir, ...JSON.parse(readFileSync(path.join(root, p.dir, 'package.json'), 'utf8')) }))
    .filter((p) => !p.private)
    .map(({ dir, name, version }) => ({ dir, name, version }));
}

/** The exact version the workspace pins for `dependency` in the manifest of `dir`. */
function pinned(dir, dependency) {
  const manifest = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
  const version = manifest.devDependencies?.[dependency] ?? manifest.dependencies?.[dependency];
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`packed: ${dir} pins no exact version of ${dependency}`);
  return version;
}

/** The peers a user installs beside the packages, at the versions the workspace tests with. */
function peers() {
  return {
    react: pinned('packages/react', 'react'),
    'react-dom': pinned('packages/react', 'react-dom'),
    vue: pinned('packages/vue', 'vue'),
    'better-sqlite3': pinned('packages/consent-log', 'better-sqlite3'),
    pg: pinned('packages/consent-log', 'pg'),
    express: pinned('packages/server', 'express'),
    fastify: pinned('packages/server', 'fastify'),
    hono: pinned('packages/server', 'hono'),
  };
}

/** The Node 20 addon the workspace built for better-sqlite3, for the consumer's uncompiled copy. */
export function workspaceSqliteAddon() {
  const require = createRequire(path.join(root, 'packages', 'consent-log', 'package.json'));
  return path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
}

/**
 * Packs the built packages and installs them into a fresh consumer project; returns its path.
 * The packages must be built (`pnpm build`). Takes a few seconds.
 */
export function preparePacked({ log = () => undefined } = {}) {
  const base = path.join(root, '.tmp', 'packed');
  const tarballs = path.join(base, 'tarballs');
  const consumer = path.join(base, 'consumer');
  rmSync(base, { recursive: true, force: true });
  mkdirSync(tarballs, { recursive: true });
  mkdirSync(consumer, { recursive: true });
  const packages = publishedPackages();
  const files = {};
  for (const p of packages) {
    const before = new Set(readdirSync(tarballs));
    execFileSync('pnpm', ['pack', '--pack-destination', tarballs], { cwd: path.join(root, p.dir), stdio: ['ignore', 'ignore', 'inherit'] });
    const made = readdirSync(tarballs).filter((f) => !before.has(f));
    if (made.length !== 1) throw new Error(`packed: pnpm pack in ${p.dir} wrote ${made.length} files`);
    files[p.name] = `file:../tarballs/${made[0]}`;
  }
  log(`packed: ${packages.length} packages packed into ${path.relative(root, tarballs)}`);
  writeFileSync(
    path.join(consumer, 'package.json'),
    `${JSON.stringify({ name: 'packed-consumer', private: true, dependencies: { ...files, ...peers() } }, null, 2)}\n`,
  );
  // Its own workspace root, so the repository's workspace and lockfile stay out of it. The
  // packages depend on each other by version: overrides point those at the tarballs too, so
  // nothing named @cookiekit comes from a registry.
  const overrides = Object.entries(files).map(([name, spec]) => `  '${name}': '${spec}'`);
  writeFileSync(
    path.join(consumer, 'pnpm-workspace.yaml'),
    ['packages: []', 'allowBuilds:', '  esbuild: true', '  better-sqlite3: false', 'overrides:', ...overrides, ''].join('\n'),
  );
  copyFileSync(path.join(root, 'checks', 'packed', 'probe.cjs'), path.join(consumer, 'probe.cjs'));
  execFileSync('pnpm', ['install', '--prefer-offline', '--reporter=silent'], { cwd: consumer, stdio: ['ignore', 'ignore', 'inherit'] });
  // Every @cookiekit package in the consumer is one of the tarballs, once.
  const installed = readdirSync(path.join(consumer, 'node_modules', '.pnpm')).filter((d) => d.startsWith('@cookiekit+'));
  const foreign = installed.filter((d) => !d.includes('@file+..+tarballs+'));
  if (foreign.length || installed.length !== packages.length) {
    throw new Error(`packed: the consumer holds ${installed.join(', ')}: expected each of the ${packages.length} tarballs once`);
  }
  log(`packed: installed into ${path.relative(root, consumer)}`);
  return consumer;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(preparePacked({ log: (line) => console.error(line) }));
}
