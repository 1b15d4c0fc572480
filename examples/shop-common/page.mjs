// What the React and Vue shops' pages share, in the browser and on the server: which page a URL
// is, the banner layout it asks for, and the <head> and status the server renders with a page.
// No Node import: the client bundles this too.
import { BANNER_LAYOUTS } from '@cookiekit/core';

/** Which page of the shop `url` (path and query) is, for a shop mounted under `base`. */
export function route(url, base) {
  const path = new URL(url, 'http://shop.invalid').pathname;
  if (path === base || path === `${base}index.html`) return 'product';
  if (path === `${base}cookie-policy`) return 'policy';
  return 'not-found';
}

/**
 * The banner layout a page asks for with `?layout=` (and `?position=`), such as
 * `?layout=box&position=bottom-start`; see page.d.mts. Read from the same URL on the server and in
 * the browser, so hydration matches.
 */
export function bannerLayout(url) {
  const query = new URL(url, 'http://shop.invalid').searchParams;
  const type = query.get('layout');
  if (!type || !Object.hasOwn(BANNER_LAYOUTS, type)) return undefined;
  const position = query.get('position') ?? BANNER_LAYOUTS[type][0];
  return BANNER_LAYOUTS[type].includes(position) ? { type, position } : undefined;
}

const TITLES = { product: 'Smartbump shop', policy: 'Cookie policy · Smartbump shop', 'not-found': 'Not found · Smartbump shop' };

// JSON inside <script>: `<` escaped so no text can close the element (C24).
const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The part of a render result that is not the app's markup: for `<head>`, the page's title, the
 * serialized `initialConsent` and catalog the client hydrates with; the status, 404 for an unknown path.
 */
export function pageFrame(page, initialConsent, messages) {
  const head =
    `<title>${TITLES[page]}</title>\n` +
    `<script type="application/json" id="ck-initial-consent">${json(initialConsent)}</script>` +
    // The catalog of the page's language, so hydration draws the same texts without a request.
    (messages ? `\n<script type="application/json" id="ck-messages">${json(messages)}</script>` : '');
  return { head, status: page === 'not-found' ? 404 : 200 };
}
