import { mountSuite } from 'shop-common/suites/mount';
import * as shop from '../mount.mjs';

mountSuite({ name: 'vue-vite', ...shop });
