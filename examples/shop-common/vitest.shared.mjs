import { defineConfig } from 'vitest/config';

// Both shops' test configuration. The browser tests drive the built shop (`pnpm build` first;
// turbo runs it before `test`).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
