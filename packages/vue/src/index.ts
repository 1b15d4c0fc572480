/**
 * `@cookiekit/vue`: the cookiekit core API plus a plugin, composables and accessible consent
 * components that draw core's state. Import the stylesheet once: `@cookiekit/vue/styles.css`.
 * Touches no browser API at import.
 */
// Core's API as is, `createCookieKit` included (the framework-free kit); the plugin is `createCookieKitPlugin`.
export * from '@cookiekit/core';
export {
  createCookieKitPlugin,
  useCookieKit,
  type CookieKitPlugin,
  type Register,
  type RegisteredPolicy,
  type ConsentId,
} from './context';
export {
  useConsent,
  useAllowed,
  useBanner,
  type UseConsentResult,
  type UseBannerResult,
  type Equal,
} from './composables';
export type { StyleProps } from './components/classes';
export { CookieBanner, type CookieBannerProps } from './components/CookieBanner';
export { CookiePreferences, type CookiePreferencesProps } from './components/CookiePreferences';
export { CookieSettingsButton, type CookieSettingsButtonProps } from './components/CookieSettingsButton';
export { OptOutLinks, type OptOutLinksProps } from './components/OptOutLinks';
export { CookiePolicy, type CookiePolicyProps } from './components/CookiePolicy';
export {
  ConsentGate,
  type ConsentGateProps,
  type ConsentGateFallbackProps,
} from './components/ConsentGate';
