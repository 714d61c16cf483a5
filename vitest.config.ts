import { defineConfig } from 'vitest/config';

// Unit tests: the pure core in Node (linkedom as the DOM). End-to-end tests live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
