import type { CookiePolicy } from '../policy';
import { policyPage, safeHref, type PolicyPageOptions, type PolicyPageRow } from './model';

/** Options of {@link renderPolicyMarkdown}. */
export interface RenderPolicyMarkdownOptions extends PolicyPageOptions {
  /** Where "Change your cookie settings" points (a URL or `#fragment`). No link when absent. */
  readonly settingsHref?: string;
}

/**
 * Makes text inert in Markdown (C24): line breaks and runs of spaces become one space (a
 * paragraph or table cell stays one), then every character that could start markup, raw HTML,
 * an entity, a table cell or an extension is backslash-escaped, as is a list marker at the start.
 * @internal
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\0/g, '')
    .replace(/[\t\n\r ]+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>#|~&$!^=+]/g, '\\$&')
    .replace(/^(-|\d+(?=[.)]))/, (marker) => (marker === '-' ? '\\-' : marker + '\\'));
}

/** A link destination in `<…>` form: no line break, `<`, `>` or backslash left to misread. */
const destination = (href: string): string =>
  `<${href.replace(/[<>\\\s]/g, (char) => encodeURIComponent(char))}>`;

function cells(r: PolicyPageRow): string[] {
  const m = escapeMarkdown;
  const cookies = r.cookies.map((cookie) => m(cookie.name) + (cookie.notes.length > 0 ? ` (${m(cookie.notes.join(', '))})` : ''));
  const party =
    r.party.type === 'third' && r.party.privacyUrl !== undefined
      ? `${m(r.party.text)}, [${m(r.party.privacyLabel)}](${destination(r.party.privacyUrl)})`
      : m(r.party.text);
  return [
    m(r.provider),
    m(r.function),
    cookies.join(', '),
    [...r.purposes, ...r.notes].map(m).join('; '),
    r.durations.map(m).join('; '),
    party,
  ];
}

const tableRow = (values: readonly string[]): string => `| ${values.join(' | ')} |`;

/**
 * The cookie policy page as Markdown (CommonMark with GitHub tables), for documentation sites
 * and repositories. Every policy and catalog text is escaped so it renders as text (C24); links
 * go only to http(s) URLs.
 *
 * @throws TypeError when `settingsHref` is not an http(s) or relative URL.
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { renderPolicyMarkdown } from '@cookiekit/core/page';
 *
 * writeFileSync('docs/cookies.md', renderPolicyMarkdown(policy, { lang: 'en' }));
 * ```
 */
export function renderPolicyMarkdown(policy: CookiePolicy, options: RenderPolicyMarkdownOptions = {}): string {
  const page = policyPage(policy, options);
  const m = escapeMarkdown;
  const { settingsHref } = options;
  if (settingsHref !== undefined && !safeHref(settingsHref, true)) {
    throw new TypeError(`settingsHref must be an http(s) URL or a relative one, got ${JSON.stringify(settingsHref)}`);
  }
  const c = page.columns;
  const head = [c.provider, c.function, c.cookieNames, c.purposes, c.duration, c.party].map(m);
  const blocks = [
    `# ${m(page.title)}`,
    m(page.intro),
    ...(settingsHref === undefined ? [] : [`[${m(page.changeSettings)}](${destination(settingsHref)})`]),
    `## ${m(page.whatIs.title)}`,
    m(page.whatIs.text),
    `## ${m(page.kinds.title)}`,
    page.kinds.items.map((item) => `- ${m(item.text)}`).join('\n'),
    `## ${m(page.usedOn)}`,
    ...page.categories.flatMap((category) => [
      `### ${m(category.label)}`,
      ...(category.description ? [m(category.description)] : []),
      category.rows.length === 0
        ? m(page.none)
        : [tableRow(head), tableRow(head.map(() => '---')), ...category.rows.map((r) => tableRow(cells(r)))].join('\n'),
    ]),
  ];
  return blocks.join('\n\n') + '\n';
}
