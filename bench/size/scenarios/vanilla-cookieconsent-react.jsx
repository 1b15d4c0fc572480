// (b) vanilla-cookieconsent in React, as its docs' React example does it: the stylesheet, run()
// from an effect, and a button that opens the preferences. Framework-agnostic: its bytes are the
// same in any app.
import 'vanilla-cookieconsent/dist/cookieconsent.css';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import * as CookieConsent from 'vanilla-cookieconsent';
import { config } from './vanilla-cookieconsent-config.mjs';

const App = () => {
  useEffect(() => {
    CookieConsent.run(config);
  }, []);
  return (
    <button type="button" onClick={CookieConsent.showPreferences}>
      Cookie settings
    </button>
  );
};
createRoot(document.getElementById('root')).render(<App />);
