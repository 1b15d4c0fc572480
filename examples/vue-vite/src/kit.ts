import { consentSender, createCookieKitPlugin, embedPlaceholders, en, enRegimes, googleConsentMode, regimeLayouts, type InitialConsent, type Messages } from '@cookiekit/vue';
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
    // English pages carry no catalog (the kit's default); the demo decides regimes per region (C25),
    // so English takes its opt-out and notice texts here. Other languages' catalogs carry theirs.
    messages: messages ?? { ...en, regimes: enRegimes },
    regimeLayouts,
    // The page's own gated embeds (data-src in index.html) get core's placeholder with "Allow" (C1).
    gating: { placeholders: embedPlaceholders },
    policyHref: `${base}cookie-policy`,
    sender: consentSender({ endpoint: `${base}api/consent` }),
    consentMode: googleConsentMode({ waitForUpdate: 500 }),
  });
