import { en, type CookiePolicy } from '@cookiekit/core';
import * as frEntry from '@cookiekit/core/locales/fr';
import * as pageEntry from '@cookiekit/core/page';
import { renderPolicyHtml, renderPolicyMarkdown, type RenderPolicyHtmlOptions } from '@cookiekit/core/page';

type Catalogs = NonNullable<RenderPolicyHtmlOptions['messages']>;
const exported = (mod: object, name: string): unknown => (mod as Record<string, unknown>)[name];

// The page catalogs: core ships the page's texts either in its UI catalogs (`en`, `fr`) or as
// separate page catalogs (`enPolicyPage`, `frPolicyPage`); take the page ones when present.
const CATALOGS = [
  exported(pageEntry, 'enPolicyPage') ?? en,
  exported(frEntry, 'frPolicyPage') ?? exported(frEntry, 'fr'),
].filter(Boolean) as unknown as Catalogs;

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
