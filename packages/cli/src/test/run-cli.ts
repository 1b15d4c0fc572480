import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built bin, as `npx cookiekit` runs it. */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli.js …` and collects its exit code and output. */
export function cookiekit(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? PACKAGE_DIR,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs the same command line in this process (faster; the bin adds only `process.exitCode`). */
export async function cookiekitInProcess(args: readonly string[], options: import('../run').CliOptions = {}): Promise<CliResult> {
  const { runCli } = await import('../run');
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  }, options);
  return { code, stdout, stderr };
}
