#!/usr/bin/env node
// The public API of each published package, one readable report per entry of its exports map
// (`packages/core/api/core.api.md`, `packages/core/api/core-schema.api.md`, …), made by API
// Extractor from the built `dist/*.d.ts`.
//
//   node scripts/api-report.mjs check [package dir …]    fails when a committed report differs
//   node scripts/api-report.mjs update [package dir …]   rewrites the reports
//
// Without a package dir: every package under packages/. Build first (`pnpm api:update` does).
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const UPDATE_COMMAND = 'pnpm api:update';

const [mode, ...dirs] = process.argv.slice(2);
if (mode !== 'check' && mode !== 'update') {
  console.error('usage: node scripts/api-report.mjs check|update [package dir …]');
  process.exit(2);
}
const packageDirs = (dirs.length > 0 ? dirs.map((d) => resolve(d)) : readdirSync(join(ROOT, 'packages')).map((d) => join(ROOT, 'packages', d)))
  .filter((d) => existsSync(join(d, 'package.json')));

/** The entries of an exports map that have types: `.` -> `dist/index.d.ts`, `./schema` -> `dist/schema.d.ts`, … */
function typedEntries(pkg) {
  const entries = [];
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const types = typeof target === 'object' && target !== null ? (target.import?.types ?? target.types) : undefined;
    if (typeof types === 'string' && types.endsWith('.d.ts')) entries.push({ subpath, types });
  }
  return entries;
}

/** `@cookiekit/core` + `./locales/fr` -> `core-locales-fr` */
function reportName(pkgName, subpath) {
  const short = pkgName.replace(/^@[^/]+\//, '');
  const rest = subpath.replace(/^\.\/?/, '').replace(/[^A-Za-z0-9]+/g, '-');
  return rest ? `${short}-${rest}` : short;
}

// Only the report matters here: TSDoc style and release tags are not checked, and types that a
// subpath entry borrows from the main one are not flagged as unexported.
const messages = {
  compilerMessageReporting: { default: { logLevel: 'warning' } },
  extractorMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
  tsdocMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
};

const temp = mkdtempSync(join(tmpdir(), 'cookiekit-api-'));
const stale = [];
let failed = false;
try {
  for (const dir of packageDirs) {
    const packageJsonFullPath = join(dir, 'package.json');
    const pkg = JSON.parse(readFileSync(packageJsonFullPath, 'utf8'));
    if (pkg.private) continue;
    const entries = typedEntries(pkg);
    const reportFolder = join(dir, 'api');
    const expected = new Set();
    for (const { subpath, types } of entries) {
      const name = reportName(pkg.name, subpath);
      const entryFile = join(dir, types);
      if (!existsSync(entryFile)) {
        console.error(`${relative(ROOT, entryFile)} is missing: build the package first (pnpm build).`);
        failed = true;
        continue;
      }
      const config = ExtractorConfig.prepare({
        configObject: {
          projectFolder: dir,
          mainEntryPointFilePath: entryFile,
          compiler: {
            overrideTsconfig: {
              compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, types: ['node'],
                // The packages' own declarations are what is read; their dependencies' are trusted.
                skipLibCheck: true },
              files: [entryFile],
            },
          },
          apiReport: { enabled: true, reportFileName: name, reportFolder: temp, reportTempFolder: join(temp, 'tmp') },
          docModel: { enabled: false },
          dtsRollup: { enabled: false },
          tsdocMetadata: { enabled: false },
          newlineKind: 'lf',
          messages,
        },
        configObjectFullPath: join(dir, 'api-extractor.json'),
        packageJsonFullPath,
      });
      const result = Extractor.invoke(config, { localBuild: true, showVerboseMessages: false, messageCallback: quiet });
      if (!result.succeeded) {
        console.error(`API Extractor failed on ${pkg.name} ${subpath} (${result.errorCount} errors)`);
        failed = true;
        continue;
      }
      const fileName = `${name}.api.md`;
      expected.add(fileName);
      const generated = readFileSync(join(temp, fileName), 'utf8')
        // The report names the entry, not only the package.
        .replace(/^## API Report File for "[^"]*"/m, `## API Report File for "${join(pkg.name, subpath).replace(/\\/g, '/')}"`);
      const committedPath = join(reportFolder, fileName);
      const committed = existsSync(committedPath) ? readFileSync(committedPath, 'utf8') : null;
      if (committed === generated) continue;
      if (mode === 'update') {
        mkdirSync(reportFolder, { recursive: true });
        writeFileSync(committedPath, generated);
        console.log(`updated ${relative(ROOT, committedPath)}`);
      } else {
        stale.push(relative(ROOT, committedPath) + (committed === null ? ' (missing)' : ''));
      }
    }
    // A report of an entry that no longer exists.
    if (existsSync(reportFolder)) {
      for (const file of readdirSync(reportFolder)) {
        if (!file.endsWith('.api.md') || expected.has(file) || failed) continue;
        if (mode === 'update') {
          rmSync(join(reportFolder, file));
          console.log(`removed ${relative(ROOT, join(reportFolder, file))}`);
        } else {
          stale.push(`${relative(ROOT, join(reportFolder, file))} (no such entry)`);
        }
      }
    }
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

if (stale.length > 0) {
  console.error(`The public API differs from its committed report:\n${stale.map((s) => `  ${s}`).join('\n')}`);
  console.error(`If the change is intended, run \`${UPDATE_COMMAND}\` and commit the reports (review the diff: it is the API change).`);
  process.exit(1);
}
if (failed) process.exit(1);
if (mode === 'check') console.log(`public API matches its report (${packageDirs.map((d) => basename(d)).join(', ')})`);

/** Keeps compiler errors and warnings; drops API Extractor's own progress lines. */
function quiet(message) {
  if (message.category === 'Compiler' && (message.logLevel === 'error' || message.logLevel === 'warning')) return;
  if (message.logLevel !== 'error') message.handled = true;
}
