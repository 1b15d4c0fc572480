// (d) vanilla-cookieconsent on a page without a framework, as its docs' first example: the
// stylesheet, run(), and a button of the page's own that opens the preferences.
import 'vanilla-cookieconsent/dist/cookieconsent.css';
import * as CookieConsent from 'vanilla-cookieconsent';
import { config } from './vanilla-cookieconsent-config.mjs';

CookieConsent.run(config);
document.getElementById('settings')?.addEventListener('click', CookieConsent.showPreferences);
