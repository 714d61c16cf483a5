import { describe, expect, test } from 'vitest';
import { bundleSizes, GLANCE_BUDGET_GZIP, GLANCE_FILE } from '../../scripts/bench-browser';

// The script every page loads is a budget, checked on the build the e2e tests run against.
describe('the built bundles', () => {
  test('the always-loaded glance stays within its gzip budget', async () => {
    const glance = (await bundleSizes()).find((s) => s.file === GLANCE_FILE);
    expect(glance, `${GLANCE_FILE} is missing from the build`).toBeDefined();
    expect(glance!.gzip).toBeLessThanOrEqual(GLANCE_BUDGET_GZIP);
  });

  test('the manifest puts only the glance on every page', async () => {
    const { readFile } = await import('node:fs/promises');
    const manifest = JSON.parse(await readFile('.output/chrome-mv3/manifest.json', 'utf8')) as {
      content_scripts?: { js?: string[] }[];
    };
    expect(manifest.content_scripts?.flatMap((c) => c.js ?? [])).toEqual([GLANCE_FILE]);
  });

  test('the pre-check, the parser and the reader are not in the glance', async () => {
    const sizes = await bundleSizes();
    const glance = sizes.find((s) => s.file === GLANCE_FILE)!;
    const precheck = sizes.find((s) => s.file === 'precheck.js')!;
    const reader = sizes.find((s) => s.file === 'reader.js')!;
    // No polyfill, no messaging library, no full word lists: a fraction of the pre-check and of the reader.
    expect(glance.gzip).toBeLessThan(precheck.gzip / 2);
    expect(glance.gzip).toBeLessThan(reader.gzip / 5);
  });
});
