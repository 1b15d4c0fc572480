// The framework alone, for scale: Vue 3 runtime mounting one element.
import { createApp, h } from 'vue';

createApp({ render: () => h('div') }).mount('#app');
