import { canonicalJson, type ConsentSink, type CookiePolicy } from '@cookiekit/core';
import { checkWellFormedRecord, receivedRecord } from '@cookiekit/core/check';
import { createRateLimiter, type RateLimitOptions } from './rate-limit';
import type { HeaderSource } from './signals';
import type { RequestConsent } from './request-consent';

/** Options of the consent API (`POST /api/consent`, `GET /api/consent/:subjectId`). */
export interface ConsentApiOptions {
  /** Where records go: `memorySink()` for development, `@cookiekit/consent-log` in production. */
  readonly sink: ConsentSink;
  /** Default `/api/consent`. */
  readonly path?: string;
  /** Largest accepted body in bytes; larger gets 413. Default 8192. */
  readonly maxBodyBytes?: number;
  /**
   * Origins allowed besides the request's own host (exact, such as `https://shop.example`).
   * Default none: same-origin only.
   */
  readonly allowedOrigins?: readonly string[];
  /** Per-client limit on both routes; `false` turns it off. Default 30 requests per 60 s. */
  readonly rateLimit?: RateLimitOptions | false;
  /**
   * `Retry-After` of a 503 when the sink fails, in seconds. Default 10. A sink error that carries
   * a 4xx `status` (or `statusCode`), such as `@cookiekit/consent-log`'s `ConsentLogInputError`
   * (400), is answered with that status instead: retrying cannot help.
   */
  readonly retryAfterSeconds?: number;
  /** How long to wait for the sink before answering 503. Default 10,000 ms. */
  readonly sinkTimeoutMs?: number;
  /**
   * How long a request body may take to arrive, from when the route starts reading it; a body
   * still unfinished then is answered 408 and its connection closed. Default 10,000 ms.
   */
  readonly bodyTimeoutMs?: number;
  /**
   * The most request bodies read at once (a slow client holds one while it trickles in); past
   * it, 503 with `Retry-After` at once, so slow clients cannot pin the server's memory and
   * sockets. Default 256.
   */
  readonly maxPendingBodies?: number;
  /** Earlier policies whose revisions are still accepted (a page loaded before a deploy). */
  readonly previousPolicies?: readonly CookiePolicy[];
  /**
   * The client id to rate-limit on; default the socket's address as the adapter sees it
   * (Express `req.ip`, Fastify `request.ip`). Behind a proxy, return the forwarded address.
   * It is only ever kept as a salted hash.
   */
  readonly clientKey?: (request: { readonly headers: HeaderSource; readonly address: string | undefined }) => string | undefined;
}

/** A response the framework-free core produced; each adapter writes it its own way. */
export interface CookieKitResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** @deprecated Use `CookieKitResponse`; the old spelling is removed in 1.0. */
export type CookiekitResponse = CookieKitResponse;

/** The request body as an adapter could read it, up to a limit. */
export type BodyResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'too-large' | 'unreadable' };

/** What the core's routes need of a request. */
export interface RouteRequest<P extends CookiePolicy = CookiePolicy> {
  readonly method: string;
  readonly headers: HeaderSource;
  readonly consent: RequestConsent<P>;
  /** The host the request was sent to, with its port (default the `Host` header). */
  readonly host?: string;
  /** The client's network address; only hashed, for rate limiting. */
  readonly address?: string;
  /**
   * Reads the body, giving up past `limit` bytes, or (without answer) once `signal` aborts. Once
   * the read settles, remove what was added to `signal`: a signal that did not abort is handed to
   * a later read.
   */
  readBody(limit: number, signal?: AbortSignal): Promise<BodyResult>;
}

/** The headers every API answer carries: one frozen object, shared by the answers without extra headers. */
const JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
});

/** A JSON answer with the headers every API answer carries. */
export function jsonResponse(status: number, value: unknown, extra?: Record<string, string>): CookieKitResponse {
  return { status, headers: extra === undefined ? JSON_HEADERS : { ...JSON_HEADERS, ...extra }, body: JSON.stringify(value) };
}

