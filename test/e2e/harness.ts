/**
 * Shared set-up for the e2e test files: one fixture server and one browser with the extension per file and browser.
 * Suites run in every browser of `BROWSERS` (`describe.each(BROWSERS)`), from `E2E_BROWSERS`: both, Chromium then
 * Firefox, unless it names one (`chromium`, `firefox`).
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticServer } from './server';
import type { BrowserName, DriverBrowser, Tab } from './driver';
import { launchChromiumDriver, type ChromiumDriver } from './chromium-driver';
import { launchFirefoxDriver } from './firefox';

export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS || 'chromium,firefox')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is BrowserName => name === 'chromium' || name === 'firefox');

export function launchDriver(name: BrowserName): Promise<DriverBrowser> {
  return name === 'firefox' ? launchFirefoxDriver() : launchChromiumDriver();
}

export interface Harness {
  server: StaticServer;
  browser: DriverBrowser;
  /** Opens a fixture page (`<root>/<name>`) in a new tab. */
  open(name: string): Promise<Tab>;
  /** Opens the popup for `tab` and waits until it has asked the page and rendered its answer. */
  popupFor(tab: Tab, options?: { window?: boolean }): Promise<Tab>;
}

export function useHarness(name: BrowserName, root = 'test/fixtures/pages'): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.server = await serveStatic(resolve(root));
    harness.browser = await launchDriver(name);
    harness.open = (page) => harness.browser.open(`${harness.server.url}/${page}`);
    harness.popupFor = async (tab, options) => {
      const popup = await harness.browser.openPopup(tab, options);
      await popup.waitFor('main.popup:not([aria-busy="true"]) h1', { timeout: 10_000 });
      return popup;
    };
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}

/** The Chromium driver under a harness, for the checks only Chromium's protocol can make. */
export function chromiumOf(browser: DriverBrowser): ChromiumDriver {
  if (browser.name !== 'chromium') throw new Error(`${browser.name} is not Chromium`);
  return browser as ChromiumDriver;
}
