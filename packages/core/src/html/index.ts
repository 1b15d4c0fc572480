/**
 * `@cookiekit/core/html`: the consent UI as HTML strings, from the banner view model, for servers
 * that render templates and for the DOM binding. The same markup as the React and Vue components
 * (MARKUP.md), every text escaped (C24). A separate entry, so pages that render only the policy,
 * and apps drawn by React or Vue, do not carry it.
 */
export {
  renderBannerHtml,
  renderConsentHtml,
  renderPlaceholderHtml,
  renderPreferencesHtml,
  renderSettingsButtonHtml,
  renderOptOutLinksHtml,
  type RenderConsentHtmlOptions,
} from './render';
export { escapeHtml } from './escape';
