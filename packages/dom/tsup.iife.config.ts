import { defineConfig } from 'tsup';

// The script-tag build: one minified classic script that reads its policy from the page (no
// inline script, so it runs under `script-src 'self'`) and sets `window.cookiekit`. Built after
// the package build, into the same `dist/`.
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
});
