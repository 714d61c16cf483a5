/**
 * What a paragraph or sentence offers the aligner besides its length: anchors that survive translation.
 *
 * Digits are copied as they are (`30`, `2021`, `100,000` → `100000`); names and acronyms in Latin letters stay Latin
 * inside Korean, Chinese or Russian text (`NATO`, `Biden` in a Korean paragraph that reads 바이든 elsewhere); question
 * marks stay question marks. A shared anchor makes a match much likelier, a missing one a little less likely.
 */
import { scriptHistogram, weightedCount } from '../lang/script';

export interface Features {
  /** Amount of text, in Latin-letter equivalents (Han counts ~3, Hangul ~2.4). */
  mass: number;
  numbers: Set<string>;
  /** Latin-script names and acronyms, lower-cased. */
  names: Set<string>;
  question: boolean;
}

const NUMBER = /\d+(?:[.,]\d{3})*(?:[.,]\d+)?/g;
const LATIN_WORD = /[A-Za-z][A-Za-z'-]+/g;

export function features(text: string, latinSide: boolean): Features {
  const h = scriptHistogram(text, 20000);
  let digits = 0;
  const numbers = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const n = m[0].replace(/[.,](?=\d{3}\b)/g, '').replace(/^0+(?=\d)/, '');
    digits += n.length;
    numbers.add(n);
  }
  const names = new Set<string>();
  for (const m of text.matchAll(LATIN_WORD)) {
    const w = m[0];
    // On a Latin-script side only capitalised words can be names; elsewhere any Latin word is a borrowed name.
    if (latinSide && !/^[A-Z]/.test(w)) continue;
    if (w.length < 2) continue;
    names.add(w.toLowerCase());
  }
  return {
    mass: weightedCount(h) + digits * 0.5,
    numbers,
    names,
    question: /[?？]/.test(text),
  };
}

export function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** Features of two consecutive items taken together (for the 2-1 and 1-2 moves). */
export function merge(a: Features, b: Features): Features {
  return {
    mass: a.mass + b.mass,
    numbers: new Set([...a.numbers, ...b.numbers]),
    names: new Set([...a.names, ...b.names]),
    question: a.question || b.question,
  };
}

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
  }
  if (a.question !== b.question) cost += 0.7;
  return cost;
}
