import type { InitialConsent } from '@cookiekit/vue';
import { createShopApp } from './App';

// The server wrote its inputs to the consent decision into the page: hydrate with exactly them.
const initialConsent = JSON.parse(document.getElementById('ck-initial-consent')!.textContent!) as InitialConsent;

createShopApp(location.pathname + location.search, initialConsent).mount('#app');
