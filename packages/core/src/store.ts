import { decodeConsent, encodeConsent, newSubjectId } from './codec';
import {
  allowed,
  consentLifetimeMs,
  decide,
  isExemptAudienceService,
  type Consent,
  type ConsentMethod,
  type Decision,
  type Signals,
} from './decide';
import {
  isOptionalCategory,
  type CategoryIdOf,
  type ConsentIdOf,
  type CookiePolicy,
  type ServiceIdOf,
} from './policy';
import { cookieStorage, type ConsentStorage } from './storage';

/**
 * The server's inputs to `decide`, handed to the client so it computes exactly the server's
 * answer on hydration: a returning visitor never sees the banner flash.
 */
export interface InitialConsent {
  /** The consent cookie's value as the server read it, or `null`. */
  readonly cookie: string | null;
  readonly signals: Signals;
  /** The decision time, milliseconds since the epoch. */
  readonly now: number;
}

/**
 * The choices of a custom save: unnamed categories are refused, unnamed services follow their
 * category. A service may be granted alone inside a refused category ("allow this video").
 */
export interface ConsentChoices<P extends CookiePolicy = CookiePolicy> {
  readonly categories?: Partial<Record<CategoryIdOf<P>, boolean>>;
  readonly services?: Partial<Record<ServiceIdOf<P>, boolean>>;
}

/** Every place a decision can be made, recorded as proof. */
export const CONSENT_SOURCES = ['banner', 'preferences', 'placeholder', 'api'] as const;

/** Where a decision was made, recorded as proof. */
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

/** What the store tells about a recorded decision. */
export interface DecisionEvent {
  readonly consent: Consent;
  readonly previous: Consent | null;
  readonly signals: Signals;
  readonly source: ConsentSource;
}

/** The store's typed events. */
export interface ConsentEvents<P extends CookiePolicy = CookiePolicy> {
  /** A new snapshot replaced the previous one. */
  change: (next: Decision<P>, previous: Decision<P>) => void;
  /** A decision was recorded (by a person, or by honouring a privacy signal). */
  decision: (event: DecisionEvent) => void;
  /** A category or service became allowed. */
  granted: (id: ConsentIdOf<P>) => void;
  /** A category or service stopped being allowed. */
  revoked: (id: ConsentIdOf<P>) => void;
}

/** Options of `createConsentStore`. */
export interface ConsentStoreOptions<P extends CookiePolicy> {
  readonly policy: P;
  /** Default: the consent cookie named by the policy (memory-free, SSR-safe). */
  readonly storage?: ConsentStorage;
  /** The server's inputs; the first snapshot is computed from them. */
  readonly initialConsent?: InitialConsent;
  /**
   * Fixed signals (tests, servers). Default: the initial signals, joined by the browser's own
   * (`navigator.globalPrivacyControl`, and Do Not Track) once the store is first subscribed to.
   */
  readonly signals?: Signals;
  /** Clock, for tests. Default `Date.now`. */
  readonly now?: () => number;
}

/** A framework-free consent store: `getSnapshot`/`subscribe` plus the actions a person can take. */
export interface ConsentStore<P extends CookiePolicy = CookiePolicy> {
  readonly policy: P;
  /** The current decision; the same object until something really changes. */
  getSnapshot(): Decision<P>;
  /**
   * The decision computed from the initial (server) inputs, for hydration. Without
   * `initialConsent` and with the default storage, the first visit's decision (what a server that
   * was given no cookie drew), whatever the browser's cookie holds.
   */
  getServerSnapshot(): Decision<P>;
  subscribe(listener: () => void): () => void;
  on<E extends keyof ConsentEvents<P>>(event: E, handler: ConsentEvents<P>[E]): () => void;
  allowed(id: ConsentIdOf<P>): boolean;
  /** The signals decisions are currently made with. */
  getSignals(): Signals;
  acceptAll(source?: ConsentSource): Consent;
  rejectAll(source?: ConsentSource): Consent;
  save(choices: ConsentChoices<P>, source?: ConsentSource): Consent;
  /** Refuses everything optional and says it was a withdrawal: cleanup follows (C6). */
  withdraw(source?: ConsentSource): Consent;
  /** Grants these choices although a privacy signal is on, after the person was told (C11). */
  confirmOverSignal(choices: ConsentChoices<P>, source?: ConsentSource): Consent;
  /** Replaces the signals, e.g. once the browser's GPC is read. */
  setSignals(signals: Signals): void;
}

/** Reads the browser's privacy signals; empty on the server. */
export function browserSignals(): Signals {
  if (typeof navigator === 'undefined') return {};
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return { gpc: nav.globalPrivacyControl === true, dnt: nav.doNotTrack === '1' };
}

