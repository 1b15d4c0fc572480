import { cookiekitRoute } from '../../../lib/cookiekit';

// Global Privacy Control support (C12).
export const GET = cookiekitRoute;
