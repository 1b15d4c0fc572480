// What the consent UI for templates costs per request, in-process (no HTTP), on the server
// tests' shop. Run after `pnpm build`: `node bench/html.mjs` (N requests per case, default 20000).
// Cases: a request that never asks for the HTML (kit.read, a decision as enforcement makes
// it); one that creates the lazy value a template gets but never prints it (what
// res.locals.cookiekitHtml costs an Express view that leaves it out); and one that prints it,
// for a first visit (first layer, settings button, preferences, bootstrap data with the policy)
// and a returning visitor (no first layer), the UI drawn once per decision the kit caches and
// reused after; and the first drawing for a decision not seen before. Medians of 5 runs, µs per request.
import { createConsentStore, consentCookieName, memoryStorage } from '@cookiekit/core';
import { serverShop as policy } from '@cookiekit/test-fixtures';
import { createCookieKit } from '../dist/index.js';

const N = Number(process.argv[2] ?? 20000);
const kit = createCookieKit({ policy, logger: { warn() {}, error() {} } });
const storage = memoryStorage();
createConsentStore({ policy, storage, signals: {} }).acceptAll();
const returning = `${consentCookieName(policy)}=${storage.value}; sessionid=abc`;
const headersOf = (cookie) => ({ get: (name) => (name === 'cookie' ? cookie : name === 'host' ? 'shop.test' : null) });
const first = headersOf('sessionid=abc');
const back = headersOf(returning);

const cases = {
  'never asks (decision only)': (headers) => kit.read({ headers, url: 'http://shop.test/' }).decision.ask,
  'lazy value, not printed': (headers) => kit.read({ headers, url: 'http://shop.test/' }).consentHtml({ nonce: 'bm9uY2U=' }),
  'printed, first visit': (headers) => String(kit.read({ headers, url: 'http://shop.test/' }).consentHtml({ nonce: 'bm9uY2U=' })),
};
let sink = 0;
const run = (fn, headers) => {
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    const out = fn(headers);
    sink += typeof out === 'string' ? out.length : 1;
  }
  return Number(process.hrtime.bigint() - start) / 1000 / N;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [
  ['never asks (decision only)', cases['never asks (decision only)'], first],
  ['lazy value, not printed', cases['lazy value, not printed'], first],
  ['printed, first visit', cases['printed, first visit'], first],
  ['printed, returning visitor', cases['printed, first visit'], back],
];
// A new returning visitor each time: a consent cookie the kit has not decided on yet.
const fresh = Array.from({ length: 600 }, (_, i) => {
  const s = memoryStorage();
  createConsentStore({ policy, storage: s, signals: {}, now: () => Date.now() - i * 1000 }).acceptAll();
  return headersOf(`${consentCookieName(policy)}=${s.value}`);
});
let next = 0;
rows.push(['printed, new visitor each time', (_h) => String(kit.read({ headers: fresh[next++ % fresh.length], url: 'http://shop.test/' }).consentHtml()), first]);
for (const [, fn, headers] of rows) run(fn, headers); // warm up
for (const [name, fn, headers] of rows) {
  const times = Array.from({ length: 5 }, () => run(fn, headers));
  console.log(`${name.padEnd(30)} ${median(times).toFixed(2)} µs/request`);
}
if (sink === 0) console.log('');
