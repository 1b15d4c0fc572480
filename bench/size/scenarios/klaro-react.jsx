// (b) klaro in React, as its README's npm section shows it: the build without CSS plus its
// stylesheet, set up once, a button that shows the modal. Framework-agnostic (it renders with
// its own bundled preact), so its bytes are the same in any app.
import 'klaro/dist/klaro.css';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import * as klaro from 'klaro/dist/klaro-no-css';
import { config } from './klaro-config.mjs';

const App = () => {
  useEffect(() => {
    klaro.setup(config);
  }, []);
  return (
    <button type="button" onClick={() => klaro.show(config)}>
      Cookie settings
    </button>
  );
};
createRoot(document.getElementById('root')).render(<App />);
