import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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
}

const looksLikePolicy = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'services' in value && 'categories' in value;

/**
 * Reads a policy file as data, without checking it: JSON as is; a TypeScript or JavaScript module
 * through tsx's loader (no build step, Node 20), taking its `default` or `policy` export.
 * Throws `PolicyLoadError` with a sentence when the file is missing, is not JSON, fails to run,
 * or exports no policy.
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
  let mod: Record<string, unknown>;
  try {
    const { tsImport } = await import('tsx/esm/api');
    mod = (await tsImport(pathToFileURL(path).href, pathToFileURL(`${process.cwd()}/`).href)) as Record<string, unknown>;
  } catch (error) {
    throw new PolicyLoadError(`${file}: could not be loaded: ${(error as Error)?.message ?? String(error)}`);
  }
  return pickExport(mod, file, options.exportName);
}

function pickExport(mod: Record<string, unknown>, file: string, exportName: string | undefined): unknown {
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
