import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared';

// `cli` is the `cookiekit` bin (its shebang is kept); `index` is the programmatic API;
// `policy-child` is the process a code policy is executed in. Shims give the CommonJS build
// `import.meta.url`, which finds that script.
export default defineConfig(
  packageBuild({ index: 'src/index.ts', cli: 'src/cli.ts', 'policy-child': 'src/policy-child.ts' }, { target: 'node20', platform: 'node', shims: true }),
);
