// Ships core's stylesheet as `@cookiekit/dom/cookiekit.css`, next to the script-tag build.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const from = require.resolve('@cookiekit/core/styles.css');
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
copyFileSync(from, new URL('../dist/cookiekit.css', import.meta.url));
