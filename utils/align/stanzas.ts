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
/** ...or this share of one side, the other holding half as many lines of verse at least. */
const ALL_VERSE = 0.8;
/** A stanza alignment pairing less than this share of either side's verse gives way to the whole poems. */
const MIN_PAIRED_VERSE = 0.6;
const MIN_STANZA_SCORE = 0.2;
/** Stanzas facing stanzas of as many lines, at least, for two poems to correspond line by line. */
const MIN_MIRRORED = 2;
/** A one-line stanza next to a poem is one of its lines when at most this many times as long as its longest line. */
const LINE_SLACK = 1.5;
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

/**
 * The stanzas of a side's poem: from its first stanza of several lines to its last, with every stanza between them (a
 * stanza printed on one line, a one-line refrain), and the one-line stanzas just before or after that are not much
 * longer than its longest line (an opening line printed as a paragraph of its own), headings apart. Counted out, a
 * one-line stanza made every later stanza face the translation of the one before it (a Korean poem whose second
 * stanza is one line).
 */
function poemStanzas(st: Stanza[], items: AlignItem[]): Stanza[] {
  let from = -1;
  let to = -1;
  let longest = 0;
  st.forEach((s, k) => {
    if (s.lines.length < 2) return;
    if (from < 0) from = k;
    to = k;
    for (const i of s.lines) longest = Math.max(longest, items[i]!.text.length);
  });
  if (from < 0) return [];
  const lineLike = (k: number): boolean =>
    st[k]!.lines.length === 1 && items[st[k]!.lines[0]!]!.text.length <= LINE_SLACK * longest;
  while (from > 0 && lineLike(from - 1)) from--;
  while (to + 1 < st.length && lineLike(to + 1)) to++;
  // Headings are titles, of this poem or of the next: they stay out, as prose does.
  return st.slice(from, to + 1).filter((s) => s.lines.length > 1 || items[s.lines[0]!]!.kind !== 'heading');
}

/** Stanzas of several lines. */
function several(st: Stanza[]): number {
  return st.filter((s) => s.lines.length > 1).length;
}

function lineShare(st: Stanza[], n: number): number {
  let lines = 0;
  for (const s of st) if (s.lines.length > 1) lines += s.lines.length;
  return n > 0 ? lines / n : 0;
}

/**
 * Whether the stanza alignment applies: both sides mostly lines of multi-line elements; or one side nearly all verse
 * and the other holding as many lines of verse at least half, however long the commentary around them (four haiku
 * facing their English beside a translator's essay of twenty paragraphs).
 */
export function isVerse(
  groupsA: ReadonlyArray<number | undefined>,
  groupsB: ReadonlyArray<number | undefined>,
): boolean {
  const a = stanzas(groupsA);
  const b = stanzas(groupsB);
  const [shareA, shareB] = [lineShare(a, groupsA.length), lineShare(b, groupsB.length)];
  if (shareA >= MIN_LINE_SHARE && shareB >= MIN_LINE_SHARE) return true;
  const poemFacing = (share: number, n: number, lines: number): boolean =>
    share >= ALL_VERSE && lines >= MIN_LINE_SHARE * share * n;
  return poemFacing(shareA, groupsA.length, verseLines(b)) || poemFacing(shareB, groupsB.length, verseLines(a));
}

