// pnpm bench:size: bundle equivalent scenarios of cookiekit and its peers with esbuild (minified,
// ESM, browser) and compare gzip -9 and brotli 11 sizes. Writes bench/results/size.json,
// bench/sections/size.md and docs/images/size.svg, and prints the Markdown tables.
//
// Smoke mode (`--smoke` or SIZE_SMOKE=1) builds a few scenarios once and writes only the JSON to
// `--out FILE` (or SIZE_OUT), never into results/, sections/ or docs/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { renderChart } from './chart.mjs';
import { renderSection } from './report.mjs';
import { ABSENT, BASELINES, BUDGETS, DEFINE, GROUPS, PEER_PACKAGES, PEERS, SCENARIOS, SMOKE_IDS } from './scenarios.mjs';
import { verify } from './verify.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = resolve(here, '..');
const repoDir = resolve(benchDir, '..');
const require = createRequire(join(benchDir, 'package.json'));

const args = process.argv.slice(2);
const smoke = args.includes('--smoke') || process.env.SIZE_SMOKE === '1';
const outArg = args.indexOf('--out');
const smokeOut = outArg >= 0 ? args[outArg + 1] : process.env.SIZE_OUT;
// Sizes are deterministic; building each scenario more than once proves it (spread = 0) and
// would show a nondeterministic build if there were one.
const BUILDS = smoke ? 1 : Number(process.env.SIZE_BUILDS ?? 3);

// One rule for every row: the framework the scenario runs on is external (the page has it
// anyway; size-limit's budgets and the c15t figures count the same way). A second build with
// the framework bundled in is reported next to it.
const FRAMEWORK_EXTERNALS = {
  react: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
  vue: ['vue'],
};

const compress = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length,
});
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { raw: 0, gzip: 0, brotli: 0 };
const sum = (list) => list.reduce(add, ZERO);

// Which package a bundled input file belongs to, for the per-package breakdown.
function packageOf(input) {
  const path = input.split(sep).join('/');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const ws = path.match(/(?:^|\/)packages\/([^/]+)\//);
  if (ws) return `@cookiekit/${ws[1]}`;
  if (path.includes('examples/policy/')) return 'example-policy';
  if (path.includes('size/scenarios/') || path.includes('<stdin>')) return '(scenario: entry, site data)';
  return path;
}

async function bundle({ entry, stdin }, framework, { withFramework = false } = {}) {
  const options = {
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    define: DEFINE,
    jsx: 'automatic',
    external: withFramework || !framework ? [] : FRAMEWORK_EXTERNALS[framework],
    outdir: join(os.tmpdir(), 'cookiekit-bench-size'), // required for CSS output; nothing is written
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: benchDir,
  };
  if (stdin) options.stdin = { contents: stdin, resolveDir: here, sourcefile: '<stdin>.mjs', loader: 'js' };
  else options.entryPoints = [join(here, entry)];
  const result = await esbuild.build(options);
  const js = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  const css = result.outputFiles.filter((f) => f.path.endsWith('.css'));
  const packages = new Map();
  for (const [outPath, out] of Object.entries(result.metafile.outputs)) {
    if (!outPath.endsWith('.js') && !outPath.endsWith('.css')) continue;
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      const name = packageOf(input);
      packages.set(name, (packages.get(name) ?? 0) + bytesInOutput);
    }
  }
  return {
    js: js.length ? sum(js.map((f) => compress(Buffer.from(f.contents)))) : null,
    css: css.length ? sum(css.map((f) => compress(Buffer.from(f.contents)))) : null,
    // Minified bytes each package contributes before compression (JS and CSS together).
    packages: [...packages].map(([name, bytes]) => ({ name, bytes })).filter((p) => p.bytes > 0).sort((a, b) => b.bytes - a.bytes),
    warnings: result.warnings.length,
  };
}

function filesOf(scenario) {
  return scenario.files.map((file) => {
    const buf = readFileSync(join(benchDir, file));
    return { file, ...compress(buf) };
  });
}

