// (c, variant) the same cookiekit Vue UI with the demo shop's policy (example-policy: six
// services, nine storage items, English and French texts) and the consent gate.
import '@cookiekit/vue/styles.css';
import { createApp, h } from 'vue';
import { createCookieKitPlugin, ConsentGate, CookieBanner, CookiePreferences, CookieSettingsButton } from '@cookiekit/vue';
import { policy } from 'example-policy';

const App = () => [
  h(ConsentGate, { id: 'video-embed' }, () => h('iframe', { src: 'https://player.example/v/1', title: 'Product video' })),
  h('footer', [h(CookieSettingsButton)]),
  h(CookieBanner),
  h(CookiePreferences),
];
createApp(App).use(createCookieKitPlugin({ policy })).mount('#app');
