// Writes the static site to dist/: the two pages (the policy as a JSON block in one, fetched by
// the other, and the policy page rendered to HTML), the script-tag build and its stylesheet, the
// shop's styles and the gated stand-ins shared with the other example shops.
import { renderPolicyHtml } from '@cookiekit/core/page';
import { policy } from 'example-policy';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'dist');
const src = (file) => readFileSync(path.join(here, 'src', file), 'utf8');
// JSON inside <script>: `<` escaped so no text can close the element (C24).
const json = JSON.stringify(policy).replace(/</g, '\\u003c');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const dom = path.dirname(require.resolve('@cookiekit/dom/cookiekit.iife.js'));
const common = path.dirname(require.resolve('shop-common/package.json'));
for (const file of ['cookiekit.iife.js', 'cookiekit.css', 'cookiekit-policy.css']) cpSync(path.join(dom, file), path.join(out, file));
cpSync(path.join(common, 'public'), out, { recursive: true });
cpSync(path.join(common, 'shop.css'), path.join(out, 'shop.css'));
cpSync(require.resolve('shop-common/shop.js'), path.join(out, 'shop.js'));
writeFileSync(path.join(out, 'cookie-policy.json'), JSON.stringify(policy, null, 2));
writeFileSync(path.join(out, 'index.html'), src('index.html').replace('<!--policy-->', () => json));
writeFileSync(
  path.join(out, 'cookie-policy.html'),
  src('cookie-policy.html').replace('<!--policy-page-->', () => renderPolicyHtml(policy, { settingsHref: '#cookie-settings' })),
);
