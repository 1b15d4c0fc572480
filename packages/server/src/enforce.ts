import {
  allowed,
  compileCookiePlan,
  cookieDomains,
  deletionCookieStrings,
  optionalCookies as coreOptionalCookies,
  type CookiePolicy,
  type Decision,
  type DeletionScope,
  type OptionalCookies,
  type StorageItem,
} from '@cookiekit/core';
import type { SetCookie } from 'cookie';
import { getDomain } from 'tldts';
import { isBlank, trimmed } from './cookie-names';

/** A cookie name that may appear in a `Set-Cookie` header (RFC 6265 token). */
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const MAX_AGE = /^-?\d+$/;

/**
 * A `Set-Cookie` header read back for enforcement: its name and value (as sent, not decoded),
 * and `Max-Age` and `Expires`, which tell a deletion; no other attribute is read. Each of them is
 * read as the `cookie` library's `parseSetCookie` reads it (`cookie-names.test.ts` holds the two
 * to each other on arbitrary headers): parts split at `;`, names and values trimmed of spaces and
 * tabs, the last valid `Max-Age` or `Expires` wins. Enforcement reads every `Set-Cookie` a
 * response sends, and the library's reader also slices and lower-cases every other attribute.
 */
export function readSetCookie(header: string): SetCookie {
  const length = header.length;
  let end = header.indexOf(';');
  if (end === -1) end = length;
  const eq = header.indexOf('=');
  const cookie: SetCookie =
    eq === -1 || eq >= end ? { name: '', value: trimmed(header, 0, end) } : { name: trimmed(header, 0, eq), value: trimmed(header, eq + 1, end) };
  for (let start = end + 1; start < length; start = end + 1) {
    end = header.indexOf(';', start);
    if (end === -1) end = length;
    let first = start;
    while (first < end && isBlank(header.charCodeAt(first))) first++;
    // Only `max-age` and `expires` are read: any other attribute is passed over unsliced.
    const initial = header.charCodeAt(first) | 0x20;
    if (first === end || (initial !== 0x6d && initial !== 0x65)) continue;
    let at = header.indexOf('=', first);
    if (at >= end) at = -1;
    const name = trimmed(header, first, at === -1 ? end : at).toLowerCase();
    const value = at === -1 ? '' : trimmed(header, at + 1, end);
    if (name === 'max-age') {
      if (MAX_AGE.test(value)) cookie.maxAge = Number(value);
    } else if (name === 'expires' && value) {
      const date = new Date(value);
      if (Number.isFinite(date.valueOf())) cookie.expires = date;
    }
  }
  return cookie;
}

/**
 * Whether a `Set-Cookie` deletes its cookie: `Max-Age` zero or less, or (without `Max-Age`)
 * an `Expires` in the past. Deletions always leave: removing a cookie needs no consent.
 */
export function isDeletion(cookie: SetCookie, now: number | (() => number)): boolean {
  if (cookie.maxAge !== undefined) return cookie.maxAge <= 0;
  return cookie.expires !== undefined && cookie.expires.getTime() <= (typeof now === 'function' ? now() : now);
}

/** The host name of a `Host` header or URL host: no port, lower case, IPv6 without brackets. */
export function hostName(host: string | null | undefined): string {
  if (!host) return '';
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, Math.max(1, h.indexOf(']')));
  const colon = h.indexOf(':');
  return colon === -1 ? h : h.slice(0, colon);
}

/** Where deletions are sent: the request's host and whether it came over https. */
export interface DeletionTarget {
  readonly host: string;
  readonly secure: boolean;
}

/**
 * The registrable domain of a host name (Public Suffix List, private section included, via
 * tldts), remembered per host (bounded): a deletion names every refused cookie on each domain.
 */
export function registrableDomain(host: string): string | null {
  let domain = registrableByHost.get(host);
  if (domain === undefined) {
    domain = getDomain(host, { allowPrivateDomains: true });
    if (registrableByHost.size >= 256) registrableByHost.clear();
    registrableByHost.set(host, domain);
  }
  return domain;
}
const registrableByHost = new Map<string, string | null>();

const normalHost = (host: string): string => host.toLowerCase().replace(/\.$/, '');

/**
 * The `Domain` values a cookie seen by `host` may have been set with (C18): the host itself and
 * each parent down to the registrable domain (core's `cookieDomains` with the Public Suffix List),
 * never a public suffix. Empty for IP addresses and names without a registrable domain (such as
 * `localhost`), where only host-only cookies exist. Lower case, longest first.
 *
 * @example
 * ```ts
 * cookieDomainsOf('a.www.example.co.uk'); // ['a.www.example.co.uk', 'www.example.co.uk', 'example.co.uk']
 * ```
 */
export function cookieDomainsOf(host: string): readonly string[] {
  return cookieDomains(normalHost(host), registrableDomain);
}

const EXPIRES = `; Expires=${new Date(0).toUTCString()}`;

/**
 * Turns core's deletion strings into `Set-Cookie` values: drops names that are not RFC 6265 tokens
 * (they could break the header), keeps a `__Host-` cookie's only host-only deletion on `/`, adds
 * `Secure` for `__Secure-`/`__Host-` names (a client ignores them without it), `Expires` for old
 * clients and `HttpOnly` where declared.
 */
