/**
 * Blocks that hold both languages of the page: a text, then its translation, in one heading, list item or paragraph.
 *
 * Bilingual READMEs and notes print their two languages inside one line: a Welsh thesaurus's headings
 * ("Gosodiad / Installation") and its instructions (a Welsh line, then the English one, in one rendered paragraph), a
 * Catalan project's "Descripció/ Description" and "Xatbot intel·ligent …./ Intelligent chatbot …", an Irish student's
 * list items ("Tá brón ar an ainmhí anois … - The animal is sad now …"). As one block, such a text is in neither
 * language, and the page may not even look bilingual. Split at the point where one language ends and the other
 * begins, each half is a block in its language, and the two halves face each other.
 *
 * Conservative by design, and cheap. Only blocks with a separator (` / `, `/ `, ` | `, ` – `, ` - `) are examined,
 * and at sentence boundaries only short blocks and blocks whose function words show both languages (on a long page,
 * only once one of its first blocks has been split). The halves must be
 * identified as the two different languages of the pair and be of comparable length (a translation is); a bracketed
 * gloss ("Trua (Pity)") has no separator, and a Welsh sentence quoting an English name has no half in English. Halves of
 * a word or two ("Gosodiad / Installation") and halves of names or title-case words ("Lead Design Research: Sheelagh
 * Carpendale …", "VizworX - info@…") are where identification guesses, so they are split only when they follow the
 * order of the page's other splits (Welsh first on a page whose long blocks print Welsh first).
 */
import type { LangTag } from './contract';
import type { ExtractedBlock } from './extract';
import { scriptOfLanguage } from './lang/identify';
import { dominantScript, weightedCount, type Script } from './lang/script';
import { fullStopwords } from './lang/stopwords-full';
import type { TextFacts } from './lang/text-facts';

/** A block of the page, or one half of a block printed in both languages. */
export interface InlineBlock extends ExtractedBlock {
  /** The two halves of one block share this id (unique on the page). */
  inline?: number;
  /**
   * The language of the half, as the split decided it: a heading's halves ("Cyfrannu", "Contributing") are too short
   * for the sections to identify, and smoothing them by their neighbours on an alternating page swaps them.
   */
  inlineLang?: LangTag;
}

export interface InlineSplit {
  blocks: InlineBlock[];
  /** Blocks split in two. */
  split: number;
}

/**
 * Separators between a text and its translation: a slash, bar or dash with a space on at least one side (a slash
 * right after a full stop too: "widget./Integrate"). Not `and/or`, `TCP/IP`, `nest/home/place` or `http://`.
 */
const SEPARATOR = /\s+[/|]\s*|\s*[/|]\s+|\s+[-–—]\s+|(?<=[.!?)»”])\/(?=\S)/gu;
/** What every separator holds, found three times faster than the separator: most blocks have none. */
const MAYBE_SEPARATOR = /[/|]|\s[-–—]\s/;
/** A sentence boundary: end punctuation (or a colon), space, and a capital or opening mark. */
const SENTENCE = /(?<=[.!?:;。！？])\s+(?=[\p{Lu}\p{Lo}"“«¿¡(])/gu;
/** Blocks this short are examined at their sentence boundaries whatever their function words say. */
const SHORT_BLOCK = 100;
/** Each half needs this many letters (Latin equivalents) to be identified at all. */
const MIN_HALF = 4;
/** A half below this is short: split only in the order of the page's long splits. */
const SHORT_HALF = 15;
/** A translation is of comparable length: the longer half at most this many times the shorter. */
const MAX_RATIO = 4;
/** Function words of each language a block must hold before its sentence boundaries are examined. */
const MIN_STOPWORDS = 1.5;
/** ...or, for two scripts, letters of each. */
const MIN_SCRIPT_LETTERS = 8;
/** Blocks longer than this are one language's paragraph, whatever they quote. */
const MAX_BLOCK = 2000;

interface Candidate {
  left: string;
  right: string;
  /** Language of the left half (the right is the other one). */
  first: LangTag;
  short: boolean;
  weight: number;
}

/** The text before and after each match of `re` in `text`, trimmed. */
function cuts(text: string, re: RegExp): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  // matchAll starts where the last `test` left the shared pattern.
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index;
    out.push([text.slice(0, at).trim(), text.slice(at + m[0].length).trim()]);
  }
  return out;
}

