'use client';
import { allowed, type BannerModel, type BannerState, type ConsentStore, type Decision } from '@cookiekit/core';
import { useMemo, useSyncExternalStore } from 'react';
import { useCookieKit, type ConsentId, type RegisteredPolicy } from './context';

export { useCookieKit } from './context';

/** What {@link useConsent} returns: the current decision and the store's actions. */
export type UseConsentResult = Pick<
  ConsentStore<RegisteredPolicy>,
  'acceptAll' | 'rejectAll' | 'save' | 'withdraw' | 'confirmOverSignal'
> & {
  /** What is allowed now and whether to ask, as core's `decide` computed it. */
  readonly decision: Decision<RegisteredPolicy>;
  /** Whether a category or service is allowed in `decision`. */
  readonly allowed: (id: ConsentId) => boolean;
};

/** What {@link useBanner} returns: core's banner view model and its current state. */
export type UseBannerResult = BannerModel<RegisteredPolicy> & { readonly state: BannerState<RegisteredPolicy> };

/**
 * The consent decision and the store's actions, for custom UIs and conditional rendering.
 *
 * @example
 * ```tsx
 * const { decision, allowed, withdraw } = useConsent();
 * return allowed('statistics') ? <Chart /> : <button onClick={() => withdraw()}>Withdraw</button>;
 * ```
 */
export function useConsent(): UseConsentResult {
  const { store } = useCookieKit();
  const decision = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  return useMemo(
    () => ({
      decision,
      allowed: (id: ConsentId) => allowed(decision, id),
      acceptAll: store.acceptAll,
      rejectAll: store.rejectAll,
      save: store.save,
      withdraw: store.withdraw,
      confirmOverSignal: store.confirmOverSignal,
    }),
    [decision, store],
  );
}

/**
 * Whether a category or service of the registered policy is allowed now. Re-renders only when
 * that answer changes.
 *
 * @example
 * ```tsx
 * const stats = useAllowed('statistics');
 * ```
 */
export function useAllowed(id: ConsentId): boolean {
  const { store } = useCookieKit();
  return useSyncExternalStore(
    store.subscribe,
    () => store.allowed(id),
    () => allowed(store.getServerSnapshot(), id),
  );
}

/**
 * Core's banner view model (which layer is open, the draft switches, the texts) with its
 * actions, for building your own consent UI.
 *
 * @example
 * ```tsx
 * const { state, acceptAll, rejectAll } = useBanner();
 * if (!state.showBanner) return null;
 * ```
 */
export function useBanner(): UseBannerResult {
  const { banner } = useCookieKit();
  const state = useSyncExternalStore(banner.subscribe, banner.getSnapshot, banner.getServerSnapshot);
  return useMemo(() => ({ ...banner, state }), [banner, state]);
}
