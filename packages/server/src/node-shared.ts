import { IncomingMessage, ServerResponse, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import type { CookiePolicy } from '@cookiekit/core';
import type { BodyResult, CookiekitResponse } from './api';
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
export function readNodeBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  if (req.readableEnded || req.destroyed) return Promise.resolve({ ok: false, reason: 'unreadable' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      resolve(result);
    };
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

type WriteHead = (this: ServerResponse, ...args: unknown[]) => ServerResponse;
interface GuardState {
  kit: CookieKit<CookiePolicy>;
  consent: RequestConsent<CookiePolicy>;
  /** The writeHead to call once cookies are judged. */
  writeHead: WriteHead;
  /** Set while judging, so a writeHead wrapped around ours does not judge twice. */
  inside: boolean;
}

// State lives beside the response, not on it: adding properties to an object whose prototype a
// framework replaced (Express) costs microseconds per request in V8.
const guards = new WeakMap<ServerResponse, GuardState>();
const patchedPrototypes = new WeakMap<object, { patched: WriteHead; original: WriteHead }>();

// On a plain ServerResponse the state is a property of the response: a WeakMap entry per
// response costs the garbage collector more than the property does there.
const STATE = Symbol('cookiekit.guard');
type PlainGuarded = ServerResponse & { [STATE]?: GuardState };
const guardOf = (res: ServerResponse): GuardState | undefined => (res as PlainGuarded)[STATE] ?? guards.get(res);

function ownWriteHead(this: ServerResponse, ...args: unknown[]): ServerResponse {
  const state = (this as PlainGuarded)[STATE] ?? guards.get(this)!;
  return state.inside ? state.writeHead.apply(this, args) : guardedWriteHead(this, state, args);
}

/**
 * Enforces cookie consent on a Node response: every `Set-Cookie`, whether set with `setHeader`,
 * `appendHeader`, Express `res.cookie` or given to `writeHead` (as Fastify does), is judged when
 * the head is written. Costs nothing until then, and little when there are no cookies.
 */
export function guardResponse<P extends CookiePolicy>(kit: CookieKit<P>, res: ServerResponse, consent: RequestConsent<P>): void {
  const previous = guardOf(res);
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
  const proto = Object.getPrototypeOf(res) as object | null;
  if (proto && proto !== ServerResponse.prototype && !Object.hasOwn(res, 'writeHead')) {
    guards.set(res, state);
    // A framework's own response prototype (Express `app.response`): patch it once for all its
    // responses; unguarded ones go straight to the original.
    let entry = patchedPrototypes.get(proto);
    if (!entry) {
      const original = (proto as ServerResponse).writeHead as WriteHead;
      const patched: WriteHead = function cookiekitWriteHead(this: ServerResponse, ...args: unknown[]) {
        const st = guards.get(this);
        return st && !st.inside ? guardedWriteHead(this, st, args) : original.apply(this, args);
      };
      entry = { patched, original };
      patchedPrototypes.set(proto, entry);
      Object.defineProperty(proto, 'writeHead', { value: patched, writable: true, configurable: true });
    }
    state.writeHead = entry.original;
    return;
  }
  // A plain response (more properties are cheap there), or one whose writeHead is already wrapped.
  (res as PlainGuarded)[STATE] = state;
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
      res.setHeader('set-cookie', allowed);
    } else if (res.hasHeader('set-cookie')) {
      res.removeHeader('set-cookie');
    }
  }
  return state.writeHead.call(res, statusCode, ...rest);
}

/** Writes a core answer on a Node response. */
export function writeAnswer(res: ServerResponse, answer: CookiekitResponse): void {
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

const attached = new WeakMap<IncomingMessage, RequestConsent<CookiePolicy>>();
const accessorPrototypes = new WeakSet<object>();

/**
 * Sets `req.cookiekit`. On a framework's own request prototype (Express `app.request`) it is an
 * accessor defined once, backed by a WeakMap, for the same reason as in `guardResponse`.
 */
function attachConsent(req: IncomingMessage, consent: RequestConsent<CookiePolicy>): void {
  const proto = Object.getPrototypeOf(req) as object | null;
  if (proto && proto !== IncomingMessage.prototype && !Object.hasOwn(req, 'cookiekit')) {
    if (!accessorPrototypes.has(proto)) {
      accessorPrototypes.add(proto);
      Object.defineProperty(proto, 'cookiekit', {
        configurable: true,
        get(this: IncomingMessage) {
          return attached.get(this);
        },
        set(this: IncomingMessage, value: RequestConsent<CookiePolicy>) {
          attached.set(this, value);
        },
      });
    }
    attached.set(req, consent);
    return;
  }
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
      readBody: (limit) => {
        if (parsedBody !== undefined) {
          const text = typeof parsedBody === 'string' ? parsedBody : Buffer.isBuffer(parsedBody) ? parsedBody.toString('utf8') : JSON.stringify(parsedBody);
          return Promise.resolve(Buffer.byteLength(text) > limit ? { ok: false, reason: 'too-large' } : { ok: true, text });
        }
        return readNodeBody(req, limit);
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
