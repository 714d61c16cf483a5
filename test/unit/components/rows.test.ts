import { describe, expect, it } from 'vitest';
import { blockDir, buildRows, languageBlocks, segmentBlock } from '../../../components/rows';
import type { ParsedArticle } from '../../../utils/contract';
import { arEn, enKo } from './articles';

const ids = (blocks: { id: string }[]) => blocks.map((b) => b.id);
const shape = (article: ParsedArticle, swapped = false) =>
  buildRows(article, swapped).map((r) => ({ pair: r.pair, left: ids(r.left), right: ids(r.right), full: ids(r.full) }));

describe('buildRows', () => {
  it('puts each pair on one row with the first language on the left', () => {
    const rows = shape(arEn());
    expect(rows).toEqual([
      { pair: 0, left: ['b1'], right: ['b2'], full: [] },
      { pair: 1, left: ['b3'], right: ['b4'], full: [] },
    ]);
  });

  it('puts the second language on the left when swapped', () => {
    expect(shape(arEn(), true)[0]).toEqual({ pair: 0, left: ['b2'], right: ['b1'], full: [] });
  });

  it('keeps both blocks of a 1-2 pair in one cell of one row', () => {
    expect(shape(enKo())[1]).toEqual({ pair: 1, left: ['b2'], right: ['b6', 'b7'], full: [] });
  });

  it('gives an unpaired block a row of its own before the pair holding the next block of its language', () => {
    // b8 (a Korean-only caption) comes after b7 (pair 1) and before b9 (pair 2), though all English comes first.
    expect(shape(enKo())).toEqual([
      { pair: 0, left: ['b1'], right: ['b5'], full: [] },
      { pair: 1, left: ['b2'], right: ['b6', 'b7'], full: [] },
      { pair: null, left: [], right: ['b8'], full: [] },
      { pair: 2, left: ['b3'], right: ['b9'], full: [] },
      { pair: 3, left: ['b4'], right: ['b10'], full: [] },
    ]);
  });

  it('puts an unpaired block after the last pair at the end', () => {
    const article = enKo();
    article.blocks.push({ id: 'b11', lang: 'en', kind: 'paragraph', text: 'Copyright 2026.' });
    expect(shape(article).at(-1)).toEqual({ pair: null, left: ['b11'], right: [], full: [] });
  });

  it('lets a block in neither language span both columns', () => {
    const article = arEn();
    article.blocks.splice(2, 0, { id: 'x1', lang: 'und', kind: 'paragraph', text: '2026-04-12 09:00' });
    expect(shape(article)[1]).toEqual({ pair: null, left: [], right: [], full: ['x1'] });
  });

  it('ignores block ids a pair names but the article does not hold', () => {
    const article = arEn();
    article.pairs[0]!.blocks.en = ['b2', 'missing'];
    expect(shape(article)[0]).toEqual({ pair: 0, left: ['b1'], right: ['b2'], full: [] });
  });
});

describe('languageBlocks', () => {
  it('lists one language in reading order with each block’s pair', () => {
    expect(languageBlocks(enKo(), 'ko').map(({ block, pair }) => [block.id, pair])).toEqual([
      ['b5', 0],
      ['b6', 1],
      ['b7', 1],
      ['b8', null],
      ['b9', 2],
      ['b10', 3],
    ]);
  });
});

describe('segmentBlock', () => {
  it('splits a block into its sentences tagged with their group in the pair', () => {
    const article = enKo();
    const segments = segmentBlock(article, article.blocks[4]!, 0);
    expect(segments.map((s) => [s.text, s.sentence, s.group])).toEqual([
      ['노선은 월요일에 개통했다.', 0, 0],
      [' ', null, null],
      ['두 도시를 잇는다.', 1, 1],
    ]);
  });

  it('joins back to exactly the block text', () => {
    const article = enKo();
    const block = article.blocks[0]!;
    expect(
      segmentBlock(article, block, 0)
        .map((s) => s.text)
        .join(''),
    ).toBe(block.text);
  });

  it('counts sentence indexes over the earlier blocks of the same side', () => {
    const article = enKo();
    article.sentences = { b6: ['요금은 3,000원이다.'], b7: ['어린이는 무료로 탄다.'] };
    article.pairs[1]!.sentences = [{ en: [0], ko: [0, 1] }];
    expect(segmentBlock(article, article.blocks[6]!, 1)).toEqual([
      { text: '어린이는 무료로 탄다.', sentence: 0, group: 0 },
    ]);
  });

  it('renders the whole text as one run when the sentences are missing', () => {
    const article = enKo();
    expect(segmentBlock(article, article.blocks[1]!, 1)).toEqual([
      { text: 'Tickets cost 3,000 won, and children ride free.', sentence: null, group: null },
    ]);
  });

  it('renders the whole text as one run when the sentences do not match the text', () => {
    const article = enKo();
    article.sentences!.b1 = ['Something else entirely.'];
    expect(segmentBlock(article, article.blocks[0]!, 0)).toHaveLength(1);
  });
});

describe('blockDir', () => {
  it('is rtl for Arabic and Hebrew even when the parser left dir out', () => {
    expect(blockDir({ lang: 'ar' })).toBe('rtl');
    expect(blockDir({ lang: 'he-IL' })).toBe('rtl');
    expect(blockDir({ lang: 'en', dir: 'rtl' })).toBe('rtl');
  });

  it('is auto for left-to-right languages', () => {
    expect(blockDir({ lang: 'ko' })).toBe('auto');
  });
});
