import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { CookiePolicy } from '@cookiekit/core';
import type { BodyResult, CookieKitResponse } from './api';
import { enforceResponse } from './enforce-response';
import type { CookieKit } from './kit';
import type { RequestConsent } from './request-consent';
import { nodeHeaders, type HeaderSource } from './signals';

export { nodeHeaders };

/** A Node request as `read` sees it: the scheme is asked of the adapter only when needed. */
class NodeConsentRequest<R extends IncomingMessage> {
  readonly headers: HeaderSource;
  constructor(
    private readonly req: R,
    private readonly info: NodeRequestInfo<R>,
  ) {
    this.headers = nodeHeaders(req.headers);
  }
  get url(): string | undefined {
    return this.req.url;
  }
  get secure(): boolean {
    return this.info.secure(this.req);
  }
}

/** The path of a request target, without the query (origin-form or absolute-form). */
export function pathOf(url: string | undefined): string {
  if (!url) return '/';
  if (!url.startsWith('/')) {
    try {
      return new URL(url).pathname;
    } catch {
      return url;
    }
  }
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/** Reads a Node request body as UTF-8 up to `limit` bytes, leaving the socket usable for the answer. */
export function readNodeBody(req: IncomingMessage, limit: number, signal?: AbortSignal): Promise<BodyResult> {
  if (req.readableEnded || req.destroyed || signal?.aborted) return Promise.resolve({ ok: false, reason: 'unreadable' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    // Given up on (too slow): stop reading; the answer closes the connection.
    const onAbort = () => {
      req.pause();
      finish({ ok: false, reason: 'unreadable' });
    };
    signal?.addEventListener('abort', onAbort);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      try {
        finish({ ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) });
      } catch {
        finish({ ok: false, reason: 'unreadable' });
      }
    };
    const onError = () => finish({ ok: false, reason: 'unreadable' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

const asList = (value: unknown): string[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)];

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

type WriteHead = (this: ServerResponse, ...args: unknown[]) => ServerResponse;
interface GuardState {
  kit: CookieKit<CookiePolicy>;
  consent: RequestConsent<CookiePolicy>;
  /** The writeHead to call once cookies are judged. */
  writeHead: WriteHead;
  /** Set while judging, so a writeHead wrapped around ours does not judge twice. */
  inside: boolean;
}

// The state and the wrapped writeHead are properties of each response, Express's included.
// Patching Express's response and request prototypes instead (state in WeakMaps) did not pay:
// `pnpm bench:server` on Express (BENCH_FRAMEWORKS=express BENCH_ROUNDS=5 BENCH_SECONDS=3, three
// runs of each build, alternating, both routes, on a loaded 2-core machine): server CPU per
// request, cookiekit over bare, median 1.40 with the patches and 1.32 without; the added µs,
// medians 89 with and 102 without, within the runs' spread (63–213 and 61–303).
const STATE = Symbol('cookiekit.guard');
type Guarded = ServerResponse & { [STATE]?: GuardState };

function ownWriteHead(this: ServerResponse, ...args: unknown[]): ServerResponse {
  const state = (this as Guarded)[STATE]!;
  return state.inside ? state.writeHead.apply(this, args) : guardedWriteHead(this, state, args);
}

/**
 * Enforces cookie consent on a Node response: every `Set-Cookie`, whether set with `setHeader`,
 * `appendHeader`, Express `res.cookie` or given to `writeHead` (as Fastify does), is judged when
 * the head is written. Costs nothing until then, and little when there are no cookies.
 */
export function guardResponse<P extends CookiePolicy>(kit: CookieKit<P>, res: ServerResponse, consent: RequestConsent<P>): void {
  const previous = (res as Guarded)[STATE];
  // The response depends on the region headers (C25): a shared cache must keep regions apart.
  if (kit.vary.length && !previous) res.appendHeader('vary', kit.vary.join(', '));
  // Guarded twice (middleware mounted twice): keep the original writeHead, the last consent wins.
  if (previous) {
    previous.kit = kit as unknown as CookieKit<CookiePolicy>;
    previous.consent = consent as unknown as RequestConsent<CookiePolicy>;
    return;
  }
  const state: GuardState = {
    kit: kit as unknown as CookieKit<CookiePolicy>,
    consent: consent as unknown as RequestConsent<CookiePolicy>,
    writeHead: res.writeHead as WriteHead,
    inside: false,
  };
  (res as Guarded)[STATE] = state;
  res.writeHead = ownWriteHead as ServerResponse['writeHead'];
}

function guardedWriteHead(res: ServerResponse, state: GuardState, args: unknown[]): ServerResponse {
  state.inside = true;
  try {
    return judgeAndWriteHead(res, state, args);
  } finally {
    state.inside = false;
  }
}

function judgeAndWriteHead(res: ServerResponse, state: GuardState, args: unknown[]): ServerResponse {
  const { kit, consent } = state;
  const [statusCode, ...rest] = args;
  const at = typeof rest[0] === 'string' ? 1 : 0;
  const given = rest[at] as OutgoingHttpHeaders | unknown[] | undefined;
  let fromArg: string[] = [];
  let argHasCookies = false;
  if (Array.isArray(given)) {
    for (let i = 0; i + 1 < given.length; i += 2) {
      if (String(given[i]).toLowerCase() === 'set-cookie') {
        argHasCookies = true;
        fromArg.push(...asList(given[i + 1]));
      }
    }
  } else if (given && typeof given === 'object') {
    for (const key of Object.keys(given)) {
      if (key.length === 10 && key.toLowerCase() === 'set-cookie') {
        argHasCookies = true;
        fromArg = fromArg.concat(asList(given[key]));
      }
    }
  }
  const current = argHasCookies ? fromArg : asList(res.getHeader('set-cookie'));
  const allowed = enforceResponse(kit, current, consent);
  if (allowed) {
    if (argHasCookies) {
      if (Array.isArray(given)) {
        const next: unknown[] = [];
        for (let i = 0; i + 1 < given.length; i += 2) {
          if (String(given[i]).toLowerCase() !== 'set-cookie') next.push(given[i], given[i + 1]);
        }
        if (allowed.length) next.push('set-cookie', allowed);
        rest[at] = next;
      } else {
        const next: OutgoingHttpHeaders = {};
        for (const [key, value] of Object.entries(given as OutgoingHttpHeaders)) {
          if (key.toLowerCase() !== 'set-cookie') next[key] = value;
        }
        if (allowed.length) next['set-cookie'] = allowed;
        rest[at] = next;
      }
      if (res.hasHeader('set-cookie')) res.removeHeader('set-cookie');
    } else if (allowed.length) {
      // Unchanged (every cookie may leave, none added): the header stays as the app set it.
      if (!sameList(allowed, current)) res.setHeader('set-cookie', allowed);
    } else if (res.hasHeader('set-cookie')) {
      res.removeHeader('set-cookie');
    }
  }
  return state.writeHead.call(res, statusCode, ...rest);
}

/** Writes a core answer on a Node response. */
export function writeAnswer(res: ServerResponse, answer: CookieKitResponse): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.end(answer.body);
}

/** Whether a Node request came over TLS. */
export function isEncrypted(req: IncomingMessage): boolean {
  return (req.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
}

/** What a Node-based adapter tells the shared middleware about a request; asked only when needed. */
export interface NodeRequestInfo<R extends IncomingMessage = IncomingMessage> {
  secure(req: R): boolean;
  /** The client's address, for rate limiting. */
  address(req: R): string | undefined;
  /** A body a framework already read (Express body parsers), used instead of the stream. */
  parsedBody?(req: R): unknown;
}

/** `node:http`: TLS socket or not, and the socket's address. */
export const plainNodeInfo: NodeRequestInfo = {
  secure: isEncrypted,
  address: (req) => req.socket?.remoteAddress,
};

/** Sets `req.cookiekit`, an own property (see `guardResponse` on why no prototype is patched). */
function attachConsent(req: IncomingMessage, consent: RequestConsent<CookiePolicy>): void {
  (req as IncomingMessage & { cookiekit?: RequestConsent<CookiePolicy> }).cookiekit = consent;
}

/**
 * The connect-style flow shared by the node:http and Express adapters: attach `req.cookiekit`
 * and guard the response. Returns `true` when the request is one of cookiekit's routes, which
 * it answers; the caller goes on with the application otherwise.
 */
export function runNodeMiddleware<P extends CookiePolicy, R extends IncomingMessage>(
  kit: CookieKit<P>,
  info: NodeRequestInfo<R>,
  req: R,
  res: ServerResponse,
): boolean {
  const request = new NodeConsentRequest(req, info);
  const consent = kit.read(request);
  attachConsent(req, consent as unknown as RequestConsent<CookiePolicy>);
  guardResponse(kit, res, consent);
  const route = kit.matchRoute(pathOf(req.url));
  if (!route) return false;
  const parsedBody = info.parsedBody?.(req);
  kit
    .handleRoute(route, {
      method: req.method ?? 'GET',
      headers: request.headers,
      consent,
      address: info.address(req),
      readBody: (limit, signal) => {
        if (parsedBody !== undefined) {
          const text = typeof parsedBody === 'string' ? parsedBody : Buffer.isBuffer(parsedBody) ? parsedBody.toString('utf8') : JSON.stringify(parsedBody);
          return Promise.resolve(Buffer.byteLength(text) > limit ? { ok: false, reason: 'too-large' } : { ok: true, text });
        }
        return readNodeBody(req, limit, signal);
      },
    })
    .then((answer) => writeAnswer(res, answer))
    .catch((error: unknown) => {
      kit.logger.error(`cookiekit: answering ${route.kind} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  return true;
}
