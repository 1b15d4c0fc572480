import type { ConsentApiOptions, CookieKitLogger } from '@cookiekit/server';
import type { Express } from 'express';

/** Options of `createExpressShop`. */
export interface ExpressShopOptions {
  /** Where the shop lives, starting and ending with `/`; default `/`. */
  readonly base?: string;
  /** The consent API (`/api/consent`); off unless given (the demo answers it itself). */
  readonly consentApi?: ConsentApiOptions;
  /** cookiekit's log lines; default `console`. */
  readonly logger?: CookieKitLogger;
}

/** The Express 5 shop with Eta templates and the server-rendered consent UI, serving under `base`. */
export declare function createExpressShop(options?: ExpressShopOptions): Express;
