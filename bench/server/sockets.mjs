// What each adapter's middleware adds to a request, through real node:http sockets, one request
// at a time per connection, as a server with a few keep-alive visitors runs: the figure to read
// for the per-request cost (see bench/sections/server.md on why).
//
// Each app (apps.mjs, as app.mjs serves it) runs in its own process pinned to CPU 0; this
// process is the client, pinned to CPU 1, on raw keep-alive sockets with one prepared request
// (the 438-byte Cookie header of `pnpm bench:server`). A connection sends its next request only
// when the answer to the last one has arrived, so a server holds at most CONNECTIONS requests
// at once and what a request allocates dies young, in the scavenge after it, as in a server
// (the in-process harness adapters.mjs keeps thousands alive at once). Rounds alternate the two
// servers (bare, noop, cookiekit, then the other way round…); each run asks the server for its
// own process.cpuUsage() before and after, so the figure is server CPU per request. Reported: the
// median of the per-round differences with its 95 % interval, their quartiles (min–max in the
// JSON) and each set of servers' median: cookiekit − bare (what the middleware adds) and
// cookiekit − noop (what it adds beyond the framework's own price of one middleware that only
// passes the request on).
//
//   node server/sockets.mjs [--smoke]          (from bench/, after `pnpm build`)
//   BENCH_SOCKETS_PAIR=bare,bare node server/sockets.mjs        (A/A: two servers of one build)
//   BENCH_SOCKETS_PAIR=bare,cookiekit node server/sockets.mjs   (two servers only)
//
// Environment: BENCH_FRAMEWORKS (node,express,fastify,hono), BENCH_ROUTES (plain,stats),
// BENCH_SOCKETS_N (2000 requests a run), BENCH_SOCKETS_ROUNDS (11, in each process set),
// BENCH_SOCKETS_PROCESSES (3: how many times fresh servers are started, each for every route and
// all its rounds; a server process keeps its own speed, 0–5 µs apart on Fastify, so a figure
// to trust takes several), BENCH_SOCKETS_CONNECTIONS (2),
// BENCH_SOCKETS_PAIR (bare,noop,cookiekit: the servers compared, two or three of bare|noop|cookiekit,
// loaded (the bare app beside an unmounted kit: apps.mjs), or on Express also floor (`expressFloor`);
// the last minus the first, and with three also the last minus the middle one),
// BENCH_SERVER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, given to the servers),
// BENCH_PIN (1), BENCH_OUT_JSON.
import net from 'node:net';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { canPin, env, load, smoke, spawnPinned } from '../load.mjs';
import { COOKIE, REFUSING } from './visitor.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const N = Number(env('BENCH_SOCKETS_N', smoke ? 100 : 2000));
const ROUNDS = Number(env('BENCH_SOCKETS_ROUNDS', smoke ? 2 : 11));
const PROCESSES = Number(env('BENCH_SOCKETS_PROCESSES', smoke ? 1 : 3));
const CONNECTIONS = Number(env('BENCH_SOCKETS_CONNECTIONS', 2));
const FRAMEWORKS = env('BENCH_FRAMEWORKS', 'node,express,fastify,hono').split(',');
const ROUTES = env('BENCH_ROUTES', 'plain,stats').split(',');
const PAIR = env('BENCH_SOCKETS_PAIR', 'bare,noop,cookiekit').split(',');
const NODE_ARGS = env('BENCH_SERVER_NODE_ARGS', '').split(' ').filter(Boolean);
const PATHS = { plain: '/plain', stats: '/' };
const pin = env('BENCH_PIN', 1) !== '0' && canPin;
if (PAIR.length < 2 || PAIR.length > 3 || PAIR.some((v) => !['bare', 'loaded', 'noop', 'floor', 'cookiekit'].includes(v))) throw new Error('bench: BENCH_SOCKETS_PAIR is two or three of bare|loaded|noop|floor|cookiekit');
if (PAIR.includes('floor') && FRAMEWORKS.some((f) => f !== 'express')) throw new Error('bench: the floor variant is Express only (BENCH_FRAMEWORKS=express)');

