import { browserShop } from '@cookiekit/test-fixtures';
import { defineCookiePolicy } from '../../policy';

/**
 * The browser tests' policy: necessary cookies (one HttpOnly), a first-party statistics service
 * with an exact name, a wildcard and patterns, and two marketing services, one on a sub-path and
 * on the parent domain, one an embedded player.
 */
export const shopPolicy = defineCookiePolicy(browserShop);
