import type { InitialConsent } from '@cookiekit/vue';
import { pageMessages } from 'shop-common/language';
import { createShopApp } from './App';

// The server wrote its inputs to the consent decision into the page: hydrate with exactly them.
const initialConsent = JSON.parse(document.getElementById('ck-initial-consent')!.textContent!) as InitialConsent;

// The server's catalog, read from the page like initialConsent, so hydration matches.
createShopApp(location.pathname + location.search, initialConsent, pageMessages()).mount('#app');
