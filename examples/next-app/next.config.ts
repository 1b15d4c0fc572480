import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

// The monorepo's root, where the workspace packages and the lockfile live.
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');

const config: NextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
  // The workspace packages are built JavaScript; nothing to transpile.
  poweredByHeader: false,
  // `pnpm lint` type-checks the example with tsc; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
};

export default config;
