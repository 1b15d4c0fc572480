// (d) cookiekit on a page without a framework, with a bundler: @cookiekit/dom's one call draws
// the banner and preferences (the renderer is its opt-in `render`) and starts the whole runtime.
import '@cookiekit/dom/cookiekit.css';
import { consentSender, embedPlaceholders, googleConsentMode } from '@cookiekit/core';
import { renderConsentUi, startCookieKit } from '@cookiekit/dom';
import { policy } from './site-policy.mjs';

startCookieKit({
  policy,
  // No server renders this page's markup: the binding draws it.
  render: renderConsentUi,
  sender: consentSender({ endpoint: '/api/consent' }),
  // The site's video embed is gated with data-src: its placeholder offers "Allow" (C1).
  gating: { placeholders: embedPlaceholders },
  consentMode: googleConsentMode(),
});