const problem = (status: number, error: string, message: string, extra?: Record<string, string>) =>
  jsonResponse(status, { error, message }, extra);

/** Whether a request comes from the same origin (or an allowed one): `Origin` first, else `Sec-Fetch-Site`. */
export function sameOrigin(headers: HeaderSource, host: string | undefined, allowedOrigins: ReadonlySet<string>): boolean {
  const origin = headers.get('origin');
  if (origin == null) return headers.get('sec-fetch-site') === 'same-origin';
  if (allowedOrigins.has(origin)) return true;
  if (!host) return false;
  // A site sees a handful of (Origin, Host) pairs, and parsing both as URLs for each record was a
  // measurable part of the consent API's cost: the answers are remembered, a bounded few.
  const key = origin.length + host.length <= 512 ? `${origin}\n${host}` : undefined;
  const known = key === undefined ? undefined : sameOriginAnswers.get(key);
  if (known !== undefined) return known;
  let same: boolean;
  try {
    const url = new URL(origin);
    same = (url.protocol === 'https:' || url.protocol === 'http:') && url.host === new URL(`${url.protocol}//${host}`).host;
  } catch {
    same = false;
  }
  if (key !== undefined) {
    if (sameOriginAnswers.size >= 256) sameOriginAnswers.clear();
    sameOriginAnswers.set(key, same);
  }
  return same;
}
const sameOriginAnswers = new Map<string, boolean>();

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The hash stored with each record as proof of the policy shown: SHA-256 (hex) of the policy's
 * canonical JSON (core `canonicalJson`), the same wherever it is computed.
 *
 * @example
 * ```ts
 * const hash = await policyHash(policy); // '3f1c…'
 * ```
 */
export function policyHash(policy: CookiePolicy): Promise<string> {
  return sha256Hex(canonicalJson(policy));
}

