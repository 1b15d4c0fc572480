import { THIRTEEN_MONTHS_SECONDS, parseDuration } from './duration';
import { isStricterRegime, type Regime } from './regions/regime';
import {
  categoryKind,
  isOptionalCategory,
  isSaleOrSharing,
  type Category,
  type CategoryIdOf,
  type ConsentIdOf,
  type CookiePolicy,
  type Service,
  type ServiceIdOf,
} from './policy';

/**
 * Every way a choice can be made, recorded with it as proof (C9). The one list: the consent
 * cookie's codec, the record schema and the consent log all check against it.
 */
export const CONSENT_METHODS = ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'confirm-over-gpc'] as const;

/** How a choice was made; recorded with it as proof (C9). */
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** A choice a person made, as kept in the consent cookie. */
export interface Consent {
  /** The policy revision the choice was made on. */
  readonly revision: string;
  /** Random pseudonymous id linking one browser's choices in the consent log. */
  readonly subject: string;
  /** Milliseconds since the epoch (UTC). */
  readonly decidedAt: number;
  readonly expiresAt: number;
  readonly method: ConsentMethod;
  /** Choice per optional category: `true` granted, `false` refused. */
  readonly categories: Readonly<Record<string, boolean>>;
  /** Choice per optional or exempt service. */
  readonly services: Readonly<Record<string, boolean>>;
  /** The regime the choice was made under; absent means opt-in (C25). */
  readonly regime?: Regime;
}

/** Browser privacy signals. */
export interface Signals {
  /** Global Privacy Control is on (C10). */
  readonly gpc?: boolean;
  /** Do Not Track is on; only counts when the policy sets `honorDoNotTrack`. */
  readonly dnt?: boolean;
  /** The regime of the visitor's region, decided by the server (C25); default opt-in. */
  readonly regime?: Regime;
}

/** Why the person must be asked. */
export type AskReason = 'no-choice' | 'revision-changed' | 'policy-extended' | 'expired' | 'regime-changed';

/** What is allowed now, and whether to ask. */
export interface Decision<P extends CookiePolicy = CookiePolicy> {
  readonly ask: boolean;
  /** Why the banner is shown; `null` when it is not. */
  readonly reason: AskReason | null;
  readonly categories: Readonly<Record<CategoryIdOf<P>, boolean>>;
  readonly services: Readonly<Record<ServiceIdOf<P>, boolean>>;
  /** The stored choice still in force, or `null`. */
  readonly consent: Consent | null;
  /** The regime the decision was made under (C25). */
  readonly regime: Regime;
  /**
   * A privacy signal (GPC, or DNT where honoured) that holds marketing categories off (C11).
   * `held` lists them; `conflict` is true when the stored choice had granted one of them.
   */
  readonly signal: {
    readonly active: boolean;
    readonly held: readonly CategoryIdOf<P>[];
    readonly conflict: boolean;
  };
}

/**
 * How long a choice is remembered under this policy and regime, in milliseconds (C7: default
 * 6 months, at most 13; under opt-out, notice and none `regions.reask`, default 12 months, C25).
 */
export function consentLifetimeMs(policy: CookiePolicy, regime: Regime = 'opt-in'): number {
  const configured = parseDuration(
    policy.regions?.reask?.[regime] ?? (regime === 'opt-in' ? policy.consentCookie?.duration ?? '6 months' : '12 months'),
  );
  // Thirteen months is already under a browser's longest Max-Age (C17).
  const seconds = configured ? Math.min(configured, THIRTEEN_MONTHS_SECONDS) : 6 * 2_629_746;
  return seconds * 1000;
}

/** Whether a service meets every condition of the anonymous-audience exemption (C8). */
export function isExemptAudienceService(policy: CookiePolicy, service: Service): boolean {
  const e = service.exemption;
  if (!e) return false;
  const category = policy.categories.find((c) => c.id === service.category);
  const retention = parseDuration(e.dataRetention);
  return (
    e.type === 'audience-measurement' &&
    !!category &&
    categoryKind(category) === 'statistics' &&
    service.party.type === 'first' &&
    service.purposes.length > 0 &&
    service.purposes.every((p) => p.code === 'audience-measurement') &&
    e.anonymousOutput === true &&
    e.crossSiteTracking === false &&
    e.combinedWithOtherData === false &&
    e.extendsOnRevisit === false &&
    // An unreadable retention is `undefined`, which is neither `> 0` nor `<=` a number.
    retention! > 0 &&
    retention! <= 25 * 2_629_746 &&
    // An unreadable duration is `undefined`, which is never `<=` a number.
    service.storage.every((s) => parseDuration(s.duration)! <= THIRTEEN_MONTHS_SECONDS)
  );
}

/** A future `decidedAt` beyond this skew marks a forged or broken cookie. */
const CLOCK_SKEW_MS = 24 * 3600 * 1000;

