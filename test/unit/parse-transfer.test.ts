/**
 * The parse away from the page (issue 16): the page's HTML written out a subtree at a time must be the page's HTML,
 * cut pieces must join to the text they came from, and an article cut into parts must come back the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHUNK, cutText } from '../../platform/parse-client';
import { joinArticle, splitArticle } from '../../utils/article-parts';
import { chunkPieces, htmlPiecesSteps } from '../../utils/dom/html-pieces';
import { htmlToDocument, parseHtml } from '../../utils/parse-html';
import { drain } from '../../utils/slices';
import { longPage } from '../fixtures/long/page';

// parse-client.ts sends through the extension runtime, which Node has not; only its cutting is tested here.
vi.mock('../../platform/messaging', () => ({ sendMessage: () => Promise.reject(new Error('not in a browser')) }));

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/pages', `${name}.html`), 'utf8');

describe('the page written out in pieces', () => {
  it('is the page as outerHTML writes it, on a fixture and on a 1,000-row table', () => {
    const pages = [
      fixture('blocks--en-ko--fairfax-cooling-centers'),
      longPage({ layout: 'table', pair: ['en', 'fr'], rows: 1000 }).html,
    ];
    for (const html of pages) {
      const doc = htmlToDocument(html);
      const pieces = drain(htmlPiecesSteps(doc));
      expect(pieces.join('')).toBe(`<!doctype html>${doc.documentElement.outerHTML}`);
      const chunks = [...chunkPieces(pieces, 64 * 1024)];
      expect(chunks.join('')).toBe(pieces.join(''));
      // Each message but the last is at least a chunk long, and no longer than a chunk and one piece.
      const longest = Math.max(...pieces.map((p) => p.length));
      for (const c of chunks.slice(0, -1)) {
        expect(c.length).toBeGreaterThanOrEqual(64 * 1024);
        expect(c.length).toBeLessThan(64 * 1024 + longest);
      }
    }
    expect([...chunkPieces([])]).toEqual(['']);
  });

  it('is read by the parser as the page itself is', () => {
    const html = longPage({ layout: 'table', pair: ['en', 'fr'], rows: 300 }).html;
    const again = drain(htmlPiecesSteps(htmlToDocument(html))).join('');
    expect(parseHtml(again)).toEqual(parseHtml(html));
  });

  it('is cut into messages that join to the text, never inside a surrogate pair', () => {
    const text = 'a'.repeat(CHUNK - 1) + '😀' + 'b'.repeat(CHUNK + 40_000);
    const cut = cutText(text);
    expect(cut.join('')).toBe(text);
    expect(cut.length).toBe(3);
    for (const c of cut) expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(c)).toBe(false);
    expect(cutText('')).toEqual(['']);
  });
});

describe('an article in parts', () => {
  it('comes back the same, however small the parts', () => {
    const article = parseHtml(longPage({ layout: 'table', pair: ['en', 'fr'], rows: 300 }).html);
    expect(article.bilingual).toBe(true);
    for (const size of [1, 4096, 1 << 20]) {
      const parts = splitArticle(article, size);
      expect(joinArticle(JSON.parse(JSON.stringify(parts)))).toEqual(article);
      if (size === 4096) expect(parts.length).toBeGreaterThan(10);
    }
  });
});
