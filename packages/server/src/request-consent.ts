import {
  allowed,
  consentLifetimeMs,
  createConsentStore,
  decide,
  decodeConsent,
  encodeConsent,
  memoryStorage,
  consentCookieName,
  consentCookieString,
  type Consent,
  type ConsentIdOf,
  type CookiePolicy,
  type Decision,
  type InitialConsent,
  type Signals,
} from '@cookiekit/core';
import { parseCookie } from 'cookie';
import { hostName } from './enforce';
import { regimeForPolicy } from '@cookiekit/core/regions';
import type { RegionReader } from './region';
import type { BootstrapHtmlOptions, ConsentHtml, HtmlRenderer } from './html';
import { sharedSignalsFromHeaders, type HeaderSource } from './signals';
import { cookieNames, cookieValue } from './cookie-names';

/** What `read` needs of a request. Every part is read only when first used. */
export interface ConsentRequest {
  readonly headers: HeaderSource;
  /** The request URL; used for the host and scheme when they are not given. */
  readonly url?: string;
  /** The host name the request was made to; default the `Host` header, then the URL's. */
  readonly host?: string;
  /** Whether the request came over https (or a function telling it, asked only when needed); default from the URL's scheme. */
  readonly secure?: boolean | (() => boolean);
}

/**
 * One request's consent. Nothing is parsed or decided until a property is first read, so a
 * request that never asks pays nothing.
 */
export interface RequestConsent<P extends CookiePolicy = CookiePolicy> {
  readonly policy: P;
  /** What is allowed for this request and whether to ask (core `decide` on the consent cookie and signals). */
  readonly decision: Decision<P>;
  /**
   * The server's inputs for React or Vue server rendering: pass them to the client so its first
   * render equals the server's (no banner flash).
   */
  readonly initialConsent: InitialConsent;
  /** The consent cookie decoded, whatever its revision or age; `null` when absent or malformed. */
  readonly stored: Consent | null;
  /**
   * `Sec-GPC` (C10) and `DNT` as read from the request, and the regime of the visitor's region
   * when the policy has `regions` (C25).
   */
  readonly signals: Signals;
  /**
   * The visitor's region (`US-CA`, `DE`) from the headers of the kit's `region` source, or
   * `undefined` when no source is set, or the edge sent none or an unknown one. No IP address is
   * looked up.
   */
  readonly region: string | undefined;
  /** The decision time (milliseconds since the epoch), fixed at first use. */
  readonly now: number;
  /** The request's cookies by name, values as sent (not URI-decoded); the first of repeated names wins. */
  readonly cookies: Readonly<Record<string, string | undefined>>;
  /** Whether a category or service is allowed for this request. */
  allowed(id: ConsentIdOf<P>): boolean;
  /**
   * Expires, on this response, every cookie of a refused service on every declared path and
   * domain, HttpOnly ones included, present in the request or not (C6, C18).
   */
  expireRefusedCookies(): void;
  /**
   * Records a withdrawal on the server (no script needed): writes a consent cookie refusing every
   * optional category (method `withdraw`, same subject) and expires the refused cookies. The
   * decision of this request becomes the new one. Returns the recorded consent.
   */
  withdraw(): Consent;
  /**
   * The consent UI for this visitor as HTML, for a template to print unescaped: the markup of
   * `@cookiekit/core/html` (the React and Vue components' markup) in a `<div data-cookiekit-ui>`
   * container, to which `@cookiekit/dom` attaches. The first layer when the visitor is to be
   * asked; for a returning visitor whose choice is current, only the settings button and the
   * closed preferences dialog, so the way back stays on every page (C6). Every policy text is
   * escaped (C24). Drawn when called, at most once per request; the kit's `banner` option sets
   * its catalog, policy link and classes.
   *
   * @example
   * ```ts
   * res.send(`<body>… <footer>${req.cookiekit.bannerHtml()}</footer>${req.cookiekit.bootstrapHtml()}</body>`);
   * ```
   */
  bannerHtml(): string;
  /**
   * The data the browser side starts from, as `<script type="application/json">` blocks: this
   * request's `initialConsent` (`id="cookiekit-initial"`, so the browser decides as the server
   * did and the banner does not flash) and, unless `policy: false`, the policy
   * (`id="cookiekit-policy"`, read by the script-tag build). Data, not script: it runs under a
   * strict CSP with or without `nonce` (C23), and `<` is escaped in it (C24).
   */
  bootstrapHtml(options?: BootstrapHtmlOptions): string;
  /**
   * `bannerHtml()` and `bootstrapHtml(options)` as one lazy value: nothing is drawn until it is
   * printed (`String(value)`, as every template engine does), so a page that does not print it
   * pays nothing. Express's `res.locals.cookiekitHtml` is this, with `res.locals.cspNonce`.
   */
  consentHtml(options?: BootstrapHtmlOptions): ConsentHtml;
}

