// Ships core's stylesheet as `@cookiekit/react/styles.css`, so a React user installs one package.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const from = require.resolve('@cookiekit/core/styles.css');
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
copyFileSync(from, new URL('../dist/styles.css', import.meta.url));
