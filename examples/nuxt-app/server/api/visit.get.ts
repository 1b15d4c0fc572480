import { randomBytes } from 'node:crypto';

// Sets the shop's server-side visit cookie (HttpOnly, statistics). The middleware's enforcement
// drops it unless the visitor allowed the statistics service.
export default defineEventHandler((event) => {
  setCookie(event, '_shop_visit', randomBytes(8).toString('hex'), { maxAge: 1800, path: '/', httpOnly: true, sameSite: 'lax' });
  return { counted: true };
});
