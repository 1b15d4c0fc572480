import {
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
import { endBeforeBlanks, skipBlanks, trimmed } from './cookie-names';

/** A cookie name that may appear in a `Set-Cookie` header (RFC 6265 token). */
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * What enforcement reads of a `Set-Cookie` header: its name and value (as sent, not decoded),
 * and what tells a deletion. `expiresAt` (milliseconds since the epoch) counts only without
 * `maxAge`: with a valid `Max-Age`, `Expires` decides nothing (RFC 6265, 5.3), so an `Expires`
 * after one is not parsed.
 */
export interface SetCookieRead {
  readonly name: string;
  readonly value: string;
  readonly maxAge: number | undefined;
  readonly expiresAt: number | undefined;
}

/** Whether `header[from, to)` is `word` (lower-case ASCII letters and `-`), in any letter case. */
function isAttribute(header: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const want = word.charCodeAt(i);
    const code = header.charCodeAt(from + i);
    // `| 0x20` lower-cases an ASCII letter; other characters must match exactly.
    if (code !== want && (want === 0x2d || (code | 0x20) !== want)) return false;
  }
  return true;
}

/** A `Max-Age` value of `header[from, to)` (already trimmed) as the `cookie` library reads it: an optional `-` and digits, else `undefined`. */
function maxAgeOf(header: string, from: number, to: number): number | undefined {
  const digits = header.charCodeAt(from) === 0x2d ? from + 1 : from;
  if (digits >= to) return undefined;
  let n = 0;
  for (let i = digits; i < to; i++) {
    const d = header.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  // Past 15 digits the sum may round differently from `Number`: read as the library does.
  if (to - digits > 15) return Number(header.slice(from, to));
  return digits === from ? n : -n;
}

/**
 * Reads a `Set-Cookie` header for enforcement. Each part is read as the `cookie` library's
 * `parseSetCookie` reads it (`cookie-names.test.ts` holds the two to each other on arbitrary
 * headers): parts split at `;`, names and values trimmed of spaces and tabs, attribute names in
 * any case, the last valid `Max-Age` or `Expires` wins. Enforcement reads every `Set-Cookie` a
 * response sends, so only the name and value are sliced: attributes are compared in place, and
 * any other attribute is passed over.
 */
export function readSetCookie(header: string): SetCookieRead {
  const length = header.length;
  let end = header.indexOf(';');
  if (end === -1) end = length;
  const eq = header.indexOf('=');
  const named = eq !== -1 && eq < end;
  const name = named ? trimmed(header, 0, eq) : '';
  const value = named ? trimmed(header, eq + 1, end) : trimmed(header, 0, end);
  let maxAge: number | undefined;
  let expiresAt: number | undefined;
  for (let start = end + 1; start < length; start = end + 1) {
    end = header.indexOf(';', start);
    if (end === -1) end = length;
    const first = skipBlanks(header, start, end);
    // Only `max-age` and `expires` are read.
    const initial = header.charCodeAt(first) | 0x20;
    if (first === end || (initial !== 0x6d && initial !== 0x65)) continue;
    let at = header.indexOf('=', first);
    if (at === -1 || at > end) at = end;
    const nameEnd = endBeforeBlanks(header, first, at);
    const valueStart = skipBlanks(header, at + 1, end);
    const valueEnd = endBeforeBlanks(header, valueStart, end);
    if (isAttribute(header, first, nameEnd, 'max-age')) {
      maxAge = (valueStart < valueEnd ? maxAgeOf(header, valueStart, valueEnd) : undefined) ?? maxAge;
    } else if (maxAge === undefined && valueStart < valueEnd && isAttribute(header, first, nameEnd, 'expires')) {
      const time = Date.parse(header.slice(valueStart, valueEnd));
      if (Number.isFinite(time)) expiresAt = time;
    }
  }
  return { name, value, maxAge, expiresAt };
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
