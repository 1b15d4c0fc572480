import {
  allowed,
  findDeclaredStorage,
  isOptionalCategory,
  matchesStorageItem,
  refusedStorage,
  type CookiePolicy,
  type Decision,
  type StorageItem,
} from '@cookiekit/core';
import { parseSetCookie, type SetCookie } from 'cookie';
import { getDomain } from 'tldts';

/** A cookie name that may appear in a `Set-Cookie` header (RFC 6265 token). */
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const IP_HOST = /^[\d.]+$|:/;
const keepRaw = (value: string): string => value;

/** A `Set-Cookie` header read back: name, value and the attributes enforcement needs. */
export function readSetCookie(header: string): SetCookie {
  return parseSetCookie(header, { decode: keepRaw });
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
 * The `Domain` values a cookie seen by `host` may have been set with (C18): the host itself and
 * each parent down to the registrable domain (Public Suffix List, private section included, via
 * tldts), never a public suffix. Empty for IP addresses and names without a registrable domain
 * (such as `localhost`), where only host-only cookies exist. Lower case, longest first.
 *
 * @example
 * ```ts
 * cookieDomainsOf('a.www.example.co.uk'); // ['a.www.example.co.uk', 'www.example.co.uk', 'example.co.uk']
 * ```
 */
export function cookieDomainsOf(host: string): readonly string[] {
  // A deletion names every refused cookie on each of these: parse the host once, not per cookie.
  let domains = domainsByHost.get(host);
  if (!domains) {
    domains = Object.freeze(parentDomains(host));
    if (domainsByHost.size >= 256) domainsByHost.clear();
    domainsByHost.set(host, domains);
  }
  return domains;
}
const domainsByHost = new Map<string, readonly string[]>();

function parentDomains(host: string): string[] {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (!name || IP_HOST.test(name)) return [];
  const registrable = getDomain(name, { allowPrivateDomains: true });
  if (!registrable || (name !== registrable && !name.endsWith(`.${registrable}`))) return [];
  const labels = name.split('.');
  const keep = labels.length - registrable.split('.').length + 1;
  return labels.slice(0, keep).map((_, i) => labels.slice(i).join('.'));
}

/**
 * `Set-Cookie` headers that expire one cookie everywhere it may live (C18): host-only, on the
 * host and each parent domain down to the registrable domain ({@link cookieDomainsOf}), and on
 * its declared domain when the host is that domain or below it; on `/` and its declared path.
 * `Secure` is added on https and for `__Secure-`/`__Host-` names; a `__Host-` cookie is only ever
 * host-only on `/`.
 *
 * @example
 * ```ts
 * deletionHeaders('_ga', { name: '_ga', domain: 'example.com', duration: '13 months' },
 *   { host: 'www.example.com', secure: true });
 * // ['_ga=; Max-Age=0; Path=/; Expires=…; Secure', '_ga=; …; Domain=www.example.com; …',
 * //  '_ga=; …; Domain=example.com; Secure']
 * ```
 */
export function deletionHeaders(name: string, item: StorageItem, target: DeletionTarget): string[] {
  if (!COOKIE_NAME.test(name)) return [];
  const hostPrefix = name.startsWith('__Host-');
  const secure = target.secure || hostPrefix || name.startsWith('__Secure-') ? '; Secure' : '';
  const httpOnly = item.httpOnly ? '; HttpOnly' : '';
  const paths = hostPrefix ? ['/'] : [...new Set(['/', item.path ?? '/'])];
  const domains = new Set(['']);
  if (!hostPrefix) {
    const host = target.host.toLowerCase();
    for (const domain of cookieDomainsOf(host)) domains.add(domain);
    const declared = item.domain?.replace(/^\./, '').toLowerCase();
    if (declared && host && !IP_HOST.test(host) && (host === declared || host.endsWith(`.${declared}`))) domains.add(declared);
  }
  const out: string[] = [];
  for (const path of paths) {
    for (const domain of domains) {
      out.push(
        `${name}=; Max-Age=0; Path=${path}${domain && `; Domain=${domain}`}; Expires=Thu, 01 Jan 1970 00:00:00 GMT${secure}${httpOnly}`,
      );
    }
  }
  return out;
}

/**
 * A quick index of the cookies a policy declares for services that can be refused (those of
 * optional categories): enforcement needs a decision only for them.
 */
export interface OptionalCookies {
  /** Ids of the services of optional categories. */
  readonly services: ReadonlySet<string>;
  /** Whether a cookie name may belong to such a service. */
  matches(name: string): boolean;
  /** Cheap pre-test on a whole `Cookie` header: `false` means no such cookie is in it. */
  mayBeIn(header: string): boolean;
}

export function optionalCookies(policy: CookiePolicy): OptionalCookies {
  const optionalCategories = new Set(policy.categories.filter(isOptionalCategory).map((c) => c.id));
  const services = new Set<string>();
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const patterns: RegExp[] = [];
  for (const service of policy.services) {
    if (!optionalCategories.has(service.category)) continue;
    services.add(service.id);
    for (const item of service.storage) {
      if ((item.kind ?? 'cookie') !== 'cookie') continue;
      if (item.pattern !== undefined) {
        try {
          patterns.push(new RegExp(item.pattern));
        } catch {
          // validatePolicy refuses it; matchesStorageItem treats it as matching nothing.
        }
      } else if (item.name?.endsWith('*')) prefixes.push(item.name.slice(0, -1));
      else if (item.name) exact.add(item.name);
    }
  }
  const needles = [...exact, ...prefixes];
  return {
    services,
    matches: (name) =>
      exact.has(name) || prefixes.some((prefix) => name.startsWith(prefix)) || patterns.some((re) => re.test(name)),
    mayBeIn: (header) => patterns.length > 0 || needles.some((needle) => header.includes(needle)),
  };
}

/** How enforcement treated one `Set-Cookie`. */
export type SetCookieVerdict =
  | { readonly pass: true; readonly name: string; readonly declared: boolean }
  | { readonly pass: false; readonly name: string; readonly reason: 'refused' | 'undeclared' };

/**
 * The verdict on one cookie the application sets: deletions and the consent cookie pass; a
 * declared cookie passes only when the decision allows its service; an undeclared one passes
 * unless the policy's `undeclaredCookies` is `block`.
 */
export function judgeSetCookie(
  policy: CookiePolicy,
  decision: () => Decision,
  cookie: SetCookie,
  consentCookieName: string,
  now: number | (() => number),
  optional?: OptionalCookies,
): SetCookieVerdict {
  const name = cookie.name;
  if (isDeletion(cookie, now) || name === consentCookieName) return { pass: true, name, declared: true };
  const owner = findDeclaredStorage(policy, name, 'cookie');
  if (owner) {
    // A necessary service is always allowed: no decision needs to be made for it.
    if (optional && !optional.services.has(owner.service.id)) return { pass: true, name, declared: true };
    return allowed(decision(), owner.service.id) ? { pass: true, name, declared: true } : { pass: false, name, reason: 'refused' };
  }
  return (policy.undeclaredCookies ?? 'warn') === 'block'
    ? { pass: false, name, reason: 'undeclared' }
    : { pass: true, name, declared: false };
}

/**
 * Deletions for the cookies of services a decision refuses (C6, C18), HttpOnly ones included.
 * `present` are the names the request carried; with `all`, every exactly named refused cookie is
 * expired too, present or not (wildcards and patterns can only be matched on present names).
 * A name that an allowed service declares, or the consent cookie, is never touched.
 */
export function refusedCookieDeletions(
  policy: CookiePolicy,
  decision: Decision,
  options: { present: Iterable<string>; all: boolean; consentCookieName: string } & DeletionTarget,
): string[] {
  const items = refusedStorage(policy, decision).filter(({ item }) => (item.kind ?? 'cookie') === 'cookie');
  if (items.length === 0) return [];
  const stillRefused = (name: string): boolean => {
    if (name === options.consentCookieName) return false;
    const owner = findDeclaredStorage(policy, name, 'cookie');
    return !!owner && !allowed(decision, owner.service.id);
  };
  const present = [...options.present];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const { item } of items) {
    const names = present.filter((name) => matchesStorageItem(item, name));
    if (options.all && item.name && item.pattern === undefined && !item.name.endsWith('*')) names.push(item.name);
    for (const name of names) {
      const key = `${name}\u0000${item.path ?? '/'}\u0000${item.domain ?? ''}`;
      if (seen.has(key) || !stillRefused(name)) continue;
      seen.add(key);
      out.push(...deletionHeaders(name, item, options));
    }
  }
  return [...new Set(out)];
}
