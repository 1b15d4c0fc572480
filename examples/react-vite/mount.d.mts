import type { ShopBuild, ShopHandler, ShopHandlerOptions } from 'shop-common';

export { contentSecurityPolicy, fillTemplate, newNonce } from 'shop-common';

/** The built client: static assets and the page template (`index.html`). */
export declare const clientDir: string;
/** The built server entry: `render(url, initialConsent) -> { html, head, status }` and `base`. */
export declare const serverEntry: string;

/** A node:http / connect handler serving the built shop under its base path; another build may be named. */
export declare function createShopHandler(options?: ShopHandlerOptions & Partial<ShopBuild>): Promise<ShopHandler>;
