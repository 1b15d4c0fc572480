import type { IncomingMessage, ServerResponse } from 'node:http';

/** The built client: static assets and the page template (`index.html`). */
export declare const clientDir: string;
/** The built server entry: `render(url, initialConsent) -> { html, head, status }` and `base`. */
export declare const serverEntry: string;
/** The strict Content-Security-Policy a page is sent with, scripts allowed by `nonce` only (C23). */
export declare function contentSecurityPolicy(nonce: string): string;
/** A fresh nonce per response: 16 random bytes, base64. */
export declare function newNonce(): string;

/** Puts a render result into the page template; with a `nonce`, the template's own scripts get it. */
export declare function fillTemplate(
  template: string,
  page: { readonly head?: string; readonly html: string },
  nonce?: string,
): string;

export interface ShopHandlerOptions {
  /** The path the shop is mounted under; default (and it must equal) the base it was built with. */
  readonly base?: string;
  /** Send the strict Content-Security-Policy, with a fresh script nonce, with each page; default `true`. */
  readonly csp?: boolean;
}

/** A node:http / connect handler serving the built shop under its base path. */
export declare function createShopHandler(
  options?: ShopHandlerOptions,
): Promise<(req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void>;
