import { beforeEach, describe, expect, test } from 'vitest';
import { chooseView, clearStorage } from './drive';
import type { Tab } from './driver';
import { BROWSERS, chromiumOf, useHarness } from './harness';
import { axeSource } from './reader-dom';
import { activeLangs, firstPairedBlock, pairTops } from './reader-probes';

const SEED = 'blocks--en-ko--usa-journal-korea.html';
const ZH = 'interleaved--en-zh-Hans--container-freight-rates.html';

/** Waits until the page shows the reader in `view`, or no reader at all for `null`. */
async function readerView(page: Tab, view: string | null): Promise<void> {
  if (view === null) await page.waitFor('diglot-reader', { state: 'detached', timeout: 10_000 });
  else await page.waitFor(`diglot-reader[data-view="${view}"]`, { timeout: 10_000 });
}

/** The focused block in the reader, if any: its pair and language. */
function focusedBlock(this: ShadowRoot): { pair: string | null; lang: string | null } | null {
  const el = this.activeElement?.closest('[data-diglot-block]');
  return el ? { pair: el.getAttribute('data-diglot-pair'), lang: el.getAttribute('data-diglot-lang') } : null;
}

/** Block languages in the reader's document order. */
function blockOrder(this: ShadowRoot): { lang: string; pair: string | null }[] {
  return Array.from(this.querySelectorAll('[data-diglot-block]')).map((el) => ({
    lang: el.getAttribute('data-diglot-lang') ?? '',
    pair: el.getAttribute('data-diglot-pair'),
  }));
}

/** Text of the article's paragraphs on the live page that a reader can see, by script. */
async function visibleParagraphs(page: Tab): Promise<{ hangul: number; latin: number; hidden: number }> {
  return page.evaluate(() => {
    const out = { hangul: 0, latin: 0, hidden: document.querySelectorAll('[data-diglot-hidden]').length };
    for (const p of Array.from(document.querySelectorAll('.view-content p'))) {
      const visible = (p as HTMLElement).offsetParent !== null && (p as HTMLElement).getClientRects().length > 0;
      const text = p.textContent ?? '';
      // The dateline and byline "(12-30-2021) by: Janne Pak" is site chrome, not article text: it stays in place.
      if (!visible || text.length < 40 || /^\(\d[\d-]*\)\s*by:/.test(text.trim())) continue;
      if ((text.match(/[\uac00-\ud7af]/g) ?? []).length >= 10) out.hangul += 1;
      else if (/[A-Za-z]{4}/.test(text)) out.latin += 1;
    }
    return out;
  });
}

