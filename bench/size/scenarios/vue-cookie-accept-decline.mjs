// (c) vue-cookie-accept-decline, as its README shows it: the component and its stylesheet, one
// panel with Accept and Decline. It has no preferences dialog and no categories, so this row is
// a banner only and is not the same scenario as the others.
import 'vue-cookie-accept-decline/dist/vue-cookie-accept-decline.css';
import { createApp, h } from 'vue';
import VueCookieAcceptDecline from 'vue-cookie-accept-decline';

const App = () =>
  h(
    VueCookieAcceptDecline,
    {
      elementId: 'cookie-panel',
      position: 'bottom-left',
      type: 'floating',
      onClickedAccept: () => document.body.append(Object.assign(document.createElement('script'), { src: '/matomo.js' })),
    },
    {
      message: () => 'We use cookies for visit statistics and embedded videos, only with your consent.',
      declineContent: () => 'Reject all',
      acceptContent: () => 'Accept all',
    },
  );
createApp(App).mount('#app');
