import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Language } from '@cookiekit/core/locales';

/** The shop's static files (gated stand-in scripts, the embed): each shop's Vite `publicDir`. */
export declare const publicDir: string;
/** The strict Content-Security-Policy a page is sent with, scripts allowed by `nonce` only (C23). */
export declare function contentSecurityPolicy(nonce: string): string;
/** A fresh nonce per response: 16 random bytes, base64. */
export declare function newNonce(): string;

/**
 * Puts a render result into the page template; with a `nonce`, the template's own scripts get it;
 * with a `language`, `<html lang dir>` names it.
 */
export declare function fillTemplate(
  template: string,
  page: { readonly head?: string; readonly html: string },
  nonce?: string,
  language?: Language,
): string;

/** The language of a page request: `?lang=`, else the `django_language` cookie, else Accept-Language. */
export declare function nodeRequestLanguage(req: IncomingMessage): Language;

/** A node:http / connect request handler; unknown paths go to `next` when given. */
export type ShopHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

export interface ShopHandlerOptions {
  /** The path the shop is mounted under; default (and it must equal) the base it was built with. */
  readonly base?: string;
  /** Send the strict Content-Security-Policy, with a fresh script nonce, with each page; default `true`. */
  readonly csp?: boolean;
}

export interface ShopBuild {
  /** The client build: static assets and the page template (`index.html`). */
  readonly clientDir: string;
  /** The server build: exports `base` and `render(url, initialConsent, lang)` giving `{ html, head, status }`. */
  readonly serverEntry: string;
}

/** A node:http / connect handler serving a built shop under its base path. */
export declare function createShopHandler(options: ShopHandlerOptions & ShopBuild): Promise<ShopHandler>;
