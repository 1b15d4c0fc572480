import {
  createCookieKit as createCoreKit,
  type ConsentIdOf,
  type CookieKit,
  type CookieKitOptions,
  type CookiePolicy,
} from '@cookiekit/core';
import { getCurrentInstance, inject, onMounted, type App, type InjectionKey } from 'vue';

/**
 * Register your policy once to type every id the composables and components take:
 *
 * @example
 * ```ts
 * import type { policy } from './policy';
 * declare module '@cookiekit/vue' {
 *   interface Register {
 *     policy: typeof policy;
 *   }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Register {}

/** The policy registered with {@link Register}, or any `CookiePolicy` when none is. */
export type RegisteredPolicy = Register extends { policy: infer P extends CookiePolicy } ? P : CookiePolicy;

/** A category or service id of the registered policy. */
export type ConsentId = ConsentIdOf<RegisteredPolicy>;

/**
 * Core's kit (`store`, `banner`, `start`) that is also a Vue plugin: `app.use(kit)` provides it
 * to every component and composable of the app.
 */
export interface CookieKitPlugin<P extends CookiePolicy = CookiePolicy> extends CookieKit<P> {
  install(app: App): void;
}

/** What the plugin provides. @internal */
export interface CookieKitContext {
  readonly kit: CookieKit<RegisteredPolicy>;
  /** The app's first render (or hydration) is done: composables created later read the live snapshot. */
  mounted: boolean;
  stop: (() => void) | undefined;
}

const COOKIE_KIT: InjectionKey<CookieKitContext> = Symbol('cookiekit');

/**
 * Creates cookiekit for one Vue app with core's `createCookieKit`, and returns that kit as a
 * plugin. Create one per app (per request on the server). Give it the same `initialConsent` on
 * the server and in the browser (the server's request decision, serialized into the page): the
 * first client render then equals the server's, so hydration matches and a returning visitor
 * never sees the banner flash. The browser effects (GPC, Consent Mode, the consent sender,
 * `effects`) start once the app is mounted, never on the server, and stop when it is unmounted.
 * Touches no browser API when called, so a Nuxt plugin file can call it.
 *
 * @example
 * ```ts
 * import { createSSRApp } from 'vue';
 * import { createCookieKit } from '@cookiekit/vue';
 * import { policy } from './policy';
 *
 * const app = createSSRApp(App);
 * app.use(createCookieKit({ policy, initialConsent: window.__CONSENT__ }));
 * app.mount('#app');
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function createCookieKit<P extends CookiePolicy>(options: CookieKitOptions<P>): CookieKitPlugin<P> {
  const kit = createCoreKit(options);
  return {
    ...kit,
    install(app: App) {
      const context: CookieKitContext = {
        kit: kit as unknown as CookieKit<RegisteredPolicy>,
        mounted: false,
        stop: undefined,
      };
      app.provide(COOKIE_KIT, context);
      app.onUnmount(() => {
        context.stop?.();
        context.stop = undefined;
      });
    },
  };
}

/**
 * The plugin's context, for the composables: in a component it also starts the browser effects
 * once the app's first render or hydration is done (`onMounted`). Throws when the plugin is missing.
 * @internal
 */
export function useCookieKitContext(): CookieKitContext {
  const context = inject(COOKIE_KIT, null);
  if (!context) {
    throw new Error('cookiekit: install the plugin first: app.use(createCookieKit({ policy, initialConsent })).');
  }
  if (!context.mounted && getCurrentInstance()) {
    onMounted(() => {
      context.mounted = true;
      context.stop ??= context.kit.start();
    });
  }
  return context;
}

/**
 * The kit the plugin provided: its store, banner model and `start`.
 *
 * @example
 * ```ts
 * const { store } = useCookieKit();
 * ```
 */
export function useCookieKit(): CookieKit<RegisteredPolicy> {
  return useCookieKitContext().kit;
}
