/**
 * Monotone alignment of two sequences by dynamic programming inside a band.
 *
 * The moves are those of Gale & Church (1993): 1-1, 1-2, 2-1, 1-0 and 0-1, plus an optional 2-2. The caller prices
 * each move (Infinity to forbid one); this module only finds the cheapest monotone path. The band (for each row i of
 * A, the columns lo[i]..hi[i] of B) keeps both time and memory linear in the length of the document: 5,000 paragraphs
 * a side take a few hundred thousand cells, where the full table would take 25 million.
 *
 * Where the band lies matters as much as how wide it is. Around the straight diagonal from (0,0) to (n,m) it loses a
 * long document as soon as one side has gathered a few dozen extra blocks (a novel in a table whose translator split
 * paragraphs in some chapters and not in others, issue 11): the true path leaves the band and is never found again.
 * `alignAlong` therefore centres the band on a guide the caller knows (the text mass of each side, the page's own
 * rows), and when the path found presses against an edge of the band, it centres the band on that path, twice as
 * wide, and looks again.
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

/** Band half-width around the straight diagonal: wide enough for real omissions, bounded for huge documents. */
export function defaultBand(n: number, m: number): number {
  return Math.min(Math.max(24, Math.ceil(Math.max(n, m) * 0.02)), 64) + Math.ceil(Math.abs(n - m) / 4);
}

/**
 * Band half-width around a guide that follows the document (`alignAlong`): no allowance for |n - m|, which the guide
 * already follows; a re-centred, wider pass catches what this misses.
 */
export function guidedBand(n: number, m: number): number {
  return Math.min(Math.max(16, Math.ceil(Math.sqrt(Math.max(n, m)) / 2)), 48);
}

/**
 * Tables up to this many cells (200 paragraphs a side) are searched whole: every news article, exactly, in a few
 * milliseconds; a band is for documents where the whole table would cost time and memory.
 */
const FULL_TABLE_CELLS = 40_000;

/** Columns lo[i]..hi[i] of each row i = 0..n, both non-decreasing, joined from (0,0) to (n,m). */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/**
 * The band of half-width `band` around `centres` (one column per row, 0..n), clipped to the table, made monotone
 * (so that every cell of a row can be reached from the row before) and stretched to hold both corners. Where the
 * centres climb steeply (one paragraph facing twenty), each row also reaches its neighbours' centres, so the band
 * holds the run of B the path takes within that row.
 */
export function bandAround(n: number, m: number, centres: ArrayLike<number>, band: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const c = centres[i]!;
    const from = Math.min(c, i > 0 ? centres[i - 1]! : c);
    const to = Math.max(c, i < n ? centres[i + 1]! : c);
    lo[i] = Math.max(0, Math.min(m, Math.round(from) - band));
    hi[i] = Math.max(0, Math.min(m, Math.round(to) + band));
  }
  lo[0] = 0;
  hi[n] = m;
  // Monotone: lo from the end (a later row never starts before an earlier one), hi from the start.
  for (let i = n - 1; i >= 0; i--) if (lo[i]! > lo[i + 1]!) lo[i] = lo[i + 1]!;
  for (let i = 1; i <= n; i++) if (hi[i]! < hi[i - 1]!) hi[i] = hi[i - 1]!;
  // Joined: row i + 1 must start no later than row i ends (a 1-0 move), or the path could not go on.
  for (let i = 0; i < n; i++) if (lo[i + 1]! > hi[i]!) lo[i + 1] = hi[i]!;
  return { lo, hi };
}

/** Cheapest monotone path from (0,0) to (n,m) through the cells of `band`. */
export function alignInBand(n: number, m: number, cost: MoveCost, band: Band): Step[] {
  const { lo, hi } = band;
  // Row i's cells start at off[i] in the flat tables: memory is the number of cells in the band, nothing more.
  const off = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) off[i + 1] = off[i]! + hi[i]! - lo[i]! + 1;
  const total = new Float64Array(off[n + 1]!).fill(Infinity);
  const back = new Uint8Array(off[n + 1]!);
  total[0] = 0;
  for (let i = 0; i <= n; i++) {
    const l = lo[i]!;
    const h = hi[i]!;
    const rowBase = off[i]! - l;
    for (let j = l; j <= h; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = 255;
      for (let k = 0; k < MOVES.length; k++) {
        const pi = i - MOVE_A[k]!;
        const pj = j - MOVE_B[k]!;
        if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const base = total[off[pi]! + pj - lo[pi]!]!;
        if (base === Infinity) continue;
        const c = base + cost(pi, MOVE_A[k]! as 0 | 1 | 2, pj, MOVE_B[k]! as 0 | 1 | 2);
        if (c < best) {
          best = c;
          bestMove = k;
        }
      }
      total[rowBase + j] = best;
      back[rowBase + j] = bestMove;
    }
  }
  const at = (i: number, j: number): number => (j < lo[i]! || j > hi[i]! ? -1 : off[i]! + j - lo[i]!);
  const steps: Step[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = at(i, j);
    if (here < 0 || total[here] === Infinity) throw new Error('no path inside the band');
    const [da, db] = MOVES[back[here]!]!;
    const pi = i - da;
    const pj = j - db;
    steps.push({ a: pi, b: pj, da, db, cost: total[here]! - total[at(pi, pj)]! });
    i = pi;
    j = pj;
  }
  return steps.reverse();
}

