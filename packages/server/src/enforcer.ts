import { allowed, compileCookiePlan, isOptionalCategory, optionalCookies, type CookiePolicy, type Decision, type StorageItem } from '@cookiekit/core';
import { isDeletion, judgeSetCookie, readSetCookie, refusedCookieDeletions } from './enforce';
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

/** A `Set-Cookie` value of the response, read once. */
interface ParsedSetCookie {
  readonly header: string;
  readonly cookie: ReturnType<typeof readSetCookie>;
  readonly name: string;
  readonly value: string | undefined;
  readonly deletion: boolean;
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
  const logOnce = (name: string, message: string) => {
    if (logged.has(name) || logged.size >= MAX_LOGGED_NAMES) return;
    logged.add(name);
    logger.warn(message);
  };

  function decisionFor(consent: LazyRequestConsent<P>, cookies: readonly ParsedSetCookie[]): Decision<P> {
    // The last consent cookie the response sets wins, as in the browser.
    for (let i = cookies.length - 1; i >= 0; i--) {
      const c = cookies[i]!;
      if (c.name !== consent.consentCookieName) continue;
      return shared.decide(c.deletion ? null : (c.value ?? null), consent.signals, consent.now);
    }
    return consent.decision;
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
    const out: string[] = [];
    let decision: Decision<P> | undefined = forced;
    // Parsed only when the response sets cookies: most responses set none, and then no closure
    // or list is made for them (this runs on every response).
    let parsed: ParsedSetCookie[] | undefined;
    if (setCookies.length > 0) {
      const t = forced ? () => safeNow(consent) : () => consent.now;
      const list = setCookies.map((header) => {
        const c = readSetCookie(header);
        return { header, cookie: c, name: c.name, value: c.value, deletion: isDeletion(c, t) };
      });
      parsed = list;
      const decisionOf = () => (decision ??= decisionFor(consent, list));
      for (const p of list) {
        const verdict = judgeSetCookie(policy, decisionOf, p.cookie, consent.consentCookieName, t, optional, cookieOwner);
        if (verdict.pass) {
          out.push(p.header);
          if (!verdict.declared && undeclared === 'warn') {
            logOnce(p.name, `cookiekit: Set-Cookie ${JSON.stringify(p.name.slice(0, 64))} is not declared in the cookie policy (undeclaredCookies: warn)`);
          }
        } else if (verdict.reason === 'undeclared') {
          logOnce(p.name, `cookiekit: blocked Set-Cookie ${JSON.stringify(p.name.slice(0, 64))}: not declared in the cookie policy (undeclaredCookies: block)`);
        }
      }
    }
    for (const extra of consent.extraSetCookies) out.push(extra);
    if (consent.expireAll) {
      decision ??= parsed ? decisionFor(consent, parsed) : consent.decision;
      out.push(...refusedCookieDeletions(policy, decision, { ...deletionTarget(consent), present: consent.cookieNames(), all: true }));
    } else if (clearRefused && mayCarryRefusable(consent)) {
      // The decision when it can be made (kept for the loop); one that cannot is left to the
      // loop, which fails as it always did.
      let known: Decision<P> | undefined;
      try {
        known = decision ??= parsed ? decisionFor(consent, parsed) : consent.decision;
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
          d ??= decision ??= parsed ? decisionFor(consent, parsed) : consent.decision;
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
