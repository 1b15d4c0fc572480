import type { Regime } from './regions/regime';

/**
 * The cookie policy as typed data: categories, services, purposes and storage items.
 * Everything else in cookiekit is derived from one value of this shape.
 */

/** Text shown to people: one string for every language, or one string per language tag. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** The kinds, in the order the UI shows them. */
export const CATEGORY_KINDS = ['necessary', 'preferences', 'statistics', 'marketing'] as const;

/** The four kinds of category the law distinguishes. `necessary` is always on. */
export type CategoryKind = (typeof CATEGORY_KINDS)[number];

/**
 * Purpose codes. Rules are checked on these codes, never on prose.
 * The first group is what the law treats as strictly necessary (C2).
 */
export const NECESSARY_PURPOSES = [
  'authentication',
  'session',
  'security',
  'csrf',
  'load-balancing',
  'ui-language',
  'consent-storage',
  'shopping-cart',
] as const;

/** Every purpose code a policy may use (the necessary ones first). Written out, not spread, so bundlers drop it. */
export const PURPOSES = [
  'authentication',
  'session',
  'security',
  'csrf',
  'load-balancing',
  'ui-language',
  'consent-storage',
  'shopping-cart',
  'preferences',
  'audience-measurement',
  'analytics',
  'advertising',
  'personalisation',
  'social-media',
  'embedded-content',
  'fraud-prevention',
  'performance',
  'ab-testing',
] as const;

export type NecessaryPurpose = (typeof NECESSARY_PURPOSES)[number];
export type Purpose = (typeof PURPOSES)[number];

/** One purpose of a service: the code rules are checked on, and the text people read. */
export interface PurposeEntry {
  readonly code: Purpose;
  /** Shown on the policy page and in the preferences; defaults to the code's catalog text. */
  readonly text?: LocalizedText;
}

/**
 * Every place a service's data can live in the browser. An `indexedDB` item names a database,
 * a `cacheStorage` item a cache, a `serviceWorker` item the path of the worker's script or scope
 * (`/sw.js`).
 */
export const STORAGE_KINDS = ['cookie', 'localStorage', 'sessionStorage', 'indexedDB', 'cacheStorage', 'serviceWorker'] as const;

/** Where a service's data lives in the browser. */
export type StorageKind = (typeof STORAGE_KINDS)[number];

/**
 * One cookie or storage key a service uses.
 * Give `name` (exact, or ending in `*` for a prefix wildcard) or `pattern` (a regular expression
 * source, matched against the whole name).
 */
export interface StorageItem {
  readonly kind?: StorageKind;
  readonly name?: string;
  readonly pattern?: string;
  /**
   * What visitors read for a `pattern` item in the preferences and on the policy page, such as
   * `shop_cart_<id>`: a regular expression means nothing to them. Not needed for a `name`, nor for
   * a pattern that is a plain prefix (`shop_stats:.*` reads as `shop_stats:*`); `validatePolicy`
   * warns when any other pattern has none.
   */
  readonly displayName?: string;
  /** Domain the cookie is set on (`example.com` or `.example.com`); default: the page's host. */
  readonly domain?: string;
  /** Path the cookie is set on; default `/`. */
  readonly path?: string;
  /** `session`, or a length such as `13 months`, `1 year`, `30 days`. */
  readonly duration: string;
  readonly httpOnly?: boolean;
  /** Text shown beside the name, when it differs from the service's purposes. */
  readonly description?: LocalizedText;
}

/** Who sets the service's cookies: the site itself, or a named third party. */
export type Party =
  | { readonly type: 'first' }
  | { readonly type: 'third'; readonly name: string; readonly privacyUrl: string };

/**
 * The conditions of the CNIL anonymous-audience exemption (C8). A statistics service that
 * declares all of them may run without consent, disclosed and with an opt-out.
 */
export interface AudienceMeasurementExemption {
  readonly type: 'audience-measurement';
  /** The output is anonymous statistics only. */
  readonly anonymousOutput: boolean;
  /** No tracking across sites or apps. */
  readonly crossSiteTracking: boolean;
  /** The data is not combined with other processing. */
  readonly combinedWithOtherData: boolean;
  /** The cookie's lifetime is not extended on later visits. */
  readonly extendsOnRevisit: boolean;
  /** How long the collected data is kept, such as `25 months`. */
  readonly dataRetention: string;
}

/** A category of cookies, shown as one switch. */
export interface Category<Id extends string = string> {
  readonly id: Id;
  /** Required when `id` is not itself one of the four kinds. */
  readonly kind?: CategoryKind;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  /**
   * Under an opt-out regime, whether this category is "sale, sharing or targeted advertising":
   * Global Privacy Control turns it off (C25). Default: true for the `marketing` kind only.
   */
  readonly saleOrSharing?: boolean;
  /** The category processes sensitive data: it stays opt-in under every regime (C25). */
  readonly sensitive?: boolean;
}

/** A service provider's row of the policy table. */
export interface Service<Id extends string = string, CategoryId extends string = string> {
  readonly id: Id;
  /** "Service provider's name" on the policy page. */
  readonly provider: string;
  /** "Function and location", such as "Authentication (front and back office)". */
  readonly function: LocalizedText;
  readonly category: CategoryId;
  readonly party: Party;
  readonly purposes: readonly PurposeEntry[];
  readonly storage: readonly StorageItem[];
  /** Only for statistics services meeting every C8 condition. */
  readonly exemption?: AudienceMeasurementExemption;
}

/** How the consent cookie itself is stored. */
export interface ConsentCookieOptions {
  /** Default `cookies_preferences`. */
  readonly name?: string;
  /** Set to share the choice across subdomains, such as `example.com`. */
  readonly domain?: string;
  /** How long a choice (consent or refusal) is remembered: default `6 months`, at most `13 months` (C7). */
  readonly duration?: string;
}