/** Whether a block's own words show both languages: function words of each, or letters of each script. */
function showsBoth(text: string, pair: readonly [LangTag, LangTag], facts: TextFacts): boolean {
  const [sa, sb] = pair.map(scriptOfLanguage) as [Script, Script];
  if (sa !== sb) {
    const h = facts.histogram(text, 4000);
    return (h[sa] ?? 0) >= MIN_SCRIPT_LETTERS && (h[sb] ?? 0) >= MIN_SCRIPT_LETTERS;
  }
  const words = fullStopwords();
  if (!words.has(pair[0]) || !words.has(pair[1])) return false;
  const scores = words.scores(text);
  return (scores.get(pair[0]) ?? 0) >= MIN_STOPWORDS && (scores.get(pair[1]) ?? 0) >= MIN_STOPWORDS;
}

const CASED_WORD = /[\p{Lu}\p{Ll}][\p{L}\p{M}'’-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
/** Share of capitalised words above which a half reads as names or a title ("Lead Design Research:", "VizworX"). */
const NAME_SHARE = 0.6;

/**
 * How many of a half's words are capitalised, of how many: a half made mostly of them is names, credits or a title in
 * title case, and identification of such text says little about its language ("Patrick King, Alaa Azazi" comes out
 * French as easily as English).
 */
function capitals(text: string): { words: number; capitals: number } {
  let words = 0;
  let caps = 0;
  for (const m of text.matchAll(CASED_WORD)) {
    words++;
    if (CAPITALISED.test(m[0])) caps++;
  }
  return { words, capitals: caps };
}

/**
 * The split of `left` + `right` into the two languages of the pair, or null. Two halves of capitalised words only ("Siân
 * Roberts / Gareth Lewis") are two names, except in a heading, where title-case words are the rule ("Cysylltiadau /
 * Contacts"). Halves mostly capitalised are short: split only in the page's order.
 */
function judge(
  left: string,
  right: string,
  heading: boolean,
  pair: readonly [LangTag, LangTag],
  facts: TextFacts,
): Candidate | null {
  const wl = weightedCount(facts.histogram(left, 4000));
  const wr = weightedCount(facts.histogram(right, 4000));
  if (wl < MIN_HALF || wr < MIN_HALF || Math.max(wl, wr) > MAX_RATIO * Math.min(wl, wr)) return null;
  const cl = capitals(left);
  const cr = capitals(right);
  // Every word capitalised on both sides: two names, or a list of them, outside a heading.
  if (cl.capitals === cl.words && cr.capitals === cr.words && !heading) return null;
  const a = facts.identify(left, pair).lang;
  const b = facts.identify(right, pair).lang;
  if (a === b || !pair.includes(a) || !pair.includes(b)) return null;
  const names = (c: { words: number; capitals: number }): boolean => c.words > 0 && c.capitals >= NAME_SHARE * c.words;
  const short = Math.min(wl, wr) < SHORT_HALF || names(cl) || names(cr);
  return { left, right, first: a, short, weight: Math.min(wl, wr) };
}

/**
 * Blocks whose sentence boundaries are examined before the page has shown one split: a novel of 5,000 rows would
 * otherwise have each of its paragraphs' function words counted for nothing (a tenth of a second).
 */
const SENTENCE_BUDGET = 300;

/**
 * The best split of one block: at a separator if one works, else at a sentence boundary (when `sentences`); the most
 * balanced one.
 */
function bestSplit(
  b: ExtractedBlock,
  pair: readonly [LangTag, LangTag],
  facts: TextFacts,
  sentences: boolean,
): Candidate | null {
  const text = b.text;
  if (text.length > MAX_BLOCK || b.kind === 'preformatted' || b.group !== undefined) return null;
  const pick = (list: Array<[string, string]>): Candidate | null => {
    let best: Candidate | null = null;
    for (const [l, r] of list) {
      const c = judge(l, r, b.kind === 'heading', pair, facts);
      if (c && (!best || c.weight > best.weight)) best = c;
    }
    return best;
  };
  const bySeparator = MAYBE_SEPARATOR.test(text) ? pick(cuts(text, SEPARATOR)) : null;
  if (bySeparator) return bySeparator;
  SENTENCE.lastIndex = 0;
  if (!sentences || !SENTENCE.test(text) || (text.length > SHORT_BLOCK && !showsBoth(text, pair, facts))) return null;
  return pick(cuts(text, SENTENCE));
}

/**
 * Splits the blocks that print the pair's two languages one after the other. Returns the blocks unchanged (the same
 * array) when none does.
 */
export function splitInlinePairs(
  blocks: ExtractedBlock[],
  pair: readonly [LangTag, LangTag],
  facts: TextFacts,
): InlineSplit {
  let any = false;
  const found = blocks.map((b, i) => {
    const c = bestSplit(b, pair, facts, any || i < SENTENCE_BUDGET);
    any ||= c !== null;
    return c;
  });
  // The order the page prints its two languages in, from the splits whose halves are long enough to be sure of.
  let aFirst = 0;
  let bFirst = 0;
  for (const c of found) {
    if (!c || c.short) continue;
    if (c.first === pair[0]) aFirst++;
    else bFirst++;
  }
  const order = aFirst > bFirst ? pair[0] : bFirst > aFirst ? pair[1] : null;
  const out: InlineBlock[] = [];
  let split = 0;
  blocks.forEach((b, i) => {
    const c = found[i];
    if (!c || (c.short && c.first !== order)) {
      out.push(b);
      return;
    }
    split++;
    // Each half its own group: the sections read them apart although they share their element.
    const second = c.first === pair[0] ? pair[1] : pair[0];
    out.push(
      { ...b, text: c.left, inline: i, inlineLang: c.first, group: `inline:${i}:0` },
      { ...b, text: c.right, inline: i, inlineLang: second, group: `inline:${i}:1` },
    );
  });
  return split > 0 ? { blocks: out, split } : { blocks, split: 0 };
}

/** Blocks examined when the page's second language is still unknown, and model calls spent on them at most. */
const MAX_DISCOVERY = 60;
const MAX_MODEL_CALLS = 12;
/** Halves of the second language needed to try it as the page's pair, and their text. */
const MIN_DISCOVERED = 3;
const MIN_DISCOVERED_MASS = 60;

/**
 * The page's second language when it sits only inside blocks printed in both languages (a README whose every line is
 * "Welsh / English"): among the blocks with a separator, the language that the other half is in when one half is in
 * `first`, found often enough; null otherwise. This runs on every page of one language that has separators, so the
 * halves are placed by their function words first, and the model is asked only about a half they do not place, a few
 * times a page at most.
 */
export function discoverInlineLanguage(
  blocks: readonly ExtractedBlock[],
  first: LangTag,
  facts: TextFacts,
): LangTag | null {
  const votes = new Map<LangTag, { n: number; mass: number }>();
  let examined = 0;
  let calls = 0;
  const quick = (text: string): LangTag | null => {
    const script = dominantScript(facts.histogram(text, 4000));
    return script ? facts.quickLanguage(text, script) : null;
  };
  const model = (text: string): LangTag | null => {
    calls++;
    const id = facts.identify(text, []);
    return id.lang !== 'und' && id.confidence >= 0.5 ? id.lang : null;
  };
  for (const b of blocks) {
    if (b.kind === 'preformatted' || b.group !== undefined || b.text.length > MAX_BLOCK) continue;
    const halves = MAYBE_SEPARATOR.test(b.text) ? cuts(b.text, SEPARATOR) : [];
    if (halves.length === 0) continue;
    if (++examined > MAX_DISCOVERY || calls >= MAX_MODEL_CALLS) break;
    for (const [l, r] of halves) {
      const wl = weightedCount(facts.histogram(l, 4000));
      const wr = weightedCount(facts.histogram(r, 4000));
      if (Math.min(wl, wr) < SHORT_HALF || Math.max(wl, wr) > MAX_RATIO * Math.min(wl, wr)) continue;
      // Each half by its function words, else (a language the quick guess does not place) by the model.
      const ql = quick(l);
      const qr = quick(r);
      if (ql !== null && qr !== null && (ql === first) === (qr === first)) continue;
      const langL = ql ?? model(l);
      const langR = qr ?? model(r);
      const other = langL === first ? langR : langR === first ? langL : null;
      if (other === null || other === first) continue;
      const v = votes.get(other) ?? { n: 0, mass: 0 };
      votes.set(other, { n: v.n + 1, mass: v.mass + Math.min(wl, wr) });
      break;
    }
  }
  let best: LangTag | null = null;
  let bestMass = 0;
  for (const [lang, v] of votes) {
    if (v.n >= MIN_DISCOVERED && v.mass >= MIN_DISCOVERED_MASS && v.mass > bestMass) {
      best = lang;
      bestMass = v.mass;
    }
  }
  return best;
}
