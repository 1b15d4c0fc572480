import type { Decision } from './decide';
import { MAX_COOKIE_AGE_SECONDS } from './duration';
import { isOptionalCategory, type CookiePolicy, type Service, type StorageItem, type StorageKind } from './policy';

/** The default consent cookie name, as on the seed policy page. */
export const DEFAULT_CONSENT_COOKIE = 'cookies_preferences';


/** A declared storage item with the service it belongs to. */
export interface DeclaredStorage {
  readonly service: Service;
  readonly item: StorageItem;
}

/**
 * A storage item's name test: an exact name, a `prefix*` wildcard, or a pattern matched against
 * the whole name (`^(?:pattern)$`). A pattern that is not a valid regular expression on its own
 * matches nothing (validatePolicy reports it).
 */
export function storageItemMatcher({ name, pattern }: StorageItem): (name: string) => boolean {
  try {
    // Checked alone first: `a)(?:b` is invalid, but would compile once wrapped.
    const re = pattern !== undefined && (RegExp(pattern), RegExp(`^(?:${pattern})$`));
    return (n) => (re ? re.test(n) : name?.endsWith('*') ? n.startsWith(name.slice(0, -1)) : n === name);
  } catch {
    return () => false;
  }
}

/** Where and how refused cookies are deleted, by {@link CookiePlan.deletions}. */
export interface DeletionScope {
  /** The page's or request's host name (no port). */
  readonly host: string;
  /** The page's or request's path: deletions are tried on each of its ancestors; default `/`. */
  readonly path?: string;
  /** Whether the page or request is on https: deletions then carry `Secure`. */
  readonly secure: boolean;
  /** The cookie names seen (in `document.cookie` or the `Cookie` header). */
  readonly present: Iterable<string>;
  /** Also expire every exactly named refused cookie, present or not (set on another path, it still exists). */
  readonly all?: boolean;
  /**
   * The registrable domain of a host (Public Suffix List), or `null` when it has none. Without it
   * every parent domain but the top-level label is tried: a browser refuses any other public
   * suffix by itself.
   */
  readonly registrableDomain?: (host: string) => string | null | undefined;
}

/** A policy compiled once for matching names, writing the consent cookie and deleting refused cookies. */
export interface CookiePlan {
  /** The consent cookie's name: `consentCookie.name`, default `cookies_preferences`. */
  readonly consentCookie: string;
  /**
   * The declared item and service a cookie or storage key name belongs to, or `undefined`.
   * An exact name wins over a wildcard or pattern; among those, the first declared wins.
   */
  owner(name: string, kind?: StorageKind): DeclaredStorage | undefined;
  /**
   * Whether a decision refuses the service that owns a name: it must be deleted (C6). Undeclared
   * names, the consent cookie and names an allowed service also declares exactly are never refused.
   */
  refuses(decision: Decision, name: string, kind?: StorageKind): boolean;
  /**
   * The storage items of every service a decision does not allow (C6, C18); an exact name that
   * {@link CookiePlan.refuses} keeps is left out.
   */
  refused(decision: Decision): DeclaredStorage[];
  /**
   * Cookie strings that delete every refused cookie (C6, C18): each present name a refused service
   * owns (and with `all`, each exact refused name), host-only and on the host and every parent
   * domain, on `/`, the owning item's declared path and every ancestor of the scope's path. The consent cookie
   * and names an allowed or necessary service owns are never touched. A browser writes them to
   * `document.cookie`; a server sends them as `Set-Cookie`.
   */
  deletions(decision: Decision, scope: DeletionScope): string[];
}

/**
 * The `Domain` values a cookie seen by `host` may have been set with (C18): the host itself and
 * each parent domain; with `registrableDomain`, down to the registrable domain (none when the host
 * has none), else all but the top-level label. None for IP addresses. Longest first; `host` is
 * expected in lower case without a trailing dot, as `location.hostname` gives it.
 */
