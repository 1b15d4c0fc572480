// Writes docs/compliance-matrix.md: for each rule of docs/compliance.md, the tests that cite it
// (title and file), grouped per package and per shop. Read from the source, not from a run: the
// suites of examples/shop-common run in every shop package that imports them, and a
// `describe.each` over a list of shops runs once per shop. Deterministic (sorted, no dates).
//
//   node scripts/compliance-matrix.mjs            regenerate
//   node scripts/compliance-matrix.mjs --check    exit 1 when the committed file is stale
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parseRules, testRules } from './compliance.mjs';
import { packageOf, repoFiles, workspacePackages } from './workspace.mjs';

export const MATRIX = 'docs/compliance-matrix.md';
export const REGENERATE = 'node scripts/compliance-matrix.mjs';

/** The shop front ends: the example package of each, and the shop name a `describe.each` row gives. */
const SHOPS = [
  { shop: 'React', package: 'react-vite' },
  { shop: 'Vue', package: 'vue-vite' },
];

const TEST_FUNCTIONS = new Set(['it', 'test']);
const SUITE_FUNCTIONS = new Set(['describe', 'suite']);
const SOURCE = /\.(?:[cm]?[jt]s|tsx|jsx)$/;
const TEST_FILE = /\.test(?:-d)?\.(?:[cm]?[jt]s|tsx|jsx)$/;
const USES_VITEST = /\bfrom\s+['"]vitest['"]/;

/** A call's callee as a chain: `describe.each(ROWS)` -> `{ base: 'describe', names: ['each'], eachArg }`. */
function calleeChain(expr) {
  const names = [];
  let eachArg;
  let node = expr;
  for (;;) {
    if (ts.isCallExpression(node)) {
      if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'each') eachArg = node.arguments[0];
      node = node.expression;
    } else if (ts.isPropertyAccessExpression(node)) {
      names.unshift(node.name.text);
      node = node.expression;
    } else break;
  }
  return ts.isIdentifier(node) ? { base: node.text, names, eachArg } : undefined;
}

/** A title argument as written: string text, or a template literal's source between the backticks. */
function titleText(node, source) {
  if (!node) return '';
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.getText(source).slice(1, -1);
  return node.getText(source);
}

const unwrap = (node) => {
  while (node && (ts.isAsExpression(node) || ts.isSatisfiesExpression?.(node) || ts.isParenthesizedExpression(node))) node = node.expression;
  return node;
};

/** The rows of an array literal of object literals with string properties, or undefined. */
function objectRows(node) {
  node = unwrap(node);
  if (!node || !ts.isArrayLiteralExpression(node)) return undefined;
  const rows = [];
  for (const element of node.elements) {
    const obj = unwrap(element);
    if (!ts.isObjectLiteralExpression(obj)) return undefined;
    const row = {};
    for (const prop of obj.properties) {
      if (ts.isPropertyAssignment(prop) && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) {
        const value = unwrap(prop.initializer);
        if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) row[prop.name.text] = value.text;
      }
    }
    rows.push(row);
  }
  return rows;
}