function serverDeletions(cookies: readonly string[], httpOnly: (name: string) => boolean | undefined): string[] {
  return cookies.flatMap((cookie) => {
    const name = cookie.slice(0, cookie.indexOf('='));
    const hostPrefix = name.startsWith('__Host-');
    if (!COOKIE_NAME.test(name) || (hostPrefix && !/^[^;]*; Max-Age=0; Path=\/(; Secure)?$/.test(cookie))) return [];
    const secure = cookie.endsWith('; Secure') || hostPrefix || name.startsWith('__Secure-') ? '; Secure' : '';
    return [`${cookie.replace(/; Secure$/, '')}${EXPIRES}${secure}${httpOnly(name) ? '; HttpOnly' : ''}`];
  });
}

/**
 * `Set-Cookie` headers that expire one cookie everywhere it may live (C18): host-only, on the
 * host and each parent domain down to the registrable domain ({@link cookieDomainsOf}), on `/`
 * and its declared path, with `Expires` in the past and `HttpOnly` when declared. `Secure` is
 * added on https and for `__Secure-`/`__Host-` names; a `__Host-` cookie is only ever host-only
 * on `/`. The strings are core's `deletionCookieStrings`, as the browser writes them.
 *
 * @example
 * ```ts
 * deletionHeaders('_ga', { name: '_ga', duration: '13 months' }, { host: 'www.example.com', secure: true });
 * // ['_ga=; Max-Age=0; Path=/; Expires=…; Secure', '_ga=; …; Domain=www.example.com; …',
 * //  '_ga=; …; Domain=example.com; Expires=…; Secure']
 * ```
 */
export function deletionHeaders(name: string, item: StorageItem, target: DeletionTarget): string[] {
  const paths = [...new Set(['/', item.path ?? '/'])];
  return serverDeletions(deletionCookieStrings(name, paths, ['', ...cookieDomainsOf(target.host)], target.secure), () => item.httpOnly);
}

export type { OptionalCookies };

/**
 * The cookies a policy declares for services that can be refused: core's `optionalCookies`.
 *
 * @deprecated Use `optionalCookies` from `@cookiekit/core`.
 */
export const optionalCookies: (policy: CookiePolicy) => OptionalCookies = coreOptionalCookies;

/** How enforcement treated one `Set-Cookie`. */
export type SetCookieVerdict =
  | { readonly pass: true; readonly name: string; readonly declared: boolean }
  | { readonly pass: false; readonly name: string; readonly reason: 'refused' | 'undeclared' };

/**
 * The verdict on one cookie the application sets: deletions and the consent cookie pass; a
 * declared cookie passes only when the decision allows its service; an undeclared one passes
 * unless the policy's `undeclaredCookies` is `block`. `serviceOf` names the service declaring a
 * cookie name (default: the policy's cookie plan; the enforcer passes its per-name memo).
 */
export function judgeSetCookie(
  policy: CookiePolicy,
  decision: () => Decision,
  cookie: SetCookie,
  consentCookieName: string,
  now: number | (() => number),
  optional?: OptionalCookies,
  serviceOf: (name: string) => string | null = (n) => compileCookiePlan(policy).owner(n)?.service.id ?? null,
): SetCookieVerdict {
  const name = cookie.name;
  if (isDeletion(cookie, now) || name === consentCookieName) return { pass: true, name, declared: true };
  const service = serviceOf(name);
  if (service !== null) {
    // A necessary service is always allowed: no decision needs to be made for it.
    if (optional && !optional.services.has(service)) return { pass: true, name, declared: true };
    return allowed(decision(), service) ? { pass: true, name, declared: true } : { pass: false, name, reason: 'refused' };
  }
  return (policy.undeclaredCookies ?? 'warn') === 'block'
    ? { pass: false, name, reason: 'undeclared' }
    : { pass: true, name, declared: false };
}

/**
 * Deletions for the cookies of services a decision refuses (C6, C18), HttpOnly ones included:
 * the policy's cookie plan (the same as the browser's cleanup) with the Public Suffix List cut.
 * `present` are the names the request carried; with `all`, every exactly named refused cookie is
 * expired too, present or not (wildcards and patterns can only be matched on present names).
 * Paths are `/`, the owning item's declared path and each ancestor of `path` (default `/`).
 * A name that an allowed service declares, or the consent cookie, is never touched.
 */
export function refusedCookieDeletions(
  policy: CookiePolicy,
  decision: Decision,
  options: { present: Iterable<string>; all: boolean; path?: string; consentCookieName?: string } & DeletionTarget,
): string[] {
  const plan = compileCookiePlan(policy);
  const scope: DeletionScope = {
    host: normalHost(options.host),
    secure: options.secure,
    present: [...options.present].filter((name) => name !== options.consentCookieName),
    all: options.all,
    registrableDomain,
    ...(options.path ? { path: options.path } : {}),
  };
  return serverDeletions(plan.deletions(decision, scope), (name) => plan.owner(name)?.item.httpOnly);
}
