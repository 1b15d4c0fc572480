import { cookiekitRoute } from '../../lib/cookiekit';

// The cookie policy page, rendered by the server from the policy.
export const GET = cookiekitRoute;
