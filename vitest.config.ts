import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // A safety net, not a speed check: CI is a busy 2-core machine where a whole-LP test that takes
    // 11 s idle has taken 33 s. Speed is measured by `npm run bench`.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    pool: 'forks',
    // No mathjs here: the planner's sheets compile without it (src/power-model/sheets/plain-compile.ts);
    // a test that holds a sheet to mathjs loads it itself. Loading it in every file cost ~1 s each.
    setupFiles: ['tests/helpers/testing-library-timeout.ts'],
  },
});