/** `promise`, or a rejection once `ms` passed without its answer (one promise and one timer, no race). */
function timeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`cookiekit: consent sink did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * The 4xx status a sink's error carries (`status`, else `statusCode`), as
 * `@cookiekit/consent-log`'s errors do: the sink refuses the input, so a retry cannot help.
 * `undefined` for anything else, which is temporary (503).
 */
export function sinkRefusal(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const code = status ?? statusCode;
  return typeof code === 'number' && Number.isInteger(code) && code >= 400 && code <= 499 ? code : undefined;
}

/** The consent API's two handlers, built once per server. */
export interface ConsentApi {
  readonly path: string;
  post(req: RouteRequest): Promise<CookieKitResponse>;
  history(req: RouteRequest, subject: string): Promise<CookieKitResponse>;
}

export function createConsentApi(
  policy: CookiePolicy,
  options: ConsentApiOptions,
  log: { error(message: string): void },
  now: () => number,
): ConsentApi {
  const { sink } = options;
  const maxBody = options.maxBodyBytes ?? 8192;
  const retryAfter = String(options.retryAfterSeconds ?? 10);
  const sinkTimeout = options.sinkTimeoutMs ?? 10_000;
  const bodyTimeout = options.bodyTimeoutMs ?? 10_000;
  const maxPendingBodies = options.maxPendingBodies ?? 256;
  if (!(bodyTimeout > 0)) throw new Error('cookiekit: consentApi.bodyTimeoutMs must be a positive number of ms');
  if (!(Number.isInteger(maxPendingBodies) && maxPendingBodies >= 1)) throw new Error('cookiekit: consentApi.maxPendingBodies must be a positive integer');
  let pendingBodies = 0;
  const allowed = new Set(options.allowedOrigins ?? []);
  const limiter = options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit, now);
  // What a record is checked against, per accepted revision, built once: its ids, and its hash
  // (computed on first use, then kept as a string, so a request does not wait on it).
  interface Revision {
    readonly categoryIds: ReadonlySet<string>;
    readonly serviceIds: ReadonlySet<string>;
    hash: string | Promise<string> | undefined;
    readonly policy: CookiePolicy;
  }
  const revisions = new Map<string, Revision>();
  for (const p of [...(options.previousPolicies ?? []), policy]) {
    revisions.set(p.revision, {
      policy: p,
      categoryIds: new Set(p.categories.map((c) => c.id)),
      serviceIds: new Set(p.services.map((s) => s.id)),
      hash: undefined,
    });
  }
  const hashOf = (r: Revision): string | Promise<string> => {
    if (r.hash === undefined) {
      const hashing = policyHash(r.policy);
      r.hash = hashing;
      hashing.then(
        (hex) => (r.hash = hex),
        () => (r.hash = undefined),
      );
    }
    return r.hash;
  };
  // `receivedAt` as text, computed once per millisecond.
  let lastMs = Number.NaN;
  let lastIso = '';
  const isoAt = (ms: number) => {
    if (ms !== lastMs) {
      lastIso = new Date(ms).toISOString();
      lastMs = ms;
    }
    return lastIso;
  };
  // Body reads' abort controllers: one whose signal never aborted serves the next read (the
  // adapters remove their abort listener once a read settles); only a read given up on costs
  // a new one. At most `maxPendingBodies` are in use at once, so the pool is bounded by it.
  const controllers: AbortController[] = [];

  /** The answer to a sink failure: the 4xx it carries, else 503 with `Retry-After`. Logged either way. */
  function sinkFailed(error: unknown, what: string, unavailable: string): CookieKitResponse {
    const message = error instanceof Error ? error.message : String(error);
    const refusal = sinkRefusal(error);
    if (refusal !== undefined) {
      log.error(`cookiekit: consent sink refused ${what} (${refusal}): ${message}`);
      // 408 and 429 are worth retrying (the browser's sender does): say when.
      const extra = refusal === 408 || refusal === 429 ? { 'retry-after': retryAfter } : undefined;
      return problem(refusal, 'sink-refused', `the consent log refused ${what}: ${message.slice(0, 300)}`, extra);
    }
    log.error(`cookiekit: consent sink failed: ${message}`);
    return problem(503, 'sink-unavailable', unavailable, {
      'retry-after': retryAfter,
    });
  }

  async function limited(req: RouteRequest, limiter: NonNullable<ReturnType<typeof createRateLimiter>>): Promise<CookieKitResponse | undefined> {
    const client = options.clientKey?.({ headers: req.headers, address: req.address }) ?? req.address ?? 'unknown';
    const r = await limiter.hit(client);
    return r.ok
      ? undefined
      : problem(429, 'rate-limited', 'too many consent requests from this client; retry later', {
          'retry-after': String(r.retryAfterSeconds),
        });
  }

  /** The body within `bodyTimeoutMs`, with at most `maxPendingBodies` read at once (`busy` past it). */
  function readBodyInTime(req: RouteRequest): Promise<BodyResult | 'timeout'> | 'busy' {
    if (pendingBodies >= maxPendingBodies) return 'busy';
    pendingBodies++;
    const abort = controllers.pop() ?? new AbortController();
    return new Promise((resolve, reject) => {
      let settled = false;
      // Only a body given up on is stopped (aborting one already read would build an
      // `AbortError`, a DOMException, for nothing); its controller is not used again.
      const stop = () => {
        settled = true;
        clearTimeout(timer);
        pendingBodies--;
        abort.abort();
      };
      const timer = setTimeout(() => {
        if (settled) return;
        stop();
        resolve('timeout');
      }, bodyTimeout);
      const failed = (error: unknown) => {
        if (settled) return;
        stop();
        reject(error);
      };
      let reading: Promise<BodyResult>;
      try {
        reading = req.readBody(maxBody, abort.signal);
      } catch (error) {
        failed(error);
        return;
      }
      reading.then((result) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        pendingBodies--;
        controllers.push(abort);
        resolve(result);
      }, failed);
    });
  }

  async function post(req: RouteRequest): Promise<CookieKitResponse> {
    if (!sameOrigin(req.headers, req.host ?? req.headers.get('host') ?? undefined, allowed)) {
      return problem(403, 'forbidden-origin', 'the consent API only accepts requests from this site (Origin check)');
    }
    if (limiter) {
      const limit = await limited(req, limiter);
      if (limit) return limit;
    }
    const declared = Number(req.headers.get('content-length') ?? 0);
    if (declared > maxBody) {
      return problem(413, 'too-large', `a consent record is at most ${maxBody} bytes`, { connection: 'close' });
    }
    const reading = readBodyInTime(req);
    const body = reading === 'busy' ? reading : await reading;
    if (body === 'busy') {
      return problem(503, 'busy', 'too many consent requests are being received; retry later', { 'retry-after': retryAfter, connection: 'close' });
    }
    if (body === 'timeout') {
      return problem(408, 'body-timeout', `the request body did not arrive within ${bodyTimeout} ms`, { connection: 'close' });
    }
    if (!body.ok) {
      return body.reason === 'too-large'
        ? problem(413, 'too-large', `a consent record is at most ${maxBody} bytes`, { connection: 'close' })
        : problem(400, 'unreadable-body', 'the request body could not be read as UTF-8 text');
    }
    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      return problem(400, 'invalid-json', 'the body is not JSON; send a consent record as application/json');
    }
    // The core's check (C9): the schema, and every key sent must come through (`__proto__` and
    // other non-ids are refused, not skipped). A sink can tell the record was checked here.
    // A record that is not well-formed is judged and explained by zod's schema, loaded then (an
    // import a bundler follows, so a bundled server explains too).
    const checked = checkWellFormedRecord(json) ?? (await import('@cookiekit/core/schema')).checkConsentRecord(json);
    if (!checked.ok) {
      const detail = checked.issues
        .slice(0, 5)
        .map((i) => `${i.path || '(record)'}: ${i.message}`)
        .join('; ');
      return problem(400, 'invalid-record', `not a consent record: ${detail}`);
    }
    const record = checked.record;
    const known = revisions.get(record.revision);
    if (!known) {
      return problem(400, 'unknown-revision', `policy revision "${record.revision}" is not one this server knows`);
    }
    const unknownCategory = Object.keys(record.categories).find((id) => !known.categoryIds.has(id));
    const unknownService = Object.keys(record.services).find((id) => !known.serviceIds.has(id));
    if (unknownCategory !== undefined || unknownService !== undefined) {
      const what = unknownCategory !== undefined ? `category "${unknownCategory}"` : `service "${unknownService}"`;
      return problem(400, 'unknown-id', `${what} is not in policy revision "${record.revision}"`);
    }
    let duplicate: boolean;
    try {
      // Under a policy with regions, the proof says which regime applied and where the visitor was
      // (country and subdivision only, as the trusted edge headers gave them), decided here, not by the browser (C25).
      const regime = req.consent.signals.regime;
      const region = regime ? req.consent.region : undefined;
      const hash = hashOf(known);
      const stored = receivedRecord(record, {
        receivedAt: isoAt(now()),
        policyHash: typeof hash === 'string' ? hash : await hash,
        regime: regime || undefined,
        region: region || undefined,
      });
      duplicate = (await timeout(sink.append(stored), sinkTimeout)).duplicate;
    } catch (error) {
      return sinkFailed(error, 'the record', 'the consent record could not be stored; retry later');
    }
    return duplicate
      ? jsonResponse(200, { recordId: record.recordId, duplicate: true })
      : jsonResponse(201, { recordId: record.recordId });
  }

  async function history(req: RouteRequest, subject: string): Promise<CookieKitResponse> {
    if (limiter) {
      const limit = await limited(req, limiter);
      if (limit) return limit;
    }
    if (req.consent.stored?.subject !== subject) {
      return problem(403, 'forbidden-subject', "a subject's history is only shown to the browser whose consent cookie carries it");
    }
    try {
      const records = await timeout(sink.history(subject), sinkTimeout);
      return jsonResponse(200, { subject, records });
    } catch (error) {
      return sinkFailed(error, 'the history', 'the consent history could not be read; retry later');
    }
  }

  return { path: options.path ?? '/api/consent', post, history };
}
