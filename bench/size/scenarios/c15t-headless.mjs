// (a) c15t headless, as its JavaScript quickstart shows it: getOrCreateConsentRuntime (consent
// client + store), offline mode so no backend is needed (cookiekit's headless store has none
// either), a subscriber and the page's own buttons.
import { getOrCreateConsentRuntime } from 'c15t';

const { consentStore } = getOrCreateConsentRuntime({
  mode: 'offline',
  consentCategories: ['necessary', 'measurement', 'marketing'],
});
consentStore.subscribe((state) => {
  document.getElementById('banner').hidden = state.activeUI !== 'banner';
  if (state.has('measurement')) document.body.append(Object.assign(document.createElement('script'), { src: '/matomo.js' }));
});
document.getElementById('accept')?.addEventListener('click', () => consentStore.getState().saveConsents('all'));
document.getElementById('reject')?.addEventListener('click', () => consentStore.getState().saveConsents('necessary'));
