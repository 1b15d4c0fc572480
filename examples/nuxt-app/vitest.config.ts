import { defineConfig } from 'vitest/config';

// The browser tests drive the production build (`pnpm build` first; turbo runs it before `test`).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
