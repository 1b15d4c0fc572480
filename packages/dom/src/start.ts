import { createCookieKit, type CookieKit, type CookieKitOptions, type CookiePolicy } from '@cookiekit/core';
import { readInitialConsent } from './initial';
import { mountConsentUi, type MountConsentUiOptions } from './mount';

/** Options of {@link startCookieKit}: those of `createCookieKit` and of {@link mountConsentUi}. */
export interface StartCookieKitOptions<P extends CookiePolicy> extends CookieKitOptions<P>, MountConsentUiOptions {}

/** What {@link startCookieKit} started. */
export interface StartedCookieKit<P extends CookiePolicy> {
  /** The kit: its `store` and `banner` model. */
  readonly kit: CookieKit<P>;
  /** Stops the browser effects and the UI binding. */
  readonly stop: () => void;
}

/**
 * Everything a page without a framework needs, in one call: `createCookieKit` (with the server's
 * bootstrap data from {@link readInitialConsent} unless `initialConsent` is given), {@link mountConsentUi},
 * then `kit.start()` (store, cleanup, gating, GPC, Consent Mode and the consent sender when
 * given, as the React and Vue providers start them).
 *
 * @example
 * ```ts
 * import { startCookieKit } from '@cookiekit/dom';
 * const { kit } = startCookieKit({
 *   policy,
 *   sender: consentSender({ endpoint: '/api/consent' }),
 *   consentMode: googleConsentMode(),
 * });
 * ```
 */
export function startCookieKit<P extends CookiePolicy>(options: StartCookieKitOptions<P>): StartedCookieKit<P> {
  const kit = createCookieKit({ ...options, initialConsent: options.initialConsent ?? readInitialConsent() });
  // The UI first: the banner model follows the store from its first subscriber on, so it sees
  // what start() decides from the browser's signals (GPC).
  const stopUi = mountConsentUi(kit, options);
  const stopKit = kit.start();
  return {
    kit,
    stop: () => {
      stopUi();
      stopKit();
    },
  };
}
