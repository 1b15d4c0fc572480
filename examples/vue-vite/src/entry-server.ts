import type { InitialConsent } from '@cookiekit/vue';
import { renderToString } from 'vue/server-renderer';
import { createShopApp, route } from './App';

export { base } from './kit';

/** What the server puts into the page template. */
export interface RenderResult {
  /** The app's markup, for `<div id="app">`. */
  readonly html: string;
  /** For `<head>`: the title and the serialized `initialConsent` the client hydrates with. */
  readonly head: string;
  /** 200, or 404 for an unknown path. */
  readonly status: number;
}

// JSON inside <script>: `<` escaped so no text can close the element (C24).
const json = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

const TITLES = { product: 'Smartbump shop', policy: 'Cookie policy · Smartbump shop', 'not-found': 'Not found · Smartbump shop' };

/**
 * Renders a page of the shop on the server with the request's consent inputs, so the first HTML
 * already shows the banner to a first visitor and never to a returning one. One app and one kit
 * per call. Asynchronous, as Vue's `renderToString` is.
 *
 * @example
 * ```ts
 * const { html, head } = await render(req.url, req.cookiekit.initialConsent);
 * ```
 */
export async function render(url: string, initialConsent: InitialConsent): Promise<RenderResult> {
  const page = route(url);
  const html = await renderToString(createShopApp(url, initialConsent));
  const head =
    `<title>${TITLES[page]}</title>\n` +
    `<script type="application/json" id="ck-initial-consent">${json(initialConsent)}</script>`;
  return { html, head, status: page === 'not-found' ? 404 : 200 };
}