async function measure(scenario, baselines) {
  const framework = GROUPS.find((g) => g.id === scenario.group).framework;
  const runs = [];
  for (let i = 0; i < BUILDS; i++) {
    if (scenario.kind === 'files') {
      const files = filesOf(scenario);
      const init = await bundle(scenario, null);
      const jsFiles = files.filter((f) => f.file.endsWith('.js'));
      const cssFiles = files.filter((f) => f.file.endsWith('.css'));
      runs.push({
        js: add(sum(jsFiles.map(({ raw, gzip, brotli }) => ({ raw, gzip, brotli }))), init.js),
        css: cssFiles.length ? sum(cssFiles.map(({ raw, gzip, brotli }) => ({ raw, gzip, brotli }))) : null,
        files: [...files, { file: '(inline init script)', ...init.js }],
        packages: files.map((f) => ({ name: f.file.replace('node_modules/', ''), bytes: f.raw })),
      });
    } else {
      runs.push(await bundle(scenario, framework));
    }
  }
  const first = runs[0];
  const key = (r) => JSON.stringify([r.js, r.css]);
  const identical = runs.every((r) => key(r) === key(first));
  const total = add(first.js ?? ZERO, first.css ?? ZERO);
  const totals = runs.map((r) => add(r.js ?? ZERO, r.css ?? ZERO).brotli).sort((a, b) => a - b);

  // The same page with its framework bundled in.
  let withFramework = null;
  if (framework) {
    if (scenario.kind === 'files') {
      // Script-tag files are separate responses: framework bundle + the library's files.
      const base = baselines[framework];
      withFramework = { ...add(base, total), how: `${framework} baseline bundle + the files` };
    } else if (!scenario.stdin) {
      const b = await bundle(scenario, framework, { withFramework: true });
      withFramework = { ...add(b.js ?? ZERO, b.css ?? ZERO), how: 'one bundle, framework included' };
    }
  }
  return {
    id: scenario.id,
    group: scenario.group,
    peer: scenario.peer,
    package: scenario.pkg,
    version: versionOf(scenario.pkg),
    label: scenario.label,
    short: scenario.short ?? scenario.label,
    note: scenario.note,
    kind: scenario.kind,
    same: scenario.same !== false,
    variant: scenario.variant === true,
    crossCheck: scenario.crossCheck === true,
    sizeLimit: scenario.sizeLimit ?? null,
    entry: scenario.entry ? `bench/size/${scenario.entry}` : null,
    budget: scenario.budget ? { ...BUDGETS[scenario.budget], key: scenario.budget } : null,
    js: first.js,
    css: first.css,
    total,
    withFramework,
    files: first.files ?? null,
    packages: first.packages,
    builds: BUILDS,
    identicalOverBuilds: identical,
    brotliOverBuilds: { min: totals[0], median: totals[Math.floor(totals.length / 2)], max: totals.at(-1) },
  };
}

