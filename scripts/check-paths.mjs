// Fails when a file of the repository reaches outside it: a relative path that climbs above the
// repository root from the file's folder, an absolute path into a home or work directory, or a
// document named in capitals (such as a notes file) that the repository does not hold. A clone
// must build and test with nothing beside it.
//
//   node scripts/check-paths.mjs [--root <dir>]
import { readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoFiles } from './workspace.mjs';

/**
 * Paths that look like escapes but are not, each with its reason. `file` is a repository path,
 * `token` a pattern the found path must match.
 */
export const ALLOWED = [];

/**
 * The folder a path found at `index` is relative to: the file's own, except in pnpm-lock.yaml,
 * whose `link:` paths are relative to the workspace package (importer) they are listed under.
 */
function baseOf(file, text, index) {
  if (posix.basename(file) !== 'pnpm-lock.yaml') return posix.dirname(file);
  const start = text.lastIndexOf('\nimporters:', index);
  if (start < 0 || index < start) return posix.dirname(file);
  const next = text.slice(start + 1).search(/\n\S/);
  if (next >= 0 && index > start + 1 + next) return posix.dirname(file);
  const before = text.slice(start, index);
  const importers = [...before.matchAll(/^ {2}(\S[^:\n]*):\s*$/gm)];
  const importer = importers.at(-1)?.[1]?.replace(/^['"]|['"]$/g, '');
  return importer && importer !== '.' ? posix.join(posix.dirname(file), importer) : posix.dirname(file);
}

// Binary files have nothing to scan.
const BINARY = /\.(?:png|jpe?g|gif|webp|ico|woff2?|ttf|zip|gz|tgz|zst|db|sqlite)$/i;

// A relative path starting with `..`: not in the middle of a word, a path or a longer run of dots.
const RELATIVE = /(?<![\w.\/~$-])\.\.(?=[\/'"`)\s]|$)(?:\/\.\.(?=[\/'"`)\s]|$))*(?:\/[^\s'"`)\]>,;*|]*)?/gm;
// An absolute path into someone's home or a work directory.
const ABSOLUTE = /(?<![\w.\/-])\/(?:work|home\/[\w.-]+|Users\/[\w.-]+|root)(?=\/|['"`\s)]|$)[^\s'"`)\]>,;]*/gm;
// A document named in capitals, such as `README.md`.
const DOCUMENT = /(?<![\w.\/-])([A-Z][A-Z0-9_-]*\.md)\b/g;

const lineOf = (text, index) => text.slice(0, index).split('\n').length;

/** The places where `files` (repository paths) reach outside `root`: `{ file, line, path, problem }`. */
export function scanFiles(root, files) {
  const names = new Set(files.map((f) => posix.basename(f)));
  const found = [];
  for (const file of files) {
    if (BINARY.test(file)) continue;
    const text = readFileSync(join(root, file), 'utf8');
    if (text.includes('\0')) continue;
    const allowed = (token) => ALLOWED.some((a) => a.file === file && a.token.test(token));
    for (const m of text.matchAll(RELATIVE)) {
      const target = posix.normalize(posix.join(baseOf(file, text, m.index), m[0]));
      if ((target === '..' || target.startsWith('../')) && !allowed(m[0])) {
        found.push({ file, line: lineOf(text, m.index), path: m[0], problem: 'climbs out of the repository' });
      }
    }
    for (const m of text.matchAll(ABSOLUTE)) {
      if (!allowed(m[0])) found.push({ file, line: lineOf(text, m.index), path: m[0], problem: 'is an absolute path outside the repository' });
    }
    for (const m of text.matchAll(DOCUMENT)) {
      if (!names.has(m[1]) && !allowed(m[1])) {
        found.push({ file, line: lineOf(text, m.index), path: m[1], problem: 'names a document the repository does not hold' });
      }
    }
  }
  return found;
}

/** The places where the repository at `root` reaches outside itself. */
export function scanRepo(root) {
  return scanFiles(root, repoFiles(root));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rootArg = process.argv.indexOf('--root');
  const root = rootArg >= 0 ? resolve(process.argv[rootArg + 1]) : dirname(dirname(fileURLToPath(import.meta.url)));
  const found = scanRepo(root);
  for (const f of found) console.error(`${f.file}:${f.line}: ${f.path} ${f.problem}`);
  if (found.length > 0) {
    console.error(`check-paths: ${found.length} reference(s) outside the repository; every file a build or test reads must be in it.`);
    process.exit(1);
  }
  console.log('check-paths: nothing refers outside the repository.');
}
