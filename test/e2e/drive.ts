/**
 * Driving Diglot from its popup in the e2e tests: the views a page offers, switching between them, and traps that
 * catch errors in the extension's own contexts (the service worker and extension pages), which Playwright's
 * `pageerror` on a web page never reports.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, ConsoleMessage, Locator, Page, Worker } from 'playwright-core';

/** The values of the popup's view radio buttons, in the popup's order (empty when nothing bilingual was found). */
export async function popupViews(popup: Page): Promise<string[]> {
  return popup
    .locator('input[type=radio][name=view]')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/**
 * Clicks an element with a DOM click. Playwright's own click waits about two seconds for the popup tab to be
 * "stable" when another tab was shown last; for radio buttons and plain buttons the DOM click is the same event.
 */
export async function press(locator: Locator): Promise<void> {
  await locator.evaluate((element) => (element as HTMLElement).click());
}

/** Chooses a view in the popup and waits until the page has answered (the radio checked, the popup not busy). */
export async function chooseView(popup: Page, view: string): Promise<void> {
  await press(popup.locator(`input[type=radio][name=view][value="${view}"]`));
  await popup.waitForSelector(`main.popup:not([aria-busy="true"]) input[name=view][value="${view}"]:checked`, {
    timeout: 15_000,
  });
}

/** Presses "Swap sides" and waits for the page's answer. */
export async function swapSides(popup: Page): Promise<void> {
  const button = popup.getByRole('button', { name: /swap sides/i });
  const before = await button.getAttribute('aria-pressed');
  await press(button);
  await popup.waitForFunction(
    (was) => {
      const main = document.querySelector('main.popup');
      const pressed = Array.from(document.querySelectorAll('button')).find((b) =>
        /swap sides/i.test(b.textContent ?? ''),
      );
      return main?.getAttribute('aria-busy') !== 'true' && pressed?.getAttribute('aria-pressed') !== was;
    },
    before,
    { timeout: 15_000 },
  );
}

/** Downloads the clip in `format` from the popup and returns the file's text. */
export async function downloadExport(popup: Page, format: string): Promise<string> {
  await popup.locator('select').first().selectOption(format);
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    press(popup.getByRole('button', { name: 'Download' })),
  ]);
  const path = await download.path();
  return readFile(path, 'utf8');
}

/** Clicks "Parse this page anyway" on a page where nothing was found, and waits for the answer. */
export async function parseAnyway(popup: Page): Promise<void> {
  await press(popup.getByRole('button', { name: /parse this page anyway/i }));
  await popup.waitForSelector('main.popup:not([aria-busy="true"]) h1', { timeout: 30_000 });
}

interface TrapGlobal {
  __e2eErrors?: string[];
}

/** Records uncaught errors and unhandled rejections in the service worker from now on. */
export async function trapWorkerErrors(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as TrapGlobal & {
      addEventListener(type: string, listener: (event: { message?: string; reason?: unknown }) => void): void;
    };
    if (scope.__e2eErrors) return;
    const errors: string[] = [];
    scope.__e2eErrors = errors;
    scope.addEventListener('error', (event) => errors.push(`error: ${event.message ?? ''}`));
    scope.addEventListener('unhandledrejection', (event) =>
      errors.push(`unhandled rejection: ${String(event.reason)}`),
    );
  });
}

export async function workerErrors(worker: Worker): Promise<string[]> {
  return worker.evaluate(() => [...((globalThis as unknown as TrapGlobal).__e2eErrors ?? [])]);
}

/** Uncaught errors and console errors of the extension's own pages (popup, options), from now on. */
export function trapExtensionPageErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  const fromExtension = (url: string | undefined) => url?.startsWith('chrome-extension://') ?? false;
  context.on('weberror', (error) => {
    if (fromExtension(error.page()?.url())) errors.push(`${error.page()?.url()}: ${error.error().message}`);
  });
  context.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' && fromExtension(message.page()?.url() ?? message.location().url)) {
      errors.push(`${message.page()?.url() ?? message.location().url}: ${message.text()}`);
    }
  });
  return errors;
}