function parse(file, text) {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : file.endsWith('.ts') || file.endsWith('.mts') || file.endsWith('.cts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

/** A variable's array-of-objects value, declared in `source` or imported into it from a relative module. */
function localRows(identifier, source) {
  let found;
  const visit = (node) => {
    if (found) return;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === identifier) found = objectRows(node.initializer);
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolveRows(identifier, source, root, file) {
  const found = localRows(identifier, source);
  if (found) return found;
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const spec = statement.moduleSpecifier.text;
    const named = statement.importClause?.namedBindings;
    if (!spec.startsWith('.') || !named || !ts.isNamedImports(named)) continue;
    const binding = named.elements.find((e) => e.name.text === identifier);
    if (!binding) continue;
    const target = resolveModule(root, posix.join(posix.dirname(file), spec));
    if (target) return resolveRows((binding.propertyName ?? binding.name).text, parse(target, readFileSync(join(root, target), 'utf8')), root, target);
  }
  return undefined;
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.mjs', '/index.js'];
function resolveModule(root, path) {
  const base = path.replace(/\.(?:m?js)$/, '');
  for (const candidate of [path, ...EXTENSIONS.map((e) => base + e)]) {
    if (existsSync(join(root, candidate)) && SOURCE.test(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The tests a source file declares: `{ titles, line }` per test, `titles` being the `describe`
 * titles around it and its own. A `describe.each` over an array of objects gives one entry per
 * row, its `$key` placeholders filled in. `it.todo` shows nothing and is left out.
 */
export function testsInSource(text, file = 'test.ts', resolveEach = localRows) {
  const source = parse(file, text);
  const tests = [];
  const visit = (node, contexts) => {
    if (ts.isCallExpression(node)) {
      const chain = calleeChain(node.expression);
      if (chain && (TEST_FUNCTIONS.has(chain.base) || SUITE_FUNCTIONS.has(chain.base)) && node.arguments.length > 0) {
        const title = titleText(node.arguments[0], source);
        if (TEST_FUNCTIONS.has(chain.base)) {
          if (!chain.names.includes('todo')) {
            const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
            for (const c of contexts) tests.push({ titles: [...c, title], line });
          }
          return;
        }
        let rows;
        if (chain.eachArg) rows = objectRows(chain.eachArg) ?? (ts.isIdentifier(chain.eachArg) ? resolveEach(chain.eachArg.text, source) : undefined);
        const titles = rows ? rows.map((row) => title.replace(/\$(\w+)/g, (m, key) => (key in row ? row[key] : m))) : [title];
        const inner = contexts.flatMap((c) => titles.map((t) => [...c, t]));
        for (const arg of node.arguments.slice(1)) visit(arg, inner);
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, contexts));
  };
  visit(source, [[]]);
  return tests;
}

/** Every test of the repository with the packages that run it and the shop it is for. */
export function collectTests(root) {
  const packages = workspacePackages(root);
  const byName = new Map(packages.map((p) => [p.name, p]));
  const files = repoFiles(root).filter((f) => SOURCE.test(f));
  const texts = new Map();
  const read = (f) => {
    if (!texts.has(f)) texts.set(f, readFileSync(join(root, f), 'utf8'));
    return texts.get(f);
  };
  const withTests = files.filter((f) => USES_VITEST.test(read(f)));
  // Which packages run a module that is not a test file itself: those whose test files import it.
  const runners = new Map();
  for (const f of files.filter((f) => TEST_FILE.test(f))) {
    const pkg = packageOf(packages, f);
    if (!pkg) continue;
    for (const m of read(f).matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)) {
      const spec = m[1];
      let target;
      if (spec.startsWith('.')) target = resolveModule(root, posix.join(posix.dirname(f), spec));
      else {
        const parts = spec.split('/');
        const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
        const dep = byName.get(name);
        const rest = parts.slice(spec.startsWith('@') ? 2 : 1).join('/');
        if (dep && rest) target = resolveModule(root, `${dep.dir}/${rest}`);
      }
      if (target) {
        if (!runners.has(target)) runners.set(target, new Set());
        runners.get(target).add(pkg.name);
      }
    }
  }
  const tests = [];
  for (const file of withTests) {
    const own = packageOf(packages, file);
    const runBy = TEST_FILE.test(file) ? (own ? [own.name] : []) : [...(runners.get(file) ?? [])];
    const found = testsInSource(read(file), file, (id, source) => resolveRows(id, source, root, file));
    for (const pkg of runBy) {
      for (const t of found) {
        const shop =
          SHOPS.find((s) => s.package === pkg)?.shop ??
          SHOPS.find((s) => t.titles.some((title) => title.startsWith(`${s.shop} shop`)))?.shop;
        tests.push({ file, package: pkg, shop, titles: t.titles });
      }
    }
  }
  return tests;
}

const esc = (text) => text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\s+/g, ' ');
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** The matrix's Markdown text. */
export function renderMatrix(root) {
  const rules = parseRules(readFileSync(join(root, 'docs/compliance.md'), 'utf8'));
  const known = new Set(rules.map((r) => r.id));
  const tests = collectTests(root).map((t) => ({ ...t, rules: testRules(t.titles, known) }));
  const groupOf = (t) => (t.shop ? `${t.shop} shop` : t.package);
  const groupOrder = (g) => [SHOPS.some((s) => `${s.shop} shop` === g) ? 1 : 0, g];
  const lines = [
    '# Compliance matrix',
    '',
    `Which tests show each rule of [compliance.md](compliance.md): every test whose title (or the title of a`,
    '`describe` around it) cites the rule, grouped per package and, for the shops, per shop: the shared',
    'suites of `examples/shop-common/suites` run in both shop packages and the e2e specs run once per shop.',
    `Generated by \`${REGENERATE}\` from the sources; do not edit by hand (a test fails when it is stale).`,
    'The results of the last `pnpm test` per rule are in `reports/compliance-results.json`.',
    '',
    '| rule | tests | shown in |',
    '| --- | ---: | --- |',
  ];
  const sections = [];
  const entryOf = (t) => `- ${esc(t.titles.join(' › '))} — \`${t.file}\`${t.shop ? ` (${t.package})` : ''}`;
  for (const rule of rules) {
    const citing = tests.filter((t) => t.rules.includes(rule.id));
    const groups = [...new Set(citing.map(groupOf))].sort((a, b) => byText(groupOrder(a).join('\0'), groupOrder(b).join('\0')));
    const count = new Set(citing.map((t) => `${groupOf(t)}\0${entryOf(t)}`)).size;
    lines.push(`| ${rule.id} — ${esc(rule.title)} | ${count} | ${groups.length ? groups.join(', ') : 'not shown'} |`);
    sections.push('', `## ${rule.id} — ${rule.title}`, '');
    if (citing.length === 0) {
      sections.push('Not shown: no test cites this rule.');
      continue;
    }
    for (const group of groups) {
      sections.push(`**${group}**`, '');
      const entries = citing.filter((t) => groupOf(t) === group).map(entryOf);
      for (const entry of [...new Set(entries)].sort(byText)) sections.push(entry);
      sections.push('');
    }
    sections.pop();
  }
  return `${[...lines, ...sections].join('\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rootArg = process.argv.indexOf('--root');
  const root = rootArg >= 0 ? resolve(process.argv[rootArg + 1]) : dirname(dirname(fileURLToPath(import.meta.url)));
  const text = renderMatrix(root);
  const target = join(root, MATRIX);
  if (process.argv.includes('--check')) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current !== text) {
      console.error(`${MATRIX} is stale: regenerate it with \`${REGENERATE}\` and commit it.`);
      process.exit(1);
    }
    console.log(`${MATRIX} is up to date.`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${MATRIX}`);
  }
}
