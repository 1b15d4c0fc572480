import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { frameworkSuite } from 'shop-common/suites/framework';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

frameworkSuite({
  name: 'next-app',
  builtFile: path.join(root, '.next/BUILD_ID'),
  staticShell: '/static-shell',
  start: (port) => ({
    command: process.execPath,
    args: [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    cwd: root,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  }),
});
