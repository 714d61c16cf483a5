import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../utils/contract';
import { sentenceUnits, tableRows } from '../../../utils/export/segments';
import { articleOf } from './sample';

const ids = (article: ParsedArticle): string[][] =>
  tableRows(article, ['en', 'ko']).map((row) => row.cells.map((cell) => cell.map((b) => b.id).join('+')));

describe('table rows', () => {
  it('should place an unpaired block before the next pair in its column', () => {
    const article = articleOf(
      ['en', 'ko'],
      [
        { en: ['One.'], ko: ['하나.'] },
        { only: 'en', text: 'Caption.', kind: 'caption' },
        { en: ['Two.'], ko: ['둘.'] },
        { only: 'ko', text: '저작권.' },
      ],
    );
    // Blocks: b1 One, b2 Caption, b3 Two (en); b4 하나, b5 둘, b6 저작권 (ko).
    expect(ids(article)).toEqual([
      ['b1', 'b4'],
      ['b2', ''],
      ['b3', 'b5'],
      ['', 'b6'],
    ]);
  });

  it('should put a block in neither language in the column of the block before it', () => {
    const article = articleOf(['en', 'ko'], [{ en: ['One.'], ko: ['하나.'] }]);
    article.blocks.push({ id: 'b9', lang: 'und', kind: 'paragraph', text: '© 2021' });
    expect(ids(article)).toEqual([
      ['b1', 'b2'],
      ['', 'b9'],
    ]);
  });
});

describe('sentence units', () => {
  it('should fall back to the whole pair when the pair has no sentence alignment', () => {
    const article = articleOf(['en', 'ko'], [{ en: ['One. Two.'], ko: ['하나. 둘.'] }]);
    article.pairs[0]!.sentences = [];
    expect(sentenceUnits(article, ['en', 'ko']).map((u) => u.texts)).toEqual([['One. Two.', '하나. 둘.']]);
  });

  it('should join the sentences of a 2-1 group with a space', () => {
    const article = articleOf(['en', 'ko'], [{ en: ['One. Two.'], ko: ['하나 둘.'] }]);
    expect(sentenceUnits(article, ['en', 'ko']).map((u) => u.texts)).toEqual([['One. Two.', '하나 둘.']]);
  });
});