/**
 * The one consent rule of cookiekit, pure and the same on server and client.
 * Necessary categories are always allowed. Under opt-in (the default) every optional one starts
 * denied (C3) and is allowed only by a stored choice that is still valid: same revision, not
 * expired (C7). A privacy signal holds marketing categories off over an earlier opt-in unless the
 * person confirmed it (C11).
 *
 * Under another regime (`signals.regime`, C25) optional categories run until refused, except
 * sensitive ones, which stay opt-in; a refusal once made is kept even when the choice is asked
 * again; under `none` nothing is asked. A choice made under a laxer regime is asked again under a
 * stricter one.
 *
 * @example
 * ```ts
 * const d = decide(policy, decodeConsent(cookieValue), { gpc: true }, Date.now());
 * if (d.ask) showBanner();
 * ```
 */
export function decide<P extends CookiePolicy>(
  policy: P,
  stored: Consent | null,
  signals: Signals,
  now: number,
): Decision<P> {
  const regime = signals.regime ?? 'opt-in';
  const storedRegime = stored?.regime ?? 'opt-in';
  let reason: AskReason | null =
    !stored || stored.decidedAt > now + CLOCK_SKEW_MS || stored.expiresAt <= stored.decidedAt
      ? 'no-choice'
      : isStricterRegime(regime, storedRegime)
        ? 'regime-changed'
        : stored.revision !== policy.revision
          ? 'revision-changed'
          : now >= Math.min(stored.expiresAt, stored.decidedAt + consentLifetimeMs(policy, storedRegime))
            ? 'expired'
            : null;
  // A stored choice counts only when nothing above set it aside.
  const consent = reason ? null : stored;

  const signalActive = !!signals.gpc || (!!policy.honorDoNotTrack && !!signals.dnt);
  const confirmedOverSignal = consent?.method === 'confirm-over-gpc';
  const categories: Record<string, boolean> = {};
  const held: string[] = [];
  let conflict = false;
  let anythingToAsk = false;
  // The stored choice for an id, ignoring inherited keys such as `constructor`. A choice the
  // person was never asked for means the policy grew since (unless `fresh`: exempt services).
  const choice = (kind: 'categories' | 'services', id: string, fresh?: boolean): boolean | undefined => {
    const choices = consent?.[kind];
    if (choices && Object.hasOwn(choices, id)) return choices[id];
    if (consent && !fresh) reason ??= 'policy-extended';
  };
  // Outside opt-in, what runs by default runs unless refused, and a refusal outlives the choice
  // that made it: an expired or superseded opt-out is no opt-in (C25).
  // Sensitive data stays opt-in under every regime.
  const optIn = (category: Category): boolean => regime === 'opt-in' || !!category.sensitive;
  // (An inherited key such as `constructor` is never `false`.)
  const runsUnlessRefused = (kind: 'categories' | 'services', id: string): boolean =>
    choice(kind, id) !== false && stored?.[kind][id] !== false;

  for (const category of policy.categories) {
    if (!isOptionalCategory(category)) {
      categories[category.id] = true;
      continue;
    }
    anythingToAsk = true;
    let allowed = optIn(category) ? choice('categories', category.id) === true : runsUnlessRefused('categories', category.id);
    if (signalActive && isSaleOrSharing(category) && !confirmedOverSignal) {
      held.push(category.id);
      // A stored grant the signal overrides is recorded as refused (C11).
      if (allowed && consent) conflict = true;
      allowed = false;
    }
    categories[category.id] = allowed;
  }

  const services: Record<string, boolean> = {};
  for (const service of policy.services) {
    const category = policy.categories.find((c) => c.id === service.category);
    if (!category || !isOptionalCategory(category)) {
      services[service.id] = !!category;
      continue;
    }
    services[service.id] = isExemptAudienceService(policy, service)
      ? // Exempt audience measurement runs unless the person opted out (C8).
        choice('services', service.id, true) !== false
      : optIn(category)
        ? choice('services', service.id) === true && !held.includes(category.id)
        : categories[category.id]! && runsUnlessRefused('services', service.id);
  }

  const ask = anythingToAsk && regime !== 'none' && reason !== null;
  return {
    ask,
    reason: ask ? reason : null,
    categories: categories as Decision<P>['categories'],
    services: services as Decision<P>['services'],
    consent,
    regime,
    signal: { active: signalActive, held: held as CategoryIdOf<P>[], conflict },
  };
}

/**
 * Whether a category or service is allowed by a decision. Unknown ids are never allowed.
 *
 * @example
 * ```ts
 * if (allowed(decision, 'statistics')) loadAnalytics();
 * ```
 */
export function allowed<P extends CookiePolicy>(decision: Decision<P>, id: ConsentIdOf<P>): boolean {
  const key = id as string;
  return (
    (decision.categories as Record<string, boolean>)[key] === true ||
    (decision.services as Record<string, boolean>)[key] === true
  );
}
