import type { InitialConsent } from '@cookiekit/react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App, route } from './App';

export { base } from './kit';

/** What the server puts into the page template. */
export interface RenderResult {
  /** The app's markup, for `<div id="root">`. */
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
 * already shows the banner to a first visitor and never to a returning one.
 *
 * @example
 * ```ts
 * const { html, head } = render(req.url, req.cookiekit.initialConsent);
 * ```
 */
export function render(url: string, initialConsent: InitialConsent): RenderResult {
  const page = route(url);
  const html = renderToString(
    <StrictMode>
      <App url={url} initialConsent={initialConsent} />
    </StrictMode>,
  );
  const head =
    `<title>${TITLES[page]}</title>\n` +
    `<script type="application/json" id="ck-initial-consent">${json(initialConsent)}</script>`;
  return { html, head, status: page === 'not-found' ? 404 : 200 };
}
