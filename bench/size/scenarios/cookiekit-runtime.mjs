// (a') cookiekit's whole browser runtime without UI (createCookieKit, as its TSDoc example shows):
// store, banner view model, cleanup, script gating with placeholders, GPC, Consent Mode, consent
// sender, English (the site has no regions, so no regime layouts).
// This is the closer match to c15t's runtime, which also gates scripts and talks to a backend.
import { consentSender, createCookieKit, embedPlaceholders, googleConsentMode } from '@cookiekit/core';
import { policy } from './site-policy.mjs';

const kit = createCookieKit({
  policy,
  sender: consentSender({ endpoint: '/api/consent' }),
  // The site's video embed is gated with data-src: its placeholder offers "Allow" (C1).
  gating: { placeholders: embedPlaceholders },
  consentMode: googleConsentMode(),
});
kit.start();
kit.banner.subscribe(() => {
  document.getElementById('banner').hidden = !kit.banner.getSnapshot().open;
});
document.getElementById('accept')?.addEventListener('click', () => kit.store.acceptAll());
document.getElementById('reject')?.addEventListener('click', () => kit.store.rejectAll());
