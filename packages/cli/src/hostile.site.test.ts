// `cookiekit` in CI against hostile and unusual sites: every scenario is a route of one server on
// 127.0.0.1, and the in-process runs share one Chromium. The runs that must show the process
// itself exits run the built bin. Each case has a time bound and checks the exit code and the report.
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from './audit';
import { observeSite } from './browse';
import { startGuardProxy } from './proxy';
import type { ScanReport } from './scan';
import { CHROMIUM, launchTestBrowser } from './test/browser';
import { CLI, cookiekitInProcess, PACKAGE_DIR, type CliResult } from './test/run-cli';
import { POLICY_JSON_PATH } from './test/site';

const TIMEOUT_MS = 3000;
const html = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
const FORGED_KEY = 'k\n\nPASSED: 0 error(s), 0 warning(s)\u001b[2K\u202e';

let origin: string;
let port: number;
let browser: Browser;
let dir: string;
const held = new Set<ServerResponse>();
const sockets = new Set<Socket>();
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const path = (req.url ?? '/').split('?')[0]!;
  const page = (body: string, head = '') => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(body, head));
  switch (path) {
    // Connections held open: server-sent events, a long poll that never answers, an endless body.
    case '/sse': {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      held.add(res);
      const tick = setInterval(() => res.write('data: tick\n\n'), 200);
      res.on('close', () => clearInterval(tick));
      return;
    }
    case '/hold':
      return page('<h1>held</h1>', '<script>new EventSource("/sse"); fetch("/poll").catch(() => {})</script>');
    case '/poll':
      held.add(res);
      return;
    case '/endless': {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write('<!doctype html><html><body><h1>endless</h1>');
      held.add(res);
      const tick = setInterval(() => res.write('<p>more</p>'), 100);
      res.on('close', () => clearInterval(tick));
      return;
    }
    // Slow pages, linked one to the next: a crawl that outlasts --max-time.
    case '/slow':
      return void setTimeout(() => page(`<a href="/slow?${Math.random()}">next</a><a href="/slow?${Math.random()}">other</a>`), 400);
    // Net errors, then good pages.
    case '/crawl':
      return page('<a href="/loop">loop</a> <a href="/reset">reset</a> <a href="/good-a">a</a> <a href="/reset-2">reset</a> <a href="/good-b">b</a>');
    case '/loop':
      return void res.writeHead(302, { location: '/loop' }).end();
    case '/reset':
    case '/reset-2':
      return void req.socket.destroy();
    case '/good-a':
    case '/good-b':
    case '/landing':
      return page(`<h1>${path}</h1>`);
    // A redirect to another origin (same server, another host name).
    case '/redirects':
      return page('<a href="/away">away</a> <a href="/good-a">a</a>');
    case '/away':
      return void res.writeHead(302, { location: `http://localhost:${port}/landing` }).end();
    // A key that tries to forge a verdict line in the text report.
    case '/forge':
      return page('<h1>forge</h1>', `<script>localStorage.setItem(${JSON.stringify(FORGED_KEY)}, '1')</script>`);
    // IndexedDB, Cache Storage and a service worker, and a same-origin iframe with its own storage.
    case '/stores':
      return page(
        '<h1>stores</h1><iframe src="/frame" title="frame"></iframe>',
        `<script>
          indexedDB.open('shop-db');
          caches.open('shop-cache');
          navigator.serviceWorker.register('/sw.js');
        </script>`,
      );
    case '/frame':
      return page('<p>frame</p>', `<script>localStorage.setItem('frame-key', '1'); indexedDB.open('frame-db');</script>`);
    case '/sw.js':
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end('self.addEventListener("fetch", () => {});');
    // A banner in a closed shadow root.
    case '/shadow':
      return page(
        '<div id="host"></div>',
        `<script type="module">
          const root = document.getElementById('host').attachShadow({ mode: 'closed' });
          root.innerHTML = '<div role="region" aria-label="Cookies"><button id="yes">Accept all</button><button id="no">Reject all</button></div>';
        </script>`,
      );
    // A banner in a same-origin iframe.
    case '/framed':
      return page('<h1>framed</h1><iframe src="/banner-frame" title="cookies"></iframe>');
    case '/banner-frame':
      return page('<button class="ok">Accept all</button> <button class="no">Reject all</button>');
    default:
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});
server.on('connection', (socket: Socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  browser = await launchTestBrowser();
  await mkdir(join(PACKAGE_DIR, '.test-tmp'), { recursive: true });
  dir = await mkdtemp(join(PACKAGE_DIR, '.test-tmp', 'hostile-'));
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

const fast = ['--timeout', String(TIMEOUT_MS), '--settle', '50', '--banner-timeout', '300', '-q'];
const inProcess = (args: string[]) => cookiekitInProcess(args, { browser });
/** Runs the built bin; resolves with its result and the ms from its first progress line to its exit. */
function visitTime(args: string[]): Promise<[CliResult, number]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args, '--chromium', CHROMIUM, ...fast.filter((a) => a !== '-q')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let first = 0;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      first ||= Date.now();
      stderr += d;
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve([{ code, stdout, stderr }, Date.now() - (first || Date.now())]));
  });
}
const timed = async <T,>(work: Promise<T>): Promise<[T, number]> => {
  const started = Date.now();
  const result = await work;
  return [result, Date.now() - started];
};

