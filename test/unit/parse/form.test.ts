/**
 * Issue 13: the parse keeps the article's form (figures, marks, lists, data tables, code as printed) on a
 * documentation page with its site chrome, and keeps nothing the reader may not load or open.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../utils/contract';
import { parseSrcset, pickCandidate } from '../../../utils/form/figures';
import { markTree } from '../../../utils/form/nest';
import { safeHref, safeImageSrc } from '../../../utils/form/urls';
import { parseArticle } from '../../../utils/parse';
import { parsePagePair } from '../../../utils/pages';
import { htmlToDocument } from '../../../utils/parse-html';
import { page } from './helpers';

const article = parseArticle(htmlToDocument(page('form-docs-page')));
const find = (text: string): Block => {
  const b = article.blocks.find((x) => x.text.startsWith(text));
  if (!b) throw new Error(`no block starts with ${text}`);
  return b;
};
const marked = (b: Block): string[] => (b.marks ?? []).map((m) => `${m.kind}:${b.text.slice(m.start, m.end)}`);

describe('the form of a documentation page', () => {
  it('keeps the photo once, where it stands, at the size from srcset that fills the reader, with its caption', () => {
    const figures = article.blocks.filter((b) => b.kind === 'figure');
    expect(figures).toHaveLength(1);
    const f = figures[0]!;
    expect(f.figure?.src).toBe('https://docs.tallyho.example/guide/img/setup-1280.webp');
    expect(f.figure?.alt).toBe("The setup wizard's first screen, with the folder chooser");
    expect(f.figure?.captions).toEqual([find('The setup wizard asks').id]);
    const at = article.blocks.indexOf(f);
    expect(article.blocks[at - 1]?.text).toMatch(/^The sync client/);
    expect(article.blocks[at + 1]?.kind).toBe('caption');
  });

  it('leaves out the tracking pixel and everything at its addresses', () => {
    expect(JSON.stringify(article)).not.toContain('tracker.example');
  });

  it('marks links (resolved against <base>), emphasis, strong, superscripts and inline code', () => {
    expect(marked(find('The sync client'))).toEqual([
      'em:Tallyho',
      'strong:Windows, macOS and Linux',
      'sup:1',
      'link:transport notes',
    ]);
    expect(find('The sync client').marks?.find((m) => m.kind === 'link')?.href).toBe(
      'https://docs.tallyho.example/security/transport.html',
    );
    expect(marked(find('Check that your workspace'))).toEqual(['code:client_sync']);
  });

  it('keeps the text of a javascript: link but not the link', () => {
    const b = find('The sync client');
    expect(b.text).toContain('click here to run a check');
    expect(JSON.stringify(b)).not.toContain('javascript');
  });

  it('numbers the items of an <ol start> and nests the bulleted list inside one of them', () => {
    const items = article.blocks.filter((b) => b.kind === 'list-item').map((b) => b.list);
    expect(items).toEqual([
      { depth: 1, ordered: true, number: 3 },
      { depth: 1, ordered: true, number: 4 },
      { depth: 2 },
      { depth: 2 },
      { depth: 1, ordered: true, number: 5 },
    ]);
  });

  it('places the cells of the data table by row and column, header cells marked', () => {
    const cells = article.blocks.filter((b) => b.cell);
    expect(cells.length).toBeGreaterThanOrEqual(11);
    expect(find('Windows').cell).toEqual({ table: 0, row: 1, col: 0 });
    expect(find('Signed DMG').cell).toEqual({ table: 0, row: 2, col: 2 });
    expect(find('System').cell).toEqual({ table: 0, row: 0, col: 0, header: true });
    // A column header that reads like a language switcher ("English version") is still a header.
    expect(find('Oldest version').cell).toEqual({ table: 0, row: 0, col: 1, header: true });
  });

  it('keeps code as printed, lines and blank line included, as one block and one sentence', () => {
    const code = article.blocks.filter((b) => b.kind === 'preformatted');
    expect(code).toHaveLength(1);
    expect(code[0]!.verbatim).toBe(
      'sudo apt install ./tallyho-sync_3.2.0_amd64.deb\nsystemctl --user enable --now tallyho-sync\n\n# check that it is running\ntallyho-sync status',
    );
    expect(code[0]!.text).not.toContain('\n');
  });

  it('leaves the chrome out: menus, sidebar, feedback widget, footer', () => {
    const all = article.blocks.map((b) => b.text).join('\n');
    for (const chrome of ['Introduction', 'Was this page helpful', 'Edit this page', 'Privacy']) {
      expect(all).not.toContain(chrome);
    }
  });
});

describe('addresses', () => {
  it('keeps http(s) and mailto links only', () => {
    expect(safeHref('mailto:desk@paper.example')).toBe('mailto:desk@paper.example');
    expect(safeHref('/a', 'https://x.example/b/')).toBe('https://x.example/a');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(safeHref(bad, 'https://x.example/')).toBeNull();
    }
  });

  it('loads http(s) images and data: rasters only, never SVG documents or placeholders', () => {
    const png = `data:image/png;base64,${'A'.repeat(300)}`;
    expect(safeImageSrc(png)).toBe(png);
    expect(safeImageSrc(`data:image/svg+xml;base64,${'A'.repeat(300)}`)).toBeNull();
    expect(safeImageSrc('data:image/gif;base64,R0lGODlhAQABAAAAACw=')).toBeNull();
    expect(safeImageSrc('javascript:alert(1)', 'https://x.example/')).toBeNull();
  });

  it('picks the smallest srcset candidate that fills the reader, else the largest; 2x for densities', () => {
    expect(pickCandidate(parseSrcset('a.jpg 480w, b.jpg 1280w, c.jpg 2400w'))?.url).toBe('b.jpg');
    expect(pickCandidate(parseSrcset('a.jpg 320w, b.jpg 640w'))?.url).toBe('b.jpg');
    expect(pickCandidate(parseSrcset('a.jpg, b.jpg 2x, c.jpg 3x'))?.url).toBe('b.jpg');
    expect(pickCandidate(parseSrcset('/c_fill,w_480/a.jpg 480w, /c_fill,w_1400/a.jpg 1400w'))?.url).toBe(
      '/c_fill,w_1400/a.jpg',
    );
  });
});

describe('marks as a tree', () => {
  it('nests marks, cuts one that crosses its parent, and gives a sentence its part of each mark', () => {
    const marks = [
      { kind: 'strong' as const, start: 0, end: 4 },
      { kind: 'em' as const, start: 2, end: 6 },
    ];
    expect(markTree('abcdefgh', marks)).toEqual([
      {
        mark: { kind: 'strong', start: 0, end: 4 },
        children: ['ab', { mark: { kind: 'em', start: 2, end: 4 }, children: ['cd'] }],
      },
      'efgh',
    ]);
    // In the sentence "defg" both marks start at its first letter: the longer holds the shorter.
    expect(markTree('abcdefgh', marks, 3, 7)).toEqual([
      {
        mark: { kind: 'em', start: 3, end: 6 },
        children: [{ mark: { kind: 'strong', start: 3, end: 4 }, children: ['d'] }, 'ef'],
      },
      'g',
    ]);
  });
});

describe('a photo printed in each language', () => {
  const shared = parseArticle(htmlToDocument(page('form-shared-photo')), { url: 'https://news.example/a/1' });

  it('is one figure, where it first stands, with the captions of both languages', () => {
    const figures = shared.blocks.filter((b) => b.kind === 'figure');
    expect(figures).toHaveLength(1);
    const captions = shared.blocks.filter((b) => b.kind === 'caption');
    expect(captions.map((c) => c.lang)).toEqual(['en', 'ko']);
    expect(figures[0]!.figure?.captions).toEqual(captions.map((c) => c.id));
    expect(shared.blocks.indexOf(figures[0]!)).toBe(1);
  });

  it('pairs the two captions with each other', () => {
    const [en, ko] = shared.blocks.filter((b) => b.kind === 'caption');
    expect(shared.pairs.some((p) => p.blocks.en?.includes(en!.id) && p.blocks.ko?.includes(ko!.id))).toBe(true);
  });
});

describe('two pages, one article', () => {
  // The two editions of form-shared-photo, each on a page of its own: the same photo, a caption in each language.
  const html = page('form-shared-photo');
  const body = html.slice(html.indexOf('<div id="article-body"'), html.indexOf('<aside'));
  const ko = body.indexOf('<h2>해성호');
  const edition = (lang: string, part: string): Document =>
    htmlToDocument(
      `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body>${part}</div></body></html>`,
    );
  const article = parsePagePair(edition('en', body.slice(0, ko)), edition('ko', `<div>${body.slice(ko)}`), {
    urls: ['https://news.example/en/a/1', 'https://news.example/ko/a/1'],
  });

  it('prints a photo both editions carry once, on the first page, with both captions', () => {
    expect(article.bilingual).toBe(true);
    const figures = article.blocks.filter((b) => b.kind === 'figure');
    expect(figures).toHaveLength(1);
    expect(figures[0]!.page).toBe(0);
    expect(figures[0]!.figure?.src).toBe('https://news.example/photos/2026/ferry-1280.jpg');
    const captions = article.blocks.filter((b) => b.kind === 'caption').map((b) => b.id);
    expect(figures[0]!.figure?.captions).toEqual(captions);
  });
});
