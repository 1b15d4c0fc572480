import { cookiekitRoute } from '../../../../lib/cookiekit';

// The consent API: POST /api/consent records a choice, GET /api/consent/:subject returns its proof.
export const GET = cookiekitRoute;
export const POST = cookiekitRoute;
