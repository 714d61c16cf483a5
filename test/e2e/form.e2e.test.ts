/**
 * The reader keeps the article's form (issue 13), in each browser with the built extension: the seed's photo printed once
 * across both columns and loaded, a documentation table with a column per language drawn once as that table with
 * its rows level, code with its lines, lists with their numbers and nesting, clickable links; and axe finds nothing
 * serious in any of them. The screenshots are those of the README.
 */
import { describe, expect, test } from 'vitest';
import { chooseView } from './drive';
import type { Tab } from './driver';
import { BROWSERS, useHarness } from './harness';
import type { ReaderDom } from './reader-dom';

const SEED = 'blocks--en-ko--usa-journal-korea.html';
const TABLE = 'interleaved--en-zh-Hans--browser-support-docs.html';
const CODE = 'blocks--en-ja--backup-script-tutorial.html';

/** The reader's images: where each is drawn, its size on screen and whether it loaded. */
function figures(this: ShadowRoot) {
  return Array.from(this.querySelectorAll('img')).map((img) => {
    const box = img.getBoundingClientRect();
    const grid = img.closest('.grid')?.getBoundingClientRect();
    const column = this.querySelector('.grid > .cell.left')?.getBoundingClientRect();
    return {
      path: new URL(img.src).pathname,
      loaded: img.complete && img.naturalWidth > 0,
      full: !!img.closest('.cell.full'),
      width: box.width,
      column: column?.width ?? 0,
      grid: grid?.width ?? 0,
      loading: img.loading,
      referrer: img.referrerPolicy,
    };
  });
}

/** Each table's rows: the cells' text and how far apart the tops of one row's cells are. */
function tables(this: ShadowRoot) {
  return Array.from(this.querySelectorAll('table')).map((table) => ({
    full: !!table.closest('.cell.full'),
    rows: Array.from(table.querySelectorAll('tr')).map((tr) => {
      const cells = Array.from(tr.querySelectorAll('th, td'));
      const tops = cells.map((c) => c.getBoundingClientRect().top);
      return {
        text: cells.map((c) => (c as HTMLElement).innerText.trim()),
        spread: Math.max(...tops) - Math.min(...tops),
      };
    }),
  }));
}

/** Code blocks as shown (lines kept?), list markers of the left column, and the links. */
function codeAndLists(this: ShadowRoot) {
  return {
    code: Array.from(this.querySelectorAll('pre.code')).map((pre) => ({
      text: (pre as HTMLElement).innerText,
      font: getComputedStyle(pre).fontFamily,
      whiteSpace: getComputedStyle(pre).whiteSpace,
    })),
    markers: Array.from(this.querySelectorAll('.cell.left .item')).map((item) => ({
      marker: item.querySelector('.marker')?.textContent,
      indent: item.getBoundingClientRect().left,
    })),
    links: Array.from(this.querySelectorAll('a')).map((a) => ({
      href: a.getAttribute('href'),
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
      text: a.textContent,
    })),
  };
}

/** Scrolls the reader so that `selector` stands `above` pixels under the top (clear of the sticky toolbar). */
function scrollTo(this: ShadowRoot, [selector, above]: [string, number]): boolean {
  const el = this.querySelector(selector);
  el?.scrollIntoView({ block: 'start' });
  const root = this.querySelector('.root');
  if (root) root.scrollTop -= above;
  return !!el;
}

