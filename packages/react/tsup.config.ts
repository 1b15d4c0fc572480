import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared';

// No rollup tree-shaking pass and no CJS splitting: both would bury the `'use client'` directive.
export default defineConfig(packageBuild({ index: 'src/index.ts' }, { treeshake: false, splitting: false }));
