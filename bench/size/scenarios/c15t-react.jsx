// (b) @c15t/react, as its README and React quickstart show it: the prebuilt stylesheet,
// ConsentManagerProvider, ConsentBanner, ConsentDialog, and ConsentDialogLink as the way back
// (its inline footer link). Offline mode: no backend, like the cookiekit scenario.
import '@c15t/react/styles.css';
import { createRoot } from 'react-dom/client';
import { ConsentBanner, ConsentDialog, ConsentDialogLink, ConsentManagerProvider } from '@c15t/react';

const App = () => (
  <ConsentManagerProvider options={{ mode: 'offline', consentCategories: ['necessary', 'measurement', 'marketing'] }}>
    <footer>
      <ConsentDialogLink />
    </footer>
    <ConsentBanner />
    <ConsentDialog />
  </ConsentManagerProvider>
);
createRoot(document.getElementById('root')).render(<App />);
