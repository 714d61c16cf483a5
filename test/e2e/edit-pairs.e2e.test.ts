/**
 * Fixing the alignment by hand (issue 14), in the built extension: the page under test/e2e/fixtures is aligned
 * wrongly by design (a 2-2 pair that should be 1-1 with one paragraph left over on each side, a pair of two
 * paragraphs that translate nothing of each other, a translator's note and a share line that are not the article).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { chooseView, downloadExport } from './drive';
import type { Tab } from './driver';
import { BROWSERS, useHarness } from './harness';
import type { ReaderDom } from './reader-dom';

const PAGE = 'edit-pairs--en-ko--night-reading-room.html';

/** The pairs the parser makes on the page (block ids as the parser numbers them). */
const PARSED = [
  ['b1', 'b11'],
  ['b2', 'b3', 'b12', 'b13'],
  ['b4', 'b14', 'b15'],
  ['b5', 'b6', 'b16'],
  ['b7', 'b17'],
  ['b8', 'b18'],
  ['b9', 'b19'],
];
/** The right ones: b2 (a county) and b13 (a year) have no counterpart, nor do b7 (a quote) and b17 (a bus). */
const GOLD = [
  ['b1', 'b11'],
  ['b3', 'b12'],
  ['b4', 'b14', 'b15'],
  ['b5', 'b6', 'b16'],
  ['b8', 'b18'],
  ['b9', 'b19'],
];
/** The translator's note and the share line: not part of the article. */
const CHROME = ['b20', 'b21'];

/** Every pair on screen as its block ids, sorted (a pair is the blocks that share `data-diglot-pair`). */
function shownPairs(this: ShadowRoot): string[][] {
  const groups = new Map<string, string[]>();
  for (const el of Array.from(this.querySelectorAll('[data-diglot-pair]'))) {
    const pair = el.getAttribute('data-diglot-pair')!;
    groups.set(pair, [...(groups.get(pair) ?? []), el.getAttribute('data-diglot-block')!]);
  }
  const num = (id: string) => Number(id.slice(1));
  return [...groups.values()].map((ids) => ids.sort((a, b) => num(a) - num(b))).sort((a, b) => num(a[0]!) - num(b[0]!));
}

/** Ids of the blocks drawn in the reader. */
function shownBlocks(this: ShadowRoot): string[] {
  return Array.from(this.querySelectorAll('[data-diglot-block]')).map((el) => el.getAttribute('data-diglot-block')!);
}

