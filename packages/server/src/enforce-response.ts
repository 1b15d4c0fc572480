import type { CookiePolicy } from '@cookiekit/core';
import type { CookieKit } from './kit';
import type { RequestConsent } from './request-consent';

/**
 * Applies a kit's `Set-Cookie` enforcement to a response: the one path every adapter (node:http,
 * Express, Fastify, Hono, `handleFetch`) takes, so each fails closed alike. When the consent
 * decision throws, the kit refuses every optional category: no optional cookie leaves and the
 * optional cookies the request carries are expired, while necessary cookies, deletions and the
 * consent cookie still leave. Should enforcement fail even so, no cookie at all leaves.
 *
 * Given a Web `Response`, returns the response to send: the same one with its `Set-Cookie`
 * headers replaced when they are mutable, else a copy. Given the response's `Set-Cookie`
 * values, returns the values to send instead, or `undefined` when the response needs no change.
 *
 * @example
 * ```ts
 * const consent = kit.read({ headers: request.headers, url: request.url });
 * return enforceResponse(kit, await app(request), consent);
 * ```
 */
export function enforceResponse<P extends CookiePolicy>(kit: CookieKit<P>, response: Response, consent: RequestConsent<P>): Response;
export function enforceResponse<P extends CookiePolicy>(
  kit: CookieKit<P>,
  setCookies: readonly string[],
  consent: RequestConsent<P>,
): string[] | undefined;
export function enforceResponse<P extends CookiePolicy>(
  kit: CookieKit<P>,
  target: Response | readonly string[],
  consent: RequestConsent<P>,
): Response | string[] | undefined {
  if (Array.isArray(target)) return enforceList(kit, target, consent);
  const response = target as Response;
  const allowed = enforceList(kit, response.headers.getSetCookie(), consent);
  // The response depends on the region headers (C25): a shared cache must keep regions apart.
  const vary = kit.vary.join(', ');
  if (!allowed && !vary) return response;
  const write = (headers: Headers) => {
    if (vary) headers.append('vary', vary);
    if (!allowed) return;
    headers.delete('set-cookie');
    for (const value of allowed) headers.append('set-cookie', value);
  };
  try {
    write(response.headers);
    return response;
  } catch {
    // Immutable headers (a fetched or redirect response): copy.
    const copy = new Response(response.body, response);
    write(copy.headers);
    return copy;
  }
}

function enforceList<P extends CookiePolicy>(kit: CookieKit<P>, setCookies: readonly string[], consent: RequestConsent<P>): string[] | undefined {
  try {
    return kit.needsEnforcement(setCookies.length, consent) ? kit.enforce(setCookies, consent) : undefined;
  } catch (error) {
    kit.logger.error(`cookiekit: Set-Cookie enforcement failed, no cookie sent: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}
