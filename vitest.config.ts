import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: two test files at a time, each with its own database.
    maxWorkers: 2,
    // The JSON report lets .ci/run print one closing count over every stage.
    reporters: ['default', ['json', { outputFile: `test-output/vitest-${process.env.DATABASE_URL ? 'postgres' : 'pglite'}.json` }]],
  },
});
