import { handleFetch } from '@cookiekit/server';
import { NextResponse } from 'next/server';
import { kit } from './lib/cookiekit';

/**
 * Page responses: cookies of a refused service that the request still carries, HttpOnly ones
 * included, are expired on the response (C6, C18), and Set-Cookie is enforced.
 */
export function proxy(request: Request): Promise<Response> {
  return handleFetch({ kit }, request, () => NextResponse.next());
}

export const config = {
  // Pages only: not Next's assets, nor the route handlers (they enforce on their own).
  matcher: ['/((?!_next/|api/|\\.well-known/|cookie-policy).*)'],
};
