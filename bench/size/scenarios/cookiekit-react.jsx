// (b) cookiekit in React, as packages/react/README.md shows it: provider, first-layer banner,
// preferences dialog, the settings button as the way back, and the one stylesheet.
import '@cookiekit/react/styles.css';
import { createRoot } from 'react-dom/client';
import { CookieBanner, CookieKitProvider, CookiePreferences, CookieSettingsButton } from '@cookiekit/react';
import { policy } from './site-policy.mjs';

const App = () => (
  <CookieKitProvider policy={policy}>
    <footer>
      <CookieSettingsButton />
    </footer>
    <CookieBanner />
    <CookiePreferences />
  </CookieKitProvider>
);
createRoot(document.getElementById('root')).render(<App />);
