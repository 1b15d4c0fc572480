import type { CookiePolicy } from '@cookiekit/core';
import { policyPages } from '@cookiekit/core/locales/all';
import { renderPolicyHtml, renderPolicyMarkdown } from '@cookiekit/core/page';

// The policy page's catalogs: every language core ships.
const CATALOGS = policyPages;

/** Options of `renderPage`. */
export interface RenderPageOptions {
  readonly format: 'html' | 'md';
  /** Any shipped language (`@cookiekit/core/locales` `LANGUAGES`), closest match; default the policy's default language. */
  readonly lang?: string;
  /** HTML only: a complete document instead of an `<article>` fragment. */
  readonly document?: boolean;
  readonly settingsHref?: string;
}

/**
 * The cookie policy page, rendered by `@cookiekit/core/page` in any language core ships.
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
