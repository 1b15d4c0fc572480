import { allowed, type BannerModel, type BannerState, type ConsentStore, type Decision } from '@cookiekit/core';
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
import { useCookieKitContext, type CookieKitContext, type ConsentId, type RegisteredPolicy } from './context';

export { useCookieKit } from './context';

interface Source<T> {
  getSnapshot(): T;
  getServerSnapshot(): T;
  subscribe(listener: () => void): () => void;
}

/**
 * A readonly ref following a core snapshot (immutable, replaced only on change). The app's first
 * render, and so hydration, draws the server snapshot exactly as the server did; the ref
 * subscribes once mounted, so only in the browser, and unsubscribes with its scope.
 */
function useSnapshot<T>(context: CookieKitContext, source: Source<T>): Readonly<Ref<T>> {
  const state = shallowRef<T>(context.mounted ? source.getSnapshot() : source.getServerSnapshot());
  let unsubscribe: (() => void) | undefined;
  const connect = () => {
    unsubscribe ??= source.subscribe(() => {
      state.value = source.getSnapshot();
    });
    state.value = source.getSnapshot();
  };
  if (getCurrentInstance()) onMounted(connect);
  else if (typeof window !== 'undefined') connect();
  if (getCurrentScope()) {
    onScopeDispose(() => {
      unsubscribe?.();
      unsubscribe = undefined;
    });
  }
  return shallowReadonly(state) as Readonly<Ref<T>>;
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
 * The consent decision and the store's actions, for custom UIs and conditional rendering.
 *
 * @example
 * ```ts
 * const { decision, allowed, withdraw } = useConsent();
 * const showChart = computed(() => allowed('statistics'));
 * ```
 */
export function useConsent(): UseConsentResult {
  const context = useCookieKitContext();
  const { store } = context.kit;
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
 * actions, for building your own consent UI.
 *
 * @example
 * ```ts
 * const { state, acceptAll, rejectAll } = useBanner();
 * const visible = computed(() => state.value.showBanner);
 * ```
 */
export function useBanner(): UseBannerResult {
  const context = useCookieKitContext();
  const { banner } = context.kit;
  return { ...banner, state: useSnapshot(context, banner) };
}
