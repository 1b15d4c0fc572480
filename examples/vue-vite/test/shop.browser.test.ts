import { browserSuite } from 'shop-common/suites/browser';
import * as shop from '../mount.mjs';

browserSuite({ name: 'vue-vite', root: '#app', watchHydration: true, ...shop });
