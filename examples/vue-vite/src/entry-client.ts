import type { InitialConsent } from '@cookiekit/vue';
import { pageMessages } from 'shop-common/language';
import { createShopApp } from './App';

// The server wrote its inputs to the consent decision into the page: hydrate with exactly them.
const initialConsent = JSON.parse(document.getElementById('ck-initial-consent')!.textContent!) as InitialConsent;

// The catalog of the language the server chose (`<html lang>`), one chunk, before hydrating.
void pageMessages().then((messages) => createShopApp(location.pathname + location.search, initialConsent, messages).mount('#app'));
