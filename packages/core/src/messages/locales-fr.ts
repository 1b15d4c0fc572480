/** `@cookiekit/core/locales/fr`: the French catalog, and with the policy page's texts for `@cookiekit/core/page`. */
export { fr } from './fr';
export { frPolicyPage } from './fr-page';
