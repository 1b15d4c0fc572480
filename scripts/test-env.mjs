// Finds (or, as root with apt, installs) what the real-browser and database tests need:
// Debian's Chromium and a PostgreSQL server. Used by the tests and by scripts/install.sh.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { CHROMIUM_PATHS, QUIET_CHROMIUM_ARGS } from '../packages/cli/src/chromium-flags.js';

/**
 * Flags that keep headless Chromium quiet on a closed network: the CLI's own list, read from its
 * source (this script runs before the build), so tests and CLI launch Chromium alike.
 */
export const CHROMIUM_ARGS = [...QUIET_CHROMIUM_ARGS];

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function aptInstall(packages) {
  console.error(`cookiekit: installing ${packages.join(', ')} with apt-get…`);
  execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Debian's package of the font the visual tests pin (e2e/test/design.test.ts), installed with Chromium. */
export const FONT_PACKAGES = ['fonts-dejavu-core'];

// The pinned font: present, or (as root with apt) installed, so the baselines hold on a fresh
// machine. Without fontconfig there is nothing to ask; the visual tests then say what is missing.
function ensureFonts(install) {
  if (!has('fc-list')) return;
  const found = spawnSync('fc-list', ['DejaVu Sans', 'family'], { encoding: 'utf8' }).stdout ?? '';
  if (!found.trim() && install && isRoot() && has('apt-get')) aptInstall(FONT_PACKAGES);
}

/**
 * The path of a Chromium to drive: `CHROMIUM_PATH`, then known paths, then Debian's package
 * installed as root. Throws with a message saying how to get one otherwise.
 */
export function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  const found = CHROMIUM_PATHS.find((p) => existsSync(p));
  if (found) {
    ensureFonts(install);
    return found;
  }
  if (install && isRoot() && has('apt-get')) {
    aptInstall(['chromium', ...FONT_PACKAGES]);
    const installed = CHROMIUM_PATHS.find((p) => existsSync(p));
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

const TEST_DB = { user: 'cookiekit', password: 'cookiekit', database: 'cookiekit_test' };
const testUrl = (port) =>
  `postgres://${TEST_DB.user}:${TEST_DB.password}@127.0.0.1:${port}/${TEST_DB.database}`;

function clusters() {
  if (!has('pg_lsclusters')) return [];
  return execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [version, name, port, status] = line.trim().split(/\s+/);
      return { version, name, port: Number(port), status };
    });
}

function psqlAsPostgres(port, sql) {
  return execFileSync('su', ['postgres', '-c', `psql -p ${port} -tAc "${sql.replace(/"/g, '\\"')}"`], {
    encoding: 'utf8',
    cwd: '/',
  }).trim();
}

/**
 * A PostgreSQL URL for the tests: `DATABASE_URL`, else a local cluster started (and, as root with
 * apt, installed) here with a `cookiekit` role and a `cookiekit_test` database. Throws with a
 * message saying how to get one otherwise.
 */
export function ensurePostgres({ install = true } = {}) {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (!isRoot()) {
    throw new Error(
      'No PostgreSQL: set DATABASE_URL to a server the tests may use (postgres://user:pass@127.0.0.1:5432/db), or run as root so the project can install and start one.',
    );
  }
  if (!has('pg_lsclusters') || (clusters().length === 0 && !existsSync('/usr/lib/postgresql'))) {
    if (!install || !has('apt-get')) throw new Error('PostgreSQL is not installed: `apt-get install postgresql`, or set DATABASE_URL.');
    aptInstall(['postgresql']);
  }
  let cluster = clusters()[0];
  if (!cluster) {
    const version = readdirSync('/usr/lib/postgresql').sort().pop();
    execFileSync('pg_createcluster', [version, 'main'], { stdio: 'ignore' });
    cluster = clusters()[0];
  }
  if (!cluster) throw new Error('Could not create a PostgreSQL cluster.');
  if (cluster.status !== 'online') {
    execFileSync('pg_ctlcluster', [cluster.version, cluster.name, 'start'], { stdio: 'inherit' });
  }
  const role = psqlAsPostgres(cluster.port, `SELECT 1 FROM pg_roles WHERE rolname='${TEST_DB.user}'`);
  if (role !== '1') {
    psqlAsPostgres(cluster.port, `CREATE ROLE ${TEST_DB.user} LOGIN PASSWORD '${TEST_DB.password}' CREATEDB`);
  }
  const db = psqlAsPostgres(cluster.port, `SELECT 1 FROM pg_database WHERE datname='${TEST_DB.database}'`);
  if (db !== '1') psqlAsPostgres(cluster.port, `CREATE DATABASE ${TEST_DB.database} OWNER ${TEST_DB.user}`);
  return testUrl(cluster.port);
}

// As a command: `node scripts/test-env.mjs chromium|postgres|all` prints what it found.
if (import.meta.url === `file://${process.argv[1]}`) {
  const what = process.argv[2] ?? 'all';
  try {
    if (what === 'chromium' || what === 'all') console.log(`chromium: ${findChromium()}`);
    if (what === 'postgres' || what === 'all') console.log(`postgres: ${ensurePostgres().replace(/:[^:@/]+@/, ':***@')}`);
  } catch (error) {
    console.error(`cookiekit: ${error.message}`);
    process.exit(1);
  }
}
