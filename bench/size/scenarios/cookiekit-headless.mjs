// (a) cookiekit headless, as packages/core/README.md shows it: the store over the policy, a
// subscriber that loads a script once allowed, and the page's own buttons.
import { createConsentStore } from '@cookiekit/core';
import { policy } from './site-policy.mjs';

const store = createConsentStore({ policy });
store.subscribe(() => {
  if (store.allowed('matomo')) document.body.append(Object.assign(document.createElement('script'), { src: '/matomo.js' }));
});
document.getElementById('accept')?.addEventListener('click', () => store.acceptAll());
document.getElementById('reject')?.addEventListener('click', () => store.rejectAll());
