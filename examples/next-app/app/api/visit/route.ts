import { randomBytes } from 'node:crypto';
import { enforceResponse } from '@cookiekit/server';
import { kit } from '../../../lib/cookiekit';

// Sets the shop's server-side visit cookie (HttpOnly, statistics). Enforcement removes it from the
// response unless the visitor allowed the statistics service: page scripts cannot touch it.
export function GET(request: Request): Response {
  const consent = kit.read({ headers: request.headers, url: request.url });
  const response = Response.json({ counted: true });
  response.headers.append('set-cookie', `_shop_visit=${randomBytes(8).toString('hex')}; Max-Age=1800; Path=/; HttpOnly; SameSite=Lax`);
  return enforceResponse(kit, response, consent);
}
