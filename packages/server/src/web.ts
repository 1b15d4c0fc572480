import type { CookiePolicy } from '@cookiekit/core';
import type { BodyResult, CookieKitResponse } from './api';
import { enforceResponse } from './enforce-response';
import { kitOf, type CookieKit, type WithKit } from './kit';
import type { RequestConsent } from './request-consent';

/** Reads a Web body stream as UTF-8, giving up past `limit` bytes. */
export async function readWebBody(body: ReadableStream<Uint8Array> | null, limit: number, signal?: AbortSignal): Promise<BodyResult> {
  if (!body) return { ok: true, text: '' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = body.getReader();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  // Given up on (too slow): cancel the stream, which ends the pending read.
  const onAbort = () => void reader.cancel().catch(() => {});
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (signal?.aborted) return { ok: false, reason: 'unreadable' };
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
    if (signal?.aborted) return { ok: false, reason: 'unreadable' };
    const all = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      all.set(chunk, at);
      at += chunk.byteLength;
    }
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(all) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/** A core answer as a Web `Response` (no body for `HEAD`). */
export function toWebResponse(answer: CookieKitResponse, method = 'GET'): Response {
  return new Response(method.toUpperCase() === 'HEAD' ? null : answer.body, {
    status: answer.status,
    headers: answer.headers,
  });
}

/**
 * The whole cookiekit flow for a Web `Request` (edge runtimes, Bun, Deno, service workers):
 * answers cookiekit's own routes, otherwise calls `next` with the request's consent and
 * enforces `Set-Cookie` on its response (`enforceResponse`, failing closed). Takes the kit as
 * `{ kit }`, like every adapter.
 *
 * @example
 * ```ts
 * const kit = createCookieKit({ policy });
 * export default {
 *   fetch: (request: Request) =>
 *     handleFetch({ kit }, request, (consent) => new Response(consent.decision.ask ? 'banner' : 'page')),
 * };
 * ```
 */
export function handleFetch<P extends CookiePolicy>(
  options: WithKit<P>,
  request: Request,
  next: (consent: RequestConsent<P>) => Response | Promise<Response>,
  requestOptions?: { readonly address?: string },
): Promise<Response>;
/** @deprecated Pass the kit as `{ kit }`: `handleFetch({ kit }, request, next)`; removed in 1.0. */
export function handleFetch<P extends CookiePolicy>(
  kit: CookieKit<P>,
  request: Request,
  next: (consent: RequestConsent<P>) => Response | Promise<Response>,
  requestOptions?: { readonly address?: string },
): Promise<Response>;
export async function handleFetch<P extends CookiePolicy>(
  options: WithKit<P> | CookieKit<P>,
  request: Request,
  next: (consent: RequestConsent<P>) => Response | Promise<Response>,
  requestOptions: { readonly address?: string } = {},
): Promise<Response> {
  const kit = kitOf(options);
  const consent = kit.read({ headers: request.headers, url: request.url });
  const url = new URL(request.url);
  const route = kit.matchRoute(url.pathname);
  if (route) {
    const answer = await kit.handleRoute(route, {
      method: request.method,
      headers: request.headers,
      consent,
      host: request.headers.get('host') ?? url.host,
      address: requestOptions.address,
      readBody: (limit, signal) => readWebBody(request.body, limit, signal),
    });
    return enforceResponse(kit, toWebResponse(answer, request.method), consent);
  }
  return enforceResponse(kit, await next(consent), consent);
}
