// The site every scenario describes, in cookiekit's format: three categories (necessary,
// statistics, marketing), a first-party statistics service and a third-party video embed, English
// only. Each peer scenario states the same site in that peer's own config format, so every bundle
// carries about the same amount of site data and the comparison is of the libraries.
import { defineCookiePolicy } from '@cookiekit/core';
import { sizeSite } from '@cookiekit/test-fixtures';

export const policy = defineCookiePolicy(sizeSite);
