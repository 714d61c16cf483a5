/**
 * The e2e driver for Chromium: playwright-core over CDP, on the browser test/e2e/extension.ts launches. A tab keeps
 * its Playwright page (`page`) for the few suites that watch Chromium's protocol directly.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { callSource, domActions, inputActions, type DriverBrowser, type Tab } from './driver';
import { badgeOf, launchWithExtension, type ExtensionBrowser } from './extension';
import { readerDom } from './reader-dom';

export interface ChromiumTab extends Tab {
  page: Page;
}

export interface ChromiumDriver extends DriverBrowser {
  name: 'chromium';
  /** The Playwright handles under the driver: the context, the service worker. */
  chromium: ExtensionBrowser;
  tab(page: Page): ChromiumTab;
}

function wrap(browser: ExtensionBrowser, page: Page): ChromiumTab {
  const evaluate = <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) => page.evaluate(callSource(fn, arg)) as Promise<T>;
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return {
    page,
    errors,
    dialogs,
    url: async () => page.url(),
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate,
    evaluateSource: async (source) => {
      await page.evaluate(source);
    },
    ...domActions(evaluate),
    ...inputActions(page.keyboard, page.mouse),
    reader: () => readerDom(page),
    screenshot: (name) => browser.screenshot(page, name),
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload();
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}

export async function launchChromiumDriver(options: { headless?: boolean } = {}): Promise<ChromiumDriver> {
  const browser = await launchWithExtension(options);
  const extensionOrigin = `chrome-extension://${browser.extensionId}`;
  const tabs = new WeakMap<Page, ChromiumTab>();
  const tab = (page: Page) => tabs.get(page) ?? tabs.set(page, wrap(browser, page)).get(page)!;
  const pageOf = (t: Tab) => (t as ChromiumTab).page;

  const blank = async () => tab(await browser.context.newPage());
  async function open(url: string): Promise<ChromiumTab> {
    const opened = await blank();
    await opened.goto(url);
    return opened;
  }

  return {
    name: 'chromium',
    chromium: browser,
    extensionOrigin,
    tab,
    open,
    blank,
    async openPopup(target, options = {}) {
      const url = `${extensionOrigin}/popup.html?tab=${await browser.tabId(pageOf(target))}`;
      if (!options.window) {
        const popup = await open(url);
        await popup.setViewport(380, 640);
        return popup;
      }
      // A window of its own keeps the page's tab the visible one in its window, painting as under a real popup.
      const cdp = await browser.context.newCDPSession(pageOf(target));
      const [page] = await Promise.all([
        browser.context.waitForEvent('page', (p) => p.url().startsWith(url)),
        cdp.send('Target.createTarget', { url, newWindow: true }),
      ]);
      await cdp.detach();
      await page.setViewportSize({ width: 380, height: 700 });
      return tab(page);
    },
    tabId: (t) => browser.tabId(pageOf(t)),
    tabUrls: async () => browser.context.pages().map((p) => p.url()),
    async closeTabs(test) {
      for (const page of browser.context.pages()) if (test(page.url())) await page.close();
    },
    badge: async (t) => badgeOf(browser.worker, await browser.tabId(pageOf(t))),
    inExtension: <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) =>
      browser.worker.evaluate(fn as (arg: unknown) => T, arg) as Promise<T>,
    async download(t, trigger) {
      const [download] = await Promise.all([pageOf(t).waitForEvent('download'), trigger()]);
      return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
    },
    close: () => browser.close(),
  };
}