/** Centre of a block, scrolled into view, for the mouse. */
function blockCentre(this: ShadowRoot, id: string): { x: number; y: number } | null {
  const el = this.querySelector(`[data-diglot-block="${id}"]`);
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Centre of an edit bar button (`data-diglot-edit`) or toolbar button (`data-diglot-action`). */
function buttonCentre(this: ShadowRoot, selector: string): { x: number; y: number } | null {
  const el = this.querySelector(selector);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

function focusedBlock(this: ShadowRoot): { id: string; lang: string } | null {
  const el = this.activeElement?.closest('[data-diglot-block]');
  return el ? { id: el.getAttribute('data-diglot-block')!, lang: el.getAttribute('data-diglot-lang')! } : null;
}

function editStatus(this: ShadowRoot): string {
  return this.querySelector('[data-diglot-edit-status]')?.textContent ?? '';
}

function editing(this: ShadowRoot): boolean {
  return this.querySelector('[data-diglot-editing]') !== null;
}

function notice(this: ShadowRoot): string | null {
  return this.querySelector('[data-diglot-notice]')?.textContent ?? null;
}

/** The key of the focused sentence in the sentence editor (`en:0`), or null. */
function focusedSentence(this: ShadowRoot): string | null {
  return this.activeElement?.closest('[data-diglot-sentence-key]')?.getAttribute('data-diglot-sentence-key') ?? null;
}

/** The sentence editor's groups: each open sentence's key and the number of its sentence pair (null: none). */
function openGroups(this: ShadowRoot): Record<string, string | null> {
  const groups: Record<string, string | null> = {};
  for (const el of Array.from(this.querySelectorAll('[data-diglot-sentence-key]')))
    groups[el.getAttribute('data-diglot-sentence-key')!] = el.getAttribute('data-diglot-sentence-group');
  return groups;
}

/** Outside the editor: the sentence group (`data-diglot-group`) of each sentence of two blocks, in order. */
function readerGroups(this: ShadowRoot, ids: [string, string]): (string | null)[][] {
  return ids.map((id) =>
    Array.from(this.querySelectorAll(`[data-diglot-block="${id}"] [data-diglot-sentence]`)).map((el) =>
      el.getAttribute('data-diglot-group'),
    ),
  );
}

function undoDisabled(this: ShadowRoot): boolean {
  return (this.querySelector('[data-diglot-edit="undo"]') as HTMLButtonElement | null)?.disabled ?? false;
}

describe.each(BROWSERS)('fixing the pairs by hand, in %s', (browserName) => {
  const h = useHarness(browserName, 'test/e2e/fixtures');
  /** The saved corrections of every page, as stored (the reader saves them after Enter, one key a page). */
  const stored = () =>
    h.browser.inExtension(async () => {
      const all = (await (
        globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }
      ).chrome.storage.local.get(null)) as Record<string, unknown>;
      return JSON.stringify(Object.entries(all).filter(([key]) => key.startsWith('pairEdits')));
    });

  async function click(page: Tab, reader: ReaderDom, at: { x: number; y: number } | null, modifiers?: 'Shift') {
    expect(at).not.toBeNull();
    await page.mouseClick(at!.x, at!.y, modifiers);
  }
  const clickBlock = async (page: Tab, reader: ReaderDom, id: string) =>
    click(page, reader, await reader.run(blockCentre, id));
  const clickEdit = async (page: Tab, reader: ReaderDom, action: string) =>
    click(page, reader, await reader.run(buttonCentre, `[data-diglot-edit="${action}"]`));

  /** Moves the keyboard's focus to a block with Tab and the arrow keys only. */
  async function arrowTo(page: Tab, reader: ReaderDom, id: string, lang: string): Promise<void> {
    const order = (await reader.run(shownBlocks))!;
    for (let i = 0; i < 60; i++) {
      const at = await reader.run(focusedBlock);
      if (at?.id === id) return;
      // From a button, Tab walks on into the paragraphs (as a keyboard user does).
      if (!at) await page.press('Tab');
      else if (at.lang !== lang) await page.press(lang === 'en' ? 'ArrowLeft' : 'ArrowRight');
      else await page.press(order.indexOf(at?.id ?? '') < order.indexOf(id) ? 'ArrowDown' : 'ArrowUp');
    }
    throw new Error(`the arrow keys never reached ${id}`);
  }

  /** The wrongly aligned page, opened side by side from the popup (which stays open). */
  async function openSideBySide(): Promise<{ page: Tab; popup: Tab }> {
    const page = await h.open(PAGE);
    const popup = await h.popupFor(page);
    await chooseView(popup, 'side-by-side');
    await page.waitFor('diglot-reader[data-view="side-by-side"]');
    return { page, popup };
  }

  test('three fixes by mouse and two by keyboard are kept across a reload, exported to TMX, and undone', async () => {
    const { page, popup } = await openSideBySide();
    await page.bringToFront();
    const reader = await page.reader();
    expect(await reader.run(shownPairs)).toEqual(PARSED);

    // E opens the editor; the first fix is chosen with the mouse.
    await page.press('e');
    await expect.poll(() => reader.run(editing)).toBe(true);
    await clickBlock(page, reader, 'b7');
    expect(await reader.axe()).toEqual([]);
    await page.screenshot('edit-pairs-1');

    // By mouse: unpair the quote from the bus, leave out the translator's note and the share line.
    await clickEdit(page, reader, 'unpair');
    await expect.poll(() => reader.run(editStatus)).toMatch(/Unpaired/);
    for (const id of CHROME) {
      await clickBlock(page, reader, id);
      await clickEdit(page, reader, 'exclude');
      await expect.poll(() => reader.run(editStatus)).toMatch(/not part of the article/);
    }
    await page.screenshot('edit-pairs-2');

    // By keyboard: arrows to the county paragraph, S splits it out of its 2-2 pair; then the year paragraph.
    await arrowTo(page, reader, 'b2', 'en');
    await page.press('s');
    await expect.poll(() => reader.run(editStatus)).toMatch(/Split out/);
    expect(await reader.run(focusedBlock)).toEqual({ id: 'b2', lang: 'en' });
    await arrowTo(page, reader, 'b13', 'ko');
    await page.press('s');
    await expect.poll(() => reader.run(shownPairs)).toEqual(GOLD);

    // A pair that would cross the others is refused, and says why; the keyboard chooses with Space.
    await arrowTo(page, reader, 'b9', 'en');
    await page.press('Space');
    await arrowTo(page, reader, 'b11', 'ko');
    await page.press('Space');
    await page.press('p');
    await expect.poll(() => reader.run(editStatus)).toMatch(/would cross .*pairs keep the order of the page/);
    expect(await reader.run(shownPairs)).toEqual(GOLD);
    expect(await reader.axe()).toEqual([]);

    // Undo takes every step back to the parser's pairs; redo brings them all again.
    for (let i = 0; i < 5; i++) await page.press('Control+z');
    expect(await reader.run(shownPairs)).toEqual(PARSED);
    expect(await reader.run(undoDisabled)).toBe(true);
    for (let i = 0; i < 3; i++) await page.press('Control+y');
    for (let i = 0; i < 2; i++) await page.press('Control+Shift+z');
    expect(await reader.run(shownPairs)).toEqual(GOLD);

    // Done (Enter) keeps them: the left-out blocks are gone from the reader.
    const before = await stored();
    await page.press('Enter');
    await expect.poll(() => reader.run(editing)).toBe(false);
    expect(await reader.run(shownPairs)).toEqual(GOLD);
    const shown = (await reader.run(shownBlocks))!;
    for (const id of CHROME) expect(shown).not.toContain(id);
    await page.screenshot('edit-pairs-3');
    await reader.close();
    await popup.close();

    // Reloaded once the fixes are stored, the page opens on the corrected pairs.
    await expect.poll(stored).not.toBe(before);
    await page.reload();
    await page.waitFor('diglot-reader[data-view="side-by-side"]', { timeout: 15_000 });
    const again = await page.reader();
    await expect.poll(() => again.run(shownPairs)).toEqual(GOLD);
    expect(await again.run(notice)).toBeNull();
    expect(await again.run(shownBlocks)).not.toContain('b20');

    // The TMX export has the corrected units, and says which ones a person made.
    const popup2 = await h.popupFor(page);
    const tmx = await downloadExport(h.browser, popup2, 'tmx');
    const xml = new DOMParser().parseFromString(tmx, 'text/xml');
    const units = Array.from(xml.getElementsByTagName('tu'));
    expect(units.length).toBe(GOLD.length);
    const byReader = units.filter((tu) =>
      Array.from(tu.getElementsByTagName('prop')).some(
        (p) => p.getAttribute('type') === 'x-alignment-by' && p.textContent === 'reader',
      ),
    );
    expect(byReader.length).toBe(1); // b3–b12, what is left of the 2-2 pair
    expect(byReader[0]!.textContent).toMatch(/Students preparing/);
    expect(tmx).not.toMatch(/Hadong is a county|library for retired people|군내버스|번역: 하동주간|공유하기/);

    // Leave the site as found: the original view.
    await chooseView(popup2, 'original');
    await again.close();
    await popup2.close();
    await page.close();
  });

  test('a clip opens from the library in the same editor and its fix is saved back into the clip', async () => {
    const page = await h.open(PAGE);
    const popup = await h.popupFor(page);
    await popup.click('button', 'Save to library');
    await expect.poll(() => popup.text('[role=status]')).toMatch(/saved to the clip library/i);
    await popup.close();

    const library = await h.browser.open(`${h.browser.extensionOrigin}/options.html`);
    await library.click('.clip-item button', 'Fix the pairs');
    await library.waitFor('diglot-reader[data-view="side-by-side"]');
    const reader = await library.reader();
    await expect.poll(() => reader.run(editing)).toBe(true);
    // The clip's own pairs (with the page's saved fixes when the first test ran); unpair one more and keep it.
    const before = (await reader.run(shownPairs))!;
    expect(before).toContainEqual(['b8', 'b18']);
    await clickBlock(library, reader, 'b8');
    await library.press('u');
    // The unpaired block moved to a row of its own, and the keyboard's focus went with it.
    expect(await reader.run(focusedBlock)).toEqual({ id: 'b8', lang: 'en' });
    await library.press('Enter');
    await expect.poll(() => reader.run(editing)).toBe(false);
    await library.press('Escape');
    await library.waitFor('diglot-reader', { state: 'detached' });
    await expect.poll(() => library.text('.library [role=status]')).toMatch(/corrected pairs are saved/);

    // Exported again from the library, the clip has the fix: one unit fewer.
    await library.select('.clip-item select', 'tmx');
    const { text: tmx } = await h.browser.download(library, () => library.click('.clip-item button', 'Download'));
    const xml = new DOMParser().parseFromString(tmx, 'text/xml');
    expect(xml.getElementsByTagName('tu').length).toBe(before.length - 1);
    expect(tmx).not.toMatch(/The council will pay/);
    await reader.close();
    await library.close();
    await page.close();
  });

  test('when the page’s text changed, the fixes that still match are applied and the reader says how many did not', async () => {
    // The page at one address, its text changed between two visits (a served string, not a file).
    let html = await readFile(resolve('test/e2e/fixtures', PAGE), 'utf8');
    const changing: Server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
    await new Promise<void>((done) => changing.listen(0, '127.0.0.1', done));
    const address = changing.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/changing.html`;
    try {
      const page = await h.browser.open(url);
      const popup = await h.popupFor(page);
      await chooseView(popup, 'side-by-side');
      await popup.close();
      await page.waitFor('diglot-reader[data-view="side-by-side"]');
      await page.bringToFront();
      const reader = await page.reader();
      await page.press('e');
      await expect.poll(() => reader.run(editing)).toBe(true);
      await clickBlock(page, reader, 'b7');
      await page.press('u');
      await clickBlock(page, reader, 'b20');
      await page.press('x');
      const before = await stored();
      await page.press('Enter');
      await expect.poll(() => reader.run(editing)).toBe(false);
      await expect.poll(stored).not.toBe(before);
      await reader.close();

      html = html.replace('(번역: 하동주간 편집부. 원문은 영어판에 실렸다.)', '(번역: 하동주간 국제부.)');
      await page.reload();
      await page.waitFor('diglot-reader[data-view="side-by-side"]', { timeout: 15_000 });
      const again = await page.reader();
      await expect.poll(() => again.run(notice)).toMatch(/^1 of your 2 fixes no longer match this page's text/);
      const pairs = (await again.run(shownPairs))!;
      expect(pairs).not.toContainEqual(['b7', 'b17']);
      expect(await again.run(shownBlocks)).toContain('b20');
      await again.close();
      await page.close();
    } finally {
      // The browser keeps its connection alive; close it too, or the server waits for it.
      changing.closeAllConnections();
      await new Promise<void>((done) => changing.close(() => done()));
    }
  });
  test('a sentence pair is fixed by keyboard inside a pair and kept after a reload', async () => {
    const { page, popup } = await openSideBySide();
    await popup.close();
    await page.bringToFront();
    const reader = await page.reader();
    // The closing paragraphs: the aligner gives the one English sentence both Korean ones (one group of three).
    const [en, ko] = (await reader.run(readerGroups, ['b9', 'b19']))!;
    expect(en).toHaveLength(1);
    expect(ko).toHaveLength(2);
    expect(ko).toEqual([en![0], en![0]]);

    // E, the arrows to b9, T opens the pair's sentences with the keyboard on its first one.
    await page.press('e');
    await expect.poll(() => reader.run(editing)).toBe(true);
    await arrowTo(page, reader, 'b9', 'en');
    await page.press('t');
    await expect.poll(() => reader.run(focusedSentence)).toBe('en:0');
    expect(await reader.run(openGroups)).toEqual({ 'en:0': '1', 'ko:0': '1', 'ko:1': '1' });
    expect(await reader.axe()).toEqual([]);
    await page.screenshot('edit-pairs-sentences-1');

    // Space chooses the English sentence, → goes to its counterpart, Space, P: the first Korean sentence alone.
    await page.press('Space');
    await page.press('ArrowRight');
    expect(await reader.run(focusedSentence)).toBe('ko:0');
    await page.press('ArrowDown');
    expect(await reader.run(focusedSentence)).toBe('ko:1');
    await page.press('ArrowUp');
    await page.press('Space');
    await page.press('p');
    await expect.poll(() => reader.run(editStatus)).toMatch(/Sentences paired \(1 and 1\)/);
    expect(await reader.run(openGroups)).toEqual({ 'en:0': '1', 'ko:0': '1', 'ko:1': null });
    expect(await reader.run(focusedSentence)).toBe('ko:0');
    expect(await reader.axe()).toEqual([]);
    await page.screenshot('edit-pairs-sentences-2');

    // Esc goes back to the paragraphs (still editing, the keyboard on the paragraph it was in); Enter keeps the fix.
    await page.press('Escape');
    await expect.poll(() => reader.run(editStatus)).toMatch(/Back to the paragraphs/);
    expect(await reader.run(editing)).toBe(true);
    expect(await reader.run(focusedBlock)).toEqual({ id: 'b19', lang: 'ko' });
    const before = await stored();
    await page.press('Enter');
    await expect.poll(() => reader.run(editing)).toBe(false);
    const fixed = (await reader.run(readerGroups, ['b9', 'b19']))!;
    expect(fixed[1]![0]).toBe(fixed[0]![0]);
    expect(fixed[1]![1]).not.toBe(fixed[0]![0]);
    await reader.close();

    // Reloaded once the fix is stored, the page opens with the sentence fix.
    await expect.poll(stored).not.toBe(before);
    await page.reload();
    await page.waitFor('diglot-reader[data-view="side-by-side"]', { timeout: 15_000 });
    const again = await page.reader();
    await expect.poll(() => again.run(readerGroups, ['b9', 'b19'])).toEqual(fixed);
    expect(await again.run(notice)).toBeNull();

    // Leave the site as found: the original view.
    const popup2 = await h.popupFor(page);
    await chooseView(popup2, 'original');
    await again.close();
    await popup2.close();
    await page.close();
  });
});
