import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    typecheck: { include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // Real databases on a shared 2-core machine: generous, but bounded.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
