import { defineConfig } from 'vitest/config';

// Unit tests run in jsdom; `*.browser.test.ts` drive one real Chromium over the built files.
export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
