/**
 * `@cookiekit/core`: the cookie policy as typed data, the consent decision, the consent cookie
 * and the consent store. Framework-free; touches no browser API at import.
 */
export * from './policy';
export { parseDuration, THIRTEEN_MONTHS_SECONDS, MAX_COOKIE_AGE_SECONDS } from './duration';
export {
  decide,
  allowed,
  consentLifetimeMs,
  isExemptAudienceService,
  CONSENT_METHODS,
  type Consent,
  type ConsentMethod,
  type Signals,
  type AskReason,
  type Decision,
} from './decide';
export { encodeConsent, decodeConsent, newSubjectId, MAX_COOKIE_BYTES } from './codec';
export { REGIMES, isStricterRegime, type Regime } from './regions/regime';
export {
  cookieStorage,
  memoryStorage,
  readCookie,
  type ConsentStorage,
  type CookieStorageOptions,
} from './storage';
export {
  createConsentStore,
  browserSignals,
  CONSENT_SOURCES,
  type ConsentStore,
  type ConsentStoreOptions,
  type ConsentChoices,
  type ConsentEvents,
  type ConsentSource,
  type DecisionEvent,
  type InitialConsent,
} from './store';
export { type ConsentRecord, type StoredConsentRecord, type ConsentSink, canonicalJson } from './record';
export { matchesStorageItem, findDeclaredStorage, refusedStorage } from './match';
export {
  compileCookiePlan,
  consentCookieName,
  consentCookieString,
  cookieDomains,
  cookiePaths,
  deletionCookieStrings,
  optionalCookies,
  storageItemMatcher,
  DEFAULT_CONSENT_COOKIE,
  type CookiePlan,
  type DeclaredStorage,
  type DeletionScope,
  type OptionalCookies,
} from './cookie-plan';
export {
  createBannerModel,
  serviceTexts,
  type ServiceTexts,
  type BannerModel,
  type BannerModelOptions,
  type BannerState,
  type BannerView,
  type CategoryView,
  type ServiceView,
  type CookieRow,
  type BannerLayout,
  type OptOutLinkView,
} from './banner/model';
export { regimeLayouts, type RegimeLayout } from './banner/regime-layouts';
export { OPT_OUT_ICON } from './banner/icon';
export { BANNER_LAYOUTS, layoutAttributes, type BannerPlacement } from './banner/layout';
export { en, enRegimes } from './messages/en';
export type { Messages, PluralForms, RegimeMessages } from './messages/types';
export {
  startConsentMode,
  googleConsentMode,
  consentModeState,
  CONSENT_MODE_TYPES,
  type ConsentModeEffect,
  type ConsentModeOptions,
  type ConsentModeRegions,
  type ConsentModeState,
  type ConsentModeType,
} from './runtime/consent-mode';
export {
  startConsentSender,
  consentSender,
  consentRecord,
  type ConsentSenderEffect,
  type ConsentSenderOptions,
} from './runtime/sender';
export {
  cleanupRefused,
  cleanupRefusedStores,
  watchCleanup,
  type CleanupEnv,
  type CleanupReport,
  type StoresCleanupReport,
  type WatchCleanupOptions,
} from './runtime/cleanup';
export { startGating, onConsent, type GatingOptions } from './runtime/gating';
export { embedPlaceholders, type EmbedPlaceholder } from './runtime/placeholder';
export { createCookieKit, createCookieKitWith, type CookieKit, type CookieKitOptions } from './kit';
export {
  resolveLanguage,
  resolveMessages,
  chooseMessages,
  lookupLanguage,
  acceptLanguages,
  textDirection,
  detectLanguagePreferences,
  format,
  localize,
  formatDuration,
  type DurationUnit,
  type LanguagePreferences,
} from './messages';
