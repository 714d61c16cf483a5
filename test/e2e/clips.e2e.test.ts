import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { BROWSERS, useHarness } from './harness';

const SEED = 'blocks--en-ko--usa-journal-korea.html';

describe.each(BROWSERS)('clipping an article in %s', (browserName) => {
  const h = useHarness(browserName);

  test('a clip saved from the popup shows in the library, exports as TMX, and can be deleted', async () => {
    const page = await h.open(SEED);
    const popup = await h.popupFor(page);
    await popup.click('button', 'Save to library');
    await expect.poll(() => popup.text('[role=status]')).toMatch(/saved to the clip library/i);
    await popup.close();

    const library = await h.browser.open(`${h.browser.extensionOrigin}/options.html`);
    const items = () => library.evaluate(() => document.querySelectorAll('.clip-item').length);
    await expect.poll(items).toBe(1);
    await expect(library.text('.clip-item')).resolves.toMatch(/President Biden discusses easing tensions with Putin/);

    // Search narrows the list and says when nothing matches.
    await library.fill('input[type=search]', '푸틴');
    await expect.poll(items).toBe(1);
    await library.fill('input[type=search]', 'no such words anywhere');
    await expect.poll(items).toBe(0);
    await library.fill('input[type=search]', '');

    // Open: the aligned pairs, paragraph facing paragraph.
    await expect.poll(items).toBe(1);
    await library.click('.clip-item button[aria-expanded="false"]');
    await expect
      .poll(() => library.evaluate(() => document.querySelectorAll('.clip-item table.pairs tbody tr').length))
      .toBeGreaterThanOrEqual(6);
    await library.screenshot('library');

    // Export as TMX: a well-formed file with one unit per pair, in both languages.
    await library.select('.clip-item select', 'tmx');
    const download = await h.browser.download(library, () => library.click('.clip-item button', 'Download'));
    expect(download.name).toMatch(/President Biden.*\.tmx$/);
    const xml = new DOMParser().parseFromString(download.text, 'text/xml');
    expect(xml.getElementsByTagName('tu').length).toBe(6);
    const langs = new Set(Array.from(xml.getElementsByTagName('tuv')).map((tuv) => tuv.getAttribute('xml:lang')));
    expect([...langs].sort()).toEqual(['en', 'ko']);

    await library.click('.clip-item button', 'Delete');
    await expect.poll(items).toBe(0);
    await expect(library.text('.library [role=status]')).resolves.toMatch(/Deleted/);
    await library.close();
    await page.close();
  });
});
