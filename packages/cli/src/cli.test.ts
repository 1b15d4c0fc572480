import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../package.json';
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
    expect(language.stderr).toMatch(/--lang must be a shipped language \(en, .*pl.*\), not "eo"/);
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
