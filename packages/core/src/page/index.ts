/**
 * `@cookiekit/core/page`: the cookie policy page as data, HTML and Markdown. A separate entry,
 * so none of it weighs on the banner.
 */
export {
  policyPage,
  type PolicyPage,
  type PolicyPageOptions,
  type PolicyPageCategory,
  type PolicyPageRow,
  type PolicyPageCookie,
  type PolicyPageParty,
  type CookieKindExplained,
} from './model';
export { renderPolicyHtml, type RenderPolicyHtmlOptions } from './html';
export { renderPolicyMarkdown, type RenderPolicyMarkdownOptions } from './markdown';
export { enPolicyPage } from '../messages/en-page';
export type { PolicyPageMessages } from '../messages/types';
