// Mounts the built shop (`pnpm build`) on any node:http or connect server: the demo server
// imports this. Serving, the page template and the CSP are shop-common's; this names the build.
import { fileURLToPath } from 'node:url';
import { createShopHandler as createHandler } from 'shop-common';

export { contentSecurityPolicy, fillTemplate, newNonce } from 'shop-common';

/** The built client: static assets and the page template (`index.html`). */
export const clientDir = fileURLToPath(new URL('./dist/client/', import.meta.url));
/** The built server entry: `render(url, initialConsent) -> { html, head, status }` and `base`. */
export const serverEntry = fileURLToPath(new URL('./dist/server/entry-server.js', import.meta.url));

/**
 * A node:http / connect handler for the built shop (shop-common's `createShopHandler`).
 *
 * - `base`: the path the shop is mounted under; default the base it was built with.
 * - `csp`: send the strict Content-Security-Policy with a fresh script nonce; default `true`.
 * - `clientDir`, `serverEntry`: serve another build of the shop than `dist/` (the demo builds
 *   one for a sub-path).
 */
export function createShopHandler(options = {}) {
  return createHandler({ clientDir, serverEntry, ...options });
}