describe.each(BROWSERS)('the views, opened from the popup, in %s', (browserName) => {
  const h = useHarness(browserName);
  // Each test starts from a page with no view remembered, whatever the test before it left.
  beforeEach(() => clearStorage(h.browser));

  test('side by side puts each pair level, and hover and keyboard light up the counterpart', async () => {
    const page = await h.open(SEED);
    const popup = await h.popupFor(page);
    await chooseView(popup, 'side-by-side');
    await readerView(page, 'side-by-side');
    const reader = await page.reader();

    const tops = (await reader.run(pairTops))!;
    const pairs = Object.values(tops).filter((sides) => sides.en !== undefined && sides.ko !== undefined);
    expect(pairs.length).toBe(6);
    for (const sides of pairs) expect(Math.abs(sides.en! - sides.ko!)).toBeLessThanOrEqual(2);
    // Styled by one constructed sheet in both browsers: Firefox's content scripts take it too (ESR 153), so the
    // <style> element components/views.ts falls back to is for hosts that refuse one (linkedom, older releases).
    const styling = await reader.run(function (this: ShadowRoot) {
      return { adopted: this.adoptedStyleSheets.length, styles: this.querySelectorAll('style').length };
    });
    expect(styling).toEqual({ adopted: 1, styles: 0 });
    await page.bringToFront();
    await page.screenshot('seed-side-by-side');

    const target = (await reader.run(firstPairedBlock, 'en'))!;
    await page.mouseMove(target.x, target.y);
    await expect.poll(() => reader.run(activeLangs, target.pair)).toEqual(expect.arrayContaining(['en', 'ko']));

    // Keyboard only: Tab walks from the toolbar into the paragraphs, and focus lights the counterpart too.
    let focused: { pair: string | null; lang: string | null } | null = null;
    for (let i = 0; i < 40 && !focused?.pair; i++) {
      await page.press('Tab');
      focused = await reader.run(focusedBlock);
    }
    expect(focused?.pair).toBeTruthy();
    await expect.poll(() => reader.run(activeLangs, focused!.pair!)).toEqual(expect.arrayContaining(['en', 'ko']));

    // Esc closes the reader, and the popup then reports the original page.
    await page.press('Escape');
    await readerView(page, null);
    const again = await h.popupFor(page);
    await expect(
      again.evaluate(() => document.querySelector<HTMLInputElement>('input[name=view]:checked')?.value),
    ).resolves.toBe('original');
    await reader.close();
    await again.close();
    await popup.close();
    await page.close();
  });

  test('one language in place hides exactly the other language and the original view restores the page', async () => {
    const page = await h.open(SEED);
    const popup = await h.popupFor(page);
    const before = await page.evaluate(() => document.body.outerHTML);
    const original = await visibleParagraphs(page);
    expect(original.hangul).toBeGreaterThanOrEqual(5);
    expect(original.latin).toBeGreaterThanOrEqual(6);

    await chooseView(popup, 'first-only');
    const english = await visibleParagraphs(page);
    expect(english).toMatchObject({ hangul: 0, latin: original.latin });
    expect(english.hidden).toBeGreaterThan(0);

    await chooseView(popup, 'second-only');
    const korean = await visibleParagraphs(page);
    expect(korean.hangul).toBe(original.hangul);
    expect(korean.latin).toBe(0);

    await chooseView(popup, 'original');
    await expect.poll(() => page.evaluate(() => document.body.outerHTML)).toBe(before);

    // Screenshots only now: taking one marks the page's inputs with style="", which the comparison above must not see.
    for (const [view, name] of [
      ['first-only', 'seed-english-only'],
      ['second-only', 'seed-korean-only'],
    ] as const) {
      await chooseView(popup, view);
      await page.bringToFront();
      await page.screenshot(name);
    }
    await chooseView(popup, 'original');
    await popup.close();
    await page.close();
  });

  test('interleaved follows each paragraph with its counterpart', async () => {
    const page = await h.open(SEED);
    const popup = await h.popupFor(page);
    await chooseView(popup, 'interleaved');
    await readerView(page, 'interleaved');
    const reader = await page.reader();
    const order = (await reader.run(blockOrder))!.filter((b) => b.pair !== null);
    expect(order.length).toBe(12);
    for (let i = 0; i < order.length; i += 2) {
      expect(order[i]).toMatchObject({ lang: 'en' });
      expect(order[i + 1]).toMatchObject({ lang: 'ko', pair: order[i]!.pair });
    }
    await page.bringToFront();
    await page.screenshot('seed-interleaved');
    await chooseView(popup, 'original');
    await readerView(page, null);
    await reader.close();
    await popup.close();
    await page.close();
  });

  test('the keyboard command is bound to Alt+Shift+D', async () => {
    const commands = await h.browser.inExtension(async () => {
      const api = (
        globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } } }
      ).chrome;
      return api.commands.getAll();
    });
    expect(commands.find((c) => c.name === 'cycle-view')?.shortcut).toBe('Alt+Shift+D');
  });

  // A headless browser has no window to take the key press, so the test fires the command the browser would fire:
  // Chromium's `onCommand.dispatch` does that from the service worker. Firefox has no such call, and neither BiDi nor
  // anything else reaches its event page to fire it, so there the command's path is left to the Chromium run.
  test.skipIf(browserName === 'firefox')('the keyboard command cycles through every view and back', async () => {
    const { worker } = chromiumOf(h.browser).chromium;

    const page = await h.open(SEED);
    await (await h.popupFor(page)).close(); // detection has run once the popup answers
    await page.bringToFront();
    const fire = () =>
      worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { commands: { onCommand: { dispatch(name: string): void } } } }
        ).chrome.commands.onCommand.dispatch('cycle-view'),
      );
    /** Which script the hidden blocks are in: 'hangul', 'latin', or '' when nothing is hidden. */
    const hidden = () =>
      page.evaluate(() => {
        const text = Array.from(document.querySelectorAll('[data-diglot-hidden]'))
          .map((el) => el.textContent ?? '')
          .join(' ');
        if (!text.trim()) return '';
        return (text.match(/[\uac00-\ud7af]/g) ?? []).length > (text.match(/[A-Za-z]/g) ?? []).length
          ? 'hangul'
          : 'latin';
      });
    await fire();
    await readerView(page, 'side-by-side');
    await fire();
    await readerView(page, null);
    await expect.poll(hidden).toBe('hangul'); // English only, in place
    await fire();
    await expect.poll(hidden).toBe('latin'); // Korean only, in place
    await fire();
    await readerView(page, 'interleaved');
    await fire();
    await readerView(page, null);
    await expect.poll(hidden).toBe('');
    await page.close();
  });

  test('the chosen view is remembered for the site across a reload', async () => {
    const page = await h.open(SEED);
    const popup = await h.popupFor(page);
    await chooseView(popup, 'side-by-side');
    await readerView(page, 'side-by-side');
    await popup.close();
    await page.reload();
    await readerView(page, 'side-by-side');
    const again = await h.popupFor(page);
    await chooseView(again, 'original'); // leave the site as found for the other tests
    await readerView(page, null);
    await again.close();
    await page.close();
  });

  test('the popup and the reader have no serious accessibility violations', async () => {
    const page = await h.open(ZH);
    const popup = await h.popupFor(page);
    // Evaluated through the automation protocol: the popup's CSP (rightly) refuses an inline <script>.
    await popup.evaluateSource(await axeSource());
    const popupViolations = await popup.evaluate(async () => {
      const axe = (
        globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }
      ).axe;
      const result = await axe.run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(popupViolations).toEqual([]);
    await popup.screenshot('popup-zh');

    for (const view of ['side-by-side', 'interleaved']) {
      await chooseView(popup, view);
      await readerView(page, view);
      const reader = await page.reader();
      expect(await reader.axe()).toEqual([]);
      await page.bringToFront();
      await page.screenshot(`zh-${view}`);
      await reader.close();
    }
    await chooseView(popup, 'original');
    await popup.close();
    await page.close();
  });
});
