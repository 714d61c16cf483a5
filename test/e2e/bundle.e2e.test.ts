import { describe, expect, test } from 'vitest';
import { bundleSizes, DETECT_BUDGET_GZIP } from '../../scripts/bench-browser';

// The content script every page loads is a budget, checked on the build the e2e tests run against.
describe('the built bundles', () => {
  test('the always-loaded content script stays within its gzip budget', async () => {
    const detect = (await bundleSizes()).find((s) => s.file === 'content-scripts/detect.js');
    expect(detect, 'content-scripts/detect.js is missing from the build').toBeDefined();
    expect(detect!.gzip).toBeLessThanOrEqual(DETECT_BUDGET_GZIP);
  });

  test('the parser and reader are not in the always-loaded script', async () => {
    const sizes = await bundleSizes();
    const detect = sizes.find((s) => s.file === 'content-scripts/detect.js')!;
    const reader = sizes.find((s) => s.file === 'content-scripts/reader.js')!;
    // Readability and the language model live in the reader; the detector must stay a small fraction of it.
    expect(detect.gzip).toBeLessThan(reader.gzip / 3);
  });
});