// This process is the client: on CPU 1 when the servers are pinned to CPU 0.
if (pin) {
  const { spawnSync } = await import('node:child_process');
  spawnSync('taskset', ['-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });
}

const requestBytes = (port, path, cookie) =>
  Buffer.from(
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: keep-alive\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64)\r\n` +
      `Accept: text/html\r\nAccept-Language: en\r\nCookie: ${cookie}\r\n\r\n`,
    'latin1',
  );

/**
 * One keep-alive connection that sends `bytes`, waits for the whole answer, and sends again.
 * `send(bytes, n)` resolves with the first answer's head once n answers arrived. A connection
 * the server closed while idle (its keep-alive timeout, while the other server ran) is opened
 * again before the next run; one that closes during a run fails it, as does a run that stalls.
 */
function connection(port) {
  let socket;
  let buffered = Buffer.alloc(0);
  let job;
  const fail = (error) => {
    const failed = job;
    job = undefined;
    failed?.reject(error);
  };
  // Answers end by Content-Length, or by the last chunk of a chunked body.
  const onData = (chunk) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    while (job) {
      const end = buffered.indexOf('\r\n\r\n');
      if (end === -1) return;
      const head = buffered.toString('latin1', 0, end);
      const length = /\r\ncontent-length: *(\d+)/i.exec(head);
      let total;
      if (length) total = end + 4 + Number(length[1]);
      else if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
        const last = buffered.indexOf('\r\n0\r\n\r\n', end + 2);
        if (last === -1) return;
        total = last + 7;
      } else return fail(new Error(`bench: an answer without a length: ${head}`));
      if (buffered.length < total) return;
      buffered = buffered.subarray(total);
      job.status ??= head;
      if (--job.left > 0) socket.write(job.bytes);
      else {
        const done = job;
        job = undefined;
        clearTimeout(done.timer);
        done.resolve(done.status);
      }
    }
  };
  const open = () =>
    new Promise((resolve, reject) => {
      buffered = Buffer.alloc(0);
      socket = net.connect(port, '127.0.0.1');
      socket.setNoDelay(true);
      socket.on('data', onData);
      socket.on('error', (error) => fail(error));
      socket.on('close', () => fail(new Error('bench: the server closed the connection during a run')));
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
  return {
    ready: open(),
    async send(bytes, n) {
      if (socket.destroyed || socket.readyState !== 'open') await open();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => fail(new Error(`bench: no answer for 60 s on port ${port}`)), 60_000);
        job = { bytes, left: n, resolve, reject: (e) => (clearTimeout(timer), reject(e)), status: undefined, timer };
        socket.write(bytes);
      });
    },
    close: () => socket.destroy(),
  };
}

async function startServer(framework, variant) {
  const p = spawnPinned(here, 0, 'app.mjs', [framework, variant], pin, NODE_ARGS);
  const { port } = await p.next();
  const conns = [];
  for (let i = 0; i < CONNECTIONS; i++) conns.push(connection(port));
  await Promise.all(conns.map((c) => c.ready));
  const cpu = async () => (await p.ask('cpu')).cpu;
  return {
    variant,
    port,
    /** `n` requests of `bytes` over the connections; the server's CPU µs a request. */
    async run(path, n, cookie = COOKIE) {
      const bytes = requestBytes(port, path, cookie);
      const before = await cpu();
      const heads = await Promise.all(conns.map((c) => c.send(bytes, Math.ceil(n / conns.length))));
      const after = await cpu();
      return { us: (after - before) / (Math.ceil(n / conns.length) * conns.length), head: heads[0] };
    },
    stop() {
      for (const c of conns) c.close();
      // The app exits when its parent lets go of it (so `--cpu-prof` writes its profile).
      p.child.disconnect();
    },
  };
}

const sorted = (a) => [...a].sort((x, y) => x - y);
const median = (a) => sorted(a)[Math.floor(a.length / 2)];
const quantile = (a, q) => sorted(a)[Math.floor((a.length - 1) * q)];
// A distribution-free 95 % interval for the median of `a` (order statistics: the ranks
// n/2 − 1.96·√n/2 and 1 + n/2 + 1.96·√n/2), so a reader can tell a difference from the
// machine's drift.
const medianInterval = (a) => {
  const s = sorted(a);
  const half = 0.98 * Math.sqrt(s.length);
  return [s[Math.max(0, Math.floor(s.length / 2 - half) - 1)], s[Math.min(s.length - 1, Math.ceil(s.length / 2 + half))]];
};
const statsCookie = (head) => /\r\nset-cookie: *_shop_stats=v1/i.test(head);

const loadBefore = load();
const results = [];
for (const framework of FRAMEWORKS) {
  const acc = Object.fromEntries(ROUTES.map((route) => [route, { per: PAIR.map(() => []), added: [], overMiddle: [], processAdded: [], processOverMiddle: [] }]));
  // Each process set (fresh servers) runs every route: a server process keeps its own speed for
  // its lifetime (where its code and heap landed), so the spread between processes is part of
  // what a figure can be trusted to.
  for (let p = 0; p < PROCESSES; p++) {
    const servers = await Promise.all(PAIR.map((variant) => startServer(framework, variant)));
    try {
      // Checked first: each server sends the page and its cookie, and a cookiekit one drops
      // `_shop_stats` for a visitor who refused statistics (so the middleware is really active).
      for (const s of servers) {
        const { head } = await s.run('/', 1);
        if (!/^HTTP\/1\.1 200/.test(head) || !statsCookie(head)) throw new Error(`bench: ${framework} ${s.variant} did not send the page with its cookie`);
        const refused = (await s.run('/', 1, REFUSING)).head;
        if (statsCookie(refused) !== (s.variant !== 'cookiekit')) throw new Error(`bench: ${framework} ${s.variant}: _shop_stats ${s.variant === 'cookiekit' ? 'left' : 'dropped'} for a refusing visitor`);
      }
      for (const route of ROUTES) {
        const path = PATHS[route];
        const { per, added, overMiddle } = acc[route];
        // Warm-up (JIT, connections), discarded; skipped in smoke runs, whose figures mean nothing.
        if (!smoke) for (let i = 0; i < 2; i++) for (const s of servers) await s.run(path, N);
        const last = servers.length - 1;
        const from = added.length;
        for (let r = 0; r < ROUNDS; r++) {
          // The order alternates too, so no server is always the one that runs first or last.
          const order = servers.map((_, i) => i);
          if (r % 2) order.reverse();
          const us = [];
          for (const i of order) us[i] = (await servers[i].run(path, N)).us;
          us.forEach((u, i) => per[i].push(u));
          added.push(us[last] - us[0]);
          if (servers.length === 3) overMiddle.push(us[last] - us[1]);
        }
        acc[route].processAdded.push(median(added.slice(from)));
        if (servers.length === 3) acc[route].processOverMiddle.push(median(overMiddle.slice(from)));
      }
    } finally {
      for (const s of servers) s.stop();
    }
  }
  for (const route of ROUTES) {
    const { per, added, overMiddle, processAdded, processOverMiddle } = acc[route];
    const last = PAIR.length - 1;
    const spread = (d, processes) => {
      const [ciLowUs, ciHighUs] = medianInterval(d);
      return { us: median(d), ciLowUs, ciHighUs, q1Us: quantile(d, 0.25), q3Us: quantile(d, 0.75), minUs: sorted(d)[0], maxUs: sorted(d)[d.length - 1], processUs: processes };
    };
    const a = spread(added, processAdded);
    const row = {
      framework,
      route,
      pair: PAIR,
      firstUs: median(per[0]),
      secondUs: median(per[last]),
      addedUs: a.us,
      ciLowUs: a.ciLowUs,
      ciHighUs: a.ciHighUs,
      q1Us: a.q1Us,
      q3Us: a.q3Us,
      minUs: a.minUs,
      maxUs: a.maxUs,
      processUs: processAdded,
      ...(PAIR.length === 3 ? { middleUs: median(per[1]), overMiddle: spread(overMiddle, processOverMiddle) } : {}),
    };
    results.push(row);
    const f = (x) => x.toFixed(2);
    // With several process sets, each one's median too: the rounds' interval is within processes.
    const of = (s) => `95 % interval ${f(s.ciLowUs)}–${f(s.ciHighUs)}${PROCESSES > 1 ? `, by process ${s.processUs.map(f).join(' / ')}` : ''}, quartiles ${f(s.q1Us)}–${f(s.q3Us)}`;
    const beyond = row.overMiddle ? `; ${PAIR[last]} − ${PAIR[1]} ${f(row.overMiddle.us)} µs (${of(row.overMiddle)})` : '';
    console.log(
      `${framework.padEnd(8)} ${route.padEnd(6)} ${PAIR.map((v, i) => `${v} ${f(median(per[i]))} µs`).join(', ')}: ${PAIR[last]} − ${PAIR[0]} ${f(row.addedUs)} µs (${of(a)}, min–max ${f(row.minUs)}–${f(row.maxUs)})${beyond}`,
    );
  }
}
const loadAfter = load();
console.log(`${N} requests a run over ${CONNECTIONS} connections, ${ROUNDS} rounds${PROCESSES > 1 ? ` in each of ${PROCESSES} sets of server processes` : ''}; load average ${loadBefore.join(' ')} before, ${loadAfter.join(' ')} after`);
if (process.env.BENCH_OUT_JSON) {
  writeFileSync(
    process.env.BENCH_OUT_JSON,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, n: N, rounds: ROUNDS, processes: PROCESSES, connections: CONNECTIONS, pair: PAIR, pinned: pin, loadBefore, loadAfter, results }, null, 2)}\n`,
  );
}
