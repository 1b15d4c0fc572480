// Each preset's own cost, brotli, without its texts: the English entry it defaults to and the
// text composer are measured on their own line and left out of the preset lines (marked external).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

// The chunks holding the English entry and the text composer (`describe`), found by what they export.
const TEXT_CHUNK = /export \{[^}]*\b(en|describe)\b[^}]*\}/;
const isTextChunk = (file) => TEXT_CHUNK.test(readFileSync(file, 'utf8'));

const withoutTexts = (config) => {
  // As an ES module, so the external chunks stay imports (an IIFE would add a require shim).
  config.format = 'esm';
  config.plugins = [
    ...(config.plugins ?? []),
    {
      name: 'texts-external',
      setup(build) {
        build.onResolve({ filter: /chunk-[A-Z0-9]+\.js$/ }, (args) =>
          isTextChunk(join(args.resolveDir, args.path)) ? { path: args.path, external: true } : undefined,
        );
      },
    },
  ];
  return config;
};

const preset = (name, exportName) => ({
  name: `preset ${name} (without texts)`,
  path: `dist/${name}.js`,
  import: `{ ${exportName} }`,
  limit: '400 B',
  modifyEsbuildConfig: withoutTexts,
});

module.exports = [
  preset('google-analytics-4', 'googleAnalytics4'),
  preset('meta-pixel', 'metaPixel'),
  preset('youtube', 'youtube'),
  { name: 'English texts and their composer: @cookiekit/services/locales/en + describePreset', path: ['dist/locales/en.js', 'dist/index.js'], import: { 'dist/locales/en.js': '{ en }', 'dist/index.js': '{ describePreset }' }, limit: '700 B' },
  { name: 'the loader, embeds and texts helper: @cookiekit/services', path: 'dist/index.js', import: '{ presetLoader, embedAttributes }', limit: '1 kB', ignore: ['@cookiekit/core'] },
];
