import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared';

// ESM only: read by vitest and by the benchmarks' plain Node scripts.
export default defineConfig(packageBuild({ index: 'src/index.ts' }, { format: ['esm'] }));
