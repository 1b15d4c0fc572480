import type { InitialConsent } from '@cookiekit/react';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { pageMessages } from 'shop-common/language';
import { App } from './App';

// The server wrote its inputs to the consent decision into the page: hydrate with exactly them.
const initialConsent = JSON.parse(document.getElementById('ck-initial-consent')!.textContent!) as InitialConsent;

hydrateRoot(
  document.getElementById('root')!,
  <StrictMode>
    <App url={location.pathname + location.search} initialConsent={initialConsent} messages={pageMessages()} />
  </StrictMode>,
);
