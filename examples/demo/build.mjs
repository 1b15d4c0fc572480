// Builds the Vue shop a second time for the demo's `/vue/` mount (its own `dist/` is built for
// `/`, which its tests use). The React shop is served from its own build, under `/`.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const vueRoot = fileURLToPath(new URL('../vue-vite/', import.meta.url));
const out = fileURLToPath(new URL('./dist/vue/', import.meta.url));
const vite = fileURLToPath(new URL('../vue-vite/node_modules/.bin/vite', import.meta.url));
const env = { ...process.env, BASE_PATH: '/vue/' };
const run = (...args) => execFileSync(vite, ['build', '--logLevel', 'warn', '--emptyOutDir', ...args], { cwd: vueRoot, env, stdio: 'inherit' });

run('--outDir', `${out}client`);
run('--ssr', 'src/entry-server.ts', '--outDir', `${out}server`);