/** Internal state shared by the adapters and enforcement. */
export interface RequestConsentState {
  /** The consent cookie's name under the policy. */
  readonly consentCookieName: string;
  /** Where deletions go. */
  readonly host: string;
  /** The request's path (no query): deletions are also tried on each of its ancestors. */
  readonly path: string;
  readonly secure: boolean;
  /** Cheap test: might the request carry a choice (the consent cookie's name appears in `Cookie`)? */
  mayHaveChoice(): boolean;
  /** The raw `Cookie` header, or `''`. */
  cookieHeader(): string;
  /** The distinct cookie names the request carries (the names of `cookies`, without building it). */
  cookieNames(): readonly string[];
  /** `Set-Cookie` values this helper decided to send (a consent cookie written by `withdraw`). */
  readonly extraSetCookies: readonly string[];
  /** Whether every refused cookie is to be expired, present or not. */
  readonly expireAll: boolean;
}

/** The consent cookie's name under a policy (core's `consentCookieName`). */
export { consentCookieName };

const keepRaw = (value: string): string => value;
/** No `Set-Cookie` of its own: most requests; one shared empty list, not one per request. */
const NONE: readonly string[] = Object.freeze([]);

/** What every request of one kit shares. */
export interface ConsentShared<P extends CookiePolicy = CookiePolicy> {
  readonly policy: P;
  readonly clock: () => number;
  readonly consentCookieName: string;
  /** `consentCookieName` followed by `=`: a header without it carries no choice. */
  readonly consentCookieNeedle: string;
  /** Decodes a consent cookie value (core `decodeConsent`), possibly from a cache. */
  readonly decode: (value: string | null) => Consent | null;
  /** Core `decide` on a consent cookie value and signals at `now`, possibly from a cache. */
  readonly decide: (value: string | null, signals: Signals, now: number) => Decision<P>;
  /** Where the region comes from; absent, no region header is trusted. */
  readonly region?: RegionReader;
  /** Draws the consent UI and bootstrap data (only when a request asks). */
  readonly html: HtmlRenderer;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Core `decide` behind a bounded cache keyed by the consent cookie's value and the signals: a
 * returning visitor sends the same cookie on every request, and the decision for it only changes
 * with time when the choice starts or stops being current. An entry is used only inside that
 * window, `[decidedAt, min(expiresAt, decidedAt + consent lifetime))`, where `decide`'s time
 * checks cannot change their answer; outside it `decide` runs again. Decisions are frozen, so
 * no request can change another's.
 */
export function cachedDecider<P extends CookiePolicy>(
  policy: P,
  decode: (value: string | null) => Consent | null,
  size = 512,
): (value: string | null, signals: Signals, now: number) => Decision<P> {
  type Entry = { decision: Decision<P>; from: number; until: number };
  // One map of cookie values per combination of signals (a handful: GPC, DNT, regime), so the
  // key is the value itself, not a new string joined from the signals and the value each request.
  const bySignals = new Map<string, Map<string | null, Entry>>();
  let entries = 0;
  return (value, signals, now) => {
    const signalKey = signals.regime ? `${signals.gpc ? 1 : 0}${signals.dnt ? 1 : 0}${signals.regime}` : signals.gpc ? (signals.dnt ? '11' : '10') : signals.dnt ? '01' : '00';
    let cache = bySignals.get(signalKey);
    const hit = cache?.get(value);
    if (hit && now >= hit.from && now < hit.until) return hit.decision;
    const stored = decode(value);
    const decision = deepFreeze(decide(policy, stored, signals, now));
    const from = stored ? stored.decidedAt : -Infinity;
    const until = stored ? Math.min(stored.expiresAt, stored.decidedAt + consentLifetimeMs(policy, stored.regime)) : Infinity;
    if (now >= from && now < until) {
      if (hit) {
        cache!.delete(value);
        entries--;
      } else if (entries >= size) {
        // Bounded: the oldest entry of the largest map goes (in practice the only large one).
        let largest: Map<string | null, Entry> | undefined;
        for (const m of bySignals.values()) if (!largest || m.size > largest.size) largest = m;
        largest!.delete(largest!.keys().next().value!);
        entries--;
      }
      if (!cache) bySignals.set(signalKey, (cache = new Map()));
      cache.set(value, { decision, from, until });
      entries++;
    }
    return decision;
  };
}

/**
 * `decodeConsent` behind a bounded cache: a returning visitor sends the same value on every
 * request. Cached consents are frozen, so no request can change another's.
 */
export function cachedDecoder(size = 512): (value: string | null) => Consent | null {
  const cache = new Map<string, Consent | null>();
  return (value) => {
    if (value === null) return null;
    let consent = cache.get(value);
    if (consent === undefined) {
      consent = decodeConsent(value);
      if (consent) {
        Object.freeze(consent.categories);
        Object.freeze(consent.services);
        Object.freeze(consent);
      }
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
      cache.set(value, consent);
    }
    return consent;
  };
}

/** What a request's consent keeps of the parts most requests never read (see `LazyRequestConsent`). */
interface RarelyRead {
  cookies?: Record<string, string | undefined>;
  stored?: Consent | null;
  region?: string | null;
  host?: string;
  extra?: string[];
  expireAll?: boolean;
  ui?: string;
}

/**
 * Lazy implementation of `RequestConsent`; also carries what enforcement needs. Made for every
 * request that is judged, so it holds only what enforcement reads; the parts most requests never
 * read are kept in one object made when the first of them is (on Express, every byte a request
 * allocates may be copied by the collector).
 */
export class LazyRequestConsent<P extends CookiePolicy = CookiePolicy> implements RequestConsent<P>, RequestConsentState {
  readonly #request: ConsentRequest;
  readonly #shared: ConsentShared<P>;
  #header: string | undefined;
  #mayCarryRefusable: boolean | undefined;
  #cookieValue: string | null | undefined;
  #signals: Signals | undefined;
  #now: number | undefined;
  #decision: Decision<P> | undefined;
  #rare: RarelyRead | undefined;

