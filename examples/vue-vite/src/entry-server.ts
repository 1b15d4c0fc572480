import type { InitialConsent } from '@cookiekit/vue';
import { renderToString } from 'vue/server-renderer';
import { createShopApp, route } from './App';
import { catalogFor } from 'shop-common/catalogs';
import { pageFrame, type RenderResult } from 'shop-common/page';

export { base } from './kit';
export type { RenderResult };

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
export async function render(url: string, initialConsent: InitialConsent, lang = 'en'): Promise<RenderResult> {
  const page = route(url);
  const html = await renderToString(createShopApp(url, initialConsent, catalogFor(lang)));
  return { html, ...pageFrame(page, initialConsent, catalogFor(lang)) };
}
