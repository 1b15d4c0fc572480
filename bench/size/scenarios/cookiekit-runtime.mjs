// (a') cookiekit's whole browser runtime without UI (createCookieKit, as its TSDoc example shows):
// store, banner view model, cleanup, script gating, GPC, Consent Mode, consent sender, English.
// This is the closer match to c15t's runtime, which also gates scripts and talks to a backend.
import { consentSender, createCookieKit, googleConsentMode } from '@cookiekit/core';
import { policy } from './site-policy.mjs';

const kit = createCookieKit({
  policy,
  sender: consentSender({ endpoint: '/api/consent' }),
  consentMode: googleConsentMode(),
});
kit.start();
kit.banner.subscribe(() => {
  document.getElementById('banner').hidden = !kit.banner.getSnapshot().open;
});
document.getElementById('accept')?.addEventListener('click', () => kit.store.acceptAll());
document.getElementById('reject')?.addEventListener('click', () => kit.store.rejectAll());
