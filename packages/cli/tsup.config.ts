import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared';

// `cli` is the `cookiekit` bin (its shebang is kept); `index` is the programmatic API.
export default defineConfig(packageBuild({ index: 'src/index.ts', cli: 'src/cli.ts' }, { target: 'node20', platform: 'node' }));
