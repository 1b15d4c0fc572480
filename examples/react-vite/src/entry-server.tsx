import type { InitialConsent } from '@cookiekit/react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App, route } from './App';
import { catalogFor } from 'shop-common/catalogs';
import { pageFrame, type RenderResult } from 'shop-common/page';

export { base } from './kit';
export type { RenderResult };

/**
 * Renders a page of the shop on the server with the request's consent inputs, so the first HTML
 * already shows the banner to a first visitor and never to a returning one, in the request's
 * language (a shipped tag, negotiated by the caller).
 *
 * @example
 * ```ts
 * const { html, head } = render(req.url, req.cookiekit.initialConsent);
 * ```
 */
export function render(url: string, initialConsent: InitialConsent, lang = 'en'): RenderResult {
  const page = route(url);
  const html = renderToString(
    <StrictMode>
      <App url={url} initialConsent={initialConsent} messages={catalogFor(lang)} />
    </StrictMode>,
  );
  return { html, ...pageFrame(page, initialConsent, catalogFor(lang)) };
}
