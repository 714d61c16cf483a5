/**
 * Sentence alignment inside one paragraph pair: the same dynamic programme as paragraphs, on sentences.
 *
 * The length ratio is the pair's own (a translator who condensed this paragraph condensed its sentences too). Groups
 * cover every sentence of both sides, in order; a sentence with no counterpart is a group with one side empty.
 */
import { alignBanded, lengthCost } from './dp';
import { anchorCost, features, withNext, type Histogram } from './features';

export interface SentenceGroup {
  a: number[];
  b: number[];
}

export function alignSentences(
  A: string[],
  B: string[],
  latinA = true,
  latinB = true,
  histogram?: Histogram,
): SentenceGroup[] {
  if (A.length === 0 || B.length === 0) {
    const out: SentenceGroup[] = [];
    if (A.length > 0) out.push({ a: A.map((_, i) => i), b: [] });
    if (B.length > 0) out.push({ a: [], b: B.map((_, i) => i) });
    return out;
  }
  // One side a single sentence: nothing to decide.
  if (A.length === 1 || B.length === 1) return [{ a: A.map((_, i) => i), b: B.map((_, i) => i) }];
  const fa = A.map((s) => features(s, latinA, histogram));
  const fb = B.map((s) => features(s, latinB, histogram));
  const fa2 = withNext(fa);
  const fb2 = withNext(fb);
  let ma = 0;
  let mb = 0;
  for (const f of fa) ma += f.mass;
  for (const f of fb) mb += f.mass;
  const ratio = ma > 0 && mb > 0 ? mb / ma : 1;
  const steps = alignBanded(
    A.length,
    B.length,
    (i, da, j, db) => {
      if (da === 0 || db === 0) return 5;
      if (da === 2 && db === 2) return Infinity;
      const ga = da === 1 ? fa[i]! : fa2[i]!;
      const gb = db === 1 ? fb[j]! : fb2[j]!;
      return Math.min(25, lengthCost(ga.mass, gb.mass, ratio, 9)) + (da + db === 3 ? 2.3 : 0) + anchorCost(ga, gb);
    },
    Math.max(A.length, B.length),
  );
  return steps.map((s) => ({
    a: Array.from({ length: s.da }, (_, k) => s.a + k),
    b: Array.from({ length: s.db }, (_, k) => s.b + k),
  }));
}
