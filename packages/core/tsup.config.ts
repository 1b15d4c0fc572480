import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared';

export default defineConfig(
  packageBuild({
    index: 'src/index.ts',
    schema: 'src/schema/index.ts',
    page: 'src/page/index.ts',
    html: 'src/html/index.ts',
    regions: 'src/regions/index.ts',
    // One entry per shipped catalog besides English: adding a language is a file and a line here
    // (and its `./locales/<lang>` export in package.json).
    'locales/fr': 'src/messages/locales-fr.ts',
  }),
);
