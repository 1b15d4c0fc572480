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
  private proxy: GuardProxy | undefined;

  /** Throws a `TypeError` when an allowed origin is not a URL. */
  constructor(origin: string, allowOrigins: readonly string[] = []) {
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
    const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: false, proxy: { server: this.proxy.url } });
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
    });
    return context;
  }

  /** Why the proxy could not reach `host` (`cannot connect to … (ECONNREFUSED)`), if it tried and failed. */
  unreachable(host: string): string | undefined {
    const code = this.proxy?.failures.get(host);
    return code ? `cannot connect to ${host} (${code})` : undefined;
  }

  /** Every request made so far, in order. */
  requestLog(): RequestLogEntry[] {
    return [...this.requests.entries()].map(([request, entry]) => ({ ...entry, blocked: this.blocked.has(request) }));
  }

  async close(): Promise<void> {
    await this.proxy?.close();
  }
}
