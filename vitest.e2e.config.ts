import { defineConfig } from 'vitest/config';

// Browser tests: the Agents Playground in Debian Chromium. One file at a time, generous timeouts, one retry for a
// slow machine; run by `npm run test:e2e` (and by CI after `npm test`).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    retry: 1,
  },
});
