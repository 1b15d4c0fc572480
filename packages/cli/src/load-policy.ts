import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CookiePolicy } from '@cookiekit/core';
import { validatePolicy, type PolicyIssue } from '@cookiekit/core/schema';

/** A policy file could not be read or evaluated (not: it was read and is invalid). */
export class PolicyLoadError extends Error {
  override readonly name = 'PolicyLoadError';
}

const MODULE_EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.tsx', '.js', '.mjs', '.cjs']);

/** Options of `loadPolicyFile`. */
export interface LoadPolicyOptions {
  /** The export holding the policy in a module; default `default`, then `policy`, then the only policy-shaped export. */
  readonly exportName?: string;
  /** How long a `.ts`/`.js` policy may take to load in its child process, in ms; default 10000. */
  readonly timeoutMs?: number;
}

/** The default of `LoadPolicyOptions.timeoutMs`. */
export const POLICY_TIMEOUT_MS = 10_000;

const looksLikePolicy = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'services' in value && 'categories' in value;

/**
 * Reads a policy file as data, without checking it. JSON is parsed, never executed. A TypeScript
 * or JavaScript module is code and is executed: in a child process (through tsx's loader, no
 * build step), so a module that exits, throws, loops or writes to stdout cannot end, hang or
 * garble the calling process; it is killed after `timeoutMs`. Its `default` or `policy` export
 * (or `exportName`) comes back as data. Throws `PolicyLoadError` with a sentence when the file is
 * missing, is not JSON, fails to run, exits, takes too long, or exports no policy.
 *
 * @example
 * ```ts
 * const value = await readPolicyFile('examples/policy/src/index.ts');
 * ```
 */
export async function readPolicyFile(file: string, options: LoadPolicyOptions = {}): Promise<unknown> {
  const path = resolve(file);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new PolicyLoadError(`${file}: no such file`);
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    const text = await readFile(path, 'utf8');
    try {
      return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
    } catch (error) {
      throw new PolicyLoadError(`${file}: not valid JSON (${(error as Error).message})`);
    }
  }
  if (!MODULE_EXTENSIONS.has(ext)) {
    throw new PolicyLoadError(`${file}: a policy is a .json, .ts, .mts, .cts, .js or .mjs file, not "${ext || 'no extension'}"`);
  }
  return loadInChild(file, path, options);
}

/** What the child process sends back. */
export type PolicyChildMessage = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

// The child's script: built beside this module in dist, or run from source through tsx in tests.
function childScript(): { script: string; execArgv: string[] } {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, 'policy-child.js');
  if (existsSync(built)) return { script: built, execArgv: [] };
  return { script: join(here, 'policy-child.ts'), execArgv: ['--import', 'tsx'] };
}

function loadInChild(file: string, path: string, options: LoadPolicyOptions): Promise<unknown> {
  const timeoutMs = options.timeoutMs ?? POLICY_TIMEOUT_MS;
  const { script, execArgv } = childScript();
  return new Promise((resolvePolicy, reject) => {
    const child = fork(script, [path, ...(options.exportName !== undefined ? [options.exportName] : [])], {
      execArgv,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-2000)));
    let answer: PolicyChildMessage | undefined;
    let settled = false;
    const fail = (sentence: string) => {
      if (settled) return;
      settled = true;
      const detail = stderr.trim().split('\n').slice(-3).join(' / ');
      reject(new PolicyLoadError(`${file}: ${sentence}${detail && !answer ? ` (its stderr: ${detail})` : ''}`));
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(`did not finish loading within ${timeoutMs} ms (a policy module is executed: an endless loop or a pending promise at import hangs it; raise --policy-timeout if it is only slow)`);
    }, timeoutMs);
    child.on('message', (message: PolicyChildMessage) => {
      answer = message;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(`could not be loaded: ${error.message}`);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (settled) return;
      if (answer?.ok) {
        settled = true;
        resolvePolicy(answer.value);
      } else if (answer) {
        settled = true;
        reject(new PolicyLoadError(`${file}: ${answer.message}`));
      } else {
        fail(`ended the process while loading (${signal ? `signal ${signal}` : `exit code ${code}`}), before it exported a policy; a policy module must not call process.exit`);
      }
    });
  });
}

/**
 * The policy among a module's exports (its `default`, `policy`, or `exportName`); throws
 * `PolicyLoadError` when there is none or several. Used by the child process that loads it.
 */
export function pickExport(mod: Record<string, unknown>, file: string, exportName: string | undefined): unknown {
  if (exportName !== undefined) {
    if (!(exportName in mod)) throw new PolicyLoadError(`${file}: has no export named "${exportName}"`);
    return mod[exportName];
  }
  // A CommonJS module or a transpiled default can arrive as { default: { default | policy } }.
  const candidates: Array<[string, unknown]> = [
    ['default', mod.default],
    ['policy', mod.policy],
  ];
  const inner = mod.default as Record<string, unknown> | undefined;
  if (inner && typeof inner === 'object' && !looksLikePolicy(inner)) {
    candidates.push(['default.default', inner.default], ['default.policy', inner.policy]);
  }
  for (const [, value] of candidates) if (looksLikePolicy(value)) return value;
  const shaped = Object.entries(mod).filter(([, v]) => looksLikePolicy(v));
  if (shaped.length === 1) return shaped[0]![1];
  if (shaped.length > 1) {
    throw new PolicyLoadError(
      `${file}: exports several policies (${shaped.map(([k]) => k).join(', ')}); choose one with --export <name>`,
    );
  }
  throw new PolicyLoadError(`${file}: exports no policy (expected a default export or an export named "policy")`);
}

/** A policy file read and checked. */
export type LoadedPolicy =
  | { readonly ok: true; readonly file: string; readonly policy: CookiePolicy; readonly issues: readonly PolicyIssue[] }
  | { readonly ok: false; readonly file: string; readonly issues: readonly PolicyIssue[] };

/**
 * Reads a policy file and runs core's `validatePolicy` on it.
 *
 * @example
 * ```ts
 * const result = await loadPolicyFile('policy.ts');
 * if (!result.ok) for (const i of result.issues) console.error(`${i.path}: ${i.message}`);
 * ```
 */
export async function loadPolicyFile(file: string, options: LoadPolicyOptions = {}): Promise<LoadedPolicy> {
  const value = await readPolicyFile(file, options);
  const result = validatePolicy(value);
  return result.ok
    ? { ok: true, file, policy: result.policy, issues: result.issues }
    : { ok: false, file, issues: result.issues };
}
