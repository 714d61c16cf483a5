/**
 * Alignment of verse: lines that share one element (a stanza printed as one `<p>` with `<br>` between its lines)
 * are aligned stanza by stanza first, then line by line inside each pair of stanzas.
 *
 * Each line of a poem is a block, since a reader may want to follow a translation line by line; but lines are too
 * short for the paragraph aligner's length model, and translators keep stanzas far more often than lines. So when
 * most blocks of both sides are lines of such elements, the stanzas are aligned (1-1, 1-2, 2-1, 1-0 as for
 * paragraphs); a pair of stanzas with as many lines on each side pairs them line by line, and one whose lines differ
 * stays one pair of stanzas. When the stanzas do not correspond at all (a poem printed as one block facing its
 * translation in seven stanzas), the two poems face each other whole.
 */
import { alignParagraphs, type AlignItem, type AlignOptions, type AlignedGroup } from './paragraphs';

/** Share of each side's blocks that must be lines of multi-line elements for the stanza alignment to apply. */
const MIN_LINE_SHARE = 0.5;
/** A stanza alignment pairing less than this share of either side's verse gives way to the whole poems. */
const MIN_PAIRED_VERSE = 0.6;
const MIN_STANZA_SCORE = 0.2;
/** The score of two poems facing each other whole: a translation, but not one the stanzas confirm. */
const WHOLE_POEM_SCORE = 0.5;

interface Stanza {
  /** Indexes of the stanza's lines in its side's items. */
  lines: number[];
}

/** Consecutive items with the same `group` key form one stanza; an item without a key is a stanza of its own. */
function stanzas(groups: ReadonlyArray<number | undefined>): Stanza[] {
  const out: Stanza[] = [];
  groups.forEach((g, i) => {
    const last = out[out.length - 1];
    if (last && g !== undefined && groups[last.lines[0]!] === g) last.lines.push(i);
    else out.push({ lines: [i] });
  });
  return out;
}

function lineShare(st: Stanza[], n: number): number {
  let lines = 0;
  for (const s of st) if (s.lines.length > 1) lines += s.lines.length;
  return n > 0 ? lines / n : 0;
}

/** Whether the stanza alignment applies: both sides mostly lines of multi-line elements. */
export function isVerse(
  groupsA: ReadonlyArray<number | undefined>,
  groupsB: ReadonlyArray<number | undefined>,
): boolean {
  const a = stanzas(groupsA);
  const b = stanzas(groupsB);
  return lineShare(a, groupsA.length) >= MIN_LINE_SHARE && lineShare(b, groupsB.length) >= MIN_LINE_SHARE;
}

function joined(items: AlignItem[], st: Stanza): AlignItem {
  const first = items[st.lines[0]!]!;
  const out: AlignItem = {
    text: st.lines.map((i) => items[i]!.text).join(' '),
    kind: first.kind,
    pos: first.pos,
    outside: st.lines.every((i) => items[i]!.outside === true),
  };
  if (first.unit !== undefined) out.unit = first.unit;
  return out;
}

/**
 * Aligns two sides of verse. `groupsA[i]` is the element key of item i of A (undefined for a block of its own); every
 * index of both sides appears in exactly one group, in order.
 */
export function alignVerse(
  A: AlignItem[],
  B: AlignItem[],
  groupsA: ReadonlyArray<number | undefined>,
  groupsB: ReadonlyArray<number | undefined>,
  opts: AlignOptions = {},
): AlignedGroup[] {
  // Only the stanzas of several lines are aligned: the prose around a poem (a translator's note, the poet's
  // biography) would skew the length ratio the aligner starts from, and is rarely translated on such pages.
  const sa = stanzas(groupsA).filter((s) => s.lines.length > 1);
  const sb = stanzas(groupsB).filter((s) => s.lines.length > 1);
  const steps = alignParagraphs(
    sa.map((s) => joined(A, s)),
    sb.map((s) => joined(B, s)),
    opts,
  );
  const paired: AlignedGroup[] = [];
  let pairedA = 0;
  let pairedB = 0;
  for (const g of steps) {
    const a = g.a.flatMap((k) => sa[k]!.lines);
    const b = g.b.flatMap((k) => sb[k]!.lines);
    if (a.length === 0 || b.length === 0) continue;
    // A forced match (two stanzas that do not correspond) is no evidence that the poems' stanzas do.
    if (g.score >= MIN_STANZA_SCORE) {
      pairedA += a.length;
      pairedB += b.length;
    }
    if (a.length === b.length) a.forEach((i, k) => paired.push({ a: [i], b: [b[k]!], score: g.score }));
    else paired.push({ a, b, score: g.score });
  }
  const va = sa.flatMap((s) => s.lines);
  const vb = sb.flatMap((s) => s.lines);
  if (pairedA >= MIN_PAIRED_VERSE * va.length && pairedB >= MIN_PAIRED_VERSE * vb.length)
    return withUnpaired(paired, A.length, B.length);
  // The stanzas do not correspond: the verse of each side faces the other's whole, in one pair. Monotone as long as
  // the verse is one run on each side.
  if (va.length === 0 || vb.length === 0 || !isRun(va) || !isRun(vb)) return withUnpaired(paired, A.length, B.length);
  return withUnpaired([{ a: va, b: vb, score: WHOLE_POEM_SCORE, whole: true }], A.length, B.length);
}

/** The pairs, in order, with every index of either side that no pair holds as a group of its own, where it stands. */
function withUnpaired(pairs: AlignedGroup[], n: number, m: number): AlignedGroup[] {
  const out: AlignedGroup[] = [];
  let i = 0;
  let j = 0;
  for (const p of pairs) {
    for (; i < p.a[0]!; i++) out.push({ a: [i], b: [], score: 0 });
    for (; j < p.b[0]!; j++) out.push({ a: [], b: [j], score: 0 });
    out.push(p);
    i = p.a[p.a.length - 1]! + 1;
    j = p.b[p.b.length - 1]! + 1;
  }
  for (; i < n; i++) out.push({ a: [i], b: [], score: 0 });
  for (; j < m; j++) out.push({ a: [], b: [j], score: 0 });
  return out;
}

function isRun(list: number[]): boolean {
  for (let k = 1; k < list.length; k++) if (list[k] !== list[k - 1]! + 1) return false;
  return true;
}
