/**
 * Alignment where one side breaks its text into many more paragraphs than the other: an essay printed in Finnish in
 * 24 paragraphs (hard-wrapped, some broken mid-sentence), then in Czech in 6. The paragraph aligner's moves take two
 * paragraphs a side at most, so nine Finnish paragraphs facing one Czech one left seven of them to be paired with the
 * wrong Czech paragraph or none, and every pair after them out of step.
 *
 * Here a group is one paragraph of one side facing a run of up to `MAX_RUN` paragraphs of the other (1-1, 1-k, k-1),
 * or one paragraph left unpaired, found by the same kind of dynamic programme, priced by the Gale-Church length cost
 * of the group, the anchors its two sides share (years, names: what survives a translation that reparagraphs) and a
 * prior that grows with the run. Only for short pages (the table is searched whole) in two sections, and only when
 * most groups share a year or a name (null otherwise: the caller aligns paragraph by paragraph).
 */
import { lengthCost } from './dp';
import { anchorCost, features, overlap, type Features } from './features';
import { costToScore, type AlignItem, type AlignOptions, type AlignedGroup } from './paragraphs';

/** Longest run of paragraphs one paragraph may face. */
const MAX_RUN = 12;
/** Pages beyond this many paragraphs a side are left to the paragraph aligner. */
export const MAX_MANY_ITEMS = 150;
const VARIANCE = 9;
const PRIOR_SKIP = 4.5;
/** A run of two costs what the paragraph aligner's 2-1 costs; each paragraph more adds a little. */
const PRIOR_RUN = 3;
const PRIOR_RUN_STEP = 1.5;
/** Paired groups needed, and the share of them that must share a number or a name. */
const MIN_GROUPS = 2;
const MIN_ANCHORED = 0.5;

interface Run {
  mass: number;
  f: Features;
}

/** Features of every run items[i..i+k) for k = 1..MAX_RUN (numbers and names joined). */
function runs(items: AlignItem[], latin: boolean, opts: AlignOptions): Run[][] {
  const one = items.map((x) => features(x.text, latin, opts.histogram));
  return one.map((_, i) => {
    const out: Run[] = [];
    let mass = 0;
    const numbers = new Set<string>();
    const names = new Set<string>();
    let question = false;
    for (let k = 0; k < MAX_RUN && i + k < one.length; k++) {
      const f = one[i + k]!;
      mass += f.mass;
      for (const x of f.numbers) numbers.add(x);
      for (const x of f.names) names.add(x);
      question ||= f.question;
      out.push({ mass, f: { mass, numbers: new Set(numbers), names: new Set(names), question } });
    }
    return out;
  });
}

/**
 * Aligns A with B allowing one paragraph to face a run of up to `MAX_RUN` of the other side; every index of both sides
 * appears in exactly one group, in order.
 */
export function alignMany(A: AlignItem[], B: AlignItem[], opts: AlignOptions = {}): AlignedGroup[] | null {
  const ra = runs(A, opts.latinA ?? true, opts);
  const rb = runs(B, opts.latinB ?? true, opts);
  let ma = 0;
  let mb = 0;
  for (const r of ra) ma += r[0]!.mass;
  for (const r of rb) mb += r[0]!.mass;
  const first = search(ra, rb, ma > 0 && mb > 0 ? mb / ma : 1);
  // The totals count what one side leaves out (a long quotation the shorter version drops): the ratio of the clean
  // pairs is the translation's own. A second pass with it, when there are enough of them.
  const ratios = first
    .filter((g) => g.score > 0.5)
    .map((g) => sumMass(rb, g.b) / Math.max(1, sumMass(ra, g.a)))
    .sort((x, y) => x - y);
  const groups = ratios.length >= 2 ? search(ra, rb, ratios[ratios.length >> 1]!) : first;
  // Runs of any length can be cut to fit any text: two unrelated texts would pair as well as a translation does. A
  // translation that reparagraphs keeps its years and names, so most groups must share one.
  const paired = groups.filter((g) => g.a.length > 0 && g.b.length > 0);
  const anchored = paired.filter((g) => {
    const fa = ra[g.a[0]!]![g.a.length - 1]!.f;
    const fb = rb[g.b[0]!]![g.b.length - 1]!.f;
    return overlap(fa.numbers, fb.numbers) + overlap(fa.names, fb.names) > 0;
  });
  return paired.length >= MIN_GROUPS && anchored.length >= MIN_ANCHORED * paired.length ? groups : null;
}

function sumMass(r: Run[][], idx: number[]): number {
  let s = 0;
  for (const i of idx) s += r[i]![0]!.mass;
  return s;
}

/** The cheapest path through the whole table for `ratio`. */
function search(ra: Run[][], rb: Run[][], ratio: number): AlignedGroup[] {
  const n = ra.length;
  const m = rb.length;
  const prior = (k: number): number => (k === 1 ? 0 : PRIOR_RUN + (k - 2) * PRIOR_RUN_STEP);
  const match = (x: Run, y: Run, k: number): number =>
    Math.min(25, lengthCost(x.mass, y.mass, ratio, VARIANCE)) + anchorCost(x.f, y.f) + prior(k);
  const skipA = (i: number): number => PRIOR_SKIP + Math.min(4, ra[i]![0]!.mass / 150);
  const skipB = (j: number): number => PRIOR_SKIP + Math.min(4, rb[j]![0]!.mass / ratio / 150);

  // total[i][j]: cheapest alignment of A[0..i) with B[0..j); move: [da, db, cost].
  const total = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Infinity));
  const move = Array.from({ length: n + 1 }, () => Array<[number, number, number]>(m + 1));
  total[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = total[i]![j]!;
      if (here === Infinity) continue;
      const relax = (da: number, db: number, c: number): void => {
        const t = here + c;
        if (t < total[i + da]![j + db]!) {
          total[i + da]![j + db] = t;
          move[i + da]![j + db] = [da, db, c];
        }
      };
      if (i < n) relax(1, 0, skipA(i));
      if (j < m) relax(0, 1, skipB(j));
      if (i < n && j < m) {
        for (let k = 1; k <= MAX_RUN && i + k <= n; k++) relax(k, 1, match(ra[i]![k - 1]!, rb[j]![0]!, k));
        for (let k = 2; k <= MAX_RUN && j + k <= m; k++) relax(1, k, match(ra[i]![0]!, rb[j]![k - 1]!, k));
      }
    }
  }
  const out: AlignedGroup[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const [da, db, c] = move[i]![j]!;
    i -= da;
    j -= db;
    out.push({
      a: Array.from({ length: da }, (_, k) => i + k),
      b: Array.from({ length: db }, (_, k) => j + k),
      // The run's prior chose the path; its score is the fit, priced as a 2-1 of the same fit would be.
      score: da === 0 || db === 0 ? 0 : costToScore(c - prior(Math.max(da, db)) + prior(Math.min(2, Math.max(da, db)))),
    });
  }
  return out.reverse();
}
