import { allowed, compileCookiePlan, isOptionalCategory, optionalCookies, type CookiePolicy, type Decision, type StorageItem } from '@cookiekit/core';
import { readSetCookie, refusedCookieDeletions, type SetCookieRead } from './enforce';
import { LazyRequestConsent, type ConsentShared, type RequestConsent } from './request-consent';

const MAX_LOGGED_NAMES = 1000;
const MAX_REMEMBERED_NAMES = 1024;

/**
 * A per-name memo of `find`, bounded: emptied when full. A name is stored as an interned copy (a
 * property key of a throwaway object), not as read: a name read from a header is a slice, and a
 * stored slice would hold in memory the whole Cookie header of the request that first sent it.
 */
class NameMemo {
  readonly #find: (name: string) => string | null;
  readonly #known = new Map<string, string | null>();
  constructor(find: (name: string) => string | null) {
    this.#find = find;
  }
  get(name: string): string | null {
    const known = this.#known.get(name);
    if (known !== undefined) return known;
    if (this.#known.size >= MAX_REMEMBERED_NAMES) this.#known.clear();
    const found = this.#find(name);
    this.#known.set(Object.keys({ [name]: 0 })[0]!, found);
    return found;
  }
}

/** What a kit's `Set-Cookie` enforcement needs besides the policy. */
export interface EnforcerOptions<P extends CookiePolicy> {
  readonly shared: ConsentShared<P>;
  readonly clearRefused: boolean;
  readonly logger: { warn(message: string): void; error(message: string): void };
}

/** A kit's `Set-Cookie` enforcement: `enforce` and `needsEnforcement` of `CookieKit`. */
export interface Enforcer<P extends CookiePolicy> {
  enforce(setCookies: readonly string[], consent: RequestConsent<P>): string[];
  needsEnforcement(setCookieCount: number, consent: RequestConsent<P>): boolean;
}

/**
 * The decision enforcement falls back to when the real one cannot be made (fail closed): every
 * optional category and each of its services refused, necessary ones allowed, nothing stored.
 */
export function refusingDecision<P extends CookiePolicy>(policy: P): Decision<P> {
  const categories: Record<string, boolean> = {};
  for (const c of policy.categories) categories[c.id] = !isOptionalCategory(c);
  const services: Record<string, boolean> = {};
  for (const s of policy.services) services[s.id] = categories[s.category] === true;
  return Object.freeze({
    ask: true,
    reason: 'no-choice',
    categories: Object.freeze(categories),
    services: Object.freeze(services),
    consent: null,
    signal: Object.freeze({ active: false, held: Object.freeze([]), conflict: false }),
  }) as unknown as Decision<P>;
}

/** The RequestConsent's lazy state; only `read` makes them. */
export function consentState<P extends CookiePolicy>(consent: RequestConsent<P>): LazyRequestConsent<P> {
  if (!(consent instanceof LazyRequestConsent)) throw new TypeError('cookiekit: not a RequestConsent made by read()');
  return consent;
}

/** Where deletions go; read from the request only when some are sent. */
const deletionTarget = (consent: LazyRequestConsent) => ({
  consentCookieName: consent.consentCookieName,
  host: consent.host,
  path: consent.path,
  secure: consent.secure,
});

/** The request's time, or the system's when the request's clock fails. */
function safeNow(consent: LazyRequestConsent): number {
  try {
    return consent.now;
  } catch {
    return Date.now();
  }
}

export function createEnforcer<P extends CookiePolicy>(policy: P, options: EnforcerOptions<P>): Enforcer<P> {
  const { shared, clearRefused, logger } = options;
  const undeclared = policy.undeclaredCookies ?? 'warn';
  const optional = optionalCookies(policy);
  // The service a request cookie's name belongs to, and the refusable service it belongs to
  // (an optional category's item matches the name) or null, remembered per name: the same few
  // names come with every request.
  const owners = new NameMemo((name) => compileCookiePlan(policy).owner(name)?.service.id ?? null);
  const cookieOwner = (name: string): string | null => owners.get(name);
  const refusables = new NameMemo((name) => (optional.matches(name) ? cookieOwner(name) : null));
  const refusableOwner = (name: string): string | null => refusables.get(name);
  const logged = new Set<string>();
  /** Warns once per name (up to a bound) of an undeclared cookie the application sets. */
  const logUndeclared = (name: string, blocked: boolean) => {
    if (logged.has(name) || logged.size >= MAX_LOGGED_NAMES) return;
    logged.add(name);
    const quoted = JSON.stringify(name.slice(0, 64));
    logger.warn(
      blocked
        ? `cookiekit: blocked Set-Cookie ${quoted}: not declared in the cookie policy (undeclaredCookies: block)`
        : `cookiekit: Set-Cookie ${quoted} is not declared in the cookie policy (undeclaredCookies: warn)`,
    );
  };

  /**
   * Whether a `Set-Cookie` the response sends deletes its cookie (`Max-Age` zero or less, or
   * without it an `Expires` in the past); the time is asked only for an `Expires`. With `forced`,
   * a clock that fails gives the system's time.
   */
  function deletes(cookie: SetCookieRead, consent: LazyRequestConsent<P>, forced: boolean): boolean {
    if (cookie.maxAge !== undefined) return cookie.maxAge <= 0;
    return cookie.expiresAt !== undefined && cookie.expiresAt <= (forced ? safeNow(consent) : consent.now);
  }

  /**
   * The decision the response's cookies are judged by: the request's, or that of the consent
   * cookie the response itself sets (`own`: the last one it sets, which wins as in the browser).
   */
  function decisionFor(consent: LazyRequestConsent<P>, own: SetCookieRead | undefined): Decision<P> {
    if (!own) return consent.decision;
    return shared.decide(deletes(own, consent, false) ? null : own.value, consent.signals, consent.now);
  }

  /**
   * Whether one cookie the response sets may leave whatever the decision (true or false), or
   * else the optional service whose consent decides.
   */
  function ruleFor(cookie: SetCookieRead, consent: LazyRequestConsent<P>, forced: boolean): boolean | string {
    // The consent cookie and deletions always leave: removing a cookie needs no consent.
    if (cookie.name === consent.consentCookieName || deletes(cookie, consent, forced)) return true;
    const service = cookieOwner(cookie.name);
    if (service === null) {
      if (undeclared !== 'allow') logUndeclared(cookie.name, undeclared === 'block');
      return undeclared !== 'block';
    }
    // A necessary service's cookie always leaves: no decision needs to be made for it.
    return optional.services.has(service) ? service : true;
  }

  const refusing = refusingDecision(policy);

  // Per decision, a text test on the Cookie header for the cookies of every service it refuses:
  // their names or wildcard prefixes, as core's `optionalCookies(policy).mayBeIn` tests the
  // optional ones; always "maybe" with a pattern among them. Most requests carry no refused
  // cookie, and then a few substring tests stand in for reading every name of the header and
  // looking each one up. Decisions are kept by the decision cache, so this is worked out once for
  // each.
  const refusedTests = new WeakMap<Decision<P>, (header: string) => boolean>();
  const headerTest = (items: readonly StorageItem[]): ((header: string) => boolean) => {
    const cookies = items.filter((item) => (item.kind ?? 'cookie') === 'cookie');
    if (cookies.some((item) => item.pattern !== undefined)) return () => true;
    const needles = cookies.flatMap((item) => (item.name ? [item.name.replace(/\*$/, '')] : []));
    return (header) => needles.some((needle) => header.includes(needle));
  };
  /** Whether the request may carry a cookie `d` refuses; false means it carries none, for sure. */
  function mayCarryRefused(consent: LazyRequestConsent<P>, d: Decision<P>, forced: boolean): boolean {
    // No current choice and no forced decision: the loop below clears nothing.
    if (!d.consent && !forced) return false;
    let test = refusedTests.get(d);
    if (!test) {
      test = headerTest(policy.services.filter((s) => !allowed(d as Decision, s.id)).flatMap((s) => s.storage));
      refusedTests.set(d, test);
    }
    return test(consent.cookieHeader());
  }

  /**
   * Whether the request may carry a choice and a refusable service's cookie (cheap text tests),
   * asked by `needsEnforcement` and again by `enforce`: answered once a request.
   */
  const carriesRefusable = (consent: LazyRequestConsent<P>): boolean => consent.mayHaveChoice() && optional.mayBeIn(consent.cookieHeader());
  const mayCarryRefusable = (consent: LazyRequestConsent<P>): boolean => consent.mayCarryRefusable(carriesRefusable);

  /**
   * The `Set-Cookie` values that may leave. With `forced`, that decision stands for the
   * request's (and the response's consent cookie's): enforcement then asks no clock and no
   * consent cookie.
   */
  function judge(setCookies: readonly string[], consent: LazyRequestConsent<P>, forced: Decision<P> | undefined): string[] {
    let decision: Decision<P> | undefined = forced;
    // This runs on every response that sets a cookie: each header is read once, and no wrapper,
    // verdict or closure is made per cookie, nor a list that grows as it is filled (on Express
    // every byte a request allocates may be copied by the collector). `out` is made at the first
    // refusal, or at the end as a copy when every cookie may leave.
    let out: string[] | undefined;
    let own: SetCookieRead | undefined;
    const count = setCookies.length;
    const name = consent.consentCookieName;
    // One cookie, the usual case, is read into `only`; several into `read` (the response's
    // consent cookie, which sets the decision, may come after the cookies it decides).
    let only: SetCookieRead | undefined;
    let read: SetCookieRead[] | undefined;
    if (count === 1) {
      only = readSetCookie(setCookies[0]!);
      if (only.name === name) own = only;
    } else if (count > 1) {
      read = new Array<SetCookieRead>(count);
      for (let i = 0; i < count; i++) {
        const cookie = (read[i] = readSetCookie(setCookies[i]!));
        if (cookie.name === name) own = cookie;
      }
    }
    for (let i = 0; i < count; i++) {
      const rule = ruleFor(only ?? read![i]!, consent, forced !== undefined);
      if (typeof rule === 'boolean' ? rule : allowed((decision ??= decisionFor(consent, own)) as Decision, rule)) out?.push(setCookies[i]!);
      else out ??= setCookies.slice(0, i);
    }
    out ??= setCookies.slice();
    const extra = consent.extraSetCookies;
    for (let i = 0; i < extra.length; i++) out.push(extra[i]!);
    if (consent.expireAll) {
      decision ??= decisionFor(consent, own);
      out.push(...refusedCookieDeletions(policy, decision, { ...deletionTarget(consent), present: consent.cookieNames(), all: true }));
    } else if (clearRefused && mayCarryRefusable(consent)) {
      // The decision when it can be made (kept for the loop); one that cannot is left to the
      // loop, which fails as it always did.
      let known: Decision<P> | undefined;
      try {
        known = decision ??= decisionFor(consent, own);
      } catch {
        known = undefined;
      }
      if (known === undefined || mayCarryRefused(consent, known, forced !== undefined)) {
        // Only names of refusable services can need clearing; most requests carry none.
        let refused: string[] | undefined;
        let d: Decision<P> | undefined;
        for (const name of consent.cookieNames()) {
          const owner = refusableOwner(name);
          if (owner === null) continue;
          d ??= decision ??= decisionFor(consent, own);
          // A current choice refusing them; failing closed, whatever choice the request carries.
          if (!d.consent && !forced) break;
          if (!allowed(d as Decision, owner)) (refused ??= []).push(name);
        }
        if (refused && d) out.push(...refusedCookieDeletions(policy, d, { ...deletionTarget(consent), present: refused, all: false }));
      }
    }
    return out;
  }

  function enforce(setCookies: readonly string[], requestConsent: RequestConsent<P>): string[] {
    const consent = consentState(requestConsent);
    try {
      return judge(setCookies, consent, undefined);
    } catch (error) {
      // Fail closed: what cannot be decided is refused, so no optional cookie leaves and the
      // optional cookies the request carries are expired.
      logger.error(
        `cookiekit: the consent decision failed; every optional cookie is refused on this response: ${error instanceof Error ? error.message : String(error)}`,
      );
      return judge(setCookies, consent, refusing);
    }
  }

  return {
    enforce,
    needsEnforcement(count, requestConsent) {
      const consent = consentState(requestConsent);
      return (
        count > 0 ||
        consent.expireAll ||
        consent.extraSetCookies.length > 0 ||
        (clearRefused && mayCarryRefusable(consent))
      );
    },
  };
}
