'use client';
import {
  createCookieKit,
  type ConsentIdOf,
  type CookieKit,
  type CookieKitOptions,
  type CookiePolicy,
} from '@cookiekit/core';
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';

declare const process: { env: { NODE_ENV?: string } };

/**
 * Register your policy once to type every id the hooks and components take:
 *
 * @example
 * ```ts
 * import type { policy } from './policy';
 * declare module '@cookiekit/react' {
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

/** Props of {@link CookieKitProvider}: core's `createCookieKit` options, or a ready `kit`. */
export type CookieKitProviderProps = (
  | (CookieKitOptions<RegisteredPolicy> & { readonly kit?: undefined })
  | { readonly kit: CookieKit<RegisteredPolicy> }
) & { readonly children?: ReactNode };

const warned = new WeakSet<object>();
const subscribeNothing = () => () => {};
const isFalse = () => false;
const isTrue = () => true;

/** The development warning for a server-rendered provider without the server's inputs. @internal */
export const MISSING_INITIAL_CONSENT =
  'cookiekit: <CookieKitProvider> hydrated server-rendered markup without the `initialConsent` prop. ' +
  "The server could not tell a returning visitor's choice, so the banner starts as a first visit and " +
  'closes after hydration. Read the consent cookie and GPC on the server (readInitialConsent from ' +
  "'@cookiekit/server') and pass them as initialConsent.";

const CookieKitContext = createContext<CookieKit<RegisteredPolicy> | null>(null);

/**
 * Provides the consent store and banner model to the tree. It creates the kit once from its
 * options (later prop changes are ignored) or takes a ready `kit`, and starts the browser
 * effects after mount only, so server rendering and hydration stay pure.
 *
 * Pass the server's `initialConsent` (the consent cookie, the signals and the time it decided
 * with) so hydration computes the server's answer: a returning visitor never sees the banner
 * flash. Without it, hydration starts from the first visit's decision (what a server without the
 * cookie drew) and moves to the browser's cookie right after, and in development a console
 * warning names the missing prop. A client-only app (no server rendering) needs no `initialConsent`.
 *
 * @example
 * ```tsx
 * <CookieKitProvider policy={policy} initialConsent={initialConsent}>
 *   <App />
 *   <CookieBanner />
 *   <CookiePreferences />
 * </CookieKitProvider>
 * ```
 */
export function CookieKitProvider(props: CookieKitProviderProps): ReactNode {
  const [kit] = useState(() => props.kit ?? createCookieKit(props as CookieKitOptions<RegisteredPolicy>));
  // True on the server and while hydrating its markup, false in a client-only render.
  const [hydrated] = useState(useSyncExternalStore(subscribeNothing, isFalse, isTrue));
  useEffect(() => {
    const options = props as CookieKitOptions<RegisteredPolicy> & { kit?: unknown };
    if (process.env.NODE_ENV !== 'production' && hydrated && !options.kit && !options.initialConsent && !options.storage) {
      // Once per kit, although StrictMode runs effects twice.
      if (!warned.has(kit)) console.warn(MISSING_INITIAL_CONSENT);
      warned.add(kit);
    }
    // Checked once, for the render that hydrated.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => kit.start(), [kit]);
  return <CookieKitContext.Provider value={kit}>{props.children}</CookieKitContext.Provider>;
}

/**
 * The kit of the nearest {@link CookieKitProvider}: its store, banner model and `start`.
 *
 * @example
 * ```ts
 * const { store } = useCookieKit();
 * ```
 */
export function useCookieKit(): CookieKit<RegisteredPolicy> {
  const kit = useContext(CookieKitContext);
  if (!kit) throw new Error('cookiekit: this component needs a <CookieKitProvider> above it.');
  return kit;
}