/** Every item of one side a 1-0 (or 0-1) step: nothing to pair. */
function skipsOnly(n: number, m: number, cost: MoveCost): Step[] {
  const skips: Step[] = [];
  for (let i = 0; i < n; i++) skips.push({ a: i, b: 0, da: 1, db: 0, cost: cost(i, 1, 0, 0) });
  for (let j = 0; j < m; j++) skips.push({ a: 0, b: j, da: 0, db: 1, cost: cost(0, 0, j, 1) });
  return skips;
}

/** The whole table as a band (short documents). */
function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/** Cheapest monotone path from (0,0) to (n,m) within `band` of the straight diagonal. */
export function alignBanded(n: number, m: number, cost: MoveCost, band = defaultBand(n, m)): Step[] {
  if (n === 0 || m === 0) return skipsOnly(n, m, cost);
  // The band must hold every step of the diagonal, or the corners cannot be joined.
  band = Math.max(band, Math.ceil(m / n) + 2, Math.ceil(n / m) + 2);
  // As wide as B: every cell of every row (the sentences of one paragraph pair), no centres to work out.
  if (band >= m) return alignInBand(n, m, cost, fullBand(n, m));
  const centres = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) centres[i] = Math.round((i * m) / n);
  return alignInBand(n, m, cost, bandAround(n, m, centres, band));
}

/** For each row, the middle of the columns the path visits in it: the centres of a band around the path. */
export function pathCentres(n: number, steps: readonly Step[]): Float64Array {
  const first = new Float64Array(n + 1).fill(-1);
  const last = new Float64Array(n + 1);
  const visit = (i: number, j: number): void => {
    if (first[i]! < 0) first[i] = j;
    last[i] = j;
  };
  visit(0, 0);
  for (const s of steps) {
    // A 2-x move passes through row a + 1 between its two columns.
    if (s.da === 2) visit(s.a + 1, s.b + s.db / 2);
    visit(s.a + s.da, s.b + s.db);
  }
  const centres = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) centres[i] = (first[i]! + last[i]!) / 2;
  return centres;
}

/** Whether the path comes within `margin` of an edge of the band that is not an edge of the table. */
function pressesOnEdge(m: number, steps: readonly Step[], band: Band, margin: number): boolean {
  const { lo, hi } = band;
  for (const s of steps) {
    const i = s.a + s.da;
    const j = s.b + s.db;
    if ((lo[i]! > 0 && j - lo[i]! < margin) || (hi[i]! < m && hi[i]! - j < margin)) return true;
  }
  return false;
}

export interface AlongOptions {
  /** Half-width of the first band around the guide (default `guidedBand`). */
  band?: number;
  /** Re-centred passes allowed when the path presses on an edge (default 3). */
  retries?: number;
}

/**
 * Cheapest monotone path from (0,0) to (n,m), searched in a band around `guide` (a column of B for each row 0..n of
 * A, where the caller expects the path). When the path found runs along an edge of the band, the true path may lie
 * beyond it: the band is centred on the path found, made twice as wide, and the search run again. Short documents are
 * searched whole.
 */
export function alignAlong(
  n: number,
  m: number,
  cost: MoveCost,
  guide: ArrayLike<number>,
  opts: AlongOptions = {},
): Step[] {
  if (n === 0 || m === 0) return skipsOnly(n, m, cost);
  if ((n + 1) * (m + 1) <= FULL_TABLE_CELLS) return alignInBand(n, m, cost, fullBand(n, m));
  let half = Math.max(opts.band ?? guidedBand(n, m), Math.ceil(m / n) + 2);
  let band = bandAround(n, m, guide, half);
  let steps = alignInBand(n, m, cost, band);
  for (let retry = opts.retries ?? 3; retry > 0 && pressesOnEdge(m, steps, band, 2); retry--) {
    half *= 2;
    band = bandAround(n, m, pathCentres(n, steps), half);
    steps = alignInBand(n, m, cost, band);
  }
  return steps;
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
