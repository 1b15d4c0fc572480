import type { CookiePolicy } from '../policy';
import { escapeHtml } from '../html/escape';
import { policyPage, safeHref, type PolicyPage, type PolicyPageOptions, type PolicyPageRow } from './model';

/** Options of {@link renderPolicyHtml}. */
export interface RenderPolicyHtmlOptions extends PolicyPageOptions {
  /** A complete HTML document (`<!doctype html>`, `<html lang dir>`, `<main>`) instead of an `<article>` fragment. */
  readonly document?: boolean;
  /** Where "Change your cookie settings" points (a URL or `#fragment`). No link when absent. */
  readonly settingsHref?: string;
  /** With `document: true`: a stylesheet to link, such as the served `@cookiekit/core/styles.css`. */
  readonly stylesheetHref?: string;
}

/** An `id` made of the category id, safe in `id` and in space-separated `aria-labelledby`. */
const anchor = (id: string): string =>
  'ck-policy-' + id.replace(/[^A-Za-z0-9_-]/g, (char) => `_${char.codePointAt(0)!.toString(16)}_`);

function checkedHref(name: string, href: string): string {
  if (!safeHref(href, true)) throw new TypeError(`${name} must be an http(s) URL or a relative one, got ${JSON.stringify(href)}`);
  return escapeHtml(href);
}

// Cells hold one item as text, several as a list.
const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `<ul class="ck-policy__list">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

function row(r: PolicyPageRow): string {
  const e = escapeHtml;
  const cookies = r.cookies.map(
    (cookie) => `<code>${e(cookie.name)}</code>${cookie.notes.length > 0 ? ` (${e(cookie.notes.join(', '))})` : ''}`,
  );
  const notes = r.notes.map((note) => `<p>${e(note)}</p>`).join('');
  const party =
    r.party.type === 'third' && r.party.privacyUrl !== undefined
      ? `${e(r.party.text)}<br><a href="${e(r.party.privacyUrl)}" rel="noopener noreferrer">${e(r.party.privacyLabel)}</a>`
      : e(r.party.text);
  return (
    `<tr><td>${e(r.provider)}</td><td>${e(r.function)}</td><td>${list(cookies)}</td>` +
    `<td>${list(r.purposes.map(e))}${notes}</td><td>${list(r.durations.map(e))}</td><td>${party}</td></tr>`
  );
}

function article(page: PolicyPage, settingsHref: string | undefined): string {
  const e = escapeHtml;
  const c = page.columns;
  const head = [c.provider, c.function, c.cookieNames, c.purposes, c.duration, c.party]
    .map((heading) => `<th scope="col">${e(heading)}</th>`)
    .join('');
  const categories = page.categories.map((category) => {
    const id = anchor(category.id);
    const table =
      category.rows.length === 0
        ? `<p>${e(page.none)}</p>`
        : `<div class="ck-policy__scroll" role="region" tabindex="0" aria-labelledby="${id}-title">` +
          `<table class="ck-policy__table"><thead><tr>${head}</tr></thead>` +
          `<tbody>${category.rows.map(row).join('\n')}</tbody></table></div>`;
    return (
      `<section class="ck-policy__category" id="${id}">\n<h3 id="${id}-title">${e(category.label)}</h3>\n` +
      (category.description ? `<p>${e(category.description)}</p>\n` : '') +
      `${table}\n</section>`
    );
  });
  return [
    `<article class="ck-policy" lang="${e(page.lang)}" dir="${page.dir}">`,
    `<h1>${e(page.title)}</h1>`,
    `<p>${e(page.intro)}</p>`,
    ...(settingsHref === undefined
      ? []
      : [`<p class="ck-policy__settings"><a href="${settingsHref}">${e(page.changeSettings)}</a></p>`]),
    `<h2>${e(page.whatIs.title)}</h2>`,
    `<p>${e(page.whatIs.text)}</p>`,
    `<h2>${e(page.kinds.title)}</h2>`,
    `<ul class="ck-policy__kinds">${page.kinds.items.map((item) => `<li>${e(item.text)}</li>`).join('')}</ul>`,
    `<h2>${e(page.usedOn)}</h2>`,
    ...categories,
    '</article>',
  ].join('\n');
}

/**
 * The cookie policy page as HTML: an `<article class="ck-policy">` fragment, or a complete
 * document with `document: true`. Every policy and catalog text is escaped (C24); links go only
 * to http(s) URLs. Styled by `@cookiekit/core/styles.css`.
 *
 * @throws TypeError when `settingsHref` or `stylesheetHref` is not an http(s) or relative URL.
 * @example
 * ```ts
 * import { renderPolicyHtml } from '@cookiekit/core/page';
 *
 * app.get('/cookie-policy', (req, res) =>
 *   res.type('html').send(renderPolicyHtml(policy, { lang: 'en', document: true, settingsHref: '#cookie-settings' })),
 * );
 * ```
 */
export function renderPolicyHtml(policy: CookiePolicy, options: RenderPolicyHtmlOptions = {}): string {
  const page = policyPage(policy, options);
  const settingsHref = options.settingsHref === undefined ? undefined : checkedHref('settingsHref', options.settingsHref);
  const body = article(page, settingsHref);
  if (!options.document) return body;
  const e = escapeHtml;
  const stylesheet =
    options.stylesheetHref === undefined
      ? ''
      : `\n<link rel="stylesheet" href="${checkedHref('stylesheetHref', options.stylesheetHref)}">`;
  return (
    `<!doctype html>\n<html lang="${e(page.lang)}" dir="${page.dir}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${e(page.title)}</title>${stylesheet}\n` +
    `</head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`
  );
}
