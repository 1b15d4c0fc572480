// (c) klaro in Vue: the build without CSS plus its stylesheet, set up once the app is mounted,
// a button that shows the modal.
import 'klaro/dist/klaro.css';
import { createApp, h, onMounted } from 'vue';
import * as klaro from 'klaro/dist/klaro-no-css';
import { config } from './klaro-config.mjs';

const App = {
  setup() {
    onMounted(() => klaro.setup(config));
    return () => h('button', { type: 'button', onClick: () => klaro.show(config) }, 'Cookie settings');
  },
};
createApp(App).mount('#app');
