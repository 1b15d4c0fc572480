// What the React and Vue example shops share on the server: serving a Vite SSR build (assets
// and pages) on any node:http or connect server, under a strict CSP with a per-response script
// nonce. Each shop's own mount.mjs names its build and forwards here.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createCookieKit } from '@cookiekit/server';
import { policy } from 'example-policy';
import { requestLanguage } from './language.mjs';

/** The shop's static files (gated stand-in scripts, the embed): each shop's Vite `publicDir`. */
export const publicDir = fileURLToPath(new URL('./public/', import.meta.url));

/**
 * The strict Content-Security-Policy each page is sent with (C23): scripts run only with the
 * response's nonce (no `'self'` allow-list, no inline script, no `eval`), so even a script file
 * that lands on the shop's origin cannot run unless the page itself names it; styles, frames and
 * requests stay on the shop's own origin.
 */
export function contentSecurityPolicy(nonce) {
  if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(nonce)) throw new TypeError('nonce must be base64 of at least 12 random bytes');
  return (
    `default-src 'self'; script-src 'nonce-${nonce}'; style-src 'self'; img-src 'self' data:; frame-src 'self'; ` +
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
  );
}

/** A fresh nonce per response: 16 random bytes, base64. */
export const newNonce = () => randomBytes(16).toString('base64');

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Puts a render result into the page template. With a `nonce`, every script and module preload
 * the template itself holds gets it (the inert gated placeholders too: core's gating copies it
 * to the script it activates). The rendered HTML never gets it: text from the render must not
 * be able to run.
 */
export function fillTemplate(template, { head = '', html }, nonce, language) {
  const page = nonce === undefined ? template : template.replace(/<script\b|<link\b(?=[^>]*\brel="modulepreload")/g, (tag) => `${tag} nonce="${nonce}"`);
  const localized = language ? page.replace(/<html lang="[^"]*">/, () => `<html lang="${language.tag}" dir="${language.dir}">`) : page;
  return localized.replace('<!--app-head-->', () => head).replace('<!--app-html-->', () => html);
}

/** The language of a Node request (see language.mjs): `?lang=`, the language cookie, Accept-Language. */
export const nodeRequestLanguage = (req) =>
  requestLanguage({
    url: req.url ?? '/',
    cookie: headerSource(req.headers).get('cookie'),
    acceptLanguage: headerSource(req.headers).get('accept-language'),
  });

/** Node's request headers as the `get(name)` source `@cookiekit/server` reads. */
const headerSource = (headers) => ({
  get(name) {
    const value = headers[name];
    return Array.isArray(value) ? value.join(name === 'cookie' ? '; ' : ', ') : value;
  },
});

/**
 * A node:http / connect handler for a built shop.
 *
 * - `clientDir`: the client build (static assets and the page template `index.html`).
 * - `serverEntry`: the server build, exporting `base` and `render(url, initialConsent)` returning
 *   (or resolving to) `{ html, head, status }`.
 * - `base`: the path the shop is mounted under; default the base it was built with
 *   (`BASE_PATH` at build time, else `/`). They must agree: assets are linked under it.
 * - `csp`: send {@link contentSecurityPolicy} with a fresh nonce with each page; default `true`.
 *
 * The consent inputs come from `req.cookiekit` when the `@cookiekit/server` middleware ran
 * (it also enforces `Set-Cookie` and serves the consent API), else from the request's headers.
 * Requests outside the base, and paths it does not know when `next` is given, go to `next`.
 */
export async function createShopHandler(options) {
  if (!options?.clientDir || !options.serverEntry) throw new TypeError('clientDir and serverEntry are required');
  const clientRoot = path.resolve(options.clientDir) + path.sep;
  const entry = await import(pathToFileURL(options.serverEntry).href);
  const base = options.base ?? entry.base;
  if (!base.startsWith('/') || !base.endsWith('/')) throw new TypeError(`base must start and end with "/", got ${base}`);
  if (options.base !== undefined && options.base !== entry.base) {
    throw new Error(`the shop was built for base ${entry.base}; rebuild with BASE_PATH=${options.base}`);
  }
  const csp = options.csp ?? true;
  const template = await readFile(path.join(clientRoot, 'index.html'), 'utf8');
  let kit;

  const serveFile = async (relative, res) => {
    const file = path.resolve(clientRoot, relative);
    if (!file.startsWith(clientRoot) || path.basename(file) === 'index.html') return false;
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return false;
    res.statusCode = 200;
    res.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.setHeader('content-length', info.size);
    if (relative.startsWith('assets/')) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    createReadStream(file).pipe(res);
    return true;
  };

  return async function shop(req, res, next) {
    try {
      const url = new URL(req.url ?? '/', 'http://shop.invalid');
      const inBase = url.pathname === base.slice(0, -1) || url.pathname.startsWith(base);
      if (!inBase || (req.method !== 'GET' && req.method !== 'HEAD')) {
        if (next) return next();
        res.statusCode = inBase ? 405 : 404;
        return res.end();
      }
      if (url.pathname === base.slice(0, -1)) {
        res.statusCode = 308;
        res.setHeader('location', base + url.search);
        return res.end();
      }
      const relative = decodeURIComponent(url.pathname.slice(base.length));
      if (relative && (await serveFile(relative, res))) return;
      const initialConsent =
        req.cookiekit?.initialConsent ??
        (kit ??= createCookieKit({ policy })).read({
          headers: headerSource(req.headers),
          url: url.href,
        }).initialConsent;
      const language = nodeRequestLanguage(req);
      const page = await entry.render(url.pathname + url.search, initialConsent, language.tag);
      if (page.status === 404 && next) return next();
      res.statusCode = page.status;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.setHeader('content-language', language.tag);
      // Appended: @cookiekit/server has already named the region headers the page depends on (C25).
      res.appendHeader('vary', 'Accept-Language, Cookie');
      const nonce = csp ? newNonce() : undefined;
      if (nonce) res.setHeader('content-security-policy', contentSecurityPolicy(nonce));
      res.end(req.method === 'HEAD' ? undefined : fillTemplate(template, page, nonce, language));
    } catch (error) {
      if (next) return next(error);
      console.error(error);
      res.statusCode = 500;
      res.end();
    }
  };
}
