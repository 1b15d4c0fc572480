// (c) vanilla-cookieconsent in Vue, as its docs' Vue example does it: a small plugin that runs it
// and exposes it, the stylesheet, a button that opens the preferences.
import 'vanilla-cookieconsent/dist/cookieconsent.css';
import { createApp, h } from 'vue';
import * as CookieConsent from 'vanilla-cookieconsent';
import { config } from './vanilla-cookieconsent-config.mjs';

const CookieConsentVue = {
  install(app, pluginConfig) {
    app.config.globalProperties.$CookieConsent = CookieConsent;
    CookieConsent.run(pluginConfig);
  },
};
const App = () => h('button', { type: 'button', onClick: CookieConsent.showPreferences }, 'Cookie settings');
createApp(App).use(CookieConsentVue, config).mount('#app');
