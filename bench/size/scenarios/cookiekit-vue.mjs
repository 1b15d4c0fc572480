// (c) cookiekit in Vue, as packages/vue/README.md shows it: the kit as plugin, first-layer
// banner, preferences dialog, the settings button as the way back, and the one stylesheet.
import '@cookiekit/vue/styles.css';
import { createApp, h } from 'vue';
import { createCookieKitPlugin, CookieBanner, CookiePreferences, CookieSettingsButton } from '@cookiekit/vue';
import { policy } from './site-policy.mjs';

const App = () => [h('footer', [h(CookieSettingsButton)]), h(CookieBanner), h(CookiePreferences)];
createApp(App).use(createCookieKitPlugin({ policy })).mount('#app');
