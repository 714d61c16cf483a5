/**
 * Monotone alignment of two sequences by dynamic programming inside a diagonal band.
 *
 * The moves are those of Gale & Church (1993): 1-1, 1-2, 2-1, 1-0 and 0-1, plus an optional 2-2. The caller prices
 * each move (Infinity to forbid one); this module
 * only finds the cheapest monotone path. The band (cells within `band` of the diagonal from (0,0) to (n,m)) keeps both
 * time and memory linear in the length of the document: 5,000 paragraphs a side take a few hundred milliseconds and a
 * few megabytes, where the full table would take 25 million cells.
 */

/** One step of the path: how many items of each side it takes, starting at `a` and `b`. */
export interface Step {
  a: number;
  b: number;
  da: 0 | 1 | 2;
  db: 0 | 1 | 2;
  cost: number;
}

/** Price of taking `da` items of A from index `a` and `db` items of B from `b` (one of the five moves). */
export type MoveCost = (a: number, da: 0 | 1 | 2, b: number, db: 0 | 1 | 2) => number;

const MOVES: ReadonlyArray<readonly [0 | 1 | 2, 0 | 1 | 2]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  // 2-2: only for callers that price it (two paragraphs a translator swapped); others return Infinity.
  [2, 2],
];
// The moves as two flat arrays: the loop below runs millions of times on long documents.
const MOVE_A = MOVES.map((mv) => mv[0]);
const MOVE_B = MOVES.map((mv) => mv[1]);

/** Band half-width that fits a pair of lengths: wide enough for real omissions, bounded for huge documents. */
export function defaultBand(n: number, m: number): number {
  return Math.min(Math.max(24, Math.ceil(Math.max(n, m) * 0.02)), 64) + Math.ceil(Math.abs(n - m) / 4);
}

/** Index of cell (i, j) in the band tables (rows of `2 * band + 1` cells around the centres), or -1 outside the band. */
function cellIndex(centers: Int32Array, band: number, i: number, j: number): number {
  const width = 2 * band + 1;
  const k = j - centers[i]! + band;
  return k < 0 || k >= width ? -1 : i * width + k;
}

/** Cheapest monotone path from (0,0) to (n,m). */
export function alignBanded(n: number, m: number, cost: MoveCost, band = defaultBand(n, m)): Step[] {
  if (n === 0 || m === 0) {
    // Nothing to pair: every item is a 1-0 (or 0-1) step.
    const skips: Step[] = [];
    for (let i = 0; i < n; i++) skips.push({ a: i, b: 0, da: 1, db: 0, cost: cost(i, 1, 0, 0) });
    for (let j = 0; j < m; j++) skips.push({ a: 0, b: j, da: 0, db: 1, cost: cost(0, 0, j, 1) });
    return skips;
  }
  // The band must hold every step of the diagonal, or the corners cannot be joined.
  band = Math.max(band, Math.ceil(m / n) + 2, Math.ceil(n / m) + 2);
  // A band as wide as B already holds every cell of every row: wider only makes the tables bigger (short documents).
  band = Math.min(band, m);
  const width = 2 * band + 1;
  // Row centres once (the diagonal from (0,0) to (n,m)); no closures: this runs for every aligned paragraph pair too.
  const centers = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) centers[i] = Math.round((i * m) / n);
  const total = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width);
  const start = cellIndex(centers, band, 0, 0);
  if (start < 0) throw new Error('band does not contain the origin');
  total[start] = 0;
  for (let i = 0; i <= n; i++) {
    // The band must reach the corners even when n and m differ a lot.
    const l = i === 0 ? 0 : Math.max(0, centers[i]! - band);
    const h = Math.min(i === n ? m : Math.min(m, centers[i]! + band), l + width - 1);
    const rowBase = i * width - centers[i]! + band;
    for (let j = l; j <= h; j++) {
      const here = rowBase + j;
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = 255;
      for (let k = 0; k < MOVES.length; k++) {
        const da = MOVE_A[k]!;
        const db = MOVE_B[k]!;
        const pi = i - da;
        const pj = j - db;
        if (pi < 0 || pj < 0) continue;
        const kk = pj - centers[pi]! + band;
        if (kk < 0 || kk >= width) continue;
        const prev = pi * width + kk;
        const base = total[prev]!;
        if (base === Infinity) continue;
        const c = base + cost(pi, da, pj, db);
        if (c === Infinity) continue;
        if (c < best) {
          best = c;
          bestMove = k;
        }
      }
      total[here] = best;
      back[here] = bestMove;
    }
  }
  const steps: Step[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = cellIndex(centers, band, i, j);
    if (here < 0 || total[here] === Infinity) throw new Error('no path inside the band');
    const [da, db] = MOVES[back[here]!]!;
    const pi = i - da;
    const pj = j - db;
    steps.push({ a: pi, b: pj, da, db, cost: total[here]! - total[cellIndex(centers, band, pi, pj)]! });
    i = pi;
    j = pj;
  }
  return steps.reverse();
}

/** Standard normal upper tail, for the Gale-Church length cost (Abramowitz & Stegun 26.2.17). */
export function normalTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const d = 0.3989423 * Math.exp((-z * z) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return z >= 0 ? p : 1 - p;
}

/**
 * Gale-Church length cost: how surprising it is that `la` units of A became `lb` units of B when B is `ratio` times
 * as long as A on average. `variance` is per unit of length.
 */
export function lengthCost(la: number, lb: number, ratio: number, variance: number): number {
  if (la === 0 && lb === 0) return 0;
  const mean = (la + lb / ratio) / 2;
  const delta = (lb - la * ratio) / Math.sqrt(Math.max(1, mean) * variance);
  const p = 2 * normalTail(Math.abs(delta));
  return -Math.log(Math.max(p, 1e-12));
}
