import { canonicalJson, type ConsentRecord, type ConsentSink, type CookiePolicy, type StoredConsentRecord } from '@cookiekit/core';
import { consentRecordSchema } from '@cookiekit/core/schema';
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
  /** Reads the body, giving up past `limit` bytes, or (without answer) once `signal` aborts. */
  readBody(limit: number, signal?: AbortSignal): Promise<BodyResult>;
}

/** A JSON answer with the headers every API answer carries. */
export function jsonResponse(status: number, value: unknown, extra: Record<string, string> = {}): CookieKitResponse {
  return {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...extra,
    },
    body: JSON.stringify(value),
  };
}

const problem = (status: number, error: string, message: string, extra?: Record<string, string>) =>
  jsonResponse(status, { error, message }, extra);

/** Whether a request comes from the same origin (or an allowed one): `Origin` first, else `Sec-Fetch-Site`. */
export function sameOrigin(headers: HeaderSource, host: string | undefined, allowedOrigins: ReadonlySet<string>): boolean {
  const origin = headers.get('origin');
  if (origin == null) return headers.get('sec-fetch-site') === 'same-origin';
  if (allowedOrigins.has(origin)) return true;
  if (!host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.host === new URL(`${url.protocol}//${host}`).host;
  } catch {
    return false;
  }
}

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

function timeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`cookiekit: consent sink did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
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

/**
 * The first key of the body's `categories` or `services` that the parsed record lacks, as
 * `categories.<key>`: a key the schema skipped rather than refused.
 */
function droppedKey(raw: Record<string, unknown>, parsed: { categories: object; services: object }): string | undefined {
  for (const field of ['categories', 'services'] as const) {
    const sent = raw[field] as Record<string, unknown>;
    const kept = parsed[field];
    for (const key of Object.keys(sent)) {
      if (!Object.prototype.hasOwnProperty.call(kept, key)) return `${field}.${JSON.stringify(key).slice(1, -1).slice(0, 64)}`;
    }
  }
  return undefined;
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
  const policies = new Map<string, CookiePolicy>();
  for (const p of options.previousPolicies ?? []) policies.set(p.revision, p);
  policies.set(policy.revision, policy);
  const hashes = new Map<string, Promise<string>>();
  const hashOf = (p: CookiePolicy) => {
    let h = hashes.get(p.revision);
    if (!h) hashes.set(p.revision, (h = policyHash(p)));
    return h;
  };

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

  async function limited(req: RouteRequest): Promise<CookieKitResponse | undefined> {
    if (!limiter) return undefined;
    const client = options.clientKey?.({ headers: req.headers, address: req.address }) ?? req.address ?? 'unknown';
    const r = await limiter.hit(client);
    return r.ok
      ? undefined
      : problem(429, 'rate-limited', 'too many consent requests from this client; retry later', {
          'retry-after': String(r.retryAfterSeconds),
        });
  }

  /** The body within `bodyTimeoutMs`, with at most `maxPendingBodies` read at once. */
  async function readBodyInTime(req: RouteRequest): Promise<BodyResult | 'busy' | 'timeout'> {
    if (pendingBodies >= maxPendingBodies) return 'busy';
    pendingBodies++;
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let outcome: BodyResult | 'timeout' | undefined;
    try {
      outcome = await Promise.race([
        req.readBody(maxBody, abort.signal),
        new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), bodyTimeout);
        }),
      ]);
      return outcome;
    } finally {
      clearTimeout(timer);
      // Only a body given up on is stopped: aborting one already read would build an
      // `AbortError` (a DOMException, costly) for nothing on every request.
      if (outcome === undefined || outcome === 'timeout') abort.abort();
      pendingBodies--;
    }
  }

  async function post(req: RouteRequest): Promise<CookieKitResponse> {
    if (!sameOrigin(req.headers, req.host ?? req.headers.get('host') ?? undefined, allowed)) {
      return problem(403, 'forbidden-origin', 'the consent API only accepts requests from this site (Origin check)');
    }
    const limit = await limited(req);
    if (limit) return limit;
    const declared = Number(req.headers.get('content-length') ?? 0);
    if (declared > maxBody) {
      return problem(413, 'too-large', `a consent record is at most ${maxBody} bytes`, { connection: 'close' });
    }
    const body = await readBodyInTime(req);
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
    const parsed = consentRecordSchema.safeParse(json);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.map(String).join('.') || '(record)'}: ${i.message}`)
        .join('; ');
      return problem(400, 'invalid-record', `not a consent record: ${detail}`);
    }
    // The schema's records drop a key such as `__proto__` (JSON.parse makes it an own property)
    // instead of refusing it: every key the client sent must have come through.
    const dropped = droppedKey(json as Record<string, unknown>, parsed.data);
    if (dropped !== undefined) {
      return problem(400, 'invalid-record', `not a consent record: ${dropped}: must be a category or service id`);
    }
    const record = parsed.data as ConsentRecord;
    const recordPolicy = policies.get(record.revision);
    if (!recordPolicy) {
      return problem(400, 'unknown-revision', `policy revision "${record.revision}" is not one this server knows`);
    }
    const categoryIds = new Set(recordPolicy.categories.map((c) => c.id));
    const serviceIds = new Set(recordPolicy.services.map((s) => s.id));
    const unknownCategory = Object.keys(record.categories).find((id) => !categoryIds.has(id));
    const unknownService = Object.keys(record.services).find((id) => !serviceIds.has(id));
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
      const stored: StoredConsentRecord = {
        ...record,
        receivedAt: new Date(now()).toISOString(),
        policyHash: await hashOf(recordPolicy),
        ...(regime && { regime }),
        ...(region && { region }),
      };
      duplicate = (await timeout(sink.append(stored), sinkTimeout)).duplicate;
    } catch (error) {
      return sinkFailed(error, 'the record', 'the consent record could not be stored; retry later');
    }
    return duplicate
      ? jsonResponse(200, { recordId: record.recordId, duplicate: true })
      : jsonResponse(201, { recordId: record.recordId });
  }

  async function history(req: RouteRequest, subject: string): Promise<CookieKitResponse> {
    const limit = await limited(req);
    if (limit) return limit;
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
