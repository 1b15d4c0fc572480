import {
  createCookieKit,
  type ConsentIdOf,
  type CookieKit,
  type CookieKitOptions,
  type CookiePolicy,
} from '@cookiekit/core';
import { inject, type App, type InjectionKey } from 'vue';

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
 * Core's kit (`store`, `banner`, `start`) that is also a Vue plugin: `app.use(plugin)` provides it
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
  /**
   * What the plugin was created from. Options without `initialConsent` nor a storage leave
   * hydration unable to know the cookie: development builds warn once (`warned`).
   */
  readonly from: CookieKitOptions<CookiePolicy> | CookieKit<CookiePolicy>;
  warned?: boolean;
}

/** The development warning for a hydrated app without the server's inputs. @internal */
export const MISSING_INITIAL_CONSENT =
  'cookiekit: createCookieKitPlugin() hydrated server-rendered markup without `initialConsent`. ' +
  "The server could not tell a returning visitor's choice, so the banner starts as a first visit and " +
  'closes after hydration. Read the consent cookie and GPC on the server and pass them as ' +
  'initialConsent, the same object on the server and in the browser.'

const COOKIE_KIT: InjectionKey<CookieKitContext> = Symbol('cookiekit');

/**
 * Creates cookiekit's Vue plugin, from core's `createCookieKit` options or from a kit already
 * made with it (to share one kit with code outside Vue). The plugin is that kit plus `install`.
 * Create one per app (per request on the server). Give it the same `initialConsent` on the
 * server and in the browser (the server's request decision, serialized into the page): the first
 * client render then equals the server's, so hydration matches and a returning visitor never sees
 * the banner flash. Without it, hydration starts from the first visit's decision (what a server
 * without the cookie drew) and moves to the browser's cookie once mounted, and in development a
 * console warning names the missing `initialConsent`. A client-only app needs none.
 *
 * The plugin itself starts the browser effects (GPC, cleanup, gating, Consent Mode, the consent
 * sender, `effects`) once the app is mounted or hydrated, whether or not any component uses
 * cookiekit, and stops them on `app.unmount()`. Nothing starts on the server, and creating the
 * plugin touches no browser API, so a Nuxt plugin file can call it.
 *
 * @example
 * ```ts
 * import { createSSRApp } from 'vue';
 * import { createCookieKitPlugin } from '@cookiekit/vue';
 * import { policy } from './policy';
 *
 * const app = createSSRApp(App);
 * app.use(createCookieKitPlugin({ policy, initialConsent: window.__CONSENT__ }));
 * app.mount('#app');
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function createCookieKitPlugin<P extends CookiePolicy>(
  optionsOrKit: CookieKitOptions<P> | CookieKit<P>,
): CookieKitPlugin<P> {
  const kit = 'start' in optionsOrKit ? optionsOrKit : createCookieKit(optionsOrKit);
  return {
    ...kit,
    install(app: App) {
      const context: CookieKitContext = {
        kit: kit as unknown as CookieKit<RegisteredPolicy>,
        mounted: false,
        from: optionsOrKit as CookieKitContext['from'],
      };
      let stop: (() => void) | undefined;
      app.provide(COOKIE_KIT, context);
      // Start right after the app's first render or hydration, as React's provider does on mount:
      // hydration stays pure (gating would otherwise change the server's markup under it), and an
      // app that uses no cookiekit component still enforces every choice. Never on the server,
      // where apps are rendered to a string, not mounted.
      const mount = app.mount;
      app.mount = ((...args: Parameters<App['mount']>) => {
        const root = mount(...args);
        context.mounted = true;
        stop ??= kit.start();
        return root;
      }) as App['mount'];
      app.onUnmount(() => {
        stop?.();
        stop = undefined;
        context.mounted = false;
      });
    },
  };
}

/**
 * The plugin's context, for the composables. Throws when the plugin is missing.
 * @internal
 */
export function useCookieKitContext(): CookieKitContext {
  const context = inject(COOKIE_KIT, null);
  if (!context) {
    throw new Error(
      'cookiekit: install the plugin first: app.use(createCookieKitPlugin({ policy, initialConsent })).',
    );
  }
  return context;
}

/**
 * The kit the plugin provided: its store, banner model and `start`.
 *
 * @example
 * ```ts
 * const { store, banner } = useCookieKit();
 * ```
 */
export function useCookieKit(): CookieKit<RegisteredPolicy> {
  return useCookieKitContext().kit;
}
