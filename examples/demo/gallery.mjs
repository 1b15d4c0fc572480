// The design gallery at /gallery/: every banner layout and position, in the default theme and the
// three optional ones, light and dark, each live in its own frame (a frame is a viewport of its
// own, so fixed layouts sit where they would on a site). A frame is the consent UI as a server
// renders it (`@cookiekit/core/html`, the `layout` option), made live by `@cookiekit/dom` with a
// memory store, so every visit starts fresh and nothing is recorded. The visual tests in e2e/
// and the README picture (scripts/gallery-picture.mjs) capture these same frames.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BANNER_LAYOUTS, createCookieKit, layoutAttributes } from '@cookiekit/core';
import { renderConsentHtml } from '@cookiekit/core/html';
import { policy } from 'example-policy';

const here = fileURLToPath(new URL('./gallery/', import.meta.url));
const dirOf = (specifier) => path.dirname(fileURLToPath(import.meta.resolve(specifier)));

/** The themes: `default` is styles.css alone; the others add `@cookiekit/core/themes/<name>.css`. */
export const THEMES = ['default', 'slate', 'forest', 'contrast'];
export const SCHEMES = ['light', 'dark'];
export const VIEWS = ['banner', 'preferences'];
/** Every layout with each of its positions, default position first. */
export const LAYOUTS = Object.entries(BANNER_LAYOUTS).flatMap(([type, positions]) => positions.map((position) => ({ type, position })));

/** The path of one frame of the gallery. */
export function frameUrl({ type = 'bar', position, theme = 'default', scheme = 'light', view = 'banner' } = {}) {
  const query = new URLSearchParams({ layout: type, position: position ?? BANNER_LAYOUTS[type][0], theme, scheme, view });
  return `/gallery/frame?${query}`;
}

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
// JSON inside a <script> block: `<` escaped so no text can close the block.
const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** How a site asks for a frame's look, to copy. */
function optionCode({ type, position, theme, scheme }) {
  const lines = [
    `<CookieBanner layout={{ type: '${type}', position: '${position}' }} />`,
    `<!-- HTML renderer: renderConsentHtml(state, { layout: { type: '${type}', position: '${position}' } }) -->`,
    `<!-- script tag: data-layout="${type}" data-position="${position}" -->`,
    `import '@cookiekit/core/styles.css';`,
  ];
  if (theme !== 'default') lines.push(`import '@cookiekit/core/themes/${theme}.css';`);
  lines.push(`<html data-ck-theme="${scheme}">  <!-- or leave it out: the system's setting -->`);
  return lines.join('\n');
}

function framePage(options, nonce) {
  const { type, position, theme, scheme, view } = options;
  const layout = { type, position };
  const kit = createCookieKit({ policy, initialConsent: { cookie: null, signals: {}, now: Date.now() } });
  const ui = renderConsentHtml(kit.banner.getServerSnapshot(), { layout });
  const imports = {
    '@cookiekit/core': '/gallery/lib/core/index.js',
    '@cookiekit/core/html': '/gallery/lib/core/html.js',
    '@cookiekit/dom': '/gallery/lib/dom/index.js',
  };
  return `<!doctype html>
<html lang="en" data-ck-theme="${scheme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(`${type} ${position}, ${theme}, ${scheme}`)} – cookiekit gallery</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/gallery/assets/styles.css">
${theme === 'default' ? '' : `<link rel="stylesheet" href="/gallery/assets/themes/${theme}.css">\n`}<link rel="stylesheet" href="/gallery/assets/frame.css">
<script type="importmap" nonce="${nonce}">${json({ imports })}</script>
<script type="module" src="/gallery/assets/frame.js" nonce="${nonce}"></script>
</head>
<body>
<header class="shop-header"><strong>Smartbump</strong><nav><a href="#">Shop</a> <a href="#">Journal</a> <a href="#">About</a></nav></header>
<main class="shop">
<h1>Hand-thrown stoneware</h1>
<p>Mugs, bowls and plates made in small batches. Every piece is glazed by hand, so no two are quite alike.</p>
<ul class="shop-grid"><li>Mug, oatmeal glaze<br>€24</li><li>Bowl, celadon<br>€32</li><li>Plate, speckled white<br>€28</li><li>Vase, iron red<br>€46</li></ul>
</main>
<div data-cookiekit-ui>${ui}</div>
<script type="application/json" id="gallery-options">${json({ policy, layout, view })}</script>
</body>
</html>`;
}

