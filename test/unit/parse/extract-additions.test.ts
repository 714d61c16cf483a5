/**
 * What the extraction adds to Readability's article to find a second language, and when it keeps it.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks, readabilityBlocksOnly } from '../../../utils/extract';
import { htmlToDocument, parseHtml } from '../../../utils/parse-html';

const EN = [0, 1, 2, 3, 4].map(
  (i) =>
    `<p>The transit authority said on Monday that the base fare will rise by ${10 + i} cents in March, the first increase in four years, and that the council will hear comments at its next meeting.</p>`,
);
const KO = [0, 1, 2, 3, 4].map(
  (i) =>
    `<p>교통공사는 월요일 기본요금이 3월부터 ${10 + i}센트 오른다고 밝혔다. 4년 만의 첫 인상이며 시의회는 다음 회의에서 시민 의견을 듣는다.</p>`,
);
// Readability drops this sentence (its words are mostly a link); the extraction reads it back from the page.
const URL_SENTENCE = `<div class="note"><p>Riders can read the full fare table at <a href="https://transit.example.org/fares/2026">transit.example.org/fares</a> before the change.</p></div>`;

const page = (body: string): string =>
  `<!doctype html><html><head><title>Fares rise in March</title></head><body><main><article>${body}</article></main></body></html>`;

describe('paragraphs read back from the page', () => {
  it('are read back between the paragraphs Readability kept, and marked', () => {
    const ex = extractBlocks(htmlToDocument(page([EN[0], EN[1], URL_SENTENCE, EN[2], EN[3], EN[4]].join(''))));
    const added = ex.blocks.filter((b) => b.reread).map((b) => b.text);
    expect(added).toEqual(['Riders can read the full fare table at transit.example.org/fares before the change.']);
  });

  it('are left out of a page that is not bilingual: it is the article as Readability finds it', () => {
    const out = parseHtml(page([EN[0], EN[1], URL_SENTENCE, EN[2], EN[3], EN[4]].join('')));
    expect(out.bilingual).toBe(false);
    expect(out.blocks.map((b) => b.text).join(' ')).not.toContain('full fare table');
    expect(out.blocks.map((b) => b.id)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']);
  });

  it('stay in a bilingual article', () => {
    const out = parseHtml(page([EN[0], EN[1], URL_SENTENCE, EN[2], EN[3], EN[4], ...KO].join('')));
    expect(out.bilingual).toBe(true);
    expect(out.blocks.map((b) => b.text).join(' ')).toContain('full fare table');
  });
});

describe('the blocks of a one-language page', () => {
  const extracted = [{ reread: true }, {}, { recovered: true }, {}].map((x, i) => ({
    kind: 'paragraph' as const,
    text: `t${i}`,
    order: i,
    source: null,
    ...x,
  }));
  const blocks = extracted.map((_, i) => ({ id: `b${i + 1}`, text: `t${i}` }));

  it('keep only Readability’s, renumbered', () => {
    expect(readabilityBlocksOnly(extracted, blocks)).toEqual([
      { id: 'b1', text: 't1' },
      { id: 'b2', text: 't3' },
    ]);
  });

  it('are never emptied when everything was added', () => {
    const all = extracted.map((b) => ({ ...b, reread: true }));
    expect(readabilityBlocksOnly(all, blocks)).toBe(blocks);
  });
});
