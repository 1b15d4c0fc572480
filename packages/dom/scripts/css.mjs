// Core's stylesheet, minified, as two files beside the script-tag build: `dist/cookiekit.css`
// (the banner, the preferences, the settings button and the placeholders: what every page loads)
// and `dist/cookiekit-policy.css` (the policy page's own rules, which a policy page links after
// it). Core's styles.css ends with those rules, from its "Policy page" comment on, so a page
// without the policy does not download them. A page without a bundler loads each file as it is,
// so each ships as small as the size rows count it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The esbuild tsup runs (this package does not depend on it directly).
const esbuild = createRequire(require.resolve('tsup'))('esbuild');
const source = readFileSync(require.resolve('@cookiekit/core/styles.css'), 'utf8');
const at = source.indexOf('/* Policy page:');
if (at < 0) throw new Error('@cookiekit/core/styles.css has no "/* Policy page:" comment to split at');

const dist = new URL('../dist/', import.meta.url);
mkdirSync(dist, { recursive: true });
for (const [file, css] of [
  ['cookiekit.css', source.slice(0, at)],
  ['cookiekit-policy.css', source.slice(at)],
]) {
  const { code } = await esbuild.transform(css, { loader: 'css', minify: true });
  writeFileSync(new URL(file, dist), code);
  console.log(`CSS dist/${file} ${code.length} B`);
}
