import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared';

// `shims`: the CommonJS build gets `import.meta.url`, which locates the SQLite driver for the writer process.
export default defineConfig(packageBuild({ index: 'src/index.ts', dashboard: 'src/dashboard/index.ts', cli: 'src/cli.ts' }, { platform: 'node', shims: true }));
