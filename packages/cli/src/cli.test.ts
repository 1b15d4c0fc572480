import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../package.json';
import { escapeControls } from './format';
import { POLICY, POLICY_JSON_PATH } from './test/site';
import { cookiekit, cookiekitInProcess as run, REPO } from './test/run-cli';

const EXAMPLE_TS = join(REPO, 'examples/policy/src/index.ts');
let dir: string;
const file = async (name: string, text: string) => {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
};
// Strictly necessary, yet serving advertising: a C2 error.
const c2Broken = () => ({
  ...POLICY,
  services: POLICY.services.map((s, i) => (i === 0 ? { ...s, purposes: [{ code: 'advertising' }] } : s)),
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cookiekit-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cookiekit --help and usage', () => {
  it('prints the overview with every command, and the version', async () => {
    // The built bin, as npx runs it.
    const help = await cookiekit(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['validate', 'render', 'scan', 'audit']) expect(help.stdout).toContain(`  ${command} `);
    expect((await run([])).stdout).toBe(help.stdout);
    const version = await cookiekit(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it.each([
    ['validate', '--export <name>'],
    ['render', '--format <html|md>'],
    ['scan', '--max-pages <n>'],
    ['audit', '--junit <file>'],
  ])('%s --help explains the command and its options', async (command, option) => {
    const long = await run([command, '--help']);
    expect(long.code).toBe(0);
    expect(long.stdout).toContain(`Usage: cookiekit ${command}`);
    expect(long.stdout).toContain(option);
    expect((await run([command, '-h'])).stdout).toBe(long.stdout);
    expect((await run(['help', command])).stdout).toBe(long.stdout);
  });

  it('exits 2 with a pointer to --help on an unknown command, option or value', async () => {
    const unknown = await cookiekit(['inspect']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toMatch(/unknown command "inspect"/);
    const option = await run(['validate', 'x.json', '--strict']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/Unknown option '--strict'[\s\S]*cookiekit validate --help/);
    expect((await run(['render', POLICY_JSON_PATH, '--format', 'pdf'])).stderr).toMatch(/--format must be one of html, md/);
    const language = await run(['render', POLICY_JSON_PATH, '--lang', 'eo']);
    expect(language.code).toBe(2);
    expect(language.stderr).toMatch(/--lang must be a shipped language \((?:.*, )?en, .*\bpl\b.*\), not "eo"/);
    expect((await run(['render', POLICY_JSON_PATH, '--lang', 'de<script>'])).code).toBe(2);
    expect((await run(['scan', 'ftp://example.com/'])).stderr).toMatch(/not an http\(s\) URL/);
    expect((await run(['scan', 'http://127.0.0.1:9/', '--depth=-1'])).stderr).toMatch(/--depth must be a whole number of at least 0/);
    expect((await run(['audit', 'http://127.0.0.1:9/', '--policy', POLICY_JSON_PATH, '--max-pages', 'many'])).stderr).toMatch(/--max-pages must be a whole number/);
    const noPolicy = await run(['audit', 'http://127.0.0.1:9/']);
    expect(noPolicy.code).toBe(2);
    expect(noPolicy.stderr).toMatch(/audit needs --policy/);
  });
});

describe('cookiekit validate', () => {
  it('accepts the example policy as JSON and as TypeScript loaded without a build step', async () => {
    const json = await cookiekit(['validate', POLICY_JSON_PATH]);
    expect(json).toMatchObject({ code: 0 });
    expect(json.stdout).toMatch(/policy\.json: valid\n$/);
    const ts = await cookiekit(['validate', EXAMPLE_TS]);
    expect(ts.code).toBe(0);
    expect(ts.stdout).toMatch(/index\.ts: valid/);
  });

  it('exits 1 and prints each error with its path and rule (C2), as text and JSON', async () => {
    const path = await file('broken.json', JSON.stringify(c2Broken()));
    const text = await cookiekit(['validate', path]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/invalid, 1 error/);
    expect(text.stdout).toMatch(/error {3}services\[0\]\.purposes\[0\]\.code: .*strictly necessary.* \[C2\]/);
    const json = await run(['validate', path, '--format', 'json']);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as { ok: boolean; issues: Array<{ path: string; rule?: string; severity: string }> };
    expect(parsed.ok).toBe(false);
    expect(parsed.issues).toContainEqual(expect.objectContaining({ path: 'services[0].purposes[0].code', rule: 'C2', severity: 'error' }));
  });

  it('exits 1 on an invalid TypeScript policy, and picks a named export with --export', async () => {
    const broken = await file('broken.ts', `const p: Record<string, unknown> = ${JSON.stringify(c2Broken())};\nexport default p;\n`);
    expect((await run(['validate', broken])).code).toBe(1);
    const two = await file('two.mts', `export const good = ${JSON.stringify(POLICY)};\nexport const bad = ${JSON.stringify(c2Broken())};\n`);
    const ambiguous = await run(['validate', two]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/several policies \((bad, good|good, bad)\).*--export/);
    expect((await run(['validate', two, '--export', 'good'])).code).toBe(0);
    expect((await run(['validate', two, '--export', 'bad'])).code).toBe(1);
  });

  it('exits 2 when the file is missing, not JSON, not a module, or fails to load', async () => {
    const missing = await cookiekit(['validate', join(dir, 'nope.json')]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/no such file/);
    expect((await run(['validate', await file('bad.json', '{ "revision": ')])).stderr).toMatch(/not valid JSON/);
    expect((await run(['validate', await file('policy.yaml', 'a: 1')])).stderr).toMatch(/not "\.yaml"/);
    const syntax = await run(['validate', await file('syntax.ts', 'export default {{;')]);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/could not be loaded/);
    const none = await run(['validate', await file('none.ts', 'export const x = 1;')]);
    expect(none.stderr).toMatch(/exports no policy/);
  });
});

describe('a .ts or .js policy is executed in a child process', () => {
  it('one that calls process.exit(0) at import exits 2 with a sentence, never 0 with nothing checked', async () => {
    const quitter = await file('quitter.ts', `process.exit(0);\nexport default ${JSON.stringify(POLICY)};\n`);
    const validate = await cookiekit(['validate', quitter]);
    expect(validate).toMatchObject({ code: 2, stdout: '' });
    expect(validate.stderr).toMatch(/quitter\.ts: ended the process while loading \(exit code 0\), before it exported a policy/);
    const audit = await cookiekit(['audit', 'http://127.0.0.1:9/', '--policy', quitter]);
    expect(audit).toMatchObject({ code: 2, stdout: '' });
    expect(audit.stderr).toMatch(/ended the process while loading/);
  });

  it('one that loops is killed after --policy-timeout; one that throws says what it threw; its output never reaches stdout', async () => {
    const started = Date.now();
    const hang = await run(['validate', await file('hang.mjs', 'while (true) {}\n'), '--policy-timeout', '1500']);
    expect(hang).toMatchObject({ code: 2, stdout: '' });
    expect(hang.stderr).toMatch(/hang\.mjs: did not finish loading within 1500 ms/);
    expect(Date.now() - started).toBeLessThan(10_000);
    const thrower = await run(['render', await file('thrower.ts', "throw new Error('no policy today');\nexport {};\n")]);
    expect(thrower).toMatchObject({ code: 2, stdout: '' });
    expect(thrower.stderr).toMatch(/thrower\.ts: could not be loaded: no policy today/);
    const noisy = await run(['validate', await file('noisy.ts', `console.log('PASSED');\nexport default ${JSON.stringify(POLICY)};\n`), '--format', 'json']);
    expect(noisy.code).toBe(0);
    expect(JSON.parse(noisy.stdout)).toMatchObject({ ok: true });
    expect((await run(['validate', 'x.ts', '--policy-timeout', '0'])).stderr).toMatch(/--policy-timeout must be a whole number of at least 1/);
  });
});

describe('one exit-code rule for every command', () => {
  it('1 for an invalid policy wherever it is read, 2 when the command cannot run', async () => {
    const invalid = await file('invalid-rule.json', JSON.stringify(c2Broken()));
    for (const args of [['validate', invalid], ['render', invalid], ['scan', 'http://127.0.0.1:9/', '--policy', invalid], ['audit', 'http://127.0.0.1:9/', '--policy', invalid]]) {
      const result = await run(args);
      expect(result.code, args[0]).toBe(1);
      // validate's report is its output; the other commands say why they stopped on stderr.
      expect(args[0] === 'validate' ? result.stdout : `${result.stdout}${result.stderr}`, args[0]).toMatch(/invalid, 1 error[\s\S]*\[C2\]/);
      if (args[0] !== 'validate') expect(result.stdout, args[0]).toBe('');
    }
    const missing = join(dir, 'missing.json');
    for (const args of [['validate', missing], ['render', missing], ['audit', 'http://127.0.0.1:9/', '--policy', missing]]) {
      expect((await run(args)).code, args[0]).toBe(2);
    }
    const help = (await run(['--help'])).stdout;
    expect(help).toMatch(/^ {2}1 {2}a problem was found: an invalid policy \(whichever command reads it\), or audit findings$/m);
    expect(help).toMatch(/^ {2}2 {2}the command could not run to its end/m);
    expect(help).toMatch(/is executed \(in a child process\)[\s\S]*A \.json policy is only parsed, never executed/);
  });
});

describe('text output', () => {
  it('escapes every control character onto one visible line, and escaping twice changes nothing (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const safe = escapeControls(text);
        expect(safe).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
        expect(escapeControls(safe)).toBe(safe);
        // Nothing else changes.
        expect(safe.replace(/\\(n|r|t|e|u[0-9a-f]{4})/g, '')).toBe(text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\\(n|r|t|e|u[0-9a-f]{4})/g, ''));
      }),
    );
    expect(escapeControls('a\nb\u001b[31mc\u202e')).toBe('a\\nb\\e[31mc\\u202e');
  });
});

