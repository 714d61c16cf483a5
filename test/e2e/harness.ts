/**
 * Shared set-up for the e2e test files: one fixture server and one Chromium with the extension per file.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './server';
import { launchWithExtension, type ExtensionBrowser } from './extension';

export interface Harness {
  server: StaticServer;
  browser: ExtensionBrowser;
  /** Opens a fixture page (`test/fixtures/pages/<name>`) in a new tab. */
  open(name: string): Promise<Page>;
  /** Opens the popup for `page` and waits until it has asked the page and rendered its answer. */
  popupFor(page: Page): Promise<Page>;
}

export function useHarness(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.server = await serveStatic(resolve('test/fixtures/pages'));
    harness.browser = await launchWithExtension();
    harness.open = async (name) => {
      const page = await harness.browser.context.newPage();
      await page.goto(`${harness.server.url}/${name}`);
      return page;
    };
    harness.popupFor = async (page) => {
      const popup = await harness.browser.openPopup(page);
      await popup.waitForSelector('main.popup:not([aria-busy="true"]) h1', { timeout: 10_000 });
      return popup;
    };
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}
