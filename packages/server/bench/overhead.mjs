// Overhead of @cookiekit/server on a trivial app, node:http and Express, on 127.0.0.1 only.
// Run after `pnpm build`: `node bench/overhead.mjs` (N requests per run, default 20000).
// Reports the server process's CPU time per request (robust to a busy machine, unlike
// requests per second) for: bare app, app with a no-op middleware, app with cookiekit;
// paths `/plain` (no Set-Cookie) and `/` (sets a statistics cookie, so a decision is made);
// the requests carry a consent cookie granting statistics plus two necessary cookies.
import { fork } from 'node:child_process';
import http from 'node:http';
import { serverShop } from '@cookiekit/test-fixtures';

const ROLE = process.argv[2];
// The server tests' shop: necessary cookies, `_shop_stats*` for statistics, an HttpOnly marketing cookie.
const policy = serverShop;

if (ROLE === 'server') {
  const [, , , adapter, mode] = process.argv;
  let handler;
  if (adapter === 'express') {
    const { default: express } = await import('express');
    const app = express();
    app.set('etag', false);
    if (mode === 'noop') app.use((_req, _res, next) => next());
    if (mode === 'kit') app.use((await import('../dist/express.js')).cookiekit({ policy }));
    app.get('/', (_req, res) => res.cookie('_shop_stats', 'v1').send('hello world'));
    app.get('/plain', (_req, res) => res.send('hello world'));
    handler = app;
  } else {
    const app = (req, res) => {
      if (req.url === '/') res.setHeader('set-cookie', '_shop_stats=v1');
      res.end('hello world');
    };
    const noop = (req, res) => app(req, res);
    handler = mode === 'kit' ? (await import('../dist/node.js')).cookiekit({ policy }).handler(app) : mode === 'noop' ? noop : app;
  }
  process.on('message', () => {
    const u = process.cpuUsage();
    process.send({ cpu: u.user + u.system });
  });
  const server = http.createServer(handler).listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
} else {
  const { createConsentStore, memoryStorage } = await import('../dist/index.js');
  const storage = memoryStorage();
  createConsentStore({ policy, storage, signals: {} }).save({ categories: { statistics: true } });
  const cookie = `cookies_preferences=${storage.value}; sessionid=abc; csrftoken=def`;
  const N = Number(process.env.N ?? 20000);
  const C = 8;
  async function measure(adapter, mode, path) {
    const child = fork(new URL(import.meta.url), ['server', adapter, mode]);
    const { port } = await new Promise((resolve) => child.once('message', resolve));
    const cpu = () => new Promise((resolve) => { child.once('message', (m) => resolve(m.cpu)); child.send('cpu'); });
    const agent = new http.Agent({ keepAlive: true, maxSockets: C });
    const one = () => new Promise((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path, agent, headers: { cookie } }, (res) => res.resume().on('end', resolve)).on('error', reject);
    });
    const run = async (n) => { let left = n; await Promise.all(Array.from({ length: C }, async () => { while (left-- > 0) await one(); })); };
    await run(3000);
    const before = await cpu();
    const started = process.hrtime.bigint();
    await run(N);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const after = await cpu();
    agent.destroy();
    child.kill();
    return { cpu: (after - before) / N, rps: N / seconds };
  }
  for (const adapter of ['node', 'express']) {
    for (const path of ['/plain', '/']) {
      const best = {};
      for (let round = 0; round < 3; round++) {
        for (const mode of ['bare', 'noop', 'kit']) {
          const r = await measure(adapter, mode, path);
          best[mode] = { cpu: Math.min(best[mode]?.cpu ?? Infinity, r.cpu), rps: Math.max(best[mode]?.rps ?? 0, r.rps) };
        }
      }
      const pct = (m) => `${((best[m].cpu / best.bare.cpu - 1) * 100).toFixed(1)}%`;
      console.log(
        `${adapter.padEnd(7)} ${path.padEnd(6)} CPU/request: bare ${best.bare.cpu.toFixed(1)} µs, no-op ${best.noop.cpu.toFixed(1)} µs (${pct('noop')}), cookiekit ${best.kit.cpu.toFixed(1)} µs (${pct('kit')}); req/s bare ${best.bare.rps.toFixed(0)}, cookiekit ${best.kit.rps.toFixed(0)}`,
      );
    }
  }
}