describe('cookiekit render', () => {
  it('writes the policy page as Markdown in English and French', async () => {
    const en = await run(['render', POLICY_JSON_PATH, '--format', 'md']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^# Cookies policy\n/);
    expect(en.stdout).toContain('To remember the user from one page to another');
    const fr = await cookiekit(['render', EXAMPLE_TS, '--format', 'md', '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toMatch(/^# Politique relative aux cookies\n/);
    expect(fr.stdout).toContain("Se souvenir de l'utilisateur d'une page à l'autre");
  });

  it('takes any shipped language, closest match: pl-PL gives the Polish page', async () => {
    const pl = await run(['render', POLICY_JSON_PATH, '--format', 'md', '--lang', 'pl-PL']);
    expect(pl.code).toBe(0);
    expect(pl.stdout).toMatch(/^# Polityka plików cookie\n/);
  });

  it('writes HTML, as a fragment or a document, to stdout or a file', async () => {
    const fragment = await run(['render', POLICY_JSON_PATH]);
    expect(fragment.stdout).toMatch(/^<article class="ck-policy" lang="en"/);
    const out = join(dir, 'pages', 'cookies.fr.html');
    const doc = await run(['render', POLICY_JSON_PATH, '--format', 'html', '--lang', 'fr', '--document', '--out', out]);
    expect(doc).toMatchObject({ code: 0, stdout: '' });
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr"/);
    expect(html).toContain('Cookies nécessaires au bon fonctionnement');
  });

  it('escapes policy text (C24) and refuses an invalid policy with exit 1', async () => {
    const hostile = { ...POLICY, site: { name: '<img src=x onerror=alert(1)>' } };
    const html = await run(['render', await file('hostile.json', JSON.stringify(hostile))]);
    expect(html.code).toBe(0);
    expect(html.stdout).not.toContain('<img src=x');
    expect(html.stdout).toContain('&lt;img src=x');
    const invalid = await run(['render', await file('invalid.json', JSON.stringify(c2Broken()))]);
    expect(invalid).toMatchObject({ code: 1, stdout: '' });
    expect(invalid.stderr).toMatch(/\[C2\]/);
  });
});
