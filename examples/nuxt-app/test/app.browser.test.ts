import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { frameworkSuite } from 'shop-common/suites/framework';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

frameworkSuite({
  name: 'nuxt-app',
  builtFile: path.join(root, '.output/server/index.mjs'),
  start: (port) => ({
    command: process.execPath,
    args: [path.join(root, '.output/server/index.mjs')],
    cwd: root,
    env: { HOST: '127.0.0.1', NITRO_HOST: '127.0.0.1', PORT: String(port), NITRO_PORT: String(port) },
  }),
});
