// One loopback origin for every page the browser bench loads: `/bench/vanilla/` (the
// vanilla-cookieconsent page, static files) is answered here, every other path is proxied to the
// demo server. startDemo() does not hand out its http.Server, and examples/ is not ours to edit,
// so a front server is the way to have both pages come from the same origin and process.
// The shop pages pay one extra loopback hop for it (well under a millisecond, see TTFB).
import { createReadStream, statSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const vanillaDist = path.join(fileURLToPath(new URL('.', import.meta.resolve('vanilla-cookieconsent/package.json'))), 'dist');

/** The vanilla page's files: URL name → file on disk. */
const VANILLA_FILES = {
  '': path.join(here, 'vanilla/index.html'),
  'config.js': path.join(here, 'vanilla/config.js'),
  // The shops' own page styles, the file the React and Vue shops load (through their bundle).
  'shop.css': fileURLToPath(import.meta.resolve('shop-common/shop.css')),
  'vanilla.css': path.join(here, 'vanilla/vanilla.css'),
  'cookieconsent.umd.js': path.join(vanillaDist, 'cookieconsent.umd.js'),
  'cookieconsent.css': path.join(vanillaDist, 'cookieconsent.css'),
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * The shops' own Content-Security-Policy (examples/react-vite/mount.mjs) with `script-src 'self'`
 * in place of their per-request nonce: the vanilla page has no inline script to allow.
 */
const VANILLA_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

export const VANILLA_BASE = '/bench/vanilla/';

/** Hop-by-hop headers: they describe one connection, so a proxy does not pass them on. */
const HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);
/** Raw header pairs without the hop-by-hop ones (repeated Set-Cookie lines stay as they came). */
const endToEnd = (raw) => raw.flatMap((v, i) => (i % 2 === 0 && !HOP.has(v.toLowerCase()) ? [v, raw[i + 1]] : []));

/** Serves a vanilla-page file the way the demo serves the shop's: no compression, same caching. */
function serveVanilla(name, res) {
  const file = VANILLA_FILES[name];
  if (!file) return false;
  const html = name === '';
  res.statusCode = 200;
  res.setHeader('content-type', TYPES[path.extname(file)]);
  res.setHeader('content-length', statSync(file).size);
  if (html) {
    res.setHeader('cache-control', 'no-store');
    res.setHeader('content-security-policy', VANILLA_CSP);
  } else {
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
  }
  createReadStream(file).pipe(res);
  return true;
}

/**
 * Starts the front server on `host`:`port` (0 = any free port) in front of the demo at
 * `upstream` (its `url`). Resolves with `{ url, close() }`.
 */
export async function startFront({ upstream, host = '127.0.0.1', port = 0 }) {
  const target = new URL(upstream);
  // Keep-alive to the demo, as a reverse proxy would: no new TCP connection per request.
  const agent = new Agent({ keepAlive: true });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://front.invalid');
    if (url.pathname === VANILLA_BASE.slice(0, -1)) {
      res.writeHead(308, { location: VANILLA_BASE }).end();
      return;
    }
    if (url.pathname.startsWith(VANILLA_BASE) && (req.method === 'GET' || req.method === 'HEAD')) {
      if (!serveVanilla(url.pathname.slice(VANILLA_BASE.length), res)) res.writeHead(404).end();
      return;
    }
    const proxied = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: endToEnd(req.rawHeaders), agent },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.statusMessage, endToEnd(upstreamRes.rawHeaders));
        upstreamRes.pipe(res);
      },
    );
    proxied.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(proxied);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    url: `http://${host}:${server.address().port}/`,
    async close() {
      await new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      agent.destroy();
    },
  };
}
