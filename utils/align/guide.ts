/**
 * Where the alignment path of a long document should run, before any pair is priced: the guide the band follows
 * (`alignAlong` in dp.ts).
 *
 * Two things the page tells for free. Its own units: a table row, or an interleaved paragraph and the translation that
 * follows it, holds blocks of both languages that face each other, so the first block of each side of a unit is a
 * point the path passes near. And the amount of text: a translator who splits one paragraph into three keeps its text,
 * so between two such points the path keeps the two sides' cumulative text in step. The guide joins the unit points
 * and follows the text in between; a page with no units (one language, then the other) is one stretch from corner to
 * corner, followed by text alone. Unlike the straight diagonal from (0,0) to (n,m), neither is thrown off when one
 * part of a book splits its paragraphs and another does not; a paragraph left out on one side moves the text guide by
 * that paragraph only, which the band's width absorbs.
 */

/**
 * The first block of each unit on both sides, as (A index, B index) points in page order, keeping only those that
 * rise on both sides (a unit that would send the path backwards is a misread unit, not a clue).
 */
export function unitPoints(
  unitsA: ReadonlyArray<number | undefined>,
  unitsB: ReadonlyArray<number | undefined>,
): Array<[number, number]> {
  const firstB = new Map<number, number>();
  unitsB.forEach((u, j) => {
    if (u !== undefined && !firstB.has(u)) firstB.set(u, j);
  });
  const points: Array<[number, number]> = [];
  const seen = new Set<number>();
  unitsA.forEach((u, i) => {
    if (u === undefined || seen.has(u)) return;
    seen.add(u);
    const j = firstB.get(u);
    if (j === undefined) return;
    const last = points[points.length - 1];
    if (!last || (i > last[0] && j > last[1])) points.push([i, j]);
  });
  return points;
}

/** Running totals: `out[k]` is the sum of the first k masses. */
function cumulative(mass: ArrayLike<number>): Float64Array {
  const out = new Float64Array(mass.length + 1);
  for (let k = 0; k < mass.length; k++) out[k + 1] = out[k]! + Math.max(0, mass[k]!);
  return out;
}

/**
 * For each row i = 0..n of A, the column of B the path should be near: through every unit point, and between two
 * points (or the corners) where the share of the stretch's text read on B matches the share read on A. A stretch with
 * no text on a side is crossed in proportion to its blocks.
 */
export function guidePath(
  massA: ArrayLike<number>,
  massB: ArrayLike<number>,
  points: ReadonlyArray<readonly [number, number]> = [],
): Float64Array {
  const n = massA.length;
  const m = massB.length;
  const ca = cumulative(massA);
  const cb = cumulative(massB);
  const guide = new Float64Array(n + 1);
  const stops: Array<readonly [number, number]> = [[0, 0], ...points, [n, m]];
  for (let s = 0; s + 1 < stops.length; s++) {
    const [i0, j0] = stops[s]!;
    const [i1, j1] = stops[s + 1]!;
    const spanA = ca[i1]! - ca[i0]!;
    const spanB = cb[j1]! - cb[j0]!;
    let j = j0;
    for (let i = i0; i <= i1; i++) {
      if (spanA <= 0 || spanB <= 0) {
        guide[i] = i1 === i0 ? j0 : j0 + ((i - i0) * (j1 - j0)) / (i1 - i0);
        continue;
      }
      // The column where B has read the same share of the stretch's text as A has at row i (linear within a block).
      const target = cb[j0]! + ((ca[i]! - ca[i0]!) / spanA) * spanB;
      while (j < j1 && cb[j + 1]! <= target) j++;
      const within = j < j1 ? (target - cb[j]!) / Math.max(1e-9, cb[j + 1]! - cb[j]!) : 0;
      guide[i] = j + Math.min(1, Math.max(0, within));
    }
  }
  return guide;
}
