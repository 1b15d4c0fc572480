/**
 * A small real-browser harness for core tests (vitest, node environment).
 *
 * - `launchChromium()`: Debian's Chromium through playwright-core, found by `findChromium()` with
 *   the quiet `CHROMIUM_ARGS` of scripts/test-env.mjs, and `*.shop.test` and `shop.test` mapped to
 *   127.0.0.1, so `http://www.shop.test:PORT/` can really set `Domain=shop.test` cookies.
 * - `startTestServer()`: a node:http server on 127.0.0.1, port 0. Register routes with
 *   `server.route(path, { body, type, headers, delayMs })`; every request is logged in
 *   `server.requests` (method, host, path, time), so a test can assert that nothing gated was asked
 *   for (C1). Unknown paths answer 404.
 * - `bundleBrowserEntry(file)`: bundles a TypeScript entry into one browser IIFE with the esbuild
 *   tsup ships, from the sources, so no build is needed first. `RUNTIME_ENTRY` (runtime-entry.ts)
 *   puts the store, cleanup, gating and the test policy (shop-policy.ts) on `window.cookiekit`;
 *   extend it or write an entry next to your test.
 * - `page(body, { nonce, head })` renders a minimal HTML page loading `/runtime.js` in the head;
 *   `cspHeaders(nonce)` a strict script CSP (no unsafe-inline, no unsafe-eval).
 * - Name such tests `*.browser.test.ts` (`pnpm vitest run browser` runs only them); vitest's
 *   include only takes `.test.ts` files under src, so Playwright `*.spec.ts` files are never picked up.
 *
 * @example
 * ```ts
 * const browser = await launchChromium();
 * const server = await startTestServer();
 * server.route('/runtime.js', { body: await bundleBrowserEntry(RUNTIME_ENTRY), type: 'text/javascript' });
 * server.route('/', { body: page('<p>hi</p>', { nonce: 'n1' }), headers: cspHeaders('n1') });
 * const tab = await (await browser.newContext()).newPage();
 * await tab.goto(server.url('www.shop.test', '/'));
 * ```
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The runtime entry: store, cleanup, gating and the shop policy, on `window.cookiekit`. */
export const RUNTIME_ENTRY = `${here}runtime-entry.ts`;

/** Maps the test host names to loopback, so parent-domain cookies behave as on a real site. */
export const HOST_RULES = '--host-resolver-rules=MAP *.shop.test 127.0.0.1, MAP shop.test 127.0.0.1';

interface TestEnv {
  findChromium(): string;
  CHROMIUM_ARGS: string[];
}

/** Launches Debian's Chromium headless with the project's flags and the host mapping. */
export async function launchChromium(): Promise<Browser> {
  const envUrl = pathToFileURL(`${here}../../../../../scripts/test-env.mjs`).href;
  const { findChromium, CHROMIUM_ARGS } = (await import(envUrl)) as TestEnv;
  return chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, HOST_RULES],
    headless: true,
  });
}

/** One route's answer. */
export interface Route {
  readonly body?: string;
  /** Content-Type; default `text/html; charset=utf-8`. */
  readonly type?: string;
  readonly status?: number;
  readonly headers?: Record<string, string | string[]>;
  /** Answer after this delay, to test ordering. */
  readonly delayMs?: number;
}

/** A logged request. */
export interface LoggedRequest {
  readonly method: string;
  readonly host: string;
  readonly path: string;
  readonly at: number;
}

export interface TestServer {
  readonly port: number;
  readonly requests: LoggedRequest[];
  route(path: string, route: Route | ((req: IncomingMessage) => Route)): void;
  /** `http://<host>:<port><path>`. */
  url(host: string, path: string): string;
  /** The logged paths, optionally only those starting with a prefix. */
  paths(prefix?: string): string[];
  close(): Promise<void>;
}

/** Starts a logging HTTP server on 127.0.0.1 (port 0). */
export async function startTestServer(): Promise<TestServer> {
  const routes = new Map<string, Route | ((req: IncomingMessage) => Route)>();
  const requests: LoggedRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ method: req.method ?? 'GET', host: (req.headers.host ?? '').split(':')[0]!, path, at: Date.now() });
    const found = routes.get(path);
    const route = typeof found === 'function' ? found(req) : found;
    const answer = () => {
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(route.status ?? 200, {
        'content-type': route.type ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...route.headers,
      });
      res.end(route.body ?? '');
    };
    if (route?.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    route: (path, route) => void routes.set(path, route),
    url: (host, path) => `http://${host}:${port}${path}`,
    paths: (prefix = '') => requests.map((r) => r.path).filter((p) => p.startsWith(prefix)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ outputFiles: { text: string }[] }>;
}

/** The esbuild that tsup depends on (not a direct dependency of core). */
export function esbuild(): Esbuild {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve('tsup'))('esbuild') as Esbuild;
}

/** Bundles a TypeScript entry into one browser IIFE (ES2022), as a string. */
export async function bundleBrowserEntry(entry: string, options: { minify?: boolean } = {}): Promise<string> {
  const result = await esbuild().build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minify: options.minify ?? false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** A strict script CSP: only scripts carrying this nonce run; no eval, no inline handlers (C23). */
export function cspHeaders(nonce: string): Record<string, string> {
  return { 'content-security-policy': `script-src 'nonce-${nonce}'; object-src 'none'; base-uri 'none'` };
}

/** A minimal HTML page: the runtime script (with the nonce) in the head, then `head` and `body`. */
export function page(body: string, options: { nonce?: string; head?: string; runtime?: string } = {}): string {
  const nonce = options.nonce ? ` nonce="${options.nonce}"` : '';
  const runtime = options.runtime ?? '/runtime.js';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title>
<link rel="icon" href="data:,"><script${nonce} src="${runtime}"></script>${options.head ?? ''}</head>
<body>${body}</body></html>`;
}
