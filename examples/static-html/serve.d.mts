import type { IncomingMessage, ServerResponse } from 'node:http';

/** The CSP of the static site: scripts, styles, frames and fetches from its own origin only. */
export declare const CONTENT_SECURITY_POLICY: string;
/** A node:http handler serving the built site under `base` (default `/`); `next()` for other paths. */
export declare function createStaticHandler(options?: {
  base?: string;
}): (req: IncomingMessage, res: ServerResponse, next: () => void) => Promise<void>;
