/**
 * Issue 13: the exports keep the article's form. Markdown writes images, nested and numbered lists, data tables, code
 * fences and links; JSON carries the new fields and reads them back; TMX and TSV stay text. A clip saved before these
 * fields existed (the seed as exported on the commit before them) still imports and exports.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clipHtml } from '../../../cli/clip-html';
import { formats } from '../../../utils/export/index';
import { exportJson, importClips } from '../../../utils/export/json';
import { exportMarkdown } from '../../../utils/export/markdown';

const page = (name: string): string =>
  readFileSync(new URL(`../../fixtures/pages/${name}.html`, import.meta.url), 'utf8');
const clipOfPage = (name: string) =>
  clipHtml(page(name), {
    url: 'https://blog.example/2026/03/backup',
    clippedAt: '2026-01-01T00:00:00.000Z',
    diglotVersion: '0.0.0-test',
  });

describe('Markdown keeps the form', () => {
  const md = exportMarkdown(clipOfPage('blocks--en-ja--backup-script-tutorial'), { layout: 'sections' });

  it('numbers and nests the list items, with no blank line breaking the list', () => {
    expect(md).toContain(
      '1. Decide what to copy and where to put it.\n    - Copy `/srv/photos` and `/etc` whole; they change slowly.\n',
    );
    expect(md).toContain('\n3. Test the restore, not just the backup.\n    - Once a month');
  });

  it('fences code as printed', () => {
    expect(md).toContain('```\n#!/bin/sh\nset -eu\ntoday=$(date +%F)\ndest=/mnt/backup/$today\n\n# dump the databases');
  });

  it('writes links and emphasis', () => {
    expect(md).toContain('I use [rsync](https://rsync.example/) with hard links');
    expect(md).toContain('a USB disk I plugged in *when I remembered*, which');
  });

  it('writes the cells of a data table as a table', () => {
    const docs = exportMarkdown(clipOfPage('interleaved--en-zh-Hans--browser-support-docs'), { layout: 'sections' });
    expect(docs).toContain(
      '| Browser | Oldest tested release |\n| --- | --- |\n| Chrome | The latest two stable releases |',
    );
  });

  it('writes the photo where it stands, once', () => {
    const seed = exportMarkdown(clipOfPage('blocks--en-ko--usa-journal-korea'));
    expect(seed.match(/!\[\]\(https:\/\/blog\.example\/data\/news\/2021\/12\/biden_putin_call\.jpg\)/g)).toHaveLength(
      1,
    );
  });

  it('never writes a link or image to an address it would not open, whatever a clip file says', () => {
    const clip = clipOfPage('blocks--en-ja--backup-script-tutorial');
    const first = clip.article.blocks.find((b) => b.marks?.some((m) => m.kind === 'link'))!;
    first.marks = first.marks!.map((m) => (m.kind === 'link' ? { ...m, href: 'javascript:alert(1)' } : m));
    clip.article.blocks.push({
      id: 'f9',
      lang: 'und',
      kind: 'figure',
      text: 'x',
      figure: { src: 'javascript:x', alt: 'x' },
    });
    const out = exportMarkdown(clip, { layout: 'sections' });
    expect(out).not.toMatch(/javascript:/);
  });
});

describe('JSON carries the form and reads it back', () => {
  it('round-trips marks, list places, cells, verbatim code and figures', () => {
    const clip = clipOfPage('blocks--en-ja--backup-script-tutorial');
    const { clips, errors } = importClips(exportJson(clip));
    expect(errors).toEqual([]);
    expect(clips[0]).toEqual(clip);
    const blocks = clips[0]!.article.blocks;
    expect(blocks.some((b) => b.marks?.length)).toBe(true);
    expect(blocks.some((b) => b.list?.ordered)).toBe(true);
    expect(blocks.some((b) => b.verbatim?.includes('\n'))).toBe(true);
  });

  it('names a broken form field', () => {
    const value = JSON.parse(exportJson(clipOfPage('blocks--en-ja--backup-script-tutorial')));
    value.blocks[1].marks = [{ kind: 'blink', start: 0, end: 2 }];
    value.blocks[2].list = { depth: 0 };
    const { clips, errors } = importClips(JSON.stringify(value));
    expect(clips).toEqual([]);
    expect(errors[0]).toMatch(/blocks\[1\]\.marks\[0\]\.kind: expected one of link, em, strong, code, sup/);
    expect(errors[0]).toMatch(/blocks\[2\]\.list\.depth: 0 is outside 1\.\.Infinity/);
  });

  it('imports a clip saved before the form fields, and exports it as before in every format', () => {
    const old = readFileSync(new URL('./clips/seed-schema1-before-form.json', import.meta.url), 'utf8');
    const { clips, errors } = importClips(old);
    expect(errors).toEqual([]);
    expect(clips[0]!.article.blocks.some((b) => b.marks || b.figure)).toBe(false);
    for (const format of ['md', 'tmx', 'tsv'] as const)
      expect(formats[format].export(clips[0]!).length).toBeGreaterThan(500);
  });
});

describe('TMX and TSV stay text', () => {
  it('flatten links, code and emphasis to their text', () => {
    const clip = clipOfPage('blocks--en-ja--backup-script-tutorial');
    const tsv = formats.tsv.export(clip);
    expect(tsv).toContain('I use rsync with hard links');
    expect(tsv).not.toMatch(/\[rsync\]|`|\*when/);
    const tmx = formats.tmx.export(clip);
    expect(tmx).toContain('<seg>Copy /srv/photos and /etc whole; they change slowly.</seg>');
  });
});
