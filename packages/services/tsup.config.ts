import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared';

// One entry per preset and per language, so importing one pulls no other: adding a preset or a
// language is a file (and its line in package.json's exports).
const files = (dir: string) => readdirSync(new URL(`./src/${dir}/`, import.meta.url)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

export default defineConfig(
  packageBuild({
    index: 'src/index.ts',
    all: 'src/all.ts',
    ...Object.fromEntries(files('presets').map((f) => [f.slice(0, -3), `src/presets/${f}`])),
    ...Object.fromEntries(files('locales').map((f) => [`locales/${f.slice(0, -3)}`, `src/locales/${f}`])),
  }),
);
