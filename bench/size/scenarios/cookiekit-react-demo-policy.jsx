// (b, variant) the same cookiekit React UI with the demo shop's policy (example-policy: six
// services, nine storage items, English and French texts) and the consent gate, as the React
// example uses them: what a real policy adds to the bytes.
import '@cookiekit/react/styles.css';
import { createRoot } from 'react-dom/client';
import { ConsentGate, CookieBanner, CookieKitProvider, CookiePreferences, CookieSettingsButton } from '@cookiekit/react';
import { policy } from 'example-policy';

const App = () => (
  <CookieKitProvider policy={policy}>
    <ConsentGate id="video-embed">
      <iframe src="https://player.example/v/1" title="Product video" />
    </ConsentGate>
    <footer>
      <CookieSettingsButton />
    </footer>
    <CookieBanner />
    <CookiePreferences />
  </CookieKitProvider>
);
createRoot(document.getElementById('root')).render(<App />);