/** Lines of the stanzas of several lines. */
function verseLines(st: Stanza[]): number {
  let n = 0;
  for (const s of st) if (s.lines.length > 1) n += s.lines.length;
  return n;
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
  // Only the poem is aligned: the prose around it (a translator's note, the poet's biography) would skew the length
  // ratio the aligner starts from, and is rarely translated on such pages.
  const sa = poemStanzas(stanzas(groupsA), A);
  const sb = poemStanzas(stanzas(groupsB), B);
  const va = sa.flatMap((s) => s.lines);
  const vb = sb.flatMap((s) => s.lines);
  // A poem printed as one stanza (a field with no stanza breaks) facing one of three or more: the aligner merges two
  // stanzas at most, so it would pair the one with the last two and leave the rest; the poems face each other whole.
  const [na, nb] = [several(sa), several(sb)];
  if (((na === 1 && nb > 2) || (nb === 1 && na > 2)) && isRun(va) && isRun(vb))
    return withUnpaired([{ a: va, b: vb, score: WHOLE_POEM_SCORE, whole: true }], A.length, B.length);
  const steps = alignParagraphs(
    sa.map((s) => joined(A, s)),
    sb.map((s) => joined(B, s)),
    opts,
  );
  const paired: AlignedGroup[] = [];
  let pairedA = 0;
  let pairedB = 0;
  // Stanzas of several lines facing one stanza of as many lines, line by line, and how many of each side's stanzas.
  const mirrored: AlignedGroup[] = [];
  let mirroredStanzas = 0;
  for (const g of steps) {
    const a = g.a.flatMap((k) => sa[k]!.lines);
    const b = g.b.flatMap((k) => sb[k]!.lines);
    if (a.length === 0 || b.length === 0) continue;
    // A forced match (two stanzas that do not correspond) is no evidence that the poems' stanzas do.
    if (g.score >= MIN_STANZA_SCORE) {
      pairedA += a.length;
      pairedB += b.length;
    }
    if (a.length === b.length) {
      const lines = a.map((i, k): AlignedGroup => ({ a: [i], b: [b[k]!], score: g.score }));
      paired.push(...lines);
      if (g.a.length === 1 && g.b.length === 1 && a.length > 1 && g.score >= MIN_STANZA_SCORE) {
        mirrored.push(...lines);
        mirroredStanzas++;
      }
    } else paired.push({ a, b, score: g.score });
  }
  if (pairedA >= MIN_PAIRED_VERSE * va.length && pairedB >= MIN_PAIRED_VERSE * vb.length) {
    // Every stanza of both poems in a pair that fits, two pairs or more: the poems correspond stanza by stanza.
    if (pairedA === va.length && pairedB === vb.length && steps.filter((g) => g.a.length && g.b.length).length >= 2)
      for (const g of paired) g.poem = true;
    // Every stanza of the shorter poem faces one of as many lines (three haiku and their three English tercets, a
    // footnote in the translation's column left over): they correspond line by line.
    const fewer = Math.min(several(sa), several(sb));
    if (mirroredStanzas >= MIN_MIRRORED && mirroredStanzas === fewer && fewer === Math.min(sa.length, sb.length))
      for (const g of mirrored) g.mirror = true;
    return withUnpaired(paired, A.length, B.length);
  }
  // The stanzas do not correspond: the verse of each side faces the other's whole, in one pair. Monotone as long as
  // the verse is one run on each side.
  if (va.length === 0 || vb.length === 0 || !isRun(va) || !isRun(vb)) return withUnpaired(paired, A.length, B.length);
  return withUnpaired([{ a: va, b: vb, score: WHOLE_POEM_SCORE, whole: true }], A.length, B.length);
}

/**
 * Aligns two sides where verse printed in `<pre>` sits among prose (student notes on a poem: the poem, its translation,
 * then an analysis in one language and its translation). Poems are paired first: a run of stanzas on one side with the
 * run of the other language printed next after it (a translation follows its original, or the original its
 * translation), whatever else the page prints (a phonetic respelling of the poem, as long as the poem, comes after the
 * translation). Their stanzas are then aligned within each pair of poems as in alignVerse, and the prose between two
 * pairs of stanzas (and before the first, after the last) within that stretch, together with the stanzas left
 * unpaired: the prose here is translated too, which alignVerse leaves out. Aligned all at once, the poems' stanzas
 * merged three to one, the lengths skewed by the prose and the extra verse of one side. A pair of stanzas with as many
 * lines on each side is paired line by line. Lines of one element split at `<br>` carry no key here: a paragraph
 * broken into sentences faces separate paragraphs as often as a stanza does.
 */