describe.each(BROWSERS)("the reader keeps the article's form, in %s", (browserName) => {
  const h = useHarness(browserName);

  async function openView(name: string, view: string): Promise<{ page: Tab; popup: Tab; reader: ReaderDom }> {
    const page = await h.open(name);
    const popup = await h.popupFor(page);
    await chooseView(popup, view);
    await page.waitFor(`diglot-reader[data-view="${view}"]`, { timeout: 10_000 });
    return { page, popup, reader: await page.reader() };
  }

  async function done(o: { page: Tab; popup: Tab; reader: ReaderDom }): Promise<void> {
    await o.reader.close();
    await o.popup.close();
    await o.page.close();
  }

  test('the seed photo is printed once, across both columns, loaded lazily without a referrer', async () => {
    const o = await openView(SEED, 'side-by-side');
    await expect.poll(async () => (await o.reader.run(figures))?.[0]?.loaded).toBe(true);
    const shown = (await o.reader.run(figures))!;
    expect(shown).toHaveLength(1);
    const photo = shown[0]!;
    expect(photo.path).toBe('/data/news/2021/12/biden_putin_call.jpg');
    expect(photo.full).toBe(true);
    // Wider than one column: it spans the gap between the two.
    expect(photo.width).toBeGreaterThan(photo.column);
    expect(photo).toMatchObject({ loading: 'lazy', referrer: 'no-referrer' });
    expect(await o.reader.axe()).toEqual([]);
    await o.page.bringToFront();
    await o.page.screenshot('form-seed-photo');
    await chooseView(o.popup, 'interleaved');
    await o.page.waitFor('diglot-reader[data-view="interleaved"]');
    expect((await o.reader.run(figures))!.map((f) => f.path)).toEqual(['/data/news/2021/12/biden_putin_call.jpg']);
    await done(o);
  });

  test('a table with a column per language is drawn once, as that table, each row level', async () => {
    const o = await openView(TABLE, 'side-by-side');
    const found = (await o.reader.run(tables))!;
    expect(found).toHaveLength(1);
    const table = found[0]!;
    expect(table.full).toBe(true);
    expect(table.rows.map((r) => r.text)).toEqual([
      ['Browser', 'Oldest tested release', '最低测试版本'],
      ['Chrome', 'The latest two stable releases', '最新的两个稳定版本'],
      ['Firefox', 'The latest release and the extended support release', '最新版本和延长支持版本'],
      ['Edge', 'The latest two stable releases', '最新的两个稳定版本'],
      ['Safari', 'Version 16.4 and later, on macOS and iOS', '16.4 及以上版本，包括 macOS 和 iOS'],
      ['Samsung Internet', 'Version 23 and later', '23 及以上版本'],
    ]);
    for (const row of table.rows) expect(row.spread).toBeLessThanOrEqual(2);
    expect(await o.reader.axe()).toEqual([]);
    await o.reader.run(scrollTo, ['table', 330]);
    await o.page.bringToFront();
    await o.page.screenshot('form-bilingual-table');
    // Interleaved too: the table is printed once, as it is.
    await chooseView(o.popup, 'interleaved');
    await o.page.waitFor('diglot-reader[data-view="interleaved"]');
    const again = (await o.reader.run(tables))!;
    expect(again.map((t) => t.rows.length)).toEqual([6]);
    expect(await o.reader.axe()).toEqual([]);
    await o.reader.run(scrollTo, ['table', 330]);
    await o.page.screenshot('form-bilingual-table-interleaved');
    await done(o);
  });

  test('code keeps its lines in monospace, lists their numbers and nesting, links open in a new tab', async () => {
    const o = await openView(CODE, 'side-by-side');
    const found = (await o.reader.run(codeAndLists))!;
    expect(found.code).toHaveLength(2);
    expect(found.code[0]!.text).toContain('today=$(date +%F)\ndest=/mnt/backup/$today\n\n# dump the databases');
    expect(found.code[0]!.text).toContain('\n    /srv/photos /srv/dumps /etc "$dest"');
    expect(found.code[0]!.font).toMatch(/mono/i);
    expect(found.code[0]!.whiteSpace).toBe('pre-wrap');
    expect(found.markers.map((m) => m.marker)).toEqual(['1.', '◦', '◦', '2.', '3.', '◦', '◦']);
    // A nested item stands further in than its parent.
    expect(found.markers[1]!.indent).toBeGreaterThan(found.markers[0]!.indent);
    expect(found.links).toContainEqual({
      href: 'https://rsync.example/',
      target: '_blank',
      rel: 'noopener noreferrer',
      text: 'rsync',
    });
    expect(await o.reader.axe()).toEqual([]);
    await o.reader.run(scrollTo, ['.cell.left .item', -240]);
    await o.page.bringToFront();
    await o.page.screenshot('form-code-and-lists');
    await done(o);
  });
});
