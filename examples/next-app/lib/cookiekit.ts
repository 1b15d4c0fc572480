// Server-only: the cookiekit server kit of the shop, shared by the root layout, the route
// handlers and proxy.ts. `@cookiekit/server` re-exports core's pure functions, so server code
// imports them from here, never from '@cookiekit/react' (a client module).
import { createCookieKit, handleFetch, memorySink, type InitialConsent } from '@cookiekit/server';
import { policy } from 'example-policy';

/**
 * One kit per server process. `memorySink()` keeps the proof of consent in memory for the
 * example; a real site passes `@cookiekit/consent-log` here.
 */
export const kit = createCookieKit({ policy, consentApi: { sink: memorySink() } });

/**
 * What `<CookieKitProvider initialConsent>` needs, from the request's headers (`headers()` from
 * `next/headers`): the consent cookie as sent, the `Sec-GPC` and `DNT` signals, and the time.
 */
export function initialConsentOf(headers: Headers): InitialConsent {
  return kit.read({ headers }).initialConsent;
}

const notFound = () => new Response('Not found', { status: 404 });

/** A route handler that answers cookiekit's own routes (consent API, gpc.json, the policy page). */
export const cookiekitRoute = (request: Request): Promise<Response> => handleFetch({ kit }, request, notFound);
