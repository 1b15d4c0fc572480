// The one size-limit setting every package measures with: esbuild writes non-ASCII text as
// UTF-8, as Vite, Rollup and webpack emit it, rather than as `\u` escapes that a page never
// receives (they would count a Cyrillic or Greek catalog at up to twice its served size).
// Each package's `.size-limit.cjs` passes its rows (`.size-limit.json`) through `utf8`.

/** @param {Array<Record<string, unknown>>} rows */
exports.utf8 = (rows) =>
  rows.map((row) => {
    const modify = row.modifyEsbuildConfig;
    return {
      ...row,
      modifyEsbuildConfig(config) {
        const next = typeof modify === 'function' ? modify(config) : config;
        next.charset = 'utf8';
        return next;
      },
    };
  });
