import { createRequire } from 'node:module';
import { defineConfig } from 'tsup';

// Core's stylesheet, minified, as `@cookiekit/dom/cookiekit.css` beside the script-tag build: a
// page without a bundler loads it as it is, so it ships as small as the size rows count it.
const require = createRequire(import.meta.url);

export default defineConfig({
  entry: { cookiekit: require.resolve('@cookiekit/core/styles.css') },
  minify: true,
  outDir: 'dist',
  clean: false,
  dts: false,
  sourcemap: false,
});
