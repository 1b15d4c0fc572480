import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { consentBody, policy } from './test/policy';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'cookiekit-on-demand-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * A fresh Node process serving the built package over node:http on 127.0.0.1: it posts a
 * well-formed record, then one with a bad `recordId`, then asks for the policy page in French,
 * and says after each step whether the process had loaded zod, and which languages' catalogs
 * (CommonJS: the require cache; ES modules: a resolve hook's log).
 */
const child = (format: 'esm' | 'cjs') => `
${format === 'esm' ? "import { register, createRequire } from 'node:module'; import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';" : "const { register } = require('node:module'); const { appendFileSync, readFileSync, writeFileSync } = require('node:fs'); const http = require('node:http');"}
const log = ${JSON.stringify(join(scratch, `${format}.log`))};
writeFileSync(log, '');
// Every ES module resolved (a CommonJS server's import() too), logged by a hook.
register('data:text/javascript,' + encodeURIComponent('import { appendFileSync } from "node:fs"; export async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(' + JSON.stringify(log) + ', r.url + "\\\\n"); return r; }'));
${
  format === 'esm'
    ? `const cache = createRequire(import.meta.url).cache;
const http = await import('node:http');
const { cookiekit, memorySink } = await import('@cookiekit/server/node');`
    : `const cache = require.cache;
const { cookiekit, memorySink } = require('@cookiekit/server/node');`
}
const loaded = () => [...Object.keys(cache), ...readFileSync(log, 'utf8').split('\\n')];
const zodLoaded = () => loaded().some((file) => /[\\\\/]zod[\\\\/]/.test(file));
// A language's entry (locales/fr.js) or its chunks (fr-ABCD1234.js, fr-page-ABCD1234.js); all is every language.
const locales = () => [...new Set(loaded().flatMap((file) => /[\\\\/]core[\\\\/]dist[\\\\/](?:locales[\\\\/])?([a-z]{2,3})(?:-page)?(?:-[A-Z0-9]{8})?\\.c?js$/.exec(file)?.[1] ?? []))].sort();
const { policy, body } = JSON.parse(process.env.COOKIEKIT_CASE);
const mw = cookiekit({ policy, logger: { warn() {}, error() {} }, consentApi: { sink: memorySink(), rateLimit: false }, policyPage: {} });
const server = http.createServer((req, res) => mw(req, res, () => res.end('app')));
server.listen(0, '127.0.0.1', async () => {
  const url = 'http://127.0.0.1:' + server.address().port;
  const post = (value) => fetch(url + '/api/consent', { method: 'POST', headers: { origin: url, 'content-type': 'application/json' }, body: JSON.stringify(value) });
  const out = { afterStart: zodLoaded(), localesAtStart: locales() };
  const good = await post(body);
  Object.assign(out, { goodStatus: good.status, afterGood: zodLoaded() });
  const bad = await post({ ...body, recordId: 'short' });
  Object.assign(out, { badStatus: bad.status, badAnswer: await bad.json(), afterBad: zodLoaded() });
  const page = await fetch(url + '/cookie-policy', { headers: { 'accept-language': 'fr-CA, en;q=0.5' } });
  Object.assign(out, { pageStatus: page.status, pageLang: /<html lang="([^"]+)"/.exec(await page.text())?.[1], localesAfterPage: locales() });
  console.log(JSON.stringify(out));
  server.close();
});
`;

describe('what a server loads only when asked', () => {
  it.each(['esm', 'cjs'] as const)(
    'C9: a %s server that starts on a valid policy and takes a well-formed record never loads zod (a malformed record loads it, and is refused with the field named), and holds the catalogs of the languages asked for only',
    async (format) => {
      const { stdout } = await run(process.execPath, [...(format === 'esm' ? ['--input-type=module'] : []), '-e', child(format)], {
        cwd: packageDir,
        env: { ...process.env, COOKIEKIT_CASE: JSON.stringify({ policy, body: consentBody('rec_zod_on_demand_01', 'subj_zod_on_demand_1') }) },
        timeout: 30_000,
      });
      const out = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
      expect(out).toMatchObject({ afterStart: false, goodStatus: 201, afterGood: false, badStatus: 400, afterBad: true });
      expect(JSON.stringify(out.badAnswer)).toContain('recordId');
      // No language's entry at start (English comes with core's main entry); French once a visitor asks for it.
      expect(out).toMatchObject({ localesAtStart: [], pageStatus: 200, pageLang: 'fr', localesAfterPage: ['fr'] });
    },
    40_000,
  );
});

describe('a catalog that cannot be loaded', () => {
  it('the policy page is drawn in English and the failure is logged once, naming the entry; the server goes on', async () => {
    // A server whose French page catalog cannot be loaded: a resolve hook refuses that one
    // file, in a fresh process.
    const script = `
const { register } = require('node:module');
// The hook refuses the French page catalog's chunk, as a missing file would be.
register('data:text/javascript,' + encodeURIComponent('export async function resolve(s, c, next) { if (/fr-page-/.test(s)) throw Object.assign(new Error("Cannot find module " + s), { code: "ERR_MODULE_NOT_FOUND" }); return next(s, c); }'));
const http = require('node:http');
const { cookiekit } = require('@cookiekit/server/node');
const errors = [];
const { policy } = JSON.parse(process.env.COOKIEKIT_CASE);
const mw = cookiekit({ policy, logger: { warn() {}, error: (m) => errors.push(m) }, policyPage: {} });
const server = http.createServer((req, res) => mw(req, res, () => res.end('app')));
server.listen(0, '127.0.0.1', async () => {
  const url = 'http://127.0.0.1:' + server.address().port;
  const ask = async (language) => {
    const answer = await fetch(url + '/cookie-policy', { headers: { 'accept-language': language } });
    const text = await answer.text();
    return { status: answer.status, language: answer.headers.get('content-language'), lang: /<html lang="([^"]+)"/.exec(text)?.[1] };
  };
  const out = { french: await ask('fr'), again: await ask('fr-CA'), german: await ask('de'), errors };
  console.log(JSON.stringify(out));
  server.close();
});
`;
    const { stdout } = await run(process.execPath, ['-e', script], {
      cwd: packageDir,
      env: { ...process.env, COOKIEKIT_CASE: JSON.stringify({ policy }) },
      timeout: 30_000,
    });
    const out = JSON.parse(stdout.trim().split('\n').at(-1)!) as { errors: string[] } & Record<string, unknown>;
    expect(out.french).toEqual({ status: 200, language: 'en', lang: 'en' });
    expect(out.again).toEqual({ status: 200, language: 'en', lang: 'en' });
    expect(out.german).toEqual({ status: 200, language: 'de', lang: 'de' });
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toContain('"fr"');
    expect(out.errors[0]).toContain('drawn in English');
  }, 40_000);
});

describe('regime texts that cannot be loaded', () => {
  it('C25: a kit given a French catalog without regimes, in a server that cannot load them, refuses to start and names the remedy', async () => {
    const script = `
const { fr } = require('@cookiekit/core/locales/fr');
// From here on the French entry cannot be found, as in a server bundled without its node_modules.
for (const key of Object.keys(require.cache)) if (/locales[\\\\/]fr\\.cjs$/.test(key)) delete require.cache[key];
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@cookiekit/core/locales/fr') throw Object.assign(new Error('Cannot find module ' + request), { code: 'MODULE_NOT_FOUND' });
  return resolve.call(this, request, ...rest);
};
const { createCookieKit } = require('@cookiekit/server');
const { policy } = JSON.parse(process.env.COOKIEKIT_CASE);
const out = {};
try {
  createCookieKit({ policy, banner: { messages: fr } });
  out.started = true;
} catch (error) {
  out.error = error.message;
}
// With its regimes given, the same kit starts.
const { frRegimes } = JSON.parse(process.env.COOKIEKIT_REGIMES);
createCookieKit({ policy, banner: { messages: { ...fr, regimes: frRegimes } } });
out.withRegimes = true;
console.log(JSON.stringify(out));
`;
    const { frRegimes } = await import('@cookiekit/core/locales/fr');
    const { stdout } = await run(process.execPath, ['-e', script], {
      cwd: packageDir,
      env: { ...process.env, COOKIEKIT_CASE: JSON.stringify({ policy }), COOKIEKIT_REGIMES: JSON.stringify({ frRegimes }) },
      timeout: 30_000,
    });
    const out = JSON.parse(stdout.trim().split('\n').at(-1)!) as { started?: boolean; error?: string; withRegimes?: boolean };
    expect(out.started).toBeUndefined();
    expect(out.error).toContain('@cookiekit/core/locales/fr');
    expect(out.error).toContain('regimes: frRegimes');
    expect(out.withRegimes).toBe(true);
  }, 40_000);
});

describe('a schema entry that cannot be loaded', () => {
  it('a policy that fails the zod-free check is still refused, as a whole, saying zod could not say where', async () => {
    const script = `
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@cookiekit/core/schema') throw Object.assign(new Error('Cannot find module ' + request), { code: 'MODULE_NOT_FOUND' });
  return resolve.call(this, request, ...rest);
};
const { validatePolicy } = require('@cookiekit/core/check');
const { policy } = JSON.parse(process.env.COOKIEKIT_CASE);
console.log(JSON.stringify({ good: validatePolicy(policy).ok, bad: validatePolicy({ ...policy, revision: 7 }) }));
`;
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: packageDir, env: { ...process.env, COOKIEKIT_CASE: JSON.stringify({ policy }) }, timeout: 30_000 });
    const out = JSON.parse(stdout.trim().split('\n').at(-1)!) as { good: boolean; bad: { ok: boolean; issues: { path: string; message: string }[] } };
    expect(out.good).toBe(true);
    expect(out.bad.ok).toBe(false);
    expect(out.bad.issues).toEqual([expect.objectContaining({ path: '', severity: 'error', message: expect.stringContaining('could not be loaded') })]);
  }, 40_000);
});
