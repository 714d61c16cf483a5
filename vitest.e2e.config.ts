import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core over
// WebDriver BiDi). Two files at a time, whatever the machine: each file starts its own browsers, and a test spends
// most of its time waiting for a page or the popup to answer, so two share two cores well; more would crowd them.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A poll waits for the browser: an answer crossing processes, a timer in a background tab (Firefox runs those
    // once a second). One second, vitest's default, is too short a wait on a loaded two-core machine.
    expect: { poll: { timeout: 10_000 } },
  },
});
