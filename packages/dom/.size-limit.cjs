// Rows in .size-limit.json; measured with the shared settings (UTF-8 output, see size-limit.shared.cjs),
// except the script-tag build: it is served as built, with its non-ASCII text escaped, so it is
// measured as it is: each file brotli-compressed as built, not bundled and minified again (esbuild
// would rename its identifiers, and the figure would no longer be the file's).
const rows = require('./.size-limit.json');
const { utf8 } = require('../../size-limit.shared.cjs');
const scriptTag = (row) => [row.path].flat().includes('dist/cookiekit.iife.js');
module.exports = [
  ...utf8(rows.filter((row) => !scriptTag(row))),
  ...rows.filter(scriptTag).map((row) => ({ ...row, disablePlugins: ['@size-limit/esbuild'] })),
];