/**
 * Creates the consent store. Touches no browser API until it is subscribed to.
 *
 * @example
 * ```ts
 * const store = createConsentStore({ policy });
 * store.subscribe(() => render(store.getSnapshot()));
 * store.acceptAll();
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function createConsentStore<P extends CookiePolicy>(options: ConsentStoreOptions<P>): ConsentStore<P> {
  const { policy, initialConsent } = options;
  const now = options.now ?? Date.now;
  // The policy's cookie options (name, domain) are the storage's own.
  const storage = options.storage ?? cookieStorage(policy.consentCookie);
  const handlers: Record<string, Set<(...args: never[]) => void>> = {};
  let signals: Signals = initialConsent?.signals ?? options.signals ?? {};
  let stored = decodeConsent(initialConsent ? initialConsent.cookie : storage.read());
  const decidedAt = initialConsent?.now ?? now();
  let snapshot = decide(policy, stored, signals, decidedAt);
  // Without the server's inputs, a server drew what it decides without a cookie: the first visit.
  // Hydration must start from that, not from the browser's cookie, or the server's banner is
  // adopted by a client that believes it is hidden (and its buttons do nothing). The client then
  // moves to the cookie's decision like any change. A storage of the caller's is the caller's word.
  const serverSnapshot =
    initialConsent || options.storage || !stored ? snapshot : decide(policy, null, signals, decidedAt);
  let started = false;

  // Decisions made before anyone listens (a privacy signal honoured on the first subscribe, before
  // the consent sender is attached) are kept for the first 'decision' listener, so proof is not lost.
  const undelivered: DecisionEvent[] = [];

  function emit<E extends keyof ConsentEvents<P>>(event: E, ...args: Parameters<ConsentEvents<P>[E]>): void {
    if (event === 'decision' && !handlers.decision?.size) undelivered.push(args[0] as DecisionEvent);
    handlers[event]?.forEach((handler) => (handler as (...a: unknown[]) => void)(...args));
  }

  function refresh(): void {
    const next = decide(policy, stored, signals, now());
    // Decisions are plain data: equal JSON, same decision.
    if (JSON.stringify(next) === JSON.stringify(snapshot)) return;
    const previous = snapshot;
    snapshot = next;
    for (const kind of ['categories', 'services'] as const) {
      for (const [id, isAllowed] of Object.entries(next[kind])) {
        const was = (previous[kind] as Record<string, boolean>)[id] === true;
        if (isAllowed !== was) emit(isAllowed ? 'granted' : 'revoked', id as ConsentIdOf<P>);
      }
    }
    // Subscribers are 'change' handlers that ignore the arguments.
    emit('change', next, previous);
  }

  function record(method: ConsentMethod, choices: ConsentChoices<P> | Consent, source: ConsentSource): Consent {
    const decidedAt = now();
    const wanted = choices as { categories?: Record<string, boolean>; services?: Record<string, boolean> };
    const categories: Record<string, boolean> = {};
    const services: Record<string, boolean> = {};
    for (const category of policy.categories) {
      // Accepting all grants every optional category; otherwise an unnamed one is refused.
      if (isOptionalCategory(category)) {
        categories[category.id] = method === 'accept-all' || wanted.categories?.[category.id] === true;
      }
    }
    for (const service of policy.services) {
      if (!(service.category in categories)) continue;
      // Services follow their category unless named; exempt audience measurement keeps its opt-out (C8).
      const otherwise = isExemptAudienceService(policy, service)
        ? (stored?.services[service.id] ?? true)
        : categories[service.category];
      services[service.id] = (wanted.services?.[service.id] ?? otherwise) === true;
    }
    const consent: Consent = {
      revision: policy.revision,
      subject: stored?.subject ?? newSubjectId(),
      decidedAt,
      expiresAt: decidedAt + consentLifetimeMs(policy, signals.regime),
      method,
      categories,
      services,
      // Under opt-in nothing is added, so the cookie reads as before regimes existed (C25).
      ...(signals.regime && signals.regime !== 'opt-in' && { regime: signals.regime }),
    };
    // What is stored is what `decide` allows of the wish, so a privacy signal keeps marketing
    // refused unless the person confirmed over it (C11), by the same rule as everywhere. The wish
    // is narrowed in place: `decide` answers every id the wish names.
    const allowedNow = decide<CookiePolicy>(policy, consent, signals, decidedAt);
    for (const id in categories) categories[id] = allowedNow.categories[id]!;
    for (const id in services) services[id] = allowedNow.services[id]!;
    const previous = snapshot.consent;
    storage.write(encodeConsent(consent), (consent.expiresAt - decidedAt) / 1000);
    stored = consent;
    refresh();
    emit('decision', { consent, previous, signals, source });
    return consent;
  }

  function start(): void {
    if (started) return;
    started = true;
    // The browser's own signals count too, even when the server did not see them (C10); after
    // hydration, so the first render still matches the server's.
    if (!options.signals) {
      const browser = browserSignals();
      signals = { ...signals, gpc: !!(signals.gpc || browser.gpc), dnt: !!(signals.dnt || browser.dnt) };
    }
    refresh();
    honourSignal();
  }

  // A privacy signal over an earlier opt-in is recorded, so a later missing signal is no opt-in (C11).
  function honourSignal(): void {
    const current = snapshot.consent;
    if (snapshot.signal.conflict && current) {
      // A consent holds its choices the way a custom save names them.
      record('gpc', current, 'api');
    }
  }

  const on: ConsentStore<P>['on'] = (event, handler) => {
    const set = (handlers[event] ??= new Set());
    set.add(handler);
    if (event === 'decision') undelivered.splice(0).forEach((e) => (handler as ConsentEvents<P>['decision'])(e));
    return () => void set.delete(handler);
  };

  return {
    policy,
    getSnapshot: () => snapshot,
    getServerSnapshot: () => serverSnapshot,
    subscribe(listener) {
      const off = on('change', () => listener());
      start();
      return off;
    },
    on,
    allowed: (id) => allowed(snapshot, id),
    getSignals: () => signals,
    acceptAll: (source = 'banner') => record('accept-all', {}, source),
    rejectAll: (source = 'banner') => record('reject-all', {}, source),
    save: (choices, source = 'preferences') => record('custom', choices, source),
    withdraw: (source = 'preferences') => record('withdraw', {}, source),
    confirmOverSignal: (choices, source = 'preferences') => record('confirm-over-gpc', choices, source),
    setSignals(next) {
      signals = next;
      refresh();
      honourSignal();
    },
  };
}
