import { decide, type Decision } from '../decide';
import type { Regime } from '../regions/regime';
import { categoryKind, type CategoryKind, type CookiePolicy } from '../policy';
import type { ConsentStore } from '../store';

/** The seven Google Consent Mode v2 types (C13). */
export type ConsentModeType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';
export type ConsentModeState = Record<ConsentModeType, 'granted' | 'denied'>;

/** Which category kind grants each of the seven types, unless a mapping says otherwise. */
const DEFAULT_KINDS: Record<ConsentModeType, CategoryKind> = {
  ad_storage: 'marketing',
  ad_user_data: 'marketing',
  ad_personalization: 'marketing',
  analytics_storage: 'statistics',
  functionality_storage: 'preferences',
  personalization_storage: 'preferences',
  security_storage: 'necessary',
};

/** The seven types, in Google's order. */
export const CONSENT_MODE_TYPES = /* @__PURE__ */ Object.keys(DEFAULT_KINDS) as readonly ConsentModeType[];

/** Options of `startConsentMode`. */
export interface ConsentModeOptions {
  /** Category ids granting each type; types left out follow the default by category kind. */
  readonly mapping?: Partial<Record<ConsentModeType, readonly string[]>>;
  /** Milliseconds tags wait for an update before firing (`wait_for_update`). */
  readonly waitForUpdate?: number;
  /** ISO 3166-2 regions the default applies to (`region`). */
  readonly region?: readonly string[];
  /**
   * Region-scoped defaults, for a site with regions on (C25): before the general default, one
   * `default` per regime with gtag's `region` parameter, stating what that regime allows before
   * any choice, so Google tags on a page cached across regions start from their region's rule.
   * `consentModeRegions(policy)` of `@cookiekit/core/regions` gives them.
   */
  readonly regions?: readonly ConsentModeRegions[];
  /** Default `dataLayer`. */
  readonly dataLayerName?: string;
}

/**
 * What Consent Mode is told for a decision: a type is granted when every category mapped to it is
 * allowed. `functionality_storage` falls back to necessary when the policy has no preferences category.
 */
export function consentModeState(
  policy: CookiePolicy,
  decision: Decision,
  mapping: ConsentModeOptions['mapping'] = {},
): ConsentModeState {
  const allowed = decision.categories as Record<string, boolean>;
  const idsOfKind = (kind: CategoryKind) => policy.categories.filter((c) => categoryKind(c) === kind).map((c) => c.id);
  const state = {} as ConsentModeState;
  for (const type of CONSENT_MODE_TYPES) {
    let ids = mapping[type] ?? idsOfKind(DEFAULT_KINDS[type]);
    if (!mapping[type] && type === 'functionality_storage' && ids.length === 0) ids = idsOfKind('necessary');
    state[type] = ids.length > 0 && ids.every((id) => allowed[id] === true) ? 'granted' : 'denied';
  }
  return state;
}

/** The regions under one regime, for a region-scoped Consent Mode default (C25). */
export interface ConsentModeRegions {
  readonly regime: Regime;
  /** ISO 3166-1 countries and ISO 3166-2 subdivisions, such as `US-CA`. */
  readonly region: readonly string[];
}

type Gtag = (...args: unknown[]) => void;

/**
 * Google Consent Mode v2 (C13, C14). Pushes `consent default` with all seven types to the data
 * layer at once (call it before any tag loads), then `consent update` from the stored choice on
 * every page load and on every change. Returns a stop function.
 *
 * @example
 * ```ts
 * const stop = startConsentMode(store, { waitForUpdate: 500, region: ['FR', 'DE'] });
 * ```
 */
export function startConsentMode(store: ConsentStore, options: ConsentModeOptions = {}): () => void {
  if (typeof window === 'undefined') return () => {};
  const w = window as unknown as Record<string, unknown> & { gtag?: Gtag };
  const dataLayer = ((w[options.dataLayerName ?? 'dataLayer'] as unknown[] | undefined) ??= []);
  // gtag pushes its `arguments` object, as Google's own snippet does.
  const gtag: Gtag =
    w.gtag ??
    function gtag() {
      // eslint-disable-next-line prefer-rest-params
      dataLayer.push(arguments);
    };
  w.gtag ??= gtag;

  const denied = consentModeState(store.policy, store.getSnapshot(), options.mapping);
  for (const type of CONSENT_MODE_TYPES) if (type !== 'security_storage') denied[type] = 'denied';
  const wait = options.waitForUpdate === undefined ? {} : { wait_for_update: options.waitForUpdate };
  // What each regime allows before any choice, in its regions; the general default below stays denied.
  for (const { regime, region } of options.regions ?? []) {
    const state = consentModeState(store.policy, decide(store.policy, null, { regime }, Date.now()), options.mapping);
    gtag('consent', 'default', { ...state, ...wait, region: [...region] });
  }
  // A copy: `denied` stays the state last told, for the first update's comparison.
  const defaults: Record<string, unknown> = { ...denied, ...wait };
  if (options.region) defaults.region = [...options.region];
  gtag('consent', 'default', defaults);

  let last = '';
  const update = () => {
    const state = consentModeState(store.policy, store.getSnapshot(), options.mapping);
    const key = JSON.stringify(state);
    if (key === last) return;
    last = key;
    gtag('consent', 'update', state);
  };
  // Consent Mode keeps nothing between pages: replay the stored choice on every load (C14).
  if (store.getSnapshot().consent) update();
  else last = JSON.stringify(denied);
  return store.subscribe(update);
}

/** A browser effect of `createCookieKit`: started with the store, returns its stop function. */
export type ConsentModeEffect = (store: ConsentStore) => () => void;

/**
 * Google Consent Mode v2 for `createCookieKit`'s `consentMode` option: the kit starts it before
 * every other effect, so its default precedes any tag (C13), and it follows each decision (C14).
 * A separate import, so a page without Google tags does not download it.
 *
 * @example
 * ```ts
 * import { createCookieKit, googleConsentMode } from '@cookiekit/core';
 * const kit = createCookieKit({ policy, consentMode: googleConsentMode({ waitForUpdate: 500 }) });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function googleConsentMode(options: ConsentModeOptions = {}): ConsentModeEffect {
  return (store) => startConsentMode(store, options);
}
