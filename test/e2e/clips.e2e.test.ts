import { readFile } from 'node:fs/promises';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { useHarness } from './harness';

const SEED = 'blocks--en-ko--usa-journal-korea.html';

describe('clipping an article', () => {
  const h = useHarness();

  test('a clip saved from the popup shows in the library, exports as TMX, and can be deleted', async () => {
    const page = await h.open(SEED);
    const popup = await h.popupFor(page);
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await expect.poll(() => popup.getByRole('status').last().innerText()).toMatch(/saved to the clip library/i);
    await popup.close();

    const library = await h.browser.context.newPage();
    await library.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    const item = library.locator('.clip-item');
    await expect.poll(() => item.count()).toBe(1);
    await expect(item.innerText()).resolves.toMatch(/President Biden discusses easing tensions with Putin/);

    // Search narrows the list and says when nothing matches.
    await library.getByRole('searchbox').fill('푸틴');
    await expect.poll(() => item.count()).toBe(1);
    await library.getByRole('searchbox').fill('no such words anywhere');
    await expect.poll(() => item.count()).toBe(0);
    await library.getByRole('searchbox').fill('');

    // Open: the aligned pairs, paragraph facing paragraph.
    await item.getByRole('button', { expanded: false }).click();
    await expect.poll(() => item.locator('table.pairs tbody tr').count()).toBeGreaterThanOrEqual(6);
    await h.browser.screenshot(library, 'library');

    // Export as TMX: a well-formed file with one unit per pair, in both languages.
    await item.getByRole('combobox').selectOption('tmx');
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      item.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/President Biden.*\.tmx$/);
    const tmx = await readFile((await download.path())!, 'utf8');
    const xml = new DOMParser().parseFromString(tmx, 'text/xml');
    expect(xml.getElementsByTagName('tu').length).toBe(6);
    const langs = new Set(Array.from(xml.getElementsByTagName('tuv')).map((tuv) => tuv.getAttribute('xml:lang')));
    expect([...langs].sort()).toEqual(['en', 'ko']);

    await item.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => item.count()).toBe(0);
    await expect(library.locator('.library [role=status]').innerText()).resolves.toMatch(/Deleted/);
    await library.close();
    await page.close();
  });
});