/** Every way the server can handle a cookie the policy does not declare. */
export const UNDECLARED_COOKIE_HANDLINGS = ['allow', 'warn', 'block'] as const;

/** What the server does with a cookie the policy does not declare. */
export type UndeclaredCookieHandling = (typeof UNDECLARED_COOKIE_HANDLINGS)[number];

/** A complete cookie policy. */
export interface CookiePolicy<CategoryId extends string = string, ServiceId extends string = string> {
  /** Changes whenever the policy changes in a way people must be asked about again. */
  readonly revision: string;
  /** Language of plain-string texts and the fallback for missing translations; default `en`. */
  readonly defaultLanguage?: string;
  readonly site?: { readonly name: string; readonly url?: string };
  readonly categories: readonly Category<CategoryId>[];
  // NoInfer: category ids come from `categories` only, so a service naming another is an error.
  readonly services: readonly Service<ServiceId, NoInfer<CategoryId>>[];
  readonly consentCookie?: ConsentCookieOptions;
  /** Treat Do Not Track like Global Privacy Control. Off unless the site opts in. */
  readonly honorDoNotTrack?: boolean;
  readonly undeclaredCookies?: UndeclaredCookieHandling;
  /** Regimes per region (C25). Left out, every visitor is under opt-in, as the EU requires. */
  readonly regions?: RegionSettings;
}

/**
 * How a site maps its visitors' regions to regimes (C25). The server reads the region from the
 * site's edge and decides the regime before the first byte; the browser only receives it.
 */
export interface RegionSettings {
  /**
   * The site's own map: ISO 3166-1 countries (`GB`), ISO 3166-2 subdivisions (`US-CA`) and the
   * groups `EU` and `EEA`, to a regime. It wins over the shipped table.
   */
  readonly regimes?: Readonly<Record<string, Regime>>;
  /** Use cookiekit's dated table of laws for regions the map leaves out. Default false. */
  readonly table?: boolean;
  /**
   * How long a choice made under each regime is kept before the visitor is asked again, such as
   * `12 months`. Opt-in keeps `consentCookie.duration`; opt-out, notice and none default to
   * 12 months (after an opt-out under California's law, no new request for 12 months).
   */
  readonly reask?: Readonly<Partial<Record<Regime, string>>>;
  /**
   * The persistent opt-out link drawn on every page under an opt-out regime (11 CCR 7015):
   * `do-not-sell` (default) reads "Do Not Sell or Share My Personal Information";
   * `privacy-choices` reads "Your Privacy Choices", with the opt-out icon beside it.
   */
  readonly optOutLink?: 'do-not-sell' | 'privacy-choices';
}

/** The category ids of a policy, as a union of literal types. */
export type CategoryIdOf<P> = P extends CookiePolicy<infer C, string> ? C : string;
/** The service ids of a policy, as a union of literal types. */
export type ServiceIdOf<P> = P extends CookiePolicy<string, infer S> ? S : string;
/** A category or service id of a policy. */
export type ConsentIdOf<P> = CategoryIdOf<P> | ServiceIdOf<P>;

/**
 * Declares a cookie policy and keeps its category and service ids as literal types, so
 * `allowed(decision, 'statistics')` type-checks and a typo does not.
 * It checks nothing at run time: use `validatePolicy` from `@cookiekit/core/schema` for that.
 *
 * @example
 * ```ts
 * const policy = defineCookiePolicy({
 *   revision: '2026-11-01',
 *   categories: [{ id: 'necessary', label: 'Necessary', description: '…' }],
 *   services: [],
 * });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineCookiePolicy<const C extends string, const S extends string>(
  policy: CookiePolicy<C, S>,
): CookiePolicy<C, S> {
  return policy;
}

/** The kind of a category: its declared kind, or its id when that is a kind. */
export function categoryKind(category: Category): CategoryKind {
  return category.kind ?? (category.id as CategoryKind);
}

/** Whether a category can be refused (every kind but `necessary`). */
export function isOptionalCategory(category: Category): boolean {
  return categoryKind(category) !== 'necessary';
}

/** Whether a category counts as sale, sharing or targeted advertising (C25); see {@link Category.saleOrSharing}. */
export function isSaleOrSharing(category: Category): boolean {
  return category.saleOrSharing ?? categoryKind(category) === 'marketing';
}

/**
 * The literal prefix of a pattern that only says "starts with" (`shop_stats:.*`, `^_ga_.*$`), or
 * `undefined` for any other regular expression.
 */
export function patternPrefix(pattern: string): string | undefined {
  const m = /^\^?((?:[^\\^$.*+?()[\]{}|]|\\[^\w\s])+)\.\*\$?$/.exec(pattern);
  return m ? m[1]!.replace(/\\(.)/g, '$1') : undefined;
}

/**
 * How a storage item reads to visitors, in the preferences and on the policy page: its `name`
 * (`_shop_stats_ses*` for a prefix), else the policy's `displayName` for a pattern, else a prefix
 * pattern as `name*`, else the pattern's source (which `validatePolicy` warns about).
 *
 * @example
 * ```ts
 * storageItemLabel({ pattern: 'shop_stats:.*', duration: '13 months' }); // 'shop_stats:*'
 * ```
 */
export function storageItemLabel(item: StorageItem): string {
  if (item.name !== undefined) return item.name;
  if (item.displayName) return item.displayName;
  const prefix = patternPrefix(item.pattern ?? '');
  return prefix === undefined ? (item.pattern ?? '') : `${prefix}*`;
}
