import { describe, expect, it } from 'vitest';
import { features } from '../../../utils/align/features';
import { alignParagraphs, isCredit, type AlignItem } from '../../../utils/align/paragraphs';
import { alignSentences } from '../../../utils/align/sentences';

const para = (text: string, pos: number, kind: AlignItem['kind'] = 'paragraph'): AlignItem => ({ text, kind, pos });

/** Invented paragraphs of varied length with numbers, as a long document would have. */
function synthetic(n: number, lang: 'en' | 'ko'): AlignItem[] {
  return Array.from({ length: n }, (_, i) => {
    const words = 8 + ((i * 7919) % 40);
    const body = lang === 'en' ? 'word '.repeat(words) : '낱말 '.repeat(Math.round(words / 2));
    return para(`${body}${i % 5 === 0 ? `(${1000 + i})` : ''}`, i);
  });
}

describe('paragraph alignment', () => {
  it('pairs equal paragraphs one to one and skips a paragraph one side lacks', () => {
    const a = [
      para('The council approved the budget of 120 million on Monday.', 0),
      para(
        'Officials also presented a plan to plant 300 trees along the river, which the council will vote on next month.',
        1,
      ),
      para('Residents can comment until 30 April online.', 2),
    ];
    const b = [
      para('시의회는 월요일 1억2천만 달러 규모의 예산 120을 승인했다.', 3),
      para('주민들은 4월 30일까지 온라인으로 의견을 낼 수 있다.', 4),
    ];
    const groups = alignParagraphs(a, b, { latinB: false }).filter((g) => g.a.length && g.b.length);
    expect(groups.map((g) => [g.a, g.b])).toEqual([
      [[0], [0]],
      [[2], [1]],
    ]);
  });

  it('pairs headings with headings', () => {
    const a = [
      para('What happens next', 0, 'heading'),
      para('The first flats will be ready in 2029, the city said.', 1),
    ];
    const b = [
      para('Wie es weitergeht', 2, 'heading'),
      para('Die ersten Wohnungen sollen 2029 bezugsbereit sein, teilte die Stadt mit.', 3),
    ];
    const groups = alignParagraphs(a, b);
    expect(groups.map((g) => [g.a, g.b])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });

  it('aligns 5,000 paragraphs a side in about a second, linearly', () => {
    const time = (n: number): number => {
      const a = synthetic(n, 'en');
      const b = synthetic(n, 'ko');
      const t = performance.now();
      const groups = alignParagraphs(a, b, { latinB: false });
      const ms = performance.now() - t;
      expect(groups.filter((g) => g.a.length === 1 && g.b.length === 1).length).toBeGreaterThan(n * 0.95);
      return ms;
    };
    time(500); // warm up
    const t1 = time(1000);
    const t5 = time(5000);
    expect(t5).toBeLessThan(2500); // under 1 s on a developer machine; slack for CI
    expect(t5 / t1).toBeLessThan(12); // linear (5x the items), not quadratic (25x)
  });
});

describe('sentence alignment', () => {
  it('covers every sentence of both sides in order', () => {
    const groups = alignSentences(
      ['He arrived on Monday.', 'He left on 3 May.', 'Nobody saw him.'],
      ['그는 월요일에 도착했다.', '그는 5월 3일에 떠났고 아무도 그를 보지 못했다.'],
      true,
      false,
    );
    expect(groups.flatMap((g) => g.a)).toEqual([0, 1, 2]);
    expect(groups.flatMap((g) => g.b)).toEqual([0, 1]);
    expect(groups[0]).toEqual({ a: [0], b: [0] });
  });
});

describe('alignment features and costs', () => {
  it('takes capitalised Latin words as names on a Latin side, and any Latin word elsewhere', () => {
    expect([...features("President Biden met NATO's chief in x-Ray o'Neil", true).names]).toEqual([
      'president',
      'biden',
      "nato's",
    ]);
    expect([...features('바이든 대통령은 NATO와 e-mail a', false).names]).toEqual(['nato', 'e-mail']);
  });

  it('counts numbers once, without thousands separators or leading zeros', () => {
    expect([...features('100,000 people, 007 agents and 3.5 % on 100000', true).numbers]).toEqual([
      '100000',
      '7',
      '3.5',
    ]);
  });

  it('recognises credit and contact lines wherever the telltale words are', () => {
    expect(isCredit('Translation: Kim Min-ji')).toBe(true);
    expect(isCredit('박지훈 기자 (서울 특파원)')).toBe(true);
    expect(isCredit('Write to jane@example.org for details')).toBe(true);
    expect(isCredit('The council met on Monday to approve the budget.')).toBe(false);
    expect(isCredit('Translation: '.padEnd(200, 'x'))).toBe(false);
  });
});
