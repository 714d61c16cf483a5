/**
 * Long documents hold their alignment path (issue 11): a whole novel in a two-column table aligned at F1 0.99 on its
 * first 150 rows and about 0.5 on the whole book, because the band of the alignment followed the straight diagonal
 * and lost the true path once one side had gathered a few dozen extra blocks.
 *
 * The pages are generated in memory (`test/fixtures/long/`): our own novel, with rows whose cell holds two to four
 * paragraphs facing one, rows with an empty cell and chapter-heading rows, unevenly spread through the book as a real
 * translation spreads them. The seed is one on which the diagonal band lost the path (whole-page F1 0.24 on the table,
 * 0.37 interleaved), and the first 150 rows hold as many unpairable three- and four-paragraph cells as the rest, so the
 * two F1s differ by drift alone.
 */
import { describe, expect, test } from 'vitest';
import { alignAlong, alignBanded, type MoveCost } from '../../utils/align/dp';
import { guidePath, unitPoints } from '../../utils/align/guide';
import { parseHtml } from '../../utils/parse-html';
import { longPage, type LongPageOptions } from '../fixtures/long/page';
import { scoreLong } from '../fixtures/long/score';

/** Parses a generated page and scores it against its gold. */
function parseLong(opts: LongPageOptions): ReturnType<typeof scoreLong> & { layout: string } {
  const page = longPage(opts);
  const out = parseHtml(page.html);
  expect(out.bilingual).toBe(true);
  return { ...scoreLong(page, out), layout: out.layout };
}

describe('a whole book on one page', () => {
  test('a 1,000-row table aligns as well over the whole book as over its first 150 rows', () => {
    const s = parseLong({ layout: 'table', pair: ['en', 'fr'], rows: 1000, seed: 2 });
    expect(s.layout).toBe('columns');
    expect(s.head.f1).toBeGreaterThan(0.95);
    expect(s.whole.f1).toBeGreaterThanOrEqual(s.head.f1 - 0.01);
  });

  test('a 1,000-row interleaved page (no rows to go by) aligns as well over the whole book as over its first 150 rows', () => {
    const s = parseLong({ layout: 'interleaved', pair: ['en', 'zh'], rows: 1000, seed: 26 });
    expect(s.layout).toBe('interleaved');
    expect(s.head.f1).toBeGreaterThan(0.95);
    expect(s.whole.f1).toBeGreaterThanOrEqual(s.head.f1 - 0.01);
  });
});

/**
 * Two sequences of item ids where B repeats A but carries `extra` unmatched items early on (a stretch of split
 * paragraphs): the true path runs `extra` cells off the straight diagonal for most of the document.
 */
function shifted(n: number, extra: number): { a: number[]; b: number[]; cost: MoveCost } {
  const a = Array.from({ length: n }, (_, i) => i);
  const b: number[] = [];
  for (let i = 0; i < n; i++) {
    b.push(i);
    if (i >= 20 && i < 20 + extra) b.push(-1);
  }
  const cost: MoveCost = (i, da, j, db) => {
    if (da === 0) return b[j] === -1 ? 0.5 : 6;
    if (db === 0) return 6;
    if (da === 1 && db === 1) return a[i] === b[j] ? 0 : 8;
    return Infinity;
  };
  return { a, b, cost };
}

const matched = (steps: ReturnType<typeof alignBanded>, a: number[], b: number[]): number =>
  steps.filter((s) => s.da === 1 && s.db === 1 && a[s.a] === b[s.b]).length;

describe('the banded alignment on a long document', () => {
  test('the straight diagonal band loses a path that leaves it, and a band along a guide keeps it', () => {
    const { a, b, cost } = shifted(2000, 120);
    // The guide the aligner gets from the text: here every item weighs the same, the extra ones nothing.
    const guide = guidePath(
      a.map(() => 1),
      b.map((x) => (x === -1 ? 0 : 1)),
    );
    expect(matched(alignBanded(a.length, b.length, cost, 24), a, b)).toBeLessThan(1000);
    expect(matched(alignAlong(a.length, b.length, cost, guide), a, b)).toBe(2000);
  });

  test('a row of one paragraph facing thirty stays inside a band along the rows, with no second search', () => {
    // A[i] faces B's items of row i: one each, except row 500, which the translation prints as thirty paragraphs, the
    // first two of them A[500]'s translation and the others a translator's commentary.
    const rowOfB: number[] = [];
    for (let i = 0; i < 1000; i++) for (let k = 0; k < (i === 500 ? 30 : 1); k++) rowOfB.push(i);
    const cost: MoveCost = (i, da, j, db) => {
      if (da === 0) return rowOfB[j] === 500 ? 1 : 6;
      if (db === 0) return 6;
      const rows = new Set([i, i + da - 1, rowOfB[j], rowOfB[j + db - 1]]);
      if (rows.size > 1) return 9;
      return rowOfB[j] === 500 && j !== 500 ? 3 : 0;
    };
    const rowsA = Array.from({ length: 1000 }, (_, i) => i);
    const guide = guidePath(
      rowsA.map(() => 1),
      rowOfB.map(() => 1),
      unitPoints(rowsA, rowOfB),
    );
    const steps = alignAlong(1000, rowOfB.length, cost, guide, { band: 4, retries: 0 });
    expect(steps.reduce((sum, s) => sum + s.cost, 0)).toBe(28);
  });

  test('a path pressed against the edge of the band is searched again in a band around it', () => {
    const { a, b, cost } = shifted(2000, 60);
    const diagonal = Array.from({ length: a.length + 1 }, (_, i) => (i * b.length) / a.length);
    expect(matched(alignAlong(a.length, b.length, cost, diagonal, { band: 16, retries: 0 }), a, b)).toBeLessThan(1900);
    expect(matched(alignAlong(a.length, b.length, cost, diagonal, { band: 16 }), a, b)).toBe(2000);
  });
});
