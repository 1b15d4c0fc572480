import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    typecheck: { include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // Browser suites start Chromium and a site each; two at a time is what two cores allow.
    maxWorkers: 2,
    // A whole four-phase audit on a loaded two-core machine can pass a minute.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
