/**
 * `npm run demo`: serves the bundled sample pages on 127.0.0.1 and opens Chromium (or, with `--browser firefox`,
 * Firefox) with the freshly built extension on the seed article (a Korean-American paper printing one article in
 * English, then in Korean).
 *
 * With a display, the browser window stays open for you to use (Ctrl+C to stop). With no display, or with
 * `--headless`, it prints what Diglot detected, opens the side-by-side reader and writes screenshots instead.
 */
import { resolve } from 'node:path';
import { serveStatic } from '../test/e2e/server';
import type { DriverBrowser, Tab } from '../test/e2e/driver';
import { launchChromiumDriver } from '../test/e2e/chromium-driver';
import { launchFirefoxDriver } from '../test/e2e/firefox';

const SEED_PAGE = 'blocks--en-ko--usa-journal-korea.html';
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const at = process.argv.indexOf('--browser');
const browserName = at >= 0 ? process.argv[at + 1] : 'chromium';
if (browserName !== 'chromium' && browserName !== 'firefox') {
  console.error(`--browser takes chromium or firefox, not ${browserName}`);
  process.exit(2);
}
const label = browserName === 'firefox' ? 'Firefox' : 'Chromium';

const server = await serveStatic(resolve('test/fixtures/pages'));
const browser: DriverBrowser =
  browserName === 'firefox' ? await launchFirefoxDriver({ headless }) : await launchChromiumDriver({ headless });
const page = await browser.open(`${server.url}/${SEED_PAGE}`);
console.log(`Serving the sample pages at ${server.url}/ (the seed article: ${server.url}/${SEED_PAGE})`);

if (!headless) {
  console.log(`${label} is open with Diglot loaded. Click the Diglot button in the toolbar. Ctrl+C stops the demo.`);
  process.on('SIGINT', async () => {
    await browser.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  });
} else {
  const summary = await waitForDetection(browser, page);
  const badge = await browser.badge(page);
  console.log(`What the popup says:\n  ${summary.join('\n  ')}`);
  console.log(`Toolbar badge: "${badge.text}" (tooltip: ${badge.title})`);
  const shots = [await page.screenshot('demo-original')];
  const popup = await browser.openPopup(page);
  await popup.waitFor('main.popup:not([aria-busy="true"]) h1', { timeout: 10_000 }).catch(() => undefined);
  await popup.click('input[type=radio][name=view][value="side-by-side"]').catch(() => undefined);
  await page.waitFor('diglot-reader[data-view="side-by-side"]', { timeout: 5000 }).catch(() => undefined);
  shots.push(await popup.screenshot('demo-popup'));
  await page.bringToFront();
  shots.push(await page.screenshot('demo-side-by-side'));
  console.log(`Screenshots (${label}):\n  ${shots.join('\n  ')}`);
  await browser.close();
  await server.close();
}

/** Opens the popup for the page until it reports a finished detection; returns its lines as a user reads them. */
async function waitForDetection(b: DriverBrowser, target: Tab): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const popup = await b.openPopup(target);
    await popup.waitFor('main:not([aria-busy="true"])', { timeout: 5000 }).catch(() => undefined);
    const lines = await popup.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('h1, p, dt, dd')).map((el) => el.innerText),
    );
    await popup.close();
    if (lines.length && !lines.some((line) => /looking at the page/i.test(line))) return pairLines(lines);
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error('The popup never heard from the page: is the content script running?');
}

/** Joins the popup's definition list back into `Layout: …` lines. */
function pairLines(lines: string[]): string[] {
  return lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
