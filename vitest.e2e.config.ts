import { defineConfig } from 'vitest/config';

/** End-to-end tests: web mode in Debian's Chromium, and the Electron window where its runtime exists. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
