import { defineConfig } from 'vitest/config';

// Unit tests: the pure core in Node (linkedom as the DOM). End-to-end tests live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    // A worker per core (vitest's default leaves one free: on two cores that is one worker, and a third longer run).
    maxWorkers: '100%',
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
