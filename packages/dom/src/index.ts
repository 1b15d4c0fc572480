/**
 * `@cookiekit/dom`: cookiekit's consent UI for pages without React or Vue. It draws (or attaches
 * to the server's) markup of `@cookiekit/core/html` and forwards every choice to core's banner
 * model; the script-tag build (`dist/cookiekit.iife.js`) wraps it for sites with no bundler.
 */
export { mountConsentUi, type MountConsentUiOptions } from './mount';
export { readInitialConsent } from './initial';
export { renderConsentUi, type ConsentUiRenderer } from './render';
export { startCookieKit, type StartCookieKitOptions, type StartedCookieKit } from './start';
