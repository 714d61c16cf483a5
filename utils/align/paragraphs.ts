/**
 * Paragraph alignment: which blocks of language A translate which blocks of language B.
 *
 * A Gale-Church-like dynamic programme (moves 1-1, 1-2, 2-1, 1-0, 0-1) priced by length with the document's own
 * length ratio between the two languages, plus anchors (digits, Latin names, question marks), block kinds (headings
 * pair with headings) and the page's own units where it has them (an interleaved paragraph and the translation that
 * follows it; a table row). A second pass re-estimates the length ratio from the confident pairs of the first.
 * Short documents are searched whole; long ones in a band around a guide that follows the page's units and the text
 * of each side (guide.ts), so a whole novel holds its path to the last row. Features of every item and of every two
 * consecutive items are computed once, so a cell of the band costs no allocation: 5,000 paragraphs a side align in
 * well under a second.
 */
import type { BlockKind } from '../contract';
import { alignAlong, lengthCost, pathCentres, type Step } from './dp';
import { anchorCost, features, withNext, type Features, type Histogram } from './features';
import { guidePath, unitPoints } from './guide';

export interface AlignItem {
  text: string;
  kind: BlockKind;
  /** Position in the page's reading order (among all blocks), for the interleaved prior. */
  pos: number;
  /**
   * The block lies outside its language's main section (a copyright line or author note printed after the other
   * language's text): leaving it unpaired is cheap.
   */
  outside?: boolean;
  /**
   * The page's own grouping, when it has one: on an interleaved page the leading-language paragraph and the
   * paragraphs that follow it; in a table, the row. Blocks of one unit are each other's translation far more often
   * than not.
   */
  unit?: number;
}

export interface AlignOptions {
  /** Whether each side is written in Latin script (names are then capitalised words only). */
  latinA?: boolean;
  latinB?: boolean;
  /** Band half-width around the guide on long documents (tests); short ones are searched whole regardless. */
  band?: number;
  /** `scriptHistogram`, or the caller's memo of it. */
  histogram?: Histogram;
  /**
   * The price of leaving a paragraph unpaired (default 4.5, about five times a clean 1-1). Two editions of an article
   * on two pages differ more than one page's two languages do (an editor's note, a different ending), so they pay less.
   */
  skipPrior?: number;
}

/** One aligned group: indexes into A and B (one side may be empty: no counterpart), and a 0..1 confidence. */
export interface AlignedGroup {
  a: number[];
  b: number[];
  score: number;
  /** Two poems facing each other whole, their stanzas not corresponding (see stanzas.ts). */
  whole?: true;
  /** A pair of stanzas of two poems that correspond stanza by stanza, every stanza of both paired (see stanzas.ts). */
  poem?: true;
  /**
   * A line of a stanza facing a stanza of as many lines, in two poems whose every stanza of the shorter faces one so
   * (see stanzas.ts).
   */
  mirror?: true;
}

// Gale & Church's priors as costs relative to 1-1: 1-0 about 5, 2-1 about 3.
const PRIOR_SKIP = 4.5;
const PRIOR_SKIP_OUTSIDE = 1.2;
const PRIOR_SKIP_CAPTION = 2;
const PRIOR_MERGE = 3;
const PRIOR_SWAP = 3;
/** Pairing blocks of different units of the page (rows, interleaved groups). */
const UNIT_MISMATCH = 4;
const PRIOR_SKIP_NOTE = 1.5;
/** Band half-width around a guide that pins the path: the page's units (table rows, interleaved groups) or a first path. */
const NARROW_BAND = 10;
const VARIANCE = 9;

/** Maps a move cost to a 0..1 confidence: a clean 1-1 match scores near 1, a forced one near 0. */
export function costToScore(cost: number): number {
  return 1 / (1 + Math.exp((cost - 3.5) / 1.5));
}

