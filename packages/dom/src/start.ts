import { createCookieKitWith, type CookieKit, type CookieKitOptions, type CookiePolicy } from '@cookiekit/core';
import { readInitialConsent } from './initial';
import { attach, type MountConsentUiOptions } from './mount';

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
 * given, as the React and Vue providers start them). It attaches to the server's markup; pass
 * `render: renderConsentUi` where the page has none (a static site). Without either it logs one
 * console error and starts nothing: no banner, and every gated script and embed stays blocked (C1).
 * Attaching, the kit's banner model leaves each service row's `purposes` and `cookies` empty: the
 * server's markup holds them (a renderer's `serviceTexts` has the model compute them).
 *
 * @example
 * ```ts
 * import { renderConsentUi, startCookieKit } from '@cookiekit/dom';
 * const { kit } = startCookieKit({
 *   policy,
 *   render: renderConsentUi, // only where the server renders no markup
 *   sender: consentSender({ endpoint: '/api/consent' }),
 *   consentMode: googleConsentMode(),
 * });
 * ```
 */
export function startCookieKit<P extends CookiePolicy>(options: StartCookieKitOptions<P>): StartedCookieKit<P> {
  // The service rows' texts only for a renderer that draws them (`renderConsentUi`): the server's
  // markup has them already, so a page attaching to it does not download their formatting.
  const kit = createCookieKitWith(
    { ...options, initialConsent: options.initialConsent ?? readInitialConsent() },
    options.render?.serviceTexts,
  );
  // The UI first: the banner model follows the store from its first subscriber on, so it sees
  // what start() decides from the browser's signals (GPC).
  const stopUi = attach(kit, options);
  // No UI (no server markup, no renderer): nothing starts, so nothing gated runs (C1).
  const stopKit = stopUi && kit.start();
  return {
    kit,
    stop: () => {
      stopUi?.();
      stopKit?.();
    },
  };
}
