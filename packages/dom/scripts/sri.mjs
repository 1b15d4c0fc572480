// The Subresource Integrity hashes of the built script-tag files. Prints them; with `--write`,
// puts them into the README's `integrity` attributes (a test checks the README against the build).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const readme = new URL('../README.md', import.meta.url);
let text = readFileSync(readme, 'utf8');
for (const file of ['cookiekit.iife.js', 'cookiekit.css']) {
  const hash = `sha384-${createHash('sha384').update(readFileSync(new URL(`../dist/${file}`, import.meta.url))).digest('base64')}`;
  console.log(`${file}: ${hash}`);
  // The attribute that follows the file's URL in the README's tag.
  text = text.replace(new RegExp(`(${file.replace('.', '\\.')}" integrity=")[^"]*`, 'g'), `$1${hash}`);
}
if (process.argv.includes('--write')) writeFileSync(readme, text);
