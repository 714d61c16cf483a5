/**
 * What a paragraph or sentence offers the aligner besides its length: anchors that survive translation.
 *
 * Digits are copied as they are (`30`, `2021`, `100,000` → `100000`); names and acronyms in Latin letters stay Latin
 * inside Korean, Chinese or Russian text (`NATO`, `Biden` in a Korean paragraph that reads 바이든 elsewhere); question
 * marks stay question marks. A shared anchor makes a match much likelier, a missing one a little less likely.
 */
import { scriptHistogram, weightedCount, type ScriptCounts } from '../lang/script';

/** `scriptHistogram`, or a caller's memo of it (the aligner reads the same block texts the sections did). */
export type Histogram = (text: string, limit: number) => ScriptCounts;

export interface Features {
  /** Amount of text, in Latin-letter equivalents (Han counts ~3, Hangul ~2.4). */
  mass: number;
  numbers: Set<string>;
  /** Latin-script names and acronyms, lower-cased. */
  names: Set<string>;
  question: boolean;
}

// Module-level and read with `exec`: `matchAll` and regex literals build a new RegExp on every call, and features are
// taken of every paragraph and sentence of both languages.
const NUMBER = /\d+(?:[.,]\d{3})*(?:[.,]\d+)?/g;
const THOUSANDS = /[.,](?=\d{3}\b)/g;
const LEADING_ZEROS = /^0+(?=\d)/;
const QUESTION = /[?？]/;

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number): boolean => isAsciiLetter(c) || c === 39 || c === 45; // letters, ' and -

/**
 * Latin words as `/[A-Za-z][A-Za-z'-]+/g` finds them (from the first letter of a run of letters, `'` and `-` to its
 * end), lower-cased; on a Latin-script side only capitalised words can be names, elsewhere any Latin word is a
 * borrowed name. A loop over char codes: a Latin side has a match per word, and the names are few.
 */
function latinNames(text: string, latinSide: boolean): Set<string> {
  const names = new Set<string>();
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    let first = runStart;
    while (first < i && !isAsciiLetter(text.charCodeAt(first))) first++;
    if (i - first < 2) continue;
    const c = text.charCodeAt(first);
    if (latinSide && !(c >= 65 && c <= 90)) continue;
    names.add(text.slice(first, i).toLowerCase());
  }
  return names;
}

const HAN_RUN = /\p{Script=Han}{2,}/gu;
/** Two Han characters in a row: names and terms Japanese and Chinese write alike (山本, 京都, 税). */
function hanPairs(text: string, names: Set<string>): void {
  for (const m of text.matchAll(HAN_RUN)) for (let k = 0; k + 1 < m[0].length; k++) names.add(m[0].slice(k, k + 2));
}

export function features(text: string, latinSide: boolean, histogram: Histogram = scriptHistogram): Features {
  const h = histogram(text, 20000);
  let digits = 0;
  const numbers = new Set<string>();
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const n = m[0].replace(THOUSANDS, '').replace(LEADING_ZEROS, '');
    digits += n.length;
    numbers.add(n);
  }
  const names = latinNames(text, latinSide);
  hanPairs(text, names);
  return {
    mass: weightedCount(h) + digits * 0.5,
    numbers,
    names,
    question: QUESTION.test(text),
  };
}

export function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  // Walk the smaller set (no array for the swap: this runs for every cell of the alignment band).
  if (a.size <= b.size) {
    for (const x of a) if (b.has(x)) n++;
  } else {
    for (const x of b) if (a.has(x)) n++;
  }
  return n;
}

/** The union of two sets; one of them when the other adds nothing (feature sets are never modified once built). */
function union(a: Set<string>, b: Set<string>): Set<string> {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const u = new Set(a);
  for (const x of b) u.add(x);
  return u;
}

/** Features of two consecutive items taken together (for the 2-1 and 1-2 moves). */
function merge(a: Features, b: Features): Features {
  return {
    mass: a.mass + b.mass,
    numbers: union(a.numbers, b.numbers),
    names: union(a.names, b.names),
    question: a.question || b.question,
  };
}

/** Added when both groups name people or places and share none of them. */
const NO_SHARED_NAME = 0.5;

/**
 * Anchor cost of matching a group of A with a group of B: negative (a bonus) for shared numbers and names, positive
 * for numbers on one side only or a question answered by a statement.
 */
export function anchorCost(a: Features, b: Features): number {
  let cost = 0;
  const na = a.numbers;
  const nb = b.numbers;
  if (na.size > 0 && nb.size > 0) {
    const shared = overlap(na, nb);
    const jaccard = shared / (na.size + nb.size - shared);
    cost += 1.5 - 4.5 * jaccard;
  } else if (na.size + nb.size > 0) {
    cost += 0.8;
  }
  const ma = a.names;
  const mb = b.names;
  if (ma.size > 0 && mb.size > 0) {
    const shared = overlap(ma, mb);
    cost -= (2.5 * shared) / Math.min(ma.size, mb.size);
    // Two paragraphs that each name people or places, none the same, are less likely each other's translation (the
    // last paragraph of one edition facing the other edition's own different ending).
    if (shared === 0 && Math.min(ma.size, mb.size) >= 2) cost += NO_SHARED_NAME;
  }
  if (a.question !== b.question) cost += 0.7;
  return cost;
}

/**
 * `out[i]`: items i and i+1 taken together (the last item alone), for the 2-1 and 1-2 moves. Worked out once per
 * alignment, not at every cell of the band that prices such a move.
 */
export function withNext(one: readonly Features[]): Features[] {
  return one.map((f, i) => (i + 1 < one.length ? merge(f, one[i + 1]!) : f));
}
