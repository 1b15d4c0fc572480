import type { Browser, BrowserContext, Request } from 'playwright-core';
import { startGuardProxy, type GuardProxy } from '../proxy';
import type { RequestLogEntry } from './types';

/**
 * The network boundary of a visit: only the site's origin (and the origins allowed besides) may
 * be contacted. Requests to any other origin are refused inside the browser, and every socket
 * goes through the guard proxy, so not even a preconnect reaches another host. Every request
 * made is logged, blocked or not.
 */
export class NetworkGuard {
  private readonly allowed: ReadonlySet<string>;
  private readonly allowedHosts: ReadonlySet<string>;
  private readonly requests = new Map<Request, { url: string; method: string; resourceType: string }>();
  private readonly blocked = new Set<Request>();
  /** The latest top-level navigation started at each URL, at its last redirect. */
  private readonly navigations = new Map<string, Request>();
  private proxy: GuardProxy | undefined;
  private readonly ignoreHttpsErrors: boolean;

  /** Throws a `TypeError` when an allowed origin is not a URL. */
  constructor(origin: string, allowOrigins: readonly string[] = [], options: { readonly ignoreHttpsErrors?: boolean } = {}) {
    this.ignoreHttpsErrors = options.ignoreHttpsErrors === true;
    this.allowed = new Set([origin, ...allowOrigins.map((o) => new URL(o).origin)]);
    this.allowedHosts = new Set([...this.allowed].map((o) => new URL(o).host));
  }

  /** Whether the browser may contact `url`. */
  readonly isAllowed = (url: string): boolean => {
    try {
      const u = new URL(url);
      if (u.protocol === 'http:' || u.protocol === 'https:') return this.allowed.has(u.origin);
      if (u.protocol === 'ws:' || u.protocol === 'wss:') return this.allowedHosts.has(u.host);
      return true; // data:, blob:, about: never leave the browser
    } catch {
      return false;
    }
  };

  /** A fresh browser context (no cookie, no storage) inside the boundary. */
  async newContext(browser: Browser): Promise<BrowserContext> {
    this.proxy ??= await startGuardProxy(this.isAllowed);
    // Every socket goes through the guard proxy (loopback included), so not even a preconnect
    // reaches another host.
    // Service workers may register (they are storage a site owner declares); their requests go
    // through the same proxy, so they cannot leave the origin either.
    const context = await browser.newContext({
      serviceWorkers: 'allow',
      acceptDownloads: false,
      proxy: { server: this.proxy.url },
      ...(this.ignoreHttpsErrors ? { ignoreHTTPSErrors: true } : {}),
    });
    await context.route('**/*', async (route) => {
      const request = route.request();
      if (this.isAllowed(request.url())) return route.continue();
      this.blocked.add(request);
      return route.abort('blockedbyclient');
    });
    await context.routeWebSocket(/.*/, (ws) => {
      if (this.isAllowed(ws.url())) ws.connectToServer();
      else void ws.close({ code: 1008, reason: 'blocked by cookiekit' });
    });
    context.on('request', (request) => {
      if (/^(https?|wss?):/.test(request.url())) {
        this.requests.set(request, { url: request.url(), method: request.method(), resourceType: request.resourceType() });
      }
      if (request.isNavigationRequest() && isTopFrame(request)) {
        let first = request;
        while (first.redirectedFrom()) first = first.redirectedFrom()!;
        this.navigations.set(first.url(), request);
      }
    });
    return context;
  }

  /** Why the proxy could not reach `host` (`cannot connect to … (ECONNREFUSED)`), if it tried and failed. */
  unreachable(host: string): string | undefined {
    const code = this.proxy?.failures.get(host);
    return code ? `cannot connect to ${host} (${code})` : undefined;
  }

  /**
   * The origin a top-level navigation to `url` was last redirected to, when that origin is not
   * allowed: the guard proxy refused it (a redirect is not seen by the browser's own filter).
   */
  blockedRedirect(url: string): string | undefined {
    const last = this.navigations.get(url);
    if (!last || this.isAllowed(last.url())) return undefined;
    try {
      return new URL(last.url()).origin;
    } catch {
      return last.url();
    }
  }

  /** Every request made so far, in order; one to another origin is blocked, by the browser or by the guard proxy. */
  requestLog(): RequestLogEntry[] {
    return [...this.requests.entries()].map(([request, entry]) => {
      const blocked = this.blocked.has(request) || !this.isAllowed(entry.url);
      const from = blocked ? request.redirectedFrom()?.url() : undefined;
      return { ...entry, blocked, ...(from ? { redirectFrom: from } : {}) };
    });
  }

  /** URLs and `host:port` tunnels the guard proxy refused. */
  refusedByProxy(): readonly string[] {
    return this.proxy?.refused ?? [];
  }

  async close(): Promise<void> {
    await this.proxy?.close();
  }
}

function isTopFrame(request: Request): boolean {
  try {
    return request.frame().parentFrame() === null;
  } catch {
    return false; // a service worker's request has no frame
  }
}
