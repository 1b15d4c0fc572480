import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared';

// One entry per file of src/locales (written by scripts/locales.mjs from src/messages):
// `locales/index`, `locales/all` and one per language, so a page pays for the languages it imports.
const locales = Object.fromEntries(
  readdirSync(new URL('./src/locales', import.meta.url))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`locales/${file.slice(0, -3)}`, `src/locales/${file}`]),
);

export default defineConfig(
  packageBuild({
    index: 'src/index.ts',
    schema: 'src/schema/index.ts',
    check: 'src/check/index.ts',
    page: 'src/page/index.ts',
    html: 'src/html/index.ts',
    regions: 'src/regions/index.ts',
    ...locales,
  }),
);
