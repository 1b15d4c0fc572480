// (d) klaro on a page without a framework: the build without CSS plus its stylesheet, setup(),
// and a button of the page's own that shows the modal.
import 'klaro/dist/klaro.css';
import * as klaro from 'klaro/dist/klaro-no-css';
import { config } from './klaro-config.mjs';

klaro.setup(config);
document.getElementById('settings')?.addEventListener('click', () => klaro.show(config));
