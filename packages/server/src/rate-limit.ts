/** Options of the consent API's rate limit. */
export interface RateLimitOptions {
  /** Requests a client may make per window. Default 30. */
  readonly max?: number;
  /** The window, in seconds. Default 60. */
  readonly windowSeconds?: number;
  /** Clients remembered at once (oldest forgotten first). Default 10,000. */
  readonly maxClients?: number;
}

/** What a rate limiter says of one request. */
export type RateLimitResult = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

/** A fixed-window rate limiter keyed by a client id it never stores in the clear. */
export interface RateLimiter {
  hit(client: string): Promise<RateLimitResult>;
  /** How many clients are remembered now. */
  readonly size: number;
}

const hex = (buffer: ArrayBuffer): string =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * A rate limiter in memory. Client ids (such as IP addresses) are kept only as an HMAC-SHA-256
 * with a random key made when the limiter is created and never written anywhere, so no raw
 * address is stored and keys do not survive a restart. At most `maxClients` are remembered.
 *
 * @example
 * ```ts
 * const limiter = createRateLimiter({ max: 30, windowSeconds: 60 });
 * const r = await limiter.hit(address);
 * if (!r.ok) reply(429, { 'retry-after': String(r.retryAfterSeconds) });
 * ```
 */
export function createRateLimiter(options: RateLimitOptions = {}, now: () => number = Date.now): RateLimiter {
  const max = Math.max(1, Math.floor(options.max ?? 30));
  const windowMs = Math.max(1, options.windowSeconds ?? 60) * 1000;
  const maxClients = Math.max(1, Math.floor(options.maxClients ?? 10_000));
  const windows = new Map<string, { count: number; resetAt: number }>();
  const key = crypto.subtle.importKey(
    'raw',
    crypto.getRandomValues(new Uint8Array(32)),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );

  const forgetExpired = (t: number) => {
    for (const [id, w] of windows) if (w.resetAt <= t) windows.delete(id);
  };

  return {
    get size() {
      return windows.size;
    },
    async hit(client) {
      const id = hex(await crypto.subtle.sign('HMAC', await key, new TextEncoder().encode(client))).slice(0, 32);
      const t = now();
      let w = windows.get(id);
      if (!w || w.resetAt <= t) {
        if (w) windows.delete(id);
        if (windows.size >= maxClients) {
          forgetExpired(t);
          // Still full: forget the oldest (Map keeps insertion order).
          while (windows.size >= maxClients) windows.delete(windows.keys().next().value!);
        }
        w = { count: 0, resetAt: t + windowMs };
        windows.set(id, w);
      }
      w.count++;
      if (w.count <= max) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((w.resetAt - t) / 1000)) };
    },
  };
}
