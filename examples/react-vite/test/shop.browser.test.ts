import { browserSuite } from 'shop-common/suites/browser';
import * as shop from '../mount.mjs';

browserSuite({ name: 'react-vite', root: '#root', ...shop });