describe('a site that holds connections open', () => {
  it('the guard proxy destroys a held upstream request when it closes', async () => {
    const proxy = await startGuardProxy(() => true);
    const closedAtServer = new Promise<void>((resolve) => {
      const before = held.size;
      const check = setInterval(() => {
        const added = [...held].slice(before);
        if (added.length) {
          clearInterval(check);
          added[0]!.on('close', () => resolve());
        }
      }, 10);
    });
    const proxyPort = Number(new URL(proxy.url).port);
    const client = request({ host: '127.0.0.1', port: proxyPort, path: `${origin}/sse`, agent: false });
    client.on('error', () => {});
    client.end();
    await new Promise<void>((resolve) => client.on('response', () => resolve()));
    const started = Date.now();
    await proxy.close();
    await closedAtServer;
    expect(Date.now() - started).toBeLessThan(1000);
    client.destroy();
  });

  // Chromium's start-up on a loaded machine varies by seconds: the bound is on the visit (the
  // page timeout), measured from the first progress line to the exit.
  it('the bin exits after its report on a page holding server-sent events and a long poll, and on an endless page', async () => {
    const [held, heldVisitMs] = await visitTime(['scan', `${origin}/hold`, '--format', 'json']);
    expect(held.code).toBe(0);
    expect((JSON.parse(held.stdout) as ScanReport).pages).toEqual([`${origin}/hold`]);
    expect(heldVisitMs).toBeLessThan(TIMEOUT_MS + 10_000);
    const [endless, endlessVisitMs] = await visitTime(['scan', `${origin}/endless`]);
    expect(endless.code).toBe(2);
    expect(endless.stderr).toMatch(/\/endless could not be loaded: .*Timeout 3000ms exceeded/);
    expect(endlessVisitMs).toBeLessThan(TIMEOUT_MS + 10_000);
  });
});

describe('--max-time', () => {
  it('stops a crawl that would outlast it, reports what it saw as INCOMPLETE and exits 2', async () => {
    const [run, ms] = await timed(
      inProcess(['audit', `${origin}/slow`, '--policy', POLICY_JSON_PATH, '--max-time', '3', '--max-pages', '50', '--depth', '50', ...fast]),
    );
    expect(run.code).toBe(2);
    expect(ms).toBeLessThan(3000 + 6000);
    expect(run.stdout).toMatch(/^INCOMPLETE: /m);
    expect(run.stdout).toMatch(/^The audit did not see the whole site: the visit stopped at its time limit of 3 s/m);
    expect(run.stdout).toMatch(/^\d+ page\(s\): /m);
    expect(run.stderr).toMatch(/stopped at its time limit of 3 s/);
  });

  it('takes whole seconds of at least 1', async () => {
    const run = await inProcess(['scan', `${origin}/slow`, '--max-time', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--max-time must be a whole number of at least 1/);
  });
});

describe('a failed page, then a good one', () => {
  it('keeps the good pages after a redirect loop and reset connections, run after run', async () => {
    for (let run = 0; run < 3; run++) {
      const seen = await observeSite({ url: `${origin}/crawl`, browser, phases: ['before-consent'], settleMs: 0, timeoutMs: TIMEOUT_MS, bannerTimeoutMs: 0 });
      expect(seen.pages, `run ${run + 1}`).toEqual([`${origin}/crawl`, `${origin}/good-a`, `${origin}/good-b`]);
      expect(seen.errors.map((e) => e.split(': ')[0]), `run ${run + 1}`).toEqual([`${origin}/loop`, `${origin}/reset`, `${origin}/reset-2`]);
      expect(seen.errors.join('\n')).not.toMatch(/interrupted by another navigation/);
    }
  });
});

describe('a redirect to another origin', () => {
  it('is reported as a blocked redirect to that origin, and its target is in the blocked list, never as the site’s HTTP 403', async () => {
    const run = await inProcess(['scan', `${origin}/redirects`, '--format', 'json', ...fast]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ScanReport;
    expect(report.pages).toEqual([`${origin}/redirects`, `${origin}/good-a`]);
    expect(report.errors).toEqual([`${origin}/away: redirected to http://localhost:${port}, blocked (not the origin under test; allow it with --allow-origin)`]);
    expect(report.blockedRequests).toContain(`http://localhost:${port}/landing`);
    expect(report.errors.join('\n')).not.toMatch(/403/);
  });
});

describe('text reports', () => {
  it('escape control characters from the site, so a storage key cannot forge a PASSED line', async () => {
    const run = await inProcess(['audit', `${origin}/forge`, '--policy', POLICY_JSON_PATH, ...fast]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => /^PASSED/.test(l))).toEqual([]);
    expect(lines.at(-2)).toMatch(/^FAILED: /);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(run.stdout).toContain('k\\n\\nPASSED: 0 error(s), 0 warning(s)\\e[2K\\u202e');
  });
});

describe('storage beyond cookies and web storage', () => {
  it('reports IndexedDB databases, Cache Storage caches and service workers per origin, a same-origin iframe’s included; a policy declares them by kind, and the audit checks them before consent (C1)', async () => {
    const policy = JSON.parse(await readFile(POLICY_JSON_PATH, 'utf8')) as { services: Array<{ id: string; storage: object[] }> };
    policy.services.find((s) => s.id === 'ad-pixel')!.storage.push(
      { kind: 'indexedDB', name: 'shop-db', duration: '13 months' },
      { kind: 'cacheStorage', name: 'shop-cache', duration: '13 months' },
      { kind: 'serviceWorker', name: '/sw.js', duration: '13 months' },
    );
    const file = join(dir, 'stores-policy.json');
    await writeFile(file, JSON.stringify(policy));
    const run = await inProcess(['audit', `${origin}/stores`, '--policy', file, '--format', 'json', ...fast]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as AuditReport;
    const items = report.inventory.map((i) => `${i.kind} ${i.name} ${i.domain} ${i.declared?.service ?? '-'}`);
    expect(items).toEqual(
      expect.arrayContaining([
        `indexedDB shop-db ${origin} ad-pixel`,
        `cacheStorage shop-cache ${origin} ad-pixel`,
        `serviceWorker /sw.js ${origin} ad-pixel`,
        `localStorage frame-key ${origin} -`,
        `indexedDB frame-db ${origin} -`,
      ]),
    );
    const c1 = report.findings.filter((f) => f.code === 'storage-before-consent').map((f) => f.message);
    expect(c1).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^IndexedDB database "shop-db" .*exists before any choice, but its service "ad-pixel" needs consent/),
        expect.stringMatching(/^Cache Storage cache "shop-cache" .*exists before any choice, but its service "ad-pixel"/),
        expect.stringMatching(/^service worker "\/sw\.js" .*exists before any choice, but its service "ad-pixel"/),
      ]),
    );
    expect(report.findings.filter((f) => f.code === 'undeclared-storage').map((f) => f.item?.name)).toEqual(expect.arrayContaining(['frame-key', 'frame-db']));
  });
});

