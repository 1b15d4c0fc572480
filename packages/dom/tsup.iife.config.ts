import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from 'tsup';

// The esbuild tsup runs (this package does not depend on it directly).
const require = createRequire(createRequire(import.meta.url).resolve('tsup'));
const esbuild = require('esbuild') as { transform(code: string, options: object): Promise<{ code: string }> };
const file = 'dist/cookiekit.iife.js';

// The script-tag build: one minified classic script that reads its policy from the page (no
// inline script, so it runs under `script-src 'self'`) and sets `window.cookiekit`. Built after
// the package build, into the same `dist/`. Rollup's tree-shaking (`treeshake`) drops more than
// esbuild's, but prints its output back unminified in places (`true`, `false`): one more esbuild
// minification after it keeps both savings (about 0.1 kB brotli).
export default defineConfig({
  entry: { cookiekit: 'src/iife.ts' },
  format: ['iife'],
  outExtension: () => ({ js: '.iife.js' }),
  minify: true,
  treeshake: true,
  target: 'es2020',
  platform: 'browser',
  outDir: 'dist',
  clean: false,
  dts: false,
  sourcemap: false,
  noExternal: [/.*/],
  async onSuccess() {
    const { code } = await esbuild.transform(readFileSync(file, 'utf8'), { minify: true, target: 'es2020' });
    writeFileSync(file, code);
  },
});
