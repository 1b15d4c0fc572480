// A gallery frame made live: the server-rendered consent UI, bound by @cookiekit/dom to a kit that
// keeps its choices in memory (every visit starts fresh, nothing is recorded or sent).
import { memoryStorage } from '@cookiekit/core';
import { renderConsentUi, startCookieKit } from '@cookiekit/dom';

const { policy, layout, view } = JSON.parse(document.getElementById('gallery-options').textContent);
const { kit } = startCookieKit({
  policy,
  layout,
  // Redraws the whole UI on each change, as the frames' visual baselines were taken with.
  render: renderConsentUi,
  storage: memoryStorage(),
  initialConsent: { cookie: null, signals: {}, now: Date.now() },
  cleanup: false,
  gating: false,
});
if (view === 'preferences') kit.banner.openPreferences();
document.documentElement.dataset.galleryReady = '';