function versionOf(pkg) {
  try {
    return require(`${pkg}/package.json`).version;
  } catch {
    // Packages without "./package.json" in their exports map: read it from node_modules.
    return JSON.parse(readFileSync(join(benchDir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    esbuild: esbuild.version,
    zlib: process.versions.zlib,
    brotli: process.versions.brotli,
  };
}

// The cross-check: what size-limit itself says today for the same import sets (the figures the
// packages' budgets are enforced with), run from each package's folder. Skipped in smoke mode.
function sizeLimitNow(rows) {
  const bin = join(repoDir, 'node_modules', '.bin', 'size-limit');
  if (!existsSync(bin)) return;
  const cache = new Map();
  for (const row of rows.filter((r) => r.sizeLimit)) {
    const dir = dirname(join(repoDir, row.sizeLimit.file));
    if (!cache.has(dir)) {
      const run = spawnSync(bin, ['--json'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
      try {
        cache.set(dir, JSON.parse(run.stdout));
      } catch {
        cache.set(dir, []);
      }
    }
    const check = cache.get(dir).find((c) => c.name.startsWith(row.sizeLimit.name));
    row.sizeLimit.now = check ? check.size : null;
  }
}

const round1 = (n) => Math.round(n * 100) / 100;
const loadavg = () => os.loadavg().map(round1);

// --render: rewrite the section and the chart from the committed JSON (wording or layout changes).
function render() {
  const result = JSON.parse(readFileSync(join(benchDir, 'results', 'size.json'), 'utf8'));
  writeFileSync(join(benchDir, 'sections', 'size.md'), renderSection(result).section);
  writeFileSync(join(repoDir, 'docs', 'images', 'size.svg'), renderChart(result));
  console.log(renderSection(result).markdownTables);
}

async function main() {
  if (args.includes('--render')) return render();
  const started = Date.now();
  const loadBefore = loadavg();
  // --only a,b (development): measure just those ids, write like smoke mode (only --out).
  const only = args.indexOf('--only') >= 0 ? args[args.indexOf('--only') + 1].split(',') : null;
  const ids = only ?? (smoke ? SMOKE_IDS : null);
  const selected = ids ? SCENARIOS.filter((s) => ids.includes(s.id)) : SCENARIOS;
  const partial = ids !== null;

  const baselines = {};
  const baselineRows = [];
  for (const b of BASELINES) {
    const r = await bundle(b, b.id, { withFramework: true });
    baselines[b.id] = r.js;
    baselineRows.push({ id: b.id, label: b.label, version: versionOf(b.id), js: r.js });
  }

  const rows = [];
  for (const scenario of selected) {
    const row = await measure(scenario, baselines);
    rows.push(row);
    const kb = (n) => (n / 1000).toFixed(2);
    console.error(`  ${row.id.padEnd(30)} js ${kb(row.js?.brotli ?? 0)} kB  css ${kb(row.css?.brotli ?? 0)} kB  total ${kb(row.total.brotli)} kB brotli`);
  }

  if (!partial) {
    sizeLimitNow(rows);
    // Every row must really run (banner shown, a choice stored), or it is not a fair row.
    try {
      const checks = await verify(SCENARIOS.filter((s) => s.entry && !s.stdin), (line) => console.error(`  verify ${line}`));
      for (const row of rows) row.verified = checks[row.id] ?? null;
    } catch (error) {
      console.error(`  verify skipped: ${error.message}`);
    }
  }

  const peers = {};
  for (const peer of PEERS) {
    peers[peer] = Object.fromEntries(PEER_PACKAGES[peer].map((p) => [p, versionOf(p)]));
  }

  const result = {
    bench: 'size',
    generated: new Date().toISOString(),
    smoke,
    partial: ids !== null,
    machine: { ...machine(), loadavgBefore: loadBefore, loadavgAfter: loadavg() },
    durationMs: Date.now() - started,
    method: {
      bundler: 'esbuild: bundle, minify, format esm, platform browser, target es2020, process.env.NODE_ENV "production" (and Vue\'s feature flags as Vite sets them), JSX automatic, legal comments kept (esbuild default)',
      verified: 'full runs load every scenario (framework bundled) in headless Chromium: no page error, the UI scenarios show an accept button, accepting stores a choice',
      compression: 'node:zlib gzip level 9; brotli quality 11 with size hint; each output file (JS, CSS, each script-tag file) compressed on its own and summed',
      units: '1 kB = 1000 bytes (as size-limit)',
      frameworks: 'react, react-dom and vue are external in every framework scenario (the page has them anyway); withFramework is the same page bundled with them',
      builds: BUILDS,
    },
    groups: GROUPS,
    peers,
    budgets: BUDGETS,
    frameworks: baselineRows,
    scenarios: rows,
    absent: ABSENT,
  };

  console.log(renderSection(result).markdownTables);

  if (partial) {
    if (smokeOut) {
      mkdirSync(dirname(resolve(smokeOut)), { recursive: true });
      writeFileSync(smokeOut, `${JSON.stringify(result, null, 2)}\n`);
    }
    return;
  }
  const jsonPath = join(benchDir, 'results', 'size.json');
  const sectionPath = join(benchDir, 'sections', 'size.md');
  const svgPath = join(repoDir, 'docs', 'images', 'size.svg');
  for (const p of [jsonPath, sectionPath, svgPath]) mkdirSync(dirname(p), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(sectionPath, renderSection(result).section);
  writeFileSync(svgPath, renderChart(result));
  console.error(`wrote ${[jsonPath, sectionPath, svgPath].map((p) => relative(repoDir, p)).join(', ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