  constructor(shared: ConsentShared<P>, request: ConsentRequest) {
    this.#shared = shared;
    this.#request = request;
  }

  get policy(): P {
    return this.#shared.policy;
  }

  get consentCookieName(): string {
    return this.#shared.consentCookieName;
  }

  get #more(): RarelyRead {
    return (this.#rare ??= {});
  }

  cookieHeader(): string {
    return (this.#header ??= this.#request.headers.get('cookie') ?? '');
  }

  mayHaveChoice(): boolean {
    return this.cookieHeader().includes(this.#shared.consentCookieNeedle);
  }

  // Not kept: enforcement asks once, and what a request holds lives as long as the request (on
  // Express, often past a scavenge, where every byte kept is copied).
  /** `test(this)`, asked once a request: enforcement's "may carry a refusable cookie" (see `createEnforcer`). */
  mayCarryRefusable(test: (consent: this) => boolean): boolean {
    return (this.#mayCarryRefusable ??= test(this));
  }

  cookieNames(): readonly string[] {
    const cookies = this.#rare?.cookies;
    return cookies ? Object.keys(cookies) : cookieNames(this.cookieHeader());
  }

  get cookies(): Readonly<Record<string, string | undefined>> {
    return (this.#more.cookies ??= parseCookie(this.cookieHeader(), { decode: keepRaw }));
  }

  get #value(): string | null {
    if (this.#cookieValue === undefined) {
      this.#cookieValue = this.mayHaveChoice() ? (cookieValue(this.cookieHeader(), this.consentCookieName) ?? null) : null;
    }
    return this.#cookieValue;
  }

  get stored(): Consent | null {
    const more = this.#more;
    if (more.stored === undefined) more.stored = this.#shared.decode(this.#value);
    return more.stored;
  }

  get region(): string | undefined {
    const reader = this.#shared.region;
    // No region source (the usual case): nothing to read, and nothing kept.
    if (!reader) return undefined;
    const more = this.#more;
    if (more.region === undefined) more.region = reader.read(this.#request.headers) ?? null;
    return more.region ?? undefined;
  }

  get signals(): Signals {
    if (!this.#signals) {
      const signals = sharedSignalsFromHeaders(this.#request.headers);
      // Only a policy with `regions` has a regime, so every other decision stays as before (C25).
      const regime = regimeForPolicy(this.policy, this.region, this.now);
      this.#signals = regime ? { ...signals, regime } : signals;
    }
    return this.#signals;
  }

  get now(): number {
    return (this.#now ??= this.#shared.clock());
  }

  get decision(): Decision<P> {
    return (this.#decision ??= this.#shared.decide(this.#value, this.signals, this.now));
  }

  get initialConsent(): InitialConsent {
    return { cookie: this.#value, signals: this.signals, now: this.now };
  }

  get host(): string {
    const more = this.#more;
    if (more.host === undefined) {
      const r = this.#request;
      let host = r.host ?? r.headers.get('host');
      if (!host && r.url) {
        try {
          host = new URL(r.url).host;
        } catch {
          host = '';
        }
      }
      more.host = hostName(host);
    }
    return more.host;
  }

  get path(): string {
    const url = this.#request.url ?? '/';
    try {
      return new URL(url, 'http://h').pathname;
    } catch {
      return '/';
    }
  }

  get secure(): boolean {
    const secure = this.#request.secure;
    return typeof secure === 'function' ? secure() : (secure ?? this.#request.url?.startsWith('https:') === true);
  }

  get extraSetCookies(): readonly string[] {
    return this.#rare?.extra ?? NONE;
  }

  get expireAll(): boolean {
    return this.#rare?.expireAll === true;
  }

  allowed(id: ConsentIdOf<P>): boolean {
    return allowed(this.decision, id);
  }

  expireRefusedCookies(): void {
    this.#more.expireAll = true;
  }

  withdraw(): Consent {
    const store = createConsentStore({
      policy: this.policy,
      storage: memoryStorage(),
      initialConsent: this.initialConsent,
      now: () => this.now,
    });
    const consent = store.withdraw('api');
    const value = encodeConsent(consent);
    const more = this.#more;
    (more.extra ??= []).push(
      consentCookieString(
        this.consentCookieName,
        value,
        (consent.expiresAt - consent.decidedAt) / 1000,
        this.policy.consentCookie?.domain,
        this.secure,
      ),
    );
    this.#cookieValue = value;
    more.stored = consent;
    this.#decision = decide(this.policy, consent, this.signals, this.now);
    more.expireAll = true;
    more.ui = undefined;
    return consent;
  }

  bannerHtml(): string {
    return (this.#more.ui ??= this.#shared.html.ui(this.initialConsent, this.decision));
  }

  bootstrapHtml(options?: BootstrapHtmlOptions): string {
    return this.#shared.html.bootstrap(this.initialConsent, options);
  }

  consentHtml(options?: BootstrapHtmlOptions): ConsentHtml {
    return lazyConsentHtml(this, options);
  }
}

/** A `ConsentHtml` over a request's consent: each part drawn when first read. */
export function lazyConsentHtml(consent: Pick<RequestConsent, 'bannerHtml' | 'bootstrapHtml'>, options?: BootstrapHtmlOptions): ConsentHtml {
  let bootstrap: string | undefined;
  return {
    get banner() {
      return consent.bannerHtml();
    },
    get bootstrap() {
      return (bootstrap ??= consent.bootstrapHtml(options));
    },
    toString() {
      return this.banner + this.bootstrap;
    },
  };
}