describe('a banner in a closed shadow root or a same-origin iframe', () => {
  it('C4: its buttons are found by their names, and by the CSS selectors given', async () => {
    const visit = (path: string, selectors?: { accept: string; reject: string }) =>
      observeSite({ url: `${origin}${path}`, browser, phases: ['before-consent'], settleMs: 50, timeoutMs: TIMEOUT_MS, bannerTimeoutMs: 1000, ...(selectors ? { selectors } : {}) });
    const shadow = await visit('/shadow');
    expect([shadow.banner.accept?.name, shadow.banner.reject?.name]).toEqual(['Accept all', 'Reject all']);
    const shadowCss = await visit('/shadow', { accept: '#yes', reject: '#no' });
    expect([shadowCss.banner.accept?.name, shadowCss.banner.reject?.name]).toEqual(['Accept all', 'Reject all']);
    const framed = await visit('/framed', { accept: 'button.ok', reject: 'button.no' });
    expect([framed.banner.accept?.name, framed.banner.reject?.name]).toEqual(['Accept all', 'Reject all']);
    // And the audit clicks it there: Accept all in the frame is a choice made.
    const run = await inProcess(['scan', `${origin}/framed`, '--format', 'json', ...fast]);
    expect((JSON.parse(run.stdout) as ScanReport).accepted).toBe(true);
  });
});

describe('a site with a self-signed certificate', () => {
  it('fails with exit 2 by default; --ignore-https-errors visits it and says so in the report', async () => {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    const tls = createHttpsServer({ key: await readFile(key), cert: await readFile(cert) }, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'staging=1; Path=/; Secure' }).end(html('<h1>staging</h1>'));
    });
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(tls.address() as AddressInfo).port}/`;
    try {
      const refused = await inProcess(['scan', url, ...fast]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/could not be loaded: .*ERR_CERT/);
      const accepted = await inProcess(['scan', url, '--ignore-https-errors', ...fast]);
      expect(accepted.code).toBe(0);
      expect(accepted.stdout.split('\n')[1]).toMatch(/^Certificate errors were ignored \(--ignore-https-errors\)/);
      expect(accepted.stdout).toMatch(/^staging +cookie/m);
    } finally {
      tls.closeAllConnections();
      await new Promise<void>((resolve) => tls.close(() => resolve()));
    }
  });
});
