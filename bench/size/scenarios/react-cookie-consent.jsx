// (b) react-cookie-consent, as its README shows it: one bar with Accept and Decline. It has no
// preferences dialog, no categories and no stylesheet (inline styles), so this row is a banner
// only and is not the same scenario as the others.
import { createRoot } from 'react-dom/client';
import CookieConsent from 'react-cookie-consent';

const App = () => (
  <CookieConsent
    enableDeclineButton
    buttonText="Accept all"
    declineButtonText="Reject all"
    onAccept={() => document.body.append(Object.assign(document.createElement('script'), { src: '/matomo.js' }))}
  >
    We use cookies for visit statistics and embedded videos, only with your consent.
  </CookieConsent>
);
createRoot(document.getElementById('root')).render(<App />);
