'use client';
/**
 * `@cookiekit/react`: the cookiekit core API plus a provider, hooks and accessible consent
 * components that draw core's state. Import the stylesheet once: `@cookiekit/react/styles.css`.
 */
export * from '@cookiekit/core';
export {
  CookieKitProvider,
  type CookieKitProviderProps,
  type Register,
  type RegisteredPolicy,
  type ConsentId,
} from './context';
export {
  useCookieKit,
  useConsent,
  useAllowed,
  useBanner,
  type UseConsentResult,
  type UseBannerResult,
  type Equal,
} from './hooks';
export type { StyleProps } from './components/classes';
export { CookieBanner, type CookieBannerProps } from './components/CookieBanner';
export { CookiePreferences, type CookiePreferencesProps } from './components/CookiePreferences';
export { CookieSettingsButton, type CookieSettingsButtonProps } from './components/CookieSettingsButton';
export { OptOutLinks, type OptOutLinksProps } from './components/OptOutLinks';
export {
  ConsentGate,
  type ConsentGateProps,
  type ConsentGateFallbackProps,
} from './components/ConsentGate';
export { CookiePolicy, type CookiePolicyProps } from './components/CookiePolicy';
