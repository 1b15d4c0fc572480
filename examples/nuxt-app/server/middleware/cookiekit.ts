import { cookiekit } from '@cookiekit/server/node';

// Every request passes through cookiekit's node middleware: it answers the consent API,
// /.well-known/gpc.json and /cookie-policy, sets `req.cookiekit` (read by the Nuxt plugin for
// initialConsent), enforces Set-Cookie on every response (a refused service's cookie never
// leaves) and expires the refused cookies a request still carries, HttpOnly ones included.
export default fromNodeMiddleware(cookiekit({ kit: consentKit }));