// Credits, contact, source and copyright lines: "Translation: …", "Traducción al español: …", "（译者/刘洋 责任编辑/邹文）",
// "박지훈 기자 (서울 특파원)", "© 2026 …", "（英文監修：…）", "Source: UNESCO 1987, accessed …".
// In three parts, tried in turn: as one pattern, its unanchored alternatives (the e-mail address above all, whose
// `\S+` backtracks at every character) were tried at every position of every block of the page.
const CREDIT_START =
  /^[(（[]?\s*(?:translat|traduc|tradu[zç]|übersetz|перевод|переклад|译者|翻译|译|訳|번역|תרגום|ترجم|additional reporting|reporting by|with reporting|avec la collaboration|con la colaboración|com a colaboração|©|copyright|all rights reserved|sources?\s*[:：]|来源|來源|出处|出處|quelle\s*:|fuente\s*:|fonte\s*:|источник)/i;
const CREDIT_ANYWHERE =
  /can be reached at|est joignable|puede contactar|기자\s|기자$|記者|编辑|監修|all rights reserved|tous droits réservés|todos los derechos/i;
const EMAIL = /\S+@\S+\.\S+/;

// Photo captions written as paragraphs: "Photo: …", "صورة: …", "사진 = …".
const CAPTION_TEXT = /^(?:photo|foto|fotografía|image|picture|صورة|사진|写真|图片|圖片|图|圖|фото|צילום)\s*[:：=]/i;

/** A credit or contact line: short, and unpaired on most bilingual pages (each side credits its own people). */
export function isCredit(text: string): boolean {
  if (text.length > 160) return false;
  return CREDIT_START.test(text) || CREDIT_ANYWHERE.test(text) || (text.includes('@') && EMAIL.test(text));
}

interface Side {
  one: Features[];
  /** `two[i]`: items i and i+1 together. */
  two: Features[];
  heading: boolean[];
  caption: boolean[];
  /** Code (`preformatted`): it pairs only with code. */
  code: boolean[];
  pos: number[];
  outside: boolean[];
  note: boolean[];
  unit: Array<number | undefined>;
  skipPrior: number;
}

function side(items: AlignItem[], latin: boolean, histogram?: Histogram, skipPrior = PRIOR_SKIP): Side {
  const one = items.map((x) => features(x.text, latin, histogram));
  return {
    skipPrior,
    one,
    two: withNext(one),
    heading: items.map((x) => x.kind === 'heading'),
    caption: items.map((x) => x.kind === 'caption' || CAPTION_TEXT.test(x.text)),
    code: items.map((x) => x.kind === 'preformatted'),
    pos: items.map((x) => x.pos),
    outside: items.map((x) => x.outside === true),
    note: items.map((x) => isCredit(x.text)),
    unit: items.map((x) => x.unit),
  };
}

// Flags of one or two consecutive items, as plain booleans: kindCost runs for every cell and move of the band.
const allHeading = (s: Side, i: number, d: 1 | 2): boolean => s.heading[i]! && (d === 1 || s.heading[i + 1]!);
const anyHeading = (s: Side, i: number, d: 1 | 2): boolean => s.heading[i]! || (d === 2 && s.heading[i + 1]!);
const anyCode = (s: Side, i: number, d: 1 | 2): boolean => s.code[i]! || (d === 2 && s.code[i + 1]!);
const anyCaption = (s: Side, i: number, d: 1 | 2): boolean => s.caption[i]! || (d === 2 && s.caption[i + 1]!);

function kindCost(sa: Side, i: number, da: 1 | 2, sb: Side, j: number, db: 1 | 2): number {
  const allA = allHeading(sa, i, da);
  const allB = allHeading(sb, j, db);
  if (allA && allB) return -2;
  if (anyHeading(sa, i, da) !== anyHeading(sb, j, db) || allA !== allB) return 4;
  const captionA = anyCaption(sa, i, da);
  const captionB = anyCaption(sb, j, db);
  if (captionA && captionB) return -1;
  // A caption merged into a paragraph's translation is almost never right; a caption facing a paragraph rarely is.
  if (captionA !== captionB) return 6;
  // Code faces its counterpart, never prose: a code sample merged into a paragraph's translation is always wrong.
  if (anyCode(sa, i, da) !== anyCode(sb, j, db)) return 8;
  return 0;
}

/** Bonus when the group's blocks all belong to one unit of the page (a row, an interleaved paragraph group),
 * penalty when they belong to different ones, nothing when the page has no units. */
function unitCost(sa: Side, i: number, da: number, sb: Side, j: number, db: number): number {
  const u = sa.unit[i];
  if (u === undefined) return 0;
  for (let k = 0; k < da; k++) if (sa.unit[i + k] !== u) return sa.unit[i + k] === undefined ? 0 : UNIT_MISMATCH;
  for (let k = 0; k < db; k++) if (sb.unit[j + k] !== u) return sb.unit[j + k] === undefined ? 0 : UNIT_MISMATCH;
  // Within a unit, blocks printed next to each other are likelier still (a paragraph, then its translation).
  const lo = Math.min(sa.pos[i]!, sb.pos[j]!);
  const hi = Math.max(sa.pos[i + da - 1]!, sb.pos[j + db - 1]!);
  return hi - lo === da + db - 1 ? -3 : -1.5;
}

/** Leaving a block unpaired: cheap for captions (photos are often captioned in one language only) and blocks outside
 * the main sections, dearer for long paragraphs. */
function skipCost(s: Side, i: number, ratio: number): number {
  if (s.outside[i]) return PRIOR_SKIP_OUTSIDE;
  if (s.note[i]) return PRIOR_SKIP_NOTE;
  if (s.caption[i]) return PRIOR_SKIP_CAPTION;
  return s.skipPrior + Math.min(4, s.one[i]!.mass / ratio / 150);
}

/** The cheapest path for `ratio`, searched around `guide` within `band` (dp.ts's default when undefined). */
function run(sa: Side, sb: Side, ratio: number, guide: ArrayLike<number>, band: number | undefined): Step[] {
  // A skip's price depends on the item alone, and every row (or column) of the band asks for it.
  const skipA = sa.one.map((_, i) => skipCost(sa, i, 1));
  const skipB = sb.one.map((_, j) => skipCost(sb, j, ratio));
  // log(mass + 1) of every item, for the 2-2 gate that every cell of the band asks.
  const logA = sa.one.map((f) => Math.log(f.mass + 1));
  const logB = sb.one.map((f) => Math.log(f.mass + 1));
  const logRatio = Math.log(ratio);
  const cost = (i: number, da: 0 | 1 | 2, j: number, db: 0 | 1 | 2): number => {
    if (da === 0) return skipB[j]!;
    if (db === 0) return skipA[i]!;
    if (da === 2 && db === 2) {
      // Two paragraphs the translator swapped: priced as the two crossed pairs, kept as one 2-2 group since the
      // contract's pairs are monotone. Considered only when the crossed lengths fit better than the straight ones.
      // Log-ratio deviations: a cheap stand-in for the length costs, which this gate would otherwise compute 4 times.
      const a0 = logA[i]!;
      const a1 = logA[i + 1]!;
      const b0 = logB[j]! - logRatio;
      const b1 = logB[j + 1]! - logRatio;
      if (Math.abs(b1 - a0) + Math.abs(b0 - a1) + 0.2 >= Math.abs(b0 - a0) + Math.abs(b1 - a1)) return Infinity;
      return PRIOR_SWAP + match(i, 1, j + 1, 1) + match(i + 1, 1, j, 1);
    }
    return match(i, da, j, db);
  };
  const match = (i: number, da: 1 | 2, j: number, db: 1 | 2): number => {
    const fa = da === 1 ? sa.one[i]! : sa.two[i]!;
    const fb = db === 1 ? sb.one[j]! : sb.two[j]!;
    let c = Math.min(25, lengthCost(fa.mass, fb.mass, ratio, VARIANCE));
    if (da + db === 3) c += PRIOR_MERGE;
    c += anchorCost(fa, fb) + kindCost(sa, i, da, sb, j, db);
    // Two blocks outside the main sections (a translator's credit, an author's name) are rarely each other's
    // translation.
    if (sa.outside[i] || sb.outside[j]) c += 2.5;
    c += unitCost(sa, i, da, sb, j, db);
    if (sa.note[i] || sb.note[j] || (da === 2 && sa.note[i + 1]) || (db === 2 && sb.note[j + 1])) c += 5;
    return c;
  };
  return alignAlong(sa.one.length, sb.one.length, cost, guide, band === undefined ? {} : { band });
}

/** Aligns the blocks of A with the blocks of B; every index of both sides appears in exactly one group, in order. */
export function alignParagraphs(A: AlignItem[], B: AlignItem[], opts: AlignOptions = {}): AlignedGroup[] {
  const sa = side(A, opts.latinA ?? true, opts.histogram, opts.skipPrior);
  const sb = side(B, opts.latinB ?? true, opts.histogram, opts.skipPrior);
  let ma = 0;
  let mb = 0;
  for (const f of sa.one) ma += f.mass;
  for (const f of sb.one) mb += f.mass;
  // The length weights already put scripts on one scale, so a ratio near 1 is the prior; a short document's own
  // totals (skewed by one unpaired paragraph) are shrunk towards it.
  const k = Math.min(A.length, B.length);
  let ratio = ma > 0 && mb > 0 ? Math.exp((Math.log(mb / ma) * k) / (k + 4)) : 1;
  // Where the path should run: through the page's units, with the text of both sides in step between them. Units on
  // most blocks pin the path to within a row's few paragraphs, so a narrow band holds it.
  const points = unitPoints(sa.unit, sb.unit);
  const guide = guidePath(
    sa.one.map((f) => f.mass),
    sb.one.map((f) => f.mass),
    points,
  );
  const pinned = points.length >= 0.5 * Math.min(A.length, B.length);
  let steps = run(sa, sb, ratio, guide, opts.band ?? (pinned ? NARROW_BAND : undefined));
  // Second pass: the ratio of the confident 1-1 pairs, free of the unpaired captions and notes that skew the totals.
  const ratios: number[] = [];
  for (const s of steps) {
    if (s.da === 1 && s.db === 1 && costToScore(s.cost) > 0.6 && sa.one[s.a]!.mass > 20) {
      ratios.push(sb.one[s.b]!.mass / sa.one[s.a]!.mass);
    }
  }
  // (Short documents keep the shrunk first estimate: a second pass rarely changes them and costs as much again.)
  if (ratios.length >= 3 && A.length + B.length > 60) {
    ratios.sort((x, y) => x - y);
    const median = ratios[ratios.length >> 1]!;
    // A long document re-runs only when the estimate moved a lot: its totals already average out the unpaired blocks.
    const threshold = A.length + B.length > 2000 ? 0.15 : 0.05;
    if (Math.abs(Math.log(median / ratio)) > threshold) {
      ratio = median;
      // The first path is the best guide there is for the second: a new ratio moves it by a paragraph here and there.
      steps = run(sa, sb, ratio, pathCentres(A.length, steps), opts.band ?? NARROW_BAND);
    }
  }
  return steps.map((s) => ({
    a: Array.from({ length: s.da }, (_, k) => s.a + k),
    b: Array.from({ length: s.db }, (_, k) => s.b + k),
    score: s.da === 0 || s.db === 0 ? 0 : costToScore(s.cost),
  }));
}
