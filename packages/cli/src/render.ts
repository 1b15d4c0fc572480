import type { CookiePolicy } from '@cookiekit/core';
import { frPolicyPage } from '@cookiekit/core/locales/fr';
import { enPolicyPage, renderPolicyHtml, renderPolicyMarkdown } from '@cookiekit/core/page';

// The policy page's catalogs: English and French.
const CATALOGS = [enPolicyPage, frPolicyPage];

/** Options of `renderPage`. */
export interface RenderPageOptions {
  readonly format: 'html' | 'md';
  /** `en` or `fr`; default the policy's default language. */
  readonly lang?: string;
  /** HTML only: a complete document instead of an `<article>` fragment. */
  readonly document?: boolean;
  readonly settingsHref?: string;
}

/**
 * The cookie policy page, rendered by `@cookiekit/core/page` with the English and French catalogs.
 *
 * @example
 * ```ts
 * const markdown = renderPage(policy, { format: 'md', lang: 'fr' });
 * ```
 */
export function renderPage(policy: CookiePolicy, options: RenderPageOptions): string {
  const common = {
    messages: CATALOGS,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.settingsHref !== undefined ? { settingsHref: options.settingsHref } : {}),
  };
  const text =
    options.format === 'md'
      ? renderPolicyMarkdown(policy, common)
      : renderPolicyHtml(policy, { ...common, ...(options.document ? { document: true } : {}) });
  return text.endsWith('\n') ? text : `${text}\n`;
}
