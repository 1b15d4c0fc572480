import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A throwaway PostgreSQL server of our own (initdb into a temp dir, a free loopback port), so a
 * test can stop and restart a real server without touching the shared cluster other test runs use.
 * Needs root (it runs the server as the `postgres` user) and Debian's postgresql binaries.
 */
export interface PrivatePostgres {
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const version = readdirSync(root).sort((a, b) => Number(a) - Number(b)).pop();
  const dir = version && join(root, version, 'bin');
  return dir && existsSync(join(dir, 'initdb')) ? dir : undefined;
}

/** Whether this machine can run one (root, a `postgres` user, the binaries). */
export function canRunPrivatePostgres(): boolean {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0 || !binDir()) return false;
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = binDir();
  if (!bin) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql');
  const dir = mkdtempSync(join(tmpdir(), 'cookiekit-pg-'));
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, gid);
  const data = join(dir, 'data');
  const asPostgres = (command: string) => run('su', ['postgres', '-c', command], { cwd: '/' });
  await asPostgres(`${bin}/initdb -D ${quote(data)} -A trust -U postgres -E UTF8 --no-sync >/dev/null`);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=40 -c shared_buffers=16MB`;
  const ctl = (args: string) => asPostgres(`${bin}/pg_ctl -D ${quote(data)} -l ${quote(join(dir, 'log'))} ${args}`);
  const start = async () => {
    await ctl(`-w -t 30 -o ${quote(options)} start >/dev/null`);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    // Fast shutdown: running transactions are aborted and every connection is cut, as in a crash of the service.
    stop: async () => {
      await ctl('-w -t 30 -m fast stop >/dev/null');
    },
    async destroy() {
      await ctl('-w -t 30 -m immediate stop >/dev/null').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