function indexPage() {
  const figure = (options) => `<figure class="gallery-cell">
<iframe src="${escape(frameUrl(options))}" title="${escape(`${options.type} ${options.position}, ${options.theme} theme, ${options.scheme}`)}" loading="lazy"></iframe>
<figcaption><strong>${escape(`${options.theme}, ${options.scheme}`)}</strong> · <a href="${escape(frameUrl(options))}">open alone</a>
<pre><code>${escape(optionCode(options))}</code></pre></figcaption>
</figure>`;
  const sections = LAYOUTS.map(
    ({ type, position }) => `<section>
<h2 id="${type}-${position}">${escape(`${type}, ${position}`)}</h2>
<div class="gallery-row">
${THEMES.flatMap((theme) => SCHEMES.map((scheme) => figure({ type, position, theme, scheme, view: 'banner' }))).join('\n')}
</div>
</section>`,
  );
  const preferences = `<section>
<h2 id="preferences">The preferences</h2>
<div class="gallery-row">
${THEMES.flatMap((theme) => SCHEMES.map((scheme) => figure({ type: 'bar', position: 'bottom', theme, scheme, view: 'preferences' }))).join('\n')}
</div>
</section>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cookiekit gallery: layouts and themes</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/gallery/assets/gallery.css">
</head>
<body>
<main>
<h1>cookiekit gallery</h1>
<p>Every layout of the first layer (<code>bar</code>, <code>box</code>, <code>cloud</code>, with their positions) in the default theme and the
three optional ones (<code>slate</code>, <code>forest</code>, <code>contrast</code>), light and dark. Each frame is live: its buttons work and
nothing is stored (reload to start again). Under each, the option values to copy.</p>
<nav><ul>${LAYOUTS.map(({ type, position }) => `<li><a href="#${type}-${position}">${type}, ${position}</a></li>`).join('')}<li><a href="#preferences">the preferences</a></li></ul></nav>
${sections.join('\n')}
${preferences}
</main>
</body>
</html>`;
}

/** The README's picture: bar, box and cloud light and dark, each frame at 1280 × 720 drawn at half size. */
function picturePage() {
  const rows = ['bar', 'box', 'cloud'].map((type) => ({ type, position: BANNER_LAYOUTS[type][0] }));
  const cells = rows.flatMap((row) =>
    SCHEMES.map(
      (scheme) => `<figure><figcaption>${escape(`${row.type}, ${scheme}`)}</figcaption><div class="picture-clip">` +
        `<iframe src="${escape(frameUrl({ ...row, scheme }))}" width="1280" height="720" title="${escape(`${row.type}, ${scheme}`)}"></iframe></div></figure>`,
    ),
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>cookiekit layouts</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/gallery/assets/gallery.css">
</head>
<body class="picture">
<main class="picture-grid">${cells.join('')}</main>
</body>
</html>`;
}

function readOptions(url) {
  const q = url.searchParams;
  const type = q.get('layout') ?? 'bar';
  const position = q.get('position') ?? undefined;
  const [checkedType, checkedPosition] = layoutAttributes({ type, position });
  const theme = q.get('theme') ?? 'default';
  const scheme = q.get('scheme') ?? 'light';
  const view = q.get('view') ?? 'banner';
  if (!THEMES.includes(theme)) throw new TypeError(`unknown theme "${theme}"; use ${THEMES.join(', ')}`);
  if (!SCHEMES.includes(scheme)) throw new TypeError(`unknown scheme "${scheme}"; use ${SCHEMES.join(', ')}`);
  if (!VIEWS.includes(view)) throw new TypeError(`unknown view "${view}"; use ${VIEWS.join(', ')}`);
  return { type: checkedType, position: checkedPosition, theme, scheme, view };
}

/** Files the gallery serves, by path: the stylesheet and themes, its own assets, and the built modules. */
function assetFile(pathname) {
  const name = pathname.split('/').pop() ?? '';
  if (!/^[\w.-]+\.(?:js|css)$/.test(name) || name.startsWith('.')) return undefined;
  if (pathname === '/gallery/assets/styles.css') return fileURLToPath(import.meta.resolve('@cookiekit/core/styles.css'));
  if (pathname.startsWith('/gallery/assets/themes/') && THEMES.includes(name.replace(/\.css$/, ''))) {
    return fileURLToPath(import.meta.resolve(`@cookiekit/core/themes/${name}`));
  }
  const dirs = {
    '/gallery/assets/': here,
    '/gallery/lib/core/': dirOf('@cookiekit/core'),
    '/gallery/lib/dom/': dirOf('@cookiekit/dom'),
  };
  const dir = Object.entries(dirs).find(([prefix]) => pathname === prefix + name)?.[1];
  return dir ? path.join(dir, name) : undefined;
}

/** The request handler of /gallery/ (the index, the frames and their files). */
export function createGallery() {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
      res.end(body);
    };
    if (url.pathname === '/gallery') return send(308, 'text/plain', '', { location: '/gallery/' });
    if (url.pathname === '/gallery/') {
      return send(200, 'text/html; charset=utf-8', indexPage(), {
        'content-security-policy': "default-src 'none'; style-src 'self'; frame-src 'self'; img-src data:; base-uri 'none'; form-action 'none'",
      });
    }
    if (url.pathname === '/gallery/picture') {
      return send(200, 'text/html; charset=utf-8', picturePage(), {
        'content-security-policy': "default-src 'none'; style-src 'self'; frame-src 'self'; img-src data:; base-uri 'none'; form-action 'none'",
      });
    }
    if (url.pathname === '/gallery/frame') {
      let options;
      try {
        options = readOptions(url);
      } catch (error) {
        return send(400, 'text/plain; charset=utf-8', String(error.message));
      }
      const nonce = randomBytes(16).toString('base64');
      return send(200, 'text/html; charset=utf-8', framePage(options, nonce), {
        'content-security-policy': `default-src 'none'; script-src 'self' 'nonce-${nonce}'; style-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`,
      });
    }
    const file = assetFile(url.pathname);
    if (!file || !existsSync(file)) return send(404, 'text/plain; charset=utf-8', 'Not found');
    const type = file.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
    return send(200, type, readFileSync(file));
  };
}
