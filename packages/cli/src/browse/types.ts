import type { Browser } from 'playwright-core';

/** Which response or script set a cookie or storage key. */
export type SetBy =
  | { readonly type: 'response'; readonly url: string }
  | { readonly type: 'script'; readonly url: string }
  | { readonly type: 'unknown' };

/** A cookie as the browser kept it. Values are never recorded. */
export interface ObservedCookie {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
  /** Unix time in seconds; `-1` for a session cookie. */
  readonly expires: number;
  /** The longest remaining lifetime seen, in seconds; `null` for a session cookie. */
  readonly lifetimeSeconds: number | null;
  readonly httpOnly: boolean;
  readonly secure: boolean;
  readonly sameSite: 'Strict' | 'Lax' | 'None';
  readonly setBy: SetBy;
  /** The page on which it was first seen. */
  readonly page: string;
}

/**
 * A storage item other than a cookie: a localStorage or sessionStorage key, an IndexedDB
 * database, a Cache Storage cache, or a service worker (named by its script's path, such as
 * `/sw.js`). Values are never recorded.
 */
export interface ObservedStorage {
  readonly kind: 'localStorage' | 'sessionStorage' | 'indexedDB' | 'cacheStorage' | 'serviceWorker';
  readonly name: string;
  /** The origin of the frame that holds it (the top page or a same-origin iframe). */
  readonly origin: string;
  readonly setBy: SetBy;
  readonly page: string;
}

/** The moments of a visit the audit compares. */
export type Phase = 'before-consent' | 'after-reject' | 'after-accept' | 'after-withdrawal';

/** What a phase clicked to get there. */
export interface PhaseAction {
  /** The choice was made. */
  readonly done: boolean;
  /** The buttons clicked, by their accessible name. */
  readonly steps: readonly string[];
  /** Why it could not be made. */
  readonly note?: string;
}

/** Everything seen during one phase. */
export interface PhaseResult {
  readonly phase: Phase;
  readonly action: PhaseAction | null;
  /** Every cookie and key that existed at some point in the phase. */
  readonly seen: { readonly cookies: readonly ObservedCookie[]; readonly storage: readonly ObservedStorage[] };
  /** What was left at its end, after every page was visited again. */
  readonly final: { readonly cookies: readonly ObservedCookie[]; readonly storage: readonly ObservedStorage[] };
}

/** A consent button found on the page, with what C4 compares. */
export interface ButtonInfo {
  readonly name: string;
  readonly tag: string;
  readonly width: number;
  readonly height: number;
  readonly fontSize: string;
  readonly fontWeight: string;
}

/** The first layer as found on the first page, before any click. */
export interface BannerCheck {
  readonly accept: ButtonInfo | null;
  readonly reject: ButtonInfo | null;
  readonly settings: ButtonInfo | null;
}

/** One request the page made. */
export interface RequestLogEntry {
  readonly url: string;
  readonly method: string;
  readonly resourceType: string;
  /** Refused before it left the browser: its origin is not the one given. */
  readonly blocked: boolean;
  /** For a blocked request: it was a redirect from an allowed URL to another origin. */
  readonly redirectFrom?: string;
}

/** A visit of a site, phase by phase. */
export interface SiteObservation {
  readonly url: string;
  readonly origin: string;
  readonly host: string;
  readonly startedAt: string;
  readonly pages: readonly string[];
  readonly banner: BannerCheck;
  readonly phases: readonly PhaseResult[];
  readonly requests: readonly RequestLogEntry[];
  /** Pages that failed to load, with the reason. */
  readonly errors: readonly string[];
  /** Why the visit stopped before its end (the time limit); absent when it ran to the end. */
  readonly incomplete?: string;
  /** Certificate errors were ignored (`ignoreHttpsErrors`). */
  readonly ignoredHttpsErrors?: boolean;
}

/** CSS selectors for a site whose buttons the built-in names do not find. */
export interface ButtonSelectors {
  readonly accept?: string;
  readonly reject?: string;
  readonly settings?: string;
}

/** Options of `observeSite`. */
export interface ObserveOptions {
  readonly url: string;
  /** Default: all four. `before-consent` always runs (it crawls). */
  readonly phases?: readonly Phase[];
  /** A browser to reuse; otherwise Chromium is found and started (and closed after). */
  readonly browser?: Browser;
  /** Path of the Chromium to start. */
  readonly chromium?: string;
  /** Pages to visit, the start page included; default 10. */
  readonly maxPages?: number;
  /** Link depth from the start page; default 2. */
  readonly depth?: number;
  /** Wait after each load and click for late scripts, in ms; default 300. */
  readonly settleMs?: number;
  /** Navigation timeout in ms; default 15000. */
  readonly timeoutMs?: number;
  /** How long to wait for the banner's buttons, in ms; default 3000. */
  readonly bannerTimeoutMs?: number;
  /** More origins the browser may contact (default: only the URL's own). */
  readonly allowOrigins?: readonly string[];
  /** Links whose URL matches are not followed. */
  readonly exclude?: RegExp;
  readonly selectors?: ButtonSelectors;
  /**
   * Bound on the whole visit, in ms: when it is reached, the browser contexts are closed and
   * what was seen so far is returned with `incomplete` set. Default: no bound.
   */
  readonly maxTimeMs?: number;
  /** Accept invalid certificates (a staging site's self-signed one); default false. */
  readonly ignoreHttpsErrors?: boolean;
  /** Called with a line for each page and click, for progress on long crawls. */
  readonly onProgress?: (line: string) => void;
}
