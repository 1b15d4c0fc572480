// A gallery frame made live: the server-rendered consent UI, bound by @cookiekit/dom to a kit that
// keeps its choices in memory (every visit starts fresh, nothing is recorded or sent).
import { memoryStorage } from '@cookiekit/core';
import { startCookieKit } from '@cookiekit/dom';

const { policy, layout, view } = JSON.parse(document.getElementById('gallery-options').textContent);
const { kit } = startCookieKit({
  policy,
  layout,
  storage: memoryStorage(),
  initialConsent: { cookie: null, signals: {}, now: Date.now() },
  cleanup: false,
  gating: false,
});
if (view === 'preferences') kit.banner.openPreferences();
document.documentElement.dataset.galleryReady = '';
