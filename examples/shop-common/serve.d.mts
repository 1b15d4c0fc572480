import type { Server } from 'node:http';
import type { ShopHandler, ShopHandlerOptions } from './mount.mjs';

export interface ServeShopOptions {
  /** The shop's name, for the log line. */
  readonly name: string;
  /** The shop's folder, as a URL ending in `/` (its `index.html` is read from there in dev). */
  readonly root: URL;
  /** The port when PORT is unset. */
  readonly port: number;
  /** The server entry Vite loads from source in dev, such as `/src/entry-server.ts`. */
  readonly entryServer: string;
  /** The shop's handler for its build (`--prod`). */
  readonly createShopHandler: (options: ShopHandlerOptions) => Promise<ShopHandler>;
  /** Loads the shop's own Vite (`() => import('vite')`), for dev. */
  readonly vite: () => Promise<{ createServer: (config: object) => Promise<unknown> }>;
}

/** Runs the shop alone on node:http behind @cookiekit/server: Vite from source, or the build with `--prod`. */
export declare function serveShop(options: ServeShopOptions): Promise<Server>;
