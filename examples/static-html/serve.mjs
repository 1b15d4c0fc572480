// Serves dist/ as any static file server would, with the strict CSP the page is built for:
// `script-src 'self'` and nothing else (no nonce, no inline script, no eval). `createStaticHandler`
// mounts it in another node:http server (the demo's `/static/`); run this file to serve it alone.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bannerLayout } from 'shop-common/page';

const dist = fileURLToPath(new URL('./dist/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The CSP of the static site: scripts, styles, frames and fetches from its own origin only. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

/** A node:http handler serving the site under `base`; `next()` is called for other paths. */
export function createStaticHandler({ base = '/' } = {}) {
  return async (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://static.invalid');
    if (!url.pathname.startsWith(base) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    let file = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    if (file.endsWith('/')) file += 'index.html';
    const full = path.resolve(dist, file);
    if (!full.startsWith(dist)) return next();
    let body;
    try {
      body = await readFile(full);
    } catch {
      return next();
    }
    // `?layout=box&position=bottom-start` on a page: the script tag gets the same layout option
    // (checked against core's layouts; anything else keeps the default bar).
    const layout = path.extname(full) === '.html' ? bannerLayout(req.url ?? '/') : undefined;
    if (layout) {
      body = String(body).replace('<script src="cookiekit.iife.js"', () => `<script src="cookiekit.iife.js" data-layout="${layout.type}" data-position="${layout.position}"`);
    }
    res.statusCode = 200;
    res.setHeader('content-type', TYPES[path.extname(full)] ?? 'application/octet-stream');
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const host = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? 3003);
  const handler = createStaticHandler();
  const server = createServer((req, res) => handler(req, res, () => res.writeHead(404).end('Not found')));
  server.listen(port, host, () => console.log(`static-html shop: http://${host}:${server.address().port}/`));
}
