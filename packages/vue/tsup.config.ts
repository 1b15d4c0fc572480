import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared';

const require = createRequire(import.meta.url);

export default defineConfig(
  packageBuild(
    { index: 'src/index.ts' },
    {
      // `@cookiekit/vue/styles.css` is core's stylesheet, shipped here so a Vue app installs one package.
      onSuccess: async () => copyFileSync(require.resolve('@cookiekit/core/styles.css'), 'dist/styles.css'),
    },
  ),
);