export function alignStanzasAndProse(
  A: AlignItem[],
  B: AlignItem[],
  groupsA: ReadonlyArray<number | undefined>,
  groupsB: ReadonlyArray<number | undefined>,
  opts: AlignOptions = {},
): AlignedGroup[] {
  const sa = stanzas(groupsA);
  const sb = stanzas(groupsB);
  const out: AlignedGroup[] = [];
  // Stanza indexes on each side, groups of them aligned with `score`, emitted line by line where they correspond.
  const emit = (ka: number[], kb: number[], score: number): void => {
    const a = ka.flatMap((k) => sa[k]!.lines);
    const b = kb.flatMap((k) => sb[k]!.lines);
    if (a.length === 0 || b.length === 0) {
      for (const i of a) out.push({ a: [i], b: [], score: 0 });
      for (const j of b) out.push({ a: [], b: [j], score: 0 });
    } else if (a.length === b.length && ka.length === 1 && kb.length === 1) {
      a.forEach((i, k) => out.push({ a: [i], b: [b[k]!], score }));
    } else out.push({ a, b, score });
  };
  // Stanzas ka of A aligned with stanzas kb of B, each group handed to `then` as stanza indexes.
  const align = (ka: number[], kb: number[], then: (ga: number[], gb: number[], score: number) => void): void => {
    const steps = alignParagraphs(
      ka.map((k) => joined(A, sa[k]!)),
      kb.map((k) => joined(B, sb[k]!)),
      opts,
    );
    for (const g of steps)
      then(
        g.a.map((x) => ka[x]!),
        g.b.map((y) => kb[y]!),
        g.score,
      );
  };
  let nextA = 0;
  let nextB = 0;
  // The stretch of stanzas (prose blocks are stanzas of one line) up to `toA`/`toB`, aligned within itself.
  const stretch = (toA: number, toB: number): void => {
    const ka = range(nextA, toA);
    const kb = range(nextB, toB);
    if (ka.length === 0 || kb.length === 0) emit(ka, kb, 0);
    else align(ka, kb, emit);
    nextA = Math.max(nextA, toA);
    nextB = Math.max(nextB, toB);
  };
  for (const [ra, rb] of facingPoems(sa, sb, A, B)) {
    const pairs: Array<[number[], number[], number]> = [];
    let linesA = 0;
    let linesB = 0;
    align(ra, rb, (ka, kb, score) => {
      if (ka.length === 0 || kb.length === 0) return;
      pairs.push([ka, kb, score]);
      if (score < MIN_STANZA_SCORE) return;
      for (const k of ka) linesA += sa[k]!.lines.length;
      for (const k of kb) linesB += sb[k]!.lines.length;
    });
    const allA = ra.flatMap((k) => sa[k]!.lines);
    const allB = rb.flatMap((k) => sb[k]!.lines);
    // As in alignVerse: stanzas that do not correspond leave the two poems facing each other whole.
    const whole = linesA < MIN_PAIRED_VERSE * allA.length || linesB < MIN_PAIRED_VERSE * allB.length;
    for (const [ka, kb, score] of whole ? [] : pairs) {
      stretch(ka[0]!, kb[0]!);
      emit(ka, kb, score);
      nextA = ka[ka.length - 1]! + 1;
      nextB = kb[kb.length - 1]! + 1;
    }
    if (whole) {
      stretch(ra[0]!, rb[0]!);
      out.push({ a: allA, b: allB, score: WHOLE_POEM_SCORE, whole: true });
      nextA = ra[ra.length - 1]! + 1;
      nextB = rb[rb.length - 1]! + 1;
    }
  }
  stretch(sa.length, sb.length);
  return out;
}

/**
 * The poems of each side (runs of stanzas of several lines with nothing of that side between them, as stanza
 * indexes), paired in page order: each with the poem printed next after it when that one is of the other side.
 */
function facingPoems(sa: Stanza[], sb: Stanza[], A: AlignItem[], B: AlignItem[]): Array<[number[], number[]]> {
  const runs = (st: Stanza[], items: AlignItem[], side: 0 | 1): Array<{ side: 0 | 1; ks: number[]; pos: number }> => {
    const out: Array<{ side: 0 | 1; ks: number[]; pos: number }> = [];
    st.forEach((s, k) => {
      if (s.lines.length < 2) return;
      const last = out[out.length - 1];
      if (last && last.ks[last.ks.length - 1] === k - 1) last.ks.push(k);
      else out.push({ side, ks: [k], pos: items[s.lines[0]!]!.pos });
    });
    return out;
  };
  const poems = [...runs(sa, A, 0), ...runs(sb, B, 1)].sort((x, y) => x.pos - y.pos);
  const pairs: Array<[number[], number[]]> = [];
  for (let k = 0; k + 1 < poems.length; k++) {
    const [p, q] = [poems[k]!, poems[k + 1]!];
    if (p.side === q.side) continue;
    pairs.push(p.side === 0 ? [p.ks, q.ks] : [q.ks, p.ks]);
    k++;
  }
  return pairs;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** Whether some stanza of several lines has a key on both sides (see `alignStanzasAndProse`). */
export function hasStanzas(
  groupsA: ReadonlyArray<number | undefined>,
  groupsB: ReadonlyArray<number | undefined>,
): boolean {
  return lineShare(stanzas(groupsA), groupsA.length) > 0 && lineShare(stanzas(groupsB), groupsB.length) > 0;
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
