import type { Options } from 'tsup';

/**
 * The one tsup configuration every cookiekit package builds with: ESM + CJS + d.ts,
 * browser-friendly output, no minification (bundlers and size-limit minify).
 */
export function packageBuild(entry: Record<string, string>, overrides: Partial<Options> = {}): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
    target: 'es2022',
    outDir: 'dist',
    // Texts stay UTF-8 in dist, as bundlers serve them, rather than `\u` escapes.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
    ...overrides,
  };
}
