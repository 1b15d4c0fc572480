// The middleware call itself, without HTTP: what the node:http adapter adds to one request,
// on a real IncomingMessage and ServerResponse (no socket), below what the throughput bench
// can resolve. Each round times N requests through cookiekit and N through a bare handler
// (the same objects made, the same writeHead), alternating, with process.cpuUsage; the figure
// is the difference per request, median with min–max over the rounds.
//
//   node server/micro.mjs [--smoke]      (from bench/, after `pnpm build`)
//
// Environment: BENCH_MICRO_N (100000 requests per round), BENCH_MICRO_ROUNDS (7).
// Cases: a request with only necessary cookies and a response that sets none (the floor);
// the realistic 438-byte header of `pnpm bench:server` (the statistics cookies a returning
// visitor carries) with a response that sets none, and with one that sets `_shop_stats`.
import http from 'node:http';
import { Socket } from 'node:net';
import { consentCookieName, createConsentStore, memoryStorage } from '@cookiekit/core';
import { cookiekit } from '@cookiekit/server/node';
import { policy } from 'example-policy';

const smoke = process.argv.includes('--smoke');
const N = Number(process.env.BENCH_MICRO_N ?? (smoke ? 2000 : 100_000));
const ROUNDS = Number(process.env.BENCH_MICRO_ROUNDS ?? (smoke ? 2 : 7));

const storage = memoryStorage();
createConsentStore({ policy, storage, signals: {} }).save({ categories: { statistics: true, marketing: false } });
const name = consentCookieName(policy);
const NECESSARY = [
  `${name}=${storage.value}`,
  'sessionid=k3v9x0q2m8w7e1r5t6y4u0i9o8p7a6s5',
  'csrftoken=Xq8vN2LmR4tY7uI0oP3aS6dF9gH1jK5lZ2xC4vB7nM0qW3eR6tY9uI2oP5aS8dF1',
  'django_language=en',
];
const ANALYTICS = [
  `_shop_stats=v1.7f3a9c2e1b4d6f80.${Date.now() - 86_400_000}`,
  `_shop_stats_ses1=${(Date.now() - 600_000).toString(36)}.3`,
  '_ga=GA1.1.1418453625.1732867200',
  '_ga_Q2W3E4R5T6=GS1.1.1732867200.4.1.1732869000.0.0.0',
];
const STATS_HEADER = '_shop_stats=v1.1c2f9a; Max-Age=34128000; Path=/; SameSite=Lax';
const quiet = { warn() {}, error() {} };
const middleware = cookiekit({ policy, logger: quiet });
const socket = new Socket();

const CASES = [
  { id: 'necessary-none', label: 'necessary cookies only, sets none', cookie: NECESSARY.join('; '), sets: false },
  { id: 'realistic-none', label: 'realistic header, sets none', cookie: [...NECESSARY, ...ANALYTICS].join('; '), sets: false },
  { id: 'realistic-stats', label: 'realistic header, sets _shop_stats', cookie: [...NECESSARY, ...ANALYTICS].join('; '), sets: true },
];

function request(cookie) {
  const req = new http.IncomingMessage(socket);
  req.method = 'GET';
  req.url = '/plain';
  req.headers = { host: 'shop.example', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64)', accept: 'text/html', 'accept-language': 'en', cookie };
  return req;
}

const next = () => {};
function run(c, withKit) {
  const started = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    const req = request(c.cookie);
    const res = new http.ServerResponse(req);
    if (withKit) middleware(req, res, next);
    if (c.sets) res.setHeader('set-cookie', STATS_HEADER);
    res.writeHead(200);
  }
  const u = process.cpuUsage(started);
  return (u.user + u.system) / N;
}

const sorted = (a) => [...a].sort((x, y) => x - y);
const median = (a) => sorted(a)[Math.floor(a.length / 2)];
// A check that it really enforces: a refusing consent cookie must drop `_shop_stats`.
{
  const refusing = memoryStorage();
  createConsentStore({ policy, storage: refusing, signals: {} }).save({ categories: { statistics: false, marketing: false } });
  const req = request(`${name}=${refusing.value}`);
  const res = new http.ServerResponse(req);
  middleware(req, res, next);
  res.setHeader('set-cookie', STATS_HEADER);
  res.writeHead(200);
  if (String(res.getHeader('set-cookie') ?? '').includes('_shop_stats=v1')) throw new Error('bench: enforcement did not run');
}

const results = [];
for (const c of CASES) {
  run(c, true);
  run(c, false); // warm-up
  const added = [];
  const bare = [];
  for (let r = 0; r < ROUNDS; r++) {
    const b = run(c, false);
    const k = run(c, true);
    bare.push(b);
    added.push(k - b);
  }
  const s = sorted(added);
  results.push({ case: c.id, label: c.label, cookieBytes: c.cookie.length, bareUs: median(bare), addedUs: median(added), minUs: s[0], maxUs: s[s.length - 1] });
}
const load = (await import('node:os')).loadavg();
console.log(`middleware microbench (node:http adapter), ${N} requests x ${ROUNDS} rounds, load average ${load.map((l) => l.toFixed(1)).join(' ')}`);
for (const r of results) {
  console.log(
    `  ${r.label.padEnd(36)} ${String(r.cookieBytes).padStart(4)} B cookie: +${r.addedUs.toFixed(2)} µs (${r.minUs.toFixed(2)}–${r.maxUs.toFixed(2)}) over ${r.bareUs.toFixed(2)} µs bare`,
  );
}
if (process.env.BENCH_OUT_JSON) (await import('node:fs')).writeFileSync(process.env.BENCH_OUT_JSON, JSON.stringify({ n: N, rounds: ROUNDS, load, results }, null, 2));
