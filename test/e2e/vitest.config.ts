import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/build-web.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One browser file at a time: page-weight.test.ts times pages, and a second Chromium on two cores would skew it.
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: 'test-output/vitest-e2e.json' }]],
  },
});
