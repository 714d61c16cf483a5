/**
 * Prose pages of the kinds issue 11's real pages showed (all invented here):
 * - an essay whose translator joined its paragraphs three by three (many.ts), and two unrelated posts that a
 *   many-to-one alignment would have paired by length alone;
 * - a translated guide whose list of links gives each link in both languages (chrome-blocks.ts);
 * - a paragraph and its translation followed by a source line (paragraphs.ts's credits).
 */
import { describe, expect, it } from 'vitest';
import { alignParagraphs, isCredit } from '../../../utils/align/paragraphs';
import type { ParsedArticle } from '../../../utils/contract';
import { parseHtml } from '../../../utils/parse-html';
import { page } from './helpers';

function pairTexts(a: ParsedArticle): Array<[string[], string[]]> {
  const [la, lb] = a.languages as [string, string];
  const text = (id: string): string => a.blocks.find((b) => b.id === id)?.text ?? '';
  return a.pairs.map((p) => [(p.blocks[la] ?? []).map(text), (p.blocks[lb] ?? []).map(text)]);
}

describe('an essay in nine paragraphs and its translation in three', () => {
  const a = parseHtml(page('blocks--en-es--essay-reparagraphed'));

  it('is English and Spanish', () => {
    expect(a.bilingual).toBe(true);
    expect(a.languages).toEqual(['en', 'es']);
  });

  it('pairs each Spanish paragraph with the three English paragraphs it joins', () => {
    const pairs = pairTexts(a);
    expect(pairs).toHaveLength(3);
    expect(pairs.map(([en]) => en.length)).toEqual([3, 3, 2]);
    expect(pairs[0]![0][0]).toMatch(/^The first bridge at Valdemora/);
    expect(pairs[0]![0][2]).toMatch(/^The idea came back with the railway/);
    expect(pairs[0]![1][0]).toMatch(/^El primer puente de Valdemora/);
    expect(pairs[1]![0][0]).toMatch(/^An engineer from Bilbao/);
    expect(pairs[2]![0][1]).toMatch(/^Today it carries only walkers/);
  });

  it('leaves the appeal to readers, which the Spanish leaves out, unpaired', () => {
    const appeal = a.blocks.find((b) => b.text.startsWith('If you have old photographs'));
    expect(appeal).toBeDefined();
    expect(a.pairs.some((p) => p.blocks.en!.includes(appeal!.id))).toBe(false);
  });
});

describe('an English post in fourteen paragraphs above an unrelated German one in three', () => {
  it('is not bilingual: groups of paragraphs that share no year and no name are no translation', () => {
    const a = parseHtml(page('negative--en-de--unrelated-sections'));
    expect(a.bilingual).toBe(false);
    expect(a.languages).toEqual(['en']);
  });
});

describe('a translated guide whose list gives each link in both languages', () => {
  const a = parseHtml(page('interleaved--en-zh--translated-links'));

  it('keeps the list as article text and pairs each link with its translation', () => {
    expect(a.bilingual).toBe(true);
    const pairs = pairTexts(a);
    expect(pairs).toContainEqual([['Making HTTP requests'], ['发起 HTTP 请求']]);
    expect(pairs).toContainEqual([['Services and injection'], ['服务与注入']]);
  });

  it('still leaves the one-language tag links out', () => {
    expect(a.blocks.some((b) => b.text === 'Performance')).toBe(false);
  });
});

describe('a source line after a paragraph and its translation', () => {
  it('is a credit, in the languages sites print it in', () => {
    expect(isCredit('Source: UNESCO 1987, accessed 2016-12-17, http://example.org/list/439')).toBe(true);
    expect(isCredit('来源：新华网 2016-01-30')).toBe(true);
    expect(isCredit('Quelle: Statistisches Amt, 2021')).toBe(true);
    expect(isCredit('Sources close to the mayor said the plan would be dropped.')).toBe(false);
  });

  it('stays out of the pair, which would otherwise take it for the numbers it shares', () => {
    const zh =
      '故宫于1987年被列入世界遗产名录，沈阳故宫建于1625年至1783年间，共有114座建筑，其中包括一座珍贵的藏书楼。';
    const en =
      'The palace in Shenyang consists of 114 buildings constructed between 1625 and 1783, including an important library, and was listed as world heritage.';
    const item = (text: string, pos: number) => ({ text, kind: 'paragraph' as const, pos });
    const groups = alignParagraphs(
      [item(zh, 0)],
      [item(en, 1), item('Source: UNESCO 1987, accessed 2016-12-17, http://example.org/list/439', 2)],
      { latinA: false, latinB: true },
    );
    expect(groups).toContainEqual(expect.objectContaining({ a: [0], b: [0] }));
    expect(groups).toContainEqual(expect.objectContaining({ a: [], b: [1] }));
  });
});
