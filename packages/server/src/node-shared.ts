import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { CookiePolicy } from '@cookiekit/core';
import type { BodyResult, CookiekitResponse } from './api';
import type { Cookiekit } from './kit';
import type { RequestConsent } from './request-consent';
import type { HeaderSource } from './signals';

/** Node's request headers as a `HeaderSource` (repeated headers joined with `, `, as Node does for unknown ones). */
export function nodeHeaders(headers: IncomingHttpHeaders): HeaderSource {
  return {
    get(name) {
      const value = headers[name];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
  };
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

const GUARD = Symbol('cookiekit.guard');
interface Guarded {
  [GUARD]?: { kit: Cookiekit<CookiePolicy>; consent: RequestConsent<CookiePolicy>; writeHead: ServerResponse['writeHead'] };
}

/**
 * Enforces cookie consent on a Node response: every `Set-Cookie`, whether set with `setHeader`,
 * `appendHeader`, Express `res.cookie` or given to `writeHead` (as Fastify does), is judged when
 * the head is written. Costs nothing until then, and little when there are no cookies.
 */
export function guardResponse<P extends CookiePolicy>(kit: Cookiekit<P>, res: ServerResponse, consent: RequestConsent<P>): void {
  const guarded = res as ServerResponse & Guarded;
  // Guarded twice (middleware mounted twice): keep the original writeHead, the last consent wins.
  guarded[GUARD] = {
    kit: kit as unknown as Cookiekit<CookiePolicy>,
    consent: consent as unknown as RequestConsent<CookiePolicy>,
    writeHead: guarded[GUARD]?.writeHead ?? res.writeHead,
  };
  res.writeHead = guardedWriteHead as ServerResponse['writeHead'];
}

function guardedWriteHead(this: ServerResponse & Guarded, statusCode: number, ...rest: unknown[]): ServerResponse {
  const state = this[GUARD]!;
  const { kit, consent } = state;
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
  const current = argHasCookies ? fromArg : asList(this.getHeader('set-cookie'));
  if (kit.needsEnforcement(current.length, consent)) {
    let allowed: string[];
    try {
      allowed = kit.enforce(current, consent);
    } catch (error) {
      // Fail closed: no cookie leaves when the decision cannot be made.
      kit.logger.error(`cookiekit: Set-Cookie enforcement failed, no cookie sent: ${error instanceof Error ? error.message : String(error)}`);
      allowed = [];
    }
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
      if (this.hasHeader('set-cookie')) this.removeHeader('set-cookie');
    } else if (allowed.length) {
      this.setHeader('set-cookie', allowed);
    } else if (this.hasHeader('set-cookie')) {
      this.removeHeader('set-cookie');
    }
  }
  return (state.writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
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

/**
 * The connect-style flow shared by the node:http and Express adapters: attach `req.cookiekit`,
 * guard the response, answer cookiekit's routes, else call `next`.
 */
export function runNodeMiddleware<P extends CookiePolicy, R extends IncomingMessage>(
  kit: Cookiekit<P>,
  info: NodeRequestInfo<R>,
  req: R,
  res: ServerResponse,
  next: (error?: unknown) => void,
): void {
  const headers = nodeHeaders(req.headers);
  const consent = kit.read({ headers, secure: () => info.secure(req) });
  (req as R & { cookiekit?: RequestConsent<P> }).cookiekit = consent;
  guardResponse(kit, res, consent);
  const route = kit.matchRoute(pathOf(req.url));
  if (!route) {
    next();
    return;
  }
  const parsedBody = info.parsedBody?.(req);
  kit
    .handleRoute(route, {
      method: req.method ?? 'GET',
      headers,
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
    .then(
      (answer) => writeAnswer(res, answer),
      (error: unknown) => next(error),
    );
}
