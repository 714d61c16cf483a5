import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium, driven by playwright-core. One browser at a time
// (files run one after another), since two cores cannot run several Chromiums well.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
