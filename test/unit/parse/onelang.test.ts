/**
 * One-language pages (issue 11, item 6): the blocks of a page that is not bilingual are the article as Readability
 * finds it. Scored on the real pages of Readability's own test corpus, read from beside the repository.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOAL, overlap, scoreOneLang, tokens, type OneLangSummary } from '../../../scripts/eval-onelang';

const dir = join(import.meta.dirname, '../../../../shared/corpus/readability');
const present = existsSync(dir);
if (!present) console.warn(`skipping the one-language token F1: ${dir} not found`);

describe('token F1', () => {
  it('counts repeated tokens and splits Chinese and Japanese into characters', () => {
    expect(tokens('The cat and the hat')).toEqual(
      new Map([
        ['the', 2],
        ['cat', 1],
        ['and', 1],
        ['hat', 1],
      ]),
    );
    expect([...tokens('成都地铁 Metro').keys()]).toEqual(['成', '都', '地', '铁', 'metro']);
  });

  it('scores a candidate missing half the reference at recall 0.5 and precision 1', () => {
    const o = overlap(tokens('one two'), tokens('one two three four'));
    expect(o.precision).toBe(1);
    expect(o.recall).toBe(0.5);
    expect(o.f1).toBeCloseTo(2 / 3);
  });
});

describe.skipIf(!present)('one-language pages of the Readability corpus', () => {
  let sum: OneLangSummary | null = null;
  beforeAll(() => {
    sum = scoreOneLang(dir);
  }, 120_000);

  it(`keep Readability's article at token F1 ${GOAL} or more, micro and macro`, () => {
    expect(sum!.pages.length).toBeGreaterThanOrEqual(80);
    expect(sum!.micro.diglot.f1).toBeGreaterThanOrEqual(GOAL);
    expect(sum!.macro.diglot).toBeGreaterThanOrEqual(GOAL);
  });

  it('never come back empty where Readability finds an article', () => {
    expect(sum!.empty).toEqual([]);
  });

  it('are never called bilingual', () => {
    expect(sum!.pages.filter((s) => s.bilingual).map((s) => s.page)).toEqual([]);
  });
});
