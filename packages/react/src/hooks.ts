'use client';
import { allowed, type BannerModel, type BannerState, type ConsentStore, type Decision } from '@cookiekit/core';
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
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

/** Tells whether two selected values are the same, so the component need not re-render. */
export type Equal<S> = (a: S, b: S) => boolean;

interface Source<T> {
  getSnapshot(): T;
  getServerSnapshot(): T;
  subscribe(listener: () => void): () => void;
}

/**
 * `useSyncExternalStore` with a selector: re-renders only when the selected value changes by
 * `equal`. Hand-written (about twenty lines) rather than `use-sync-external-store/with-selector`,
 * so the package needs no dependency: the selection is memoised on the snapshot's identity (core's
 * snapshots are immutable), and an equal selection keeps the previous value's identity.
 */
function useSelector<T, S>(source: Source<T>, selector: (snapshot: T) => S, equal: Equal<S> | undefined): S {
  // The value last rendered, so an equal selection after a re-subscription keeps its identity.
  const rendered = useRef<{ value: S } | null>(null);
  const [getSelection, getServerSelection] = useMemo(() => {
    let memo: { snapshot: T; value: S } | null = null;
    const select = (snapshot: T): S => {
      if (memo && Object.is(memo.snapshot, snapshot)) return memo.value;
      const next = selector(snapshot);
      const previous = memo ?? rendered.current;
      const value = previous && (equal ?? Object.is)(previous.value, next) ? previous.value : next;
      memo = { snapshot, value };
      return value;
    };
    return [() => select(source.getSnapshot()), () => select(source.getServerSnapshot())];
  }, [source, selector, equal]);
  const value = useSyncExternalStore(source.subscribe, getSelection, getServerSelection);
  useEffect(() => {
    rendered.current = { value };
  }, [value]);
  return value;
}

/**
 * The consent decision and the store's actions, for custom UIs and conditional rendering.
 * With a selector, returns only what it selects from the decision and re-renders only when that
 * changes (compared with `equal`, default `Object.is`).
 *
 * @example
 * ```tsx
 * const { decision, allowed, withdraw } = useConsent();
 * return allowed('statistics') ? <Chart /> : <button onClick={() => withdraw()}>Withdraw</button>;
 *
 * // Re-renders only when the statistics category changes:
 * const stats = useConsent((decision) => decision.categories.statistics);
 * ```
 */
export function useConsent<S>(selector: (decision: Decision<RegisteredPolicy>) => S, equal?: Equal<S>): S;
// Last, so `ReturnType<typeof useConsent>` is the no-argument result.
export function useConsent(): UseConsentResult;
export function useConsent<S>(
  selector?: (decision: Decision<RegisteredPolicy>) => S,
  equal?: Equal<S>,
): UseConsentResult | S {
  const { store } = useCookieKit();
  const selected = useSelector<Decision<RegisteredPolicy>, unknown>(store, selector ?? identity, equal as Equal<unknown>);
  const decision = (selector ? null : selected) as Decision<RegisteredPolicy> | null;
  const result = useMemo(
    () =>
      decision && {
      decision,
      allowed: (id: ConsentId) => allowed(decision, id),
      acceptAll: store.acceptAll,
      rejectAll: store.rejectAll,
      save: store.save,
      withdraw: store.withdraw,
      confirmOverSignal: store.confirmOverSignal,
      },
    [decision, store],
  );
  return selector ? (selected as S) : result!;
}

const identity = <T,>(value: T): T => value;

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
 * actions, for building your own consent UI. With a selector, returns only what it selects from
 * the state and re-renders only when that changes (compared with `equal`, default `Object.is`);
 * the actions are on `useCookieKit().banner`.
 *
 * @example
 * ```tsx
 * const { state, acceptAll, rejectAll } = useBanner();
 * if (!state.showBanner) return null;
 *
 * // Re-renders only when the statistics switch changes:
 * const on = useBanner((state) => state.categories.find((c) => c.id === 'statistics')?.checked);
 * ```
 */
export function useBanner<S>(selector: (state: BannerState<RegisteredPolicy>) => S, equal?: Equal<S>): S;
// Last, so `ReturnType<typeof useBanner>` is the no-argument result.
export function useBanner(): UseBannerResult;
export function useBanner<S>(
  selector?: (state: BannerState<RegisteredPolicy>) => S,
  equal?: Equal<S>,
): UseBannerResult | S {
  const { banner } = useCookieKit();
  const selected = useSelector<BannerState<RegisteredPolicy>, unknown>(banner, selector ?? identity, equal as Equal<unknown>);
  const state = (selector ? null : selected) as BannerState<RegisteredPolicy> | null;
  const result = useMemo(() => state && { ...banner, state }, [banner, state]);
  return selector ? (selected as S) : result!;
}
