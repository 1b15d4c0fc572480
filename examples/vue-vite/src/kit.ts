import { createCookieKitPlugin, type InitialConsent, type Messages } from '@cookiekit/vue';
import { policy } from 'example-policy';

/** Where the shop is mounted (Vite's `base`), always ending in `/`. */
export const base = import.meta.env.BASE_URL;

/**
 * The shop's cookiekit: one per app, so one per request on the server. Core's script gating and
 * the cleanup of refused storage run by default once the app is mounted in the browser.
 */
export const shopKit = (initialConsent: InitialConsent, messages?: Messages) =>
  createCookieKitPlugin({
    policy,
    initialConsent,
    messages,
    policyHref: `${base}cookie-policy`,
    endpoint: `${base}api/consent`,
    consentMode: { waitForUpdate: 500 },
  });
