/**
 * Driving Diglot from its popup in the e2e tests (in either browser): the views a page offers, switching between
 * them, downloading; and, in Chromium, a trap that catches errors in the service worker, which Playwright's
 * `pageerror` on a web page never reports.
 */
import type { Worker } from 'playwright-core';
import type { Download, DriverBrowser, Tab } from './driver';

/** The values of the popup's view radio buttons, in the popup's order (empty when nothing bilingual was found). */
export async function popupViews(popup: Tab): Promise<string[]> {
  return popup.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('input[type=radio][name=view]')).map((input) => input.value),
  );
}

/** Chooses a view in the popup and waits until the page has answered (the radio checked, the popup not busy). */
export async function chooseView(popup: Tab, view: string): Promise<void> {
  await popup.click(`input[type=radio][name=view][value="${view}"]`);
  await popup.waitFor(`main.popup:not([aria-busy="true"]) input[name=view][value="${view}"]:checked`, {
    timeout: 15_000,
  });
}

/** Presses "Swap sides" and waits for the page's answer. */
export async function swapSides(popup: Tab): Promise<void> {
  const pressed = () =>
    popup.evaluate(() => {
      const main = document.querySelector('main.popup');
      const button = Array.from(document.querySelectorAll('button')).find((b) =>
        /swap sides/i.test(b.textContent ?? ''),
      );
      return main?.getAttribute('aria-busy') === 'true' ? 'busy' : (button?.getAttribute('aria-pressed') ?? 'none');
    });
  const before = await pressed();
  await popup.click('button', /swap sides/i);
  const deadline = Date.now() + 15_000;
  for (let now = await pressed(); now === 'busy' || now === before; now = await pressed()) {
    if (Date.now() > deadline) throw new Error('the page never answered "Swap sides"');
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Downloads the clip in `format` from the popup. */
export async function downloadFrom(browser: DriverBrowser, popup: Tab, format: string): Promise<Download> {
  await popup.select('select', format);
  return browser.download(popup, () => popup.click('button', 'Download'));
}

/** Downloads the clip in `format` from the popup and returns the file's text. */
export async function downloadExport(browser: DriverBrowser, popup: Tab, format: string): Promise<string> {
  return (await downloadFrom(browser, popup, format)).text;
}

/**
 * Empties the extension's storage: no view remembered for 127.0.0.1 (where every fixture is served) from an earlier
 * test, which the page would otherwise open in.
 */
export async function clearStorage(browser: DriverBrowser): Promise<void> {
  await browser.inExtension(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }
    ).chrome.storage.local.clear(),
  );
}

/** Clicks "Parse this page anyway" on a page where nothing was found, and waits for the answer. */
export async function parseAnyway(popup: Tab): Promise<void> {
  await popup.click('button', /parse this page anyway/i);
  await popup.waitFor('main.popup:not([aria-busy="true"]) h1', { timeout: 30_000 });
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
