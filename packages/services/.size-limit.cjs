// Each preset's cost in a site's bundle, brotli, without its texts: measured from its source, as a
// bundler inlines it (no chunk file names), with the text composer (`describe`) and the language
// entries left out. Those are measured on their own line: a site pays for them once.
const TEXTS = /(^|\/)(describe|locales\/[A-Za-z-]+)(\.ts)?$/;

const withoutTexts = (config) => {
  config.format = 'esm';
  config.plugins = [
    ...(config.plugins ?? []),
    {
      name: 'texts-external',
      setup(build) {
        build.onResolve({ filter: TEXTS }, (args) => ({ path: args.path, external: true }));
      },
    },
  ];
  return config;
};

const preset = (name, exportName) => ({
  name: `preset ${name} (without texts)`,
  path: `src/presets/${name}.ts`,
  import: `{ ${exportName} }`,
  limit: '400 B',
  modifyEsbuildConfig: withoutTexts,
});

module.exports = require('../../size-limit.shared.cjs').utf8([
  preset('google-analytics-4', 'googleAnalytics4'),
  preset('meta-pixel', 'metaPixel'),
  preset('youtube', 'youtube'),
  { name: 'English texts and their composer: @cookiekit/services/locales/en + describePreset', path: ['dist/locales/en.js', 'dist/index.js'], import: { 'dist/locales/en.js': '{ en }', 'dist/index.js': '{ describePreset }' }, limit: '700 B' },
  { name: 'the loader and embeds: @cookiekit/services', path: 'dist/index.js', import: '{ presetLoader, embedAttributes }', limit: '1 kB', ignore: ['@cookiekit/core'] },
]);
