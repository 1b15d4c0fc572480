'use client';
import {
  createCookieKit,
  type ConsentIdOf,
  type CookieKit,
  type CookieKitOptions,
  type CookiePolicy,
} from '@cookiekit/core';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

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

const CookieKitContext = createContext<CookieKit<RegisteredPolicy> | null>(null);

/**
 * Provides the consent store and banner model to the tree. It creates the kit once from its
 * options (later prop changes are ignored) or takes a ready `kit`, and starts the browser
 * effects after mount only, so server rendering and hydration stay pure.
 *
 * Pass the server's `initialConsent` (the consent cookie, the signals and the time it decided
 * with) so hydration computes the server's answer: a returning visitor never sees the banner
 * flash. Without it the provider reads the browser's cookie.
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
