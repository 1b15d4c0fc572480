// (d) cookiekit on a page whose server rendered the banner (an Express template with
// @cookiekit/server's banner HTML): @cookiekit/dom attaches to that markup, with no HTML renderer
// in the bundle, and starts the same runtime as the drawing page.
import '@cookiekit/dom/cookiekit.css';
import { consentSender, embedPlaceholders, googleConsentMode } from '@cookiekit/core';
import { startCookieKit } from '@cookiekit/dom';
import { policy } from './site-policy.mjs';

startCookieKit({
  policy,
  sender: consentSender({ endpoint: '/api/consent' }),
  // The site's video embed is gated with data-src: its placeholder offers "Allow" (C1).
  gating: { placeholders: embedPlaceholders },
  consentMode: googleConsentMode(),
});
