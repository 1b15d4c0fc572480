import { IncomingMessage, ServerResponse, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import type { CookiePolicy } from '@cookiekit/core';
import type { BodyResult, CookieKitResponse } from './api';
import { enforceResponse } from './enforce-response';
import type { CookieKit } from './kit';
import type { RequestConsent } from './request-consent';
import { nodeHeader, nodeHeaders, type HeaderSource } from './signals';

export { nodeHeaders };

/**
 * A Node request as `read` sees it: the scheme is asked of the adapter only when needed. It is
 * its own `HeaderSource` (one object a request, not two and a closure: on Express, where every
 * byte a request allocates is copied by the collector, that counts).
 */
class NodeConsentRequest<R extends IncomingMessage> implements HeaderSource {
  readonly headers: HeaderSource = this;
  readonly #raw: IncomingHttpHeaders;
  readonly #req: R;
  readonly #info: NodeRequestInfo<R>;
  constructor(req: R, info: NodeRequestInfo<R>) {
    this.#raw = req.headers;
    this.#req = req;
    this.#info = info;
  }
  get(name: string): string | null {
    return nodeHeader(this.#raw, name);
  }
  get url(): string | undefined {
    return this.#req.url;
  }
  get secure(): boolean {
    return this.#info.secure(this.#req);
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

/** Strict UTF-8: a body that is not is refused. One decoder serves every body (`decode` without `stream` keeps no state). */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

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
        finish({ ok: true, text: UTF8.decode(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)) });
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

/** No `Set-Cookie`: most responses; one shared empty list. */
const NO_COOKIES: readonly string[] = Object.freeze([]);
const isString = (value: unknown): value is string => typeof value === 'string';
// A list of strings is used as it is (it is only read); anything else becomes one.
const asList = (value: unknown): readonly string[] =>
  value === undefined || value === null
    ? NO_COOKIES
    : Array.isArray(value)
      ? value.every(isString)
        ? value
        : value.map(String)
      : [String(value)];

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

type WriteHead = (this: ServerResponse, ...args: unknown[]) => ServerResponse;

/**
 * A guarded response's state: what judges its `Set-Cookie` when its head is written. Holds the
 * request's consent when one was read; a subclass may read it only when first asked
 * (`readConsent`), as Express's does.
 */
export class GuardState {
  kit: CookieKit<CookiePolicy>;
  /** The writeHead to call once cookies are judged. */
  readonly writeHead: WriteHead;
  /** Set while judging, so a writeHead wrapped around ours does not judge twice. */
  inside = false;
  /** The request's consent once read. */
  protected held: RequestConsent<CookiePolicy> | undefined;
  constructor(kit: CookieKit<CookiePolicy>, consent: RequestConsent<CookiePolicy> | undefined, writeHead: WriteHead) {
    this.kit = kit;
    this.held = consent;
    this.writeHead = writeHead;
  }
  /** The request's consent (`req.cookiekit`), read on first use and then kept. */
  get consent(): RequestConsent<CookiePolicy> {
    return (this.held ??= this.readConsent());
  }
  set consent(consent: RequestConsent<CookiePolicy> | undefined) {
    this.held = consent;
  }
  /**
   * The consent a judgement of `Set-Cookie` uses: the kept one, or one read for this judgement
   * only. Not kept, because a response that nobody asked about needs it no longer, and on Express
   * what a response holds is copied by every scavenge the response survives.
   */
  judgingConsent(): RequestConsent<CookiePolicy> {
    return this.held ?? this.readConsent();
  }
  /** Reads the request's consent; only a state made without one is asked. */
  protected readConsent(): RequestConsent<CookiePolicy> {
    throw new Error('cookiekit: a guard state made without a consent must read one');
  }
}

// On a plain Node response the state and the wrapped writeHead are properties of the response:
// Node's objects share hidden classes, so adding them is cheap, and cheaper for the collector than
// a WeakMap entry per response. Express's objects are the exception (see `localsBinding`).
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
  const state = new GuardState(kit as unknown as CookieKit<CookiePolicy>, consent as unknown as RequestConsent<CookiePolicy>, res.writeHead as WriteHead);
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
  const kit = state.kit;
  const consent = state.judgingConsent();
  // writeHead(statusCode[, statusMessage][, headers]): `args` is passed on as it came unless
  // headers given here must change (no copies of the arguments on the common path).
  const at = typeof args[1] === 'string' ? 2 : 1;
  const given = args[at] as OutgoingHttpHeaders | unknown[] | undefined;
  let fromArg: readonly string[] = NO_COOKIES;
  let argHasCookies = false;
  if (Array.isArray(given)) {
    for (let i = 0; i + 1 < given.length; i += 2) {
      if (String(given[i]).toLowerCase() === 'set-cookie') {
        fromArg = argHasCookies ? fromArg.concat(asList(given[i + 1])) : asList(given[i + 1]);
        argHasCookies = true;
      }
    }
  } else if (given && typeof given === 'object') {
    for (const key of Object.keys(given)) {
      if (key === 'set-cookie' || (key.length === 10 && key.toLowerCase() === 'set-cookie')) {
        const list = asList((given as OutgoingHttpHeaders)[key]);
        fromArg = argHasCookies ? fromArg.concat(list) : list;
        argHasCookies = true;
      }
    }
  }
  const current = argHasCookies ? fromArg : asList(res.getHeader('set-cookie'));
  const allowed = enforceResponse(kit, current, consent);
  // Every cookie given to writeHead may leave and none is added (as when Fastify sends a cookie
  // the visitor allowed): its headers go on as they are, not copied.
  const unchanged = argHasCookies && allowed !== undefined && sameList(allowed, current) && !res.hasHeader('set-cookie');
  if (allowed && !unchanged) {
    if (argHasCookies) {
      if (Array.isArray(given)) {
        const next: unknown[] = [];
        for (let i = 0; i + 1 < given.length; i += 2) {
          if (String(given[i]).toLowerCase() !== 'set-cookie') next.push(given[i], given[i + 1]);
        }
        if (allowed.length) next.push('set-cookie', allowed);
        args = args.slice();
        args[at] = next;
      } else {
        const next: OutgoingHttpHeaders = {};
        for (const [key, value] of Object.entries(given as OutgoingHttpHeaders)) {
          if (key.toLowerCase() !== 'set-cookie') next[key] = value;
        }
        if (allowed.length) next['set-cookie'] = allowed;
        args = args.slice();
        args[at] = next;
      }
      if (res.hasHeader('set-cookie')) res.removeHeader('set-cookie');
    } else if (allowed.length) {
      // Unchanged (every cookie may leave, none added): the header stays as the app set it.
      if (!sameList(allowed, current)) res.setHeader('set-cookie', allowed);
    } else if (current.length > 0) {
      // Nothing may leave. (With no value there is nothing to remove: on Express, asking
      // `hasHeader` as well costs a lookup through four prototypes.)
      res.removeHeader('set-cookie');
    }
  }
  return state.writeHead.apply(res, args);
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
 * How the shared middleware ties a request's consent and the response guard to Node's objects:
 * own properties (node:http, whose objects share hidden classes), or the response's
 * `res.locals` (`localsBinding`, for Express, which replaces the objects' prototypes).
 */
export interface NodeBinding {
  /**
   * Ties the request's consent and the response's guard to the request. Given no consent (a
   * request that is not one of cookiekit's routes), a binding that can reads it only when first
   * asked; the others read it now.
   */
  bind<P extends CookiePolicy>(kit: CookieKit<P>, info: NodeRequestInfo, req: IncomingMessage, res: ServerResponse, consent: RequestConsent<P> | undefined): void;
}

/** Reads a Node request's consent. */
export function readNodeConsent<P extends CookiePolicy, R extends IncomingMessage>(kit: CookieKit<P>, info: NodeRequestInfo<R>, req: R): RequestConsent<P> {
  return kit.read(new NodeConsentRequest(req, info));
}

/** Own properties: `req.cookiekit` and the response's guard state and `writeHead`. */
export const ownPropertyBinding: NodeBinding = {
  bind(kit, info, req, res, given) {
    const consent = given ?? readNodeConsent(kit, info, req);
    attachConsent(req, consent as unknown as RequestConsent<CookiePolicy>);
    guardResponse(kit, res, consent);
  },
};

// Express gives each request and response its app's prototype (`Object.setPrototypeOf`) before
// any middleware runs. V8 does not share hidden classes between objects whose prototype was
// changed: every property added to one afterwards builds a new hidden class (a map and a copy
// of its 30–45 property descriptors, in the old generation) for that one object. So nothing is
// added to Express's request or response: `req.cookiekit` is a getter on the framework's shared
// request prototype, `Set-Cookie` is judged by one wrapper on `ServerResponse.prototype.writeHead`,
// installed once, which calls Node's own for every response it does not guard. This patching
// pays: on the Express bench app served over real sockets (`bench/server/sockets.mjs`, 15
// alternated rounds, 2026-12-03) the middleware added 39–57 µs a request with own properties on
// Express's objects (`ownPropertyBinding`) and 25–36 µs with this binding.
//
// Those changed prototypes also keep Express's requests and responses alive past the next
// scavenge, and everything they reach with them: each scavenge copies them and then promotes them
// to the old generation, which only a full collection frees (on the bench app, 5–8 kB a request,
// a third of what it allocates; a request of the same server without Express: 60–170 B). What
// the middleware keeps for a request is copied and promoted with it, so it keeps one object: its
// state (below), which reads the request's consent only when asked (`req.cookiekit`, a template
// printing `cookiekitHtml`) and keeps it then. Judging `Set-Cookie` when nobody asked reads one for
// that judgement only, which dies young.
//
// That state is `res.locals.cookiekitHtml`: the property templates print, made for each response
// anyway, so the guard state is that object (a subclass of `GuardState` made by the adapter)
// rather than a second one beside it. `res.locals` is the object Express makes for each response
// (`Object.create(null)`, a dictionary: a property costs it no hidden class). Not the value of a
// `WeakMap` keyed by the request: V8's young-generation collector treats a `WeakMap`'s values as
// roots, so every such value survived at least one scavenge and was copied (measured on the
// Express bench app over real sockets with `--trace-gc-nvp`: 33–34 % of the young generation
// survived each scavenge with the WeakMaps, 24–26 % with `res.locals`). The only `WeakMap` left
// maps a guarded response to its middleware's settings, made once: a value the collector need
// not copy, and what finds a response whose `res.locals` the application replaced (its state is
// made again then).
const LOCALS_KEY = 'cookiekitHtml';
type WithLocals = ServerResponse & { locals?: unknown };
/**
 * Makes the state of an Express response (also its `res.locals.cookiekitHtml`); `consent` is the
 * request's when already read, else the state reads it from `req` when first asked.
 */
export type LocalsStateFactory = (
  kit: CookieKit<CookiePolicy>,
  info: NodeRequestInfo,
  req: IncomingMessage,
  locals: Record<string, unknown> | undefined,
  consent: RequestConsent<CookiePolicy> | undefined,
  writeHead: WriteHead,
) => GuardState;
interface Judged {
  kit: CookieKit<CookiePolicy>;
  info: NodeRequestInfo;
  create: LocalsStateFactory;
}
const JUDGED = new WeakMap<ServerResponse, Judged>();
/** State whose response has no `res.locals` object to hold it, or whose `cookiekitHtml` the application set to something else after the middleware. */
const DETACHED = new WeakMap<ServerResponse, GuardState>();
let nodeWriteHead: WriteHead | undefined;

const localsOf = (res: WithLocals): Record<string, unknown> | undefined => {
  const locals = res.locals;
  return typeof locals === 'object' && locals !== null ? (locals as Record<string, unknown>) : undefined;
};

// `res.locals` is read once where it is needed: on Express every property load from a response
// misses V8's caches (see above), and this one used to be read four times a request.
function heldState(res: WithLocals, locals: Record<string, unknown> | undefined): GuardState | undefined {
  const held = locals?.[LOCALS_KEY];
  return held instanceof GuardState ? held : DETACHED.get(res);
}

/**
 * Keeps a response's state in its `res.locals`, where templates read it, or aside when it has
 * none, or when the application put its own `cookiekitHtml` there after the middleware ran.
 */
function keepState(res: WithLocals, locals: Record<string, unknown> | undefined, state: GuardState): void {
  if (locals && (locals[LOCALS_KEY] === undefined || locals[LOCALS_KEY] instanceof GuardState)) locals[LOCALS_KEY] = state;
  else DETACHED.set(res, state);
}

/** The state of a guarded response; made again if the application replaced `res.locals`. */
function stateOf(res: WithLocals, judged: Judged): GuardState {
  const locals = localsOf(res);
  const held = heldState(res, locals);
  if (held) return held;
  const state = judged.create(judged.kit, judged.info, res.req, locals, undefined, nodeWriteHead!);
  keepState(res, locals, state);
  return state;
}

function sharedWriteHead(this: ServerResponse, ...args: unknown[]): ServerResponse {
  const judged = JUDGED.get(this);
  if (!judged) return nodeWriteHead!.apply(this, args);
  const state = stateOf(this, judged);
  return state.inside ? nodeWriteHead!.apply(this, args) : guardedWriteHead(this, state, args);
}

function installSharedWriteHead(): boolean {
  if (nodeWriteHead) return ServerResponse.prototype.writeHead === (sharedWriteHead as unknown);
  nodeWriteHead = ServerResponse.prototype.writeHead as WriteHead;
  ServerResponse.prototype.writeHead = sharedWriteHead as ServerResponse['writeHead'];
  return true;
}

function consentGetter(this: IncomingMessage & { res?: ServerResponse }): RequestConsent<CookiePolicy> | undefined {
  const res = this.res;
  if (!res) return undefined;
  const judged = JUDGED.get(res);
  return judged ? stateOf(res, judged).consent : undefined;
}
function consentSetter(this: IncomingMessage, value: unknown): void {
  Object.defineProperty(this, 'cookiekit', { value, writable: true, enumerable: true, configurable: true });
}

/** The object of a request's prototype chain just above `IncomingMessage.prototype` (Express's own request), made to answer `cookiekit`. */
function requestBase(req: IncomingMessage): object | undefined {
  let proto: object | null = Object.getPrototypeOf(req) as object | null;
  if (proto === IncomingMessage.prototype) return undefined;
  while (proto) {
    const up = Object.getPrototypeOf(proto) as object | null;
    if (up === IncomingMessage.prototype) break;
    proto = up;
  }
  if (!proto) return undefined;
  const own = Object.getOwnPropertyDescriptor(proto, 'cookiekit');
  if (!own) Object.defineProperty(proto, 'cookiekit', { get: consentGetter, set: consentSetter, configurable: true });
  else if (own.get !== consentGetter) return undefined;
  return proto;
}

/**
 * The request's state in `res.locals.cookiekitHtml` instead of own properties, for Express's
 * requests and responses (see above); `create` makes it. Falls back to own properties for
 * objects it cannot serve so: a plain Node request or response, a request whose chain does not
 * reach `IncomingMessage.prototype` or whose `res` is not this response, or a response that
 * already has its own `writeHead` (wrapped by earlier middleware, which may hold Node's
 * unwrapped one).
 */
export function localsBinding(create: LocalsStateFactory): NodeBinding {
  let lastBase: object | undefined;
  let lastProto: object | null = null;
  let judged: Judged | undefined;
  return {
    bind(kit, info, req, res, consent) {
      const proto = Object.getPrototypeOf(req) as object | null;
      if (proto !== lastProto) {
        lastBase = requestBase(req);
        lastProto = proto;
      }
      const c = consent as unknown as RequestConsent<CookiePolicy> | undefined;
      const k = kit as unknown as CookieKit<CookiePolicy>;
      const locals = localsOf(res);
      const previous = JUDGED.get(res) ? heldState(res, locals) : undefined;
      // Bound twice (middleware mounted twice): the last kit and consent win, the guard is kept.
      if (previous) {
        previous.kit = k;
        previous.consent = c;
        return;
      }
      if (
        !lastBase ||
        (req as { res?: unknown }).res !== res ||
        Object.prototype.hasOwnProperty.call(req, 'cookiekit') ||
        Object.getPrototypeOf(res) === ServerResponse.prototype ||
        Object.prototype.hasOwnProperty.call(res, 'writeHead') ||
        !installSharedWriteHead()
      ) {
        ownPropertyBinding.bind(kit, info, req, res, consent);
        // The guard is the response's own; templates still get their state, on the consent read.
        if (locals) locals[LOCALS_KEY] = create(k, info, req, locals, (req as { cookiekit?: RequestConsent<CookiePolicy> }).cookiekit, res.writeHead as WriteHead);
        return;
      }
      // The response depends on the region headers (C25): a shared cache must keep regions apart.
      if (kit.vary.length) res.appendHeader('vary', kit.vary.join(', '));
      if (judged?.kit !== k || judged.info !== info) judged = { kit: k, info, create };
      // The middleware's state for templates, over whatever an earlier middleware put there.
      const state = create(k, info, req, locals, c, nodeWriteHead!);
      if (locals) locals[LOCALS_KEY] = state;
      else DETACHED.set(res, state);
      JUDGED.set(res, judged);
    },
  };
}

/**
 * The connect-style flow shared by the node:http and Express adapters: attach `req.cookiekit`
 * and guard the response. Returns false when the request is one of cookiekit's routes, which it
 * answers; otherwise true, and the caller goes on with the application.
 */
export function runNodeMiddleware<P extends CookiePolicy, R extends IncomingMessage>(
  kit: CookieKit<P>,
  info: NodeRequestInfo<R>,
  req: R,
  res: ServerResponse,
  binding: NodeBinding = ownPropertyBinding,
): boolean {
  const route = kit.matchRoute(pathOf(req.url));
  if (!route) {
    binding.bind(kit, info as NodeRequestInfo, req, res, undefined);
    return true;
  }
  const request = new NodeConsentRequest(req, info);
  const consent = kit.read(request);
  binding.bind(kit, info as NodeRequestInfo, req, res, consent);
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
  return false;
}
