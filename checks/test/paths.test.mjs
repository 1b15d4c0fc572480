import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scanFiles, scanRepo } from '../../scripts/check-paths.mjs';
import { repoFiles } from '../../scripts/workspace.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const temps = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cookiekit-paths-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

// The planted and sample paths are built from parts, so this file does not itself name a place
// outside the repository (the scanner reads it too).
const UP = '../';
const outside = `${UP.repeat(4)}elsewhere/data.csv`;
const home = ['', 'home', 'someone', 'data.csv'].join('/');
const notes = ['PLANTED_NOTES', 'md'].join('.');
const missing = ['MISSING', 'md'].join('.');
const present = ['CHANGES', 'md'].join('.');

function writeFiles(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return Object.keys(files).sort();
}

describe('the path scanner', () => {
  it('finds nothing in the repository: every file a build or test reads is in it', () => {
    expect(scanRepo(root)).toEqual([]);
  });

  it('catches violations planted in a copy of the tracked files, and only those', () => {
    const copy = tempDir();
    for (const file of repoFiles(root)) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(root, file), join(copy, file));
    }
    writeFiles(copy, {
      'packages/core/src/planted.ts': `import { readFileSync } from 'node:fs';\nexport const data = readFileSync(new URL('${outside}', import.meta.url));\n`,
      'examples/policy/src/planted.test.ts': `const seed = '${home}';\n`,
      'docs/planted.md': `See ${notes} for the rules.\n`,
    });
    const found = scanRepo(copy).map((f) => [f.file, f.line, f.path]);
    expect(found).toEqual([
      ['docs/planted.md', 1, notes],
      ['examples/policy/src/planted.test.ts', 1, home],
      ['packages/core/src/planted.ts', 2, outside],
    ]);
  });

  it('resolves a relative path from the file that holds it: inside is fine, one level too many is not', () => {
    const dir = tempDir();
    const files = writeFiles(dir, {
      'a/b/inside.ts': `import x from '${UP.repeat(2)}scripts/env.mjs';\nconst u = new URL('${UP}..', import.meta.url);\n`,
      'a/b/escape.ts': `import x from '${UP.repeat(3)}scripts/env.mjs';\n`,
      'a/b/bare.ts': `const up = '${UP.repeat(2)}..';\n`,
      'a/b/prose.md': 'Wait... then go on. The ellipsis.. is not a path; neither is a/../b or x../y.\n',
      'a/b/template.ts': 'const p = `${here}../../scripts/x.mjs`;\n',
    });
    const found = scanFiles(dir, files).map((f) => [f.file, f.path]);
    expect(found).toEqual([
      ['a/b/bare.ts', `${UP.repeat(2)}..`],
      ['a/b/escape.ts', `${UP.repeat(3)}scripts/env.mjs`],
    ]);
  });

  it("reads a lockfile's link: paths from the importer they are listed under", () => {
    const dir = tempDir();
    const lock = [
      "lockfileVersion: '9.0'",
      'importers:',
      '  .: {}',
      '  examples/demo:',
      '    dependencies:',
      "      '@x/core':",
      `        version: link:${UP.repeat(2)}packages/core`,
      '  examples/far:',
      '    dependencies:',
      "      '@x/core':",
      `        version: link:${UP.repeat(3)}packages/core`,
      'packages:',
      '  a@1.0.0: {}',
      '',
    ].join('\n');
    const found = scanFiles(dir, writeFiles(dir, { 'pnpm-lock.yaml': lock })).map((f) => [f.line, f.path]);
    expect(found).toEqual([[11, `${UP.repeat(3)}packages/core`]]);
  });

  it('names a capitalised document only when no file of the repository has that name', () => {
    const dir = tempDir();
    const files = writeFiles(dir, { 'README.md': `See ${present} and ${missing}.\n`, [`pkg/${present}`]: '# changes\n' });
    expect(scanFiles(dir, files).map((f) => f.path)).toEqual([missing]);
  });

  it('exits 1 from the command line and names the file and line', () => {
    const dir = tempDir();
    writeFiles(dir, { 'x/y.mjs': `\nexport const f = '${outside}';\n` });
    let error;
    try {
      execFileSync(process.execPath, [join(root, 'scripts/check-paths.mjs'), '--root', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      error = e;
    }
    expect(error?.status).toBe(1);
    expect(error.stderr).toContain(`x/y.mjs:2: ${outside} climbs out of the repository`);
  });
});
