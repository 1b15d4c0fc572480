import {
  allowed,
  type BannerModel,
  type BannerState,
  type ConsentStore,
  type CookieKitOptions,
  type CookiePolicy,
  type Decision,
} from '@cookiekit/core';
import {
  computed,
  getCurrentInstance,
  getCurrentScope,
  onMounted,
  onScopeDispose,
  shallowReadonly,
  shallowRef,
  type Ref,
} from 'vue';
import { MISSING_INITIAL_CONSENT, useCookieKitContext, type CookieKitContext, type ConsentId, type RegisteredPolicy } from './context';

export { useCookieKit } from './context';

interface Source<T> {
  getSnapshot(): T;
  getServerSnapshot(): T;
  subscribe(listener: () => void): () => void;
}

/** Tells whether two selected values are the same, so the ref need not change. */
export type Equal<S> = (a: S, b: S) => boolean;

const identity = <T>(value: T): T => value;

declare const process: { env: { NODE_ENV?: string } };

/**
 * Whether this is the app's first render on the server or its hydration in the browser, which
 * must draw the server snapshot. A client-only first render (no server markup under it) draws the
 * browser's own snapshot. While hydrating, a component's vnode already holds its server node.
 */
function hydrating(context: CookieKitContext): boolean {
  if (context.mounted) return false;
  if (typeof window === 'undefined') return true;
  const instance = getCurrentInstance();
  if (!instance || instance.vnode.el == null) return false;
  if (process.env.NODE_ENV !== 'production' && !context.warned) {
    const from = context.from as Partial<CookieKitOptions<CookiePolicy>>;
    // Options without the server's inputs (a kit passed in is the caller's own).
    if (!('start' in from) && !from.initialConsent && !from.storage) {
      context.warned = true;
      console.warn(MISSING_INITIAL_CONSENT);
    }
  }
  return true;
}

/**
 * A readonly ref following what `select` picks from a core snapshot (immutable, replaced only on
 * change); it changes only when the selection does, by `equal`, so a component re-renders only for
 * what it reads. The app's first render, and so hydration, draws the server snapshot exactly as the
 * server did; the ref subscribes once mounted, so only in the browser, and unsubscribes with its
 * scope.
 */
function useSnapshot<T, S = T>(
  context: CookieKitContext,
  source: Source<T>,
  select: (snapshot: T) => S = identity as (snapshot: T) => S,
  equal: Equal<S> = Object.is,
): Readonly<Ref<S>> {
  const state = shallowRef<S>(select(hydrating(context) ? source.getServerSnapshot() : source.getSnapshot()));
  const update = () => {
    const next = select(source.getSnapshot());
    if (!equal(state.value, next)) state.value = next;
  };
  let unsubscribe: (() => void) | undefined;
  const connect = () => {
    unsubscribe ??= source.subscribe(update);
    update();
  };
  if (getCurrentInstance()) onMounted(connect);
  else if (typeof window !== 'undefined') connect();
  if (getCurrentScope()) {
    onScopeDispose(() => {
      unsubscribe?.();
      unsubscribe = undefined;
    });
  }
  return shallowReadonly(state) as Readonly<Ref<S>>;
}

/** What {@link useConsent} returns: the current decision as a readonly ref, and the store's actions. */
export type UseConsentResult = Pick<
  ConsentStore<RegisteredPolicy>,
  'acceptAll' | 'rejectAll' | 'save' | 'withdraw' | 'confirmOverSignal'
> & {
  /** What is allowed now and whether to ask, as core's `decide` computed it. */
  readonly decision: Readonly<Ref<Decision<RegisteredPolicy>>>;
  /** Whether a category or service is allowed in `decision` (reactive in templates and computeds). */
  readonly allowed: (id: ConsentId) => boolean;
};

/** What {@link useBanner} returns: core's banner view model, with its state as a readonly ref. */
export type UseBannerResult = BannerModel<RegisteredPolicy> & {
  readonly state: Readonly<Ref<BannerState<RegisteredPolicy>>>;
};

/**
 * The consent decision and the store's actions, for custom UIs and conditional rendering. With a
 * selector, returns a readonly ref of only what it selects from the decision, changed only when
 * that changes (compared with `equal`, default `Object.is`), so a component re-renders only for it.
 *
 * @example
 * ```ts
 * const { decision, allowed, withdraw } = useConsent();
 * const showChart = computed(() => allowed('statistics'));
 *
 * // Changes only when the statistics category does:
 * const stats = useConsent((decision) => decision.categories.statistics);
 * ```
 */
export function useConsent<S>(
  selector: (decision: Decision<RegisteredPolicy>) => S,
  equal?: Equal<S>,
): Readonly<Ref<S>>;
// Last, so `ReturnType<typeof useConsent>` is the no-argument result.
export function useConsent(): UseConsentResult;
export function useConsent<S>(
  selector?: (decision: Decision<RegisteredPolicy>) => S,
  equal?: Equal<S>,
): UseConsentResult | Readonly<Ref<S>> {
  const context = useCookieKitContext();
  const { store } = context.kit;
  if (selector) return useSnapshot(context, store, selector, equal);
  const decision = useSnapshot(context, store);
  return {
    decision,
    allowed: (id) => allowed(decision.value, id),
    acceptAll: store.acceptAll,
    rejectAll: store.rejectAll,
    save: store.save,
    withdraw: store.withdraw,
    confirmOverSignal: store.confirmOverSignal,
  };
}

/**
 * Whether a category or service of the registered policy is allowed now, as a readonly ref. With a
 * registered policy, an id it does not declare is a compile error.
 *
 * @example
 * ```ts
 * const stats = useAllowed('statistics');
 * watchEffect(() => stats.value && loadStats());
 * ```
 */
export function useAllowed(id: ConsentId): Readonly<Ref<boolean>> {
  const { decision } = useConsent();
  return computed(() => allowed(decision.value, id));
}

/**
 * Core's banner view model (which layer is open, the draft switches, the texts) with its
 * actions, for building your own consent UI. With a selector, returns a readonly ref of only what
 * it selects from the state, changed only when that changes (compared with `equal`, default
 * `Object.is`); the actions are on `useCookieKit().banner`.
 *
 * @example
 * ```ts
 * const { state, acceptAll, rejectAll } = useBanner();
 * const visible = computed(() => state.value.showBanner);
 *
 * // Changes only when the statistics switch does:
 * const on = useBanner((state) => state.categories.find((c) => c.id === 'statistics')?.checked);
 * ```
 */
export function useBanner<S>(
  selector: (state: BannerState<RegisteredPolicy>) => S,
  equal?: Equal<S>,
): Readonly<Ref<S>>;
// Last, so `ReturnType<typeof useBanner>` is the no-argument result.
export function useBanner(): UseBannerResult;
export function useBanner<S>(
  selector?: (state: BannerState<RegisteredPolicy>) => S,
  equal?: Equal<S>,
): UseBannerResult | Readonly<Ref<S>> {
  const context = useCookieKitContext();
  const { banner } = context.kit;
  if (selector) return useSnapshot(context, banner, selector, equal);
  return { ...banner, state: useSnapshot(context, banner) };
}