export function cookieDomains(host: string, registrableDomain?: DeletionScope['registrableDomain']): string[] {
  const labels = host.split('.');
  // Without the list, the last two labels stand in for it: only the top-level label is cut.
  const registrable = registrableDomain ? registrableDomain(host) : labels.slice(-2).join('.');
  return registrable && `.${host}`.endsWith(`.${registrable}`) && !/^[\d.]*$|[:[]/.test(host)
    ? labels.slice(0, labels.length - registrable.split('.').length + 1).map((_, i) => labels.slice(i).join('.'))
    : [];
}

/** The paths to delete on: `/`, the declared ones, and every ancestor of the current path. */
export function cookiePaths(pathname: string, declared: Iterable<string> = []): string[] {
  const paths = new Set(['/', ...declared]);
  let path = '';
  for (const segment of pathname.split('/').filter(Boolean)) paths.add((path += `/${segment}`));
  return [...paths];
}

/**
 * The cookie string that stores the consent (C16, C17): `Max-Age` capped at 400 days, `Path=/`,
 * `SameSite=Lax`, an optional `Domain` and `Secure`.
 */
export function consentCookieString(name: string, value: string, maxAgeSeconds: number, domain: string | undefined, secure: boolean): string {
  return (
    `${name}=${value}; Max-Age=${Math.min(Math.floor(maxAgeSeconds), MAX_COOKIE_AGE_SECONDS)}; Path=/; SameSite=Lax` +
    (domain ? `; Domain=${domain}` : '') +
    (secure ? '; Secure' : '')
  );
}

/**
 * Cookie strings that delete one cookie on each path and domain (`''` is host-only), `Secure`
 * when asked. The name is used as given: a server checks that it is an RFC 6265 token, and
 * applies the `__Secure-`/`__Host-` rules, before it goes into a header (a browser applies them
 * itself to what a script writes).
 */
export function deletionCookieStrings(name: string, paths: readonly string[], domains: readonly string[], secure: boolean): string[] {
  return paths.flatMap((path) =>
    domains.map((domain) => `${name}=; Max-Age=0; Path=${path}${domain && `; Domain=${domain}`}${secure ? '; Secure' : ''}`),
  );
}

interface Entry extends DeclaredStorage {
  readonly kind: StorageKind;
  readonly test: (name: string) => boolean;
}

/** A policy's storage items with their services and compiled name tests, and its consent cookie. */
interface Compiled {
  readonly entries: readonly Entry[];
  readonly consentCookie: string;
}

/** Compiles a policy's names once: {@link compileCookiePlan} remembers it, the browser cleanup compiles per run. */
export function compileNames(policy: CookiePolicy): Compiled {
  return {
    // consentCookieName's rule, written out so the browser bundle carries no extra function.
    consentCookie: policy.consentCookie?.name ?? DEFAULT_CONSENT_COOKIE,
    entries: policy.services.flatMap((service) =>
      service.storage.map((item) => ({ service, item, kind: item.kind ?? 'cookie', test: storageItemMatcher(item) })),
    ),
  };
}

/** {@link CookiePlan.owner}. */
export function cookieOwner({ entries }: Compiled, name: string, kind: StorageKind = 'cookie'): DeclaredStorage | undefined {
  return entries.find((e) => e.kind == kind && e.item.name === name) ?? entries.find((e) => e.kind == kind && e.test(name));
}

/** {@link CookiePlan.refuses}. */
export function refusesStorage(plan: Compiled, decision: Decision, name: string, kind: StorageKind = 'cookie'): boolean {
  const ok = decision.services as Record<string, boolean>;
  const owner = cookieOwner(plan, name, kind);
  // A name an allowed service also declares stays: it is still in use. So does the consent cookie.
  return (
    !!owner &&
    !ok[owner.service.id] &&
    !(kind == 'cookie' && name == plan.consentCookie) &&
    !plan.entries.some((e) => ok[e.service.id] && e.kind == kind && e.item.name === name)
  );
}

/** {@link CookiePlan.refused}. */
export function refusedItems(plan: Compiled, decision: Decision): DeclaredStorage[] {
  return plan.entries.filter(
    (e) =>
      !(decision.services as Record<string, boolean>)[e.service.id] &&
      (e.item.name === undefined || refusesStorage(plan, decision, e.item.name, e.kind)),
  );
}

/** {@link CookiePlan.deletions} on the given `Domain` values (`''` is host-only). */
export function cookieDeletions(
  plan: Compiled,
  decision: Decision,
  { path = '/', secure, present, all }: Omit<DeletionScope, 'host' | 'registrableDomain'>,
  domains: readonly string[],
): string[] {
  // Exact names are tried even when not present (set on another path, they still exist), each
  // kept only if refused below. Those declared HttpOnly too: a script's deletion of a real
  // HttpOnly cookie is ignored, a mis-declared one goes.
  const exact = plan.entries.flatMap(({ kind, item: { name, pattern } }) =>
    all && kind == 'cookie' && name && !pattern && !name.endsWith('*') ? [name] : [],
  );
  return [...new Set([...present, ...exact])].flatMap((name) =>
    refusesStorage(plan, decision, name)
      ? deletionCookieStrings(name, cookiePaths(path, [cookieOwner(plan, name)!.item.path ?? '/']), domains, secure)
      : [],
  );
}

const plans = new WeakMap<CookiePolicy, CookiePlan>();

/**
 * The policy's cookie plan, compiled once per policy object (names indexed, patterns compiled):
 * the one place that says which service owns a name, what a decision refuses and how refused
 * cookies are deleted, for the browser runtime and the server alike.
 *
 * @example
 * ```ts
 * const plan = compileCookiePlan(policy);
 * plan.owner('_ga_X1')?.service.id; // 'analytics'
 * for (const c of plan.deletions(decision, { host: location.hostname, path: location.pathname,
 *   secure: false, present: ['_ga'], all: true })) document.cookie = c;
 * ```
 */
export function compileCookiePlan(policy: CookiePolicy): CookiePlan {
  let plan = plans.get(policy);
  if (!plan) {
    const compiled = compileNames(policy);
    plan = {
      consentCookie: compiled.consentCookie,
      owner: (name, kind) => cookieOwner(compiled, name, kind),
      refuses: (decision, name, kind) => refusesStorage(compiled, decision, name, kind),
      refused: (decision) => refusedItems(compiled, decision),
      deletions: (decision, scope) =>
        cookieDeletions(compiled, decision, scope, ['', ...cookieDomains(scope.host, scope.registrableDomain)]),
    };
    plans.set(policy, plan);
  }
  return plan;
}

/** The consent cookie's name under a policy: `consentCookie.name`, default `cookies_preferences`. */
export function consentCookieName(policy: CookiePolicy): string {
  return policy.consentCookie?.name ?? DEFAULT_CONSENT_COOKIE;
}

/**
 * A quick index of the cookies a policy declares for services that can be refused (those of
 * optional categories): a server needs a decision only for them.
 */
export interface OptionalCookies {
  /** Ids of the services of optional categories. */
  readonly services: ReadonlySet<string>;
  /** Whether a cookie name may belong to such a service (any of its items matches). */
  matches(name: string): boolean;
  /** Cheap pre-test on a whole `Cookie` header: `false` means no such cookie is in it. */
  mayBeIn(header: string): boolean;
}

/** The policy's {@link OptionalCookies}, with the same name matchers as {@link compileCookiePlan}. */
export function optionalCookies(policy: CookiePolicy): OptionalCookies {
  const optional = new Set(policy.categories.filter(isOptionalCategory).map((c) => c.id));
  const services = new Set(policy.services.filter((s) => optional.has(s.category)).map((s) => s.id));
  const items = policy.services
    .filter((s) => services.has(s.id))
    .flatMap((s) => s.storage)
    .filter((item) => (item.kind ?? 'cookie') === 'cookie');
  const tests = items.map(storageItemMatcher);
  // Every exact name and wildcard prefix appears whole in a header that carries it; a pattern has no such needle.
  const needles = items.some((item) => item.pattern !== undefined)
    ? undefined
    : items.flatMap((item) => (item.name ? [item.name.replace(/\*$/, '')] : []));
  return {
    services,
    matches: (name) => tests.some((test) => test(name)),
    mayBeIn: (header) => !needles || needles.some((needle) => header.includes(needle)),
  };
}
