import { defineConfig } from 'vitest/config';

// One file, one Chromium, one demo server: the specs run in order against the React shop at `/`
// and the Vue shop at `/vue/`. Only `*.test.ts` is collected (never Playwright `*.spec.ts`).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
