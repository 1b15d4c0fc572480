// The repository's files and workspace packages, read the same way in a git checkout and in a
// copy without .git (the clean-clone check copies tracked files only).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// Never part of the repository: installed, built or written by a run.
const UNTRACKED_DIRS = new Set(['node_modules', 'dist', '.turbo', 'coverage', 'reports', '.data', '.tmp', 'test-results', '.git']);

/**
 * The repository's files, relative to `root` with `/` separators, sorted: the tracked files when
 * `root` is a git checkout, otherwise every file outside installed and built folders.
 */
export function repoFiles(root) {
  if (existsSync(join(root, '.git'))) {
    const out = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    // A tracked file deleted in the work tree is not there to read.
    return out.split('\0').filter((f) => f && existsSync(join(root, f))).sort();
  }
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!UNTRACKED_DIRS.has(entry.name)) walk(join(dir, entry.name));
      } else if (entry.isFile()) {
        files.push(relative(root, join(dir, entry.name)).split(sep).join('/'));
      }
    }
  };
  walk(root);
  return files.sort();
}

/** The workspace globs of pnpm-workspace.yaml (`packages:` entries such as `packages/*` or `e2e`). */
export function workspaceGlobs(root) {
  const text = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const globs = [];
  let inPackages = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^packages:\s*$/.test(line)) inPackages = true;
    else if (/^\S/.test(line)) inPackages = false;
    else if (inPackages) {
      const m = /^\s+-\s+['"]?([^'"#\s]+)['"]?/.exec(line);
      if (m) globs.push(m[1]);
    }
  }
  return globs;
}

/**
 * The workspace packages: `{ dir, name, scripts }`, `dir` relative to `root`, in folder order.
 * Only `dir/*` and plain folder globs are understood, which is all the workspace uses.
 */
export function workspacePackages(root) {
  const dirs = [];
  for (const glob of workspaceGlobs(root)) {
    if (glob.endsWith('/*')) {
      const top = glob.slice(0, -2);
      if (!existsSync(join(root, top))) continue;
      for (const d of readdirSync(join(root, top)).sort()) {
        if (statSync(join(root, top, d)).isDirectory()) dirs.push(`${top}/${d}`);
      }
    } else if (!glob.includes('*')) {
      dirs.push(glob.replace(/\/$/, ''));
    } else {
      throw new Error(`pnpm-workspace.yaml: the glob "${glob}" is not understood here`);
    }
  }
  return dirs
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
      return { dir, name: pkg.name ?? dir, scripts: pkg.scripts ?? {} };
    });
}

/** The package a repository file belongs to: the deepest package folder holding it. */
export function packageOf(packages, file) {
  let best;
  for (const p of packages) {
    if (file.startsWith(`${p.dir}/`) && (!best || p.dir.length > best.dir.length)) best = p;
  }
  return best;
}
