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
const scratch = mkdtempSync(join(tmpdir(), 'cookiekit-zod-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * A fresh Node process serving the built package over node:http on 127.0.0.1: it posts a
 * well-formed record, then one with a bad `recordId`, and says after each which of zod's files
 * the process had loaded (CommonJS: the require cache; ES modules: a resolve hook's log).
 */
const child = (format: 'esm' | 'cjs') => `
${format === 'esm' ? "import { register, createRequire } from 'node:module'; import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';" : "const { appendFileSync, readFileSync, writeFileSync } = require('node:fs'); const http = require('node:http');"}
const log = ${JSON.stringify(join(scratch, `${format}.log`))};
writeFileSync(log, '');
${
  format === 'esm'
    ? `register('data:text/javascript,' + encodeURIComponent('import { appendFileSync } from "node:fs"; export async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(' + JSON.stringify(log) + ', r.url + "\\\\n"); return r; }'));
const cache = createRequire(import.meta.url).cache;
const http = await import('node:http');
const { cookiekit, memorySink } = await import('@cookiekit/server/node');`
    : `const cache = require.cache;
const { cookiekit, memorySink } = require('@cookiekit/server/node');`
}
const zodLoaded = () => [...Object.keys(cache), ...readFileSync(log, 'utf8').split('\\n')].some((file) => /[\\\\/]zod[\\\\/]/.test(file));
const { policy, body } = JSON.parse(process.env.COOKIEKIT_CASE);
const mw = cookiekit({ policy, logger: { warn() {}, error() {} }, consentApi: { sink: memorySink(), rateLimit: false } });
const server = http.createServer((req, res) => mw(req, res, () => res.end('app')));
server.listen(0, '127.0.0.1', async () => {
  const url = 'http://127.0.0.1:' + server.address().port;
  const post = (value) => fetch(url + '/api/consent', { method: 'POST', headers: { origin: url, 'content-type': 'application/json' }, body: JSON.stringify(value) });
  const out = { afterStart: zodLoaded() };
  const good = await post(body);
  Object.assign(out, { goodStatus: good.status, afterGood: zodLoaded() });
  const bad = await post({ ...body, recordId: 'short' });
  Object.assign(out, { badStatus: bad.status, badAnswer: await bad.json(), afterBad: zodLoaded() });
  console.log(JSON.stringify(out));
  server.close();
});
`;

describe('zod, loaded only to explain', () => {
  it.each(['esm', 'cjs'] as const)(
    'C9: a %s server that starts on a valid policy and takes a well-formed record never loads zod; a malformed record loads it, and is refused with the field named',
    async (format) => {
      const { stdout } = await run(process.execPath, [...(format === 'esm' ? ['--input-type=module'] : []), '-e', child(format)], {
        cwd: packageDir,
        env: { ...process.env, COOKIEKIT_CASE: JSON.stringify({ policy, body: consentBody('rec_zod_on_demand_01', 'subj_zod_on_demand_1') }) },
        timeout: 30_000,
      });
      const out = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
      expect(out).toMatchObject({ afterStart: false, goodStatus: 201, afterGood: false, badStatus: 400, afterBad: true });
      expect(JSON.stringify(out.badAnswer)).toContain('recordId');
    },
    40_000,
  );
});
