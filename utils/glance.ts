/**
 * The glance: the only part of Diglot that runs on every page, so it must cost the page next to nothing.
 *
 * It asks one question, "is this page's text plainly in one language?", and answers it with the pre-check's rule
 * (`one-language.ts`) over a census of its own that leaves the work to the engine's native code: one TreeWalker to
 * gather the text nodes, one join, and a few regular expressions over the joined text (runs of each script; the
 * commonest words each language owns, in evenly spaced samples; the letters that tell Ukrainian from Russian, Persian
 * from Arabic, Simplified from Traditional Chinese). The pre-check's census reads characters one by one in script,
 * which on a page's first and only call runs in the interpreter: the glance does none of that.
 *
 * A clear yes ends Diglot's work on the page. Anything else ("maybe") hands the page to the full pre-check
 * (`precheck.ts`), loaded on demand, which may still say no. So the glance may be wrong only one way: it must never say
 * "one language" on a page the pre-check would pass (a test holds the two together over every fixture and real page).
 */
import { scriptWeight, type Script } from './lang/script';
import { decodeCodePoints, decodeLeadTable, leadKey } from './lang/compact-lists';
import { HAN_LEAD_CODES, LEAD_TABLE } from './lang/glance-tables';
import { oneLanguage } from './one-language';
import { blockLangs, CHECK_PARENT, LATIN_DENSITY, NOT_PROSE } from './page-text';
import { drain, runInSlices } from './slices';
import type { CensusOptions, TextCensus } from './text-census';

export interface Glance {
  /** `one`: plainly one language, nothing more to do; `maybe`: the pre-check must look. */
  verdict: 'one' | 'maybe';
  /** How much text was counted (for the benchmark and tests). */
  chars: number;
}

// A text node with no letter in it (the whitespace between tags, a date, a bullet) is not gathered.
const HAS_LETTER = /[A-Za-z\u00c0-\uffef]/;
// Runs of letters beyond Latin, a capturing group per script, so a run names its script by the group it filled. Han
// and kana share one group, with the CJK punctuation between them: a run with kana in it is Japanese, as in the parser.
const SCRIPT_RUNS: Array<[Script, string]> = [
  ['Greek', '\u0370-\u03ff\u1f00-\u1fff'],
  ['Cyrillic', '\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f'],
  ['Armenian', '\u0531-\u058f\ufb13-\ufb17'],
  ['Hebrew', '\u0590-\u05ff\ufb1d-\ufb4f'],
  ['Arabic', '\u0600-\u065f\u066a-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff'],
  ['Devanagari', '\u0900-\u0965\u0970-\u097f'],
  ['Bengali', '\u0980-\u09e5\u09f0-\u09ff'],
  ['Gurmukhi', '\u0a00-\u0a65\u0a70-\u0a7f'],
  ['Gujarati', '\u0a80-\u0ae5\u0af0-\u0aff'],
  ['Oriya', '\u0b00-\u0b65\u0b70-\u0b7f'],
  ['Tamil', '\u0b80-\u0be5\u0bf0-\u0bff'],
  ['Telugu', '\u0c00-\u0c65\u0c70-\u0c7f'],
  ['Kannada', '\u0c80-\u0ce5\u0cf0-\u0cff'],
  ['Malayalam', '\u0d00-\u0d65\u0d70-\u0d7f'],
  ['Sinhala', '\u0d80-\u0de5\u0df0-\u0dff'],
  ['Thai', '\u0e00-\u0e4f\u0e5a-\u0e7f'],
  ['Lao', '\u0e80-\u0ecf\u0eda-\u0eff'],
  ['Tibetan', '\u0f00-\u0f1f\u0f34-\u0fff'],
  ['Myanmar', '\u1000-\u103f\u104a-\u108f\u109a-\u109f'],
  ['Georgian', '\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f'],
  ['Hangul', '\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af'],
  ['Ethiopic', '\u1200-\u1368\u137d-\u139f\u2d80-\u2ddf'],
  ['Khmer', '\u1780-\u17df\u17ea-\u17ff\u19e0-\u19ff'],
  ['Han', '\u3000-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff9f'],
];
const OTHER_RUN = new RegExp(SCRIPT_RUNS.map(([, letters]) => `([${letters}]+)`).join('|'), 'g');
const KANA = /[\u3040-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;
const CJK_LETTER =
  /[\u3005\u3007\u3040-\u30fa\u30fc-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/;
const NOT_LATIN_LETTERS = /[^A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+/g;
const UK_LETTERS = /[іїєґІЇЄҐ]/g;
// Not ъ: Bulgarian writes it constantly, and a Bulgarian page is not a Russian one.
const RU_LETTERS = /[ыэёЫЭЁ]/g;
const PERSIAN_LETTERS = /[پچژگکی]/g;
const ARABIC_LETTERS = /[يكة]/g;
const SIMPLIFIED_LEAD = new RegExp(`[${decodeCodePoints(HAN_LEAD_CODES.simplified)}]`, 'g');
const TRADITIONAL_LEAD = new RegExp(`[${decodeCodePoints(HAN_LEAD_CODES.traditional)}]`, 'g');
// The lead characters are a fifth to a half of the variant characters met in running Chinese (22% to 55% on the
// fixture pages): their counts are scaled to stand for at least the whole table's, whose counts the rule expects.
const HAN_LEAD_SCALE = 4.5;
// Stopword samples: enough windows to see a second language anywhere in the page, few enough to stay cheap.
const SAMPLES = 12;
const WINDOW = 400;
// A sample leads to a language when it has this many of its words and this many times the next language's.
const WINDOW_MIN = 2;
const WINDOW_MARGIN = 1.5;
// Text nodes read between two chances for the page to run.
const NODES_PER_STEP = 1024;
// Words of the Latin and Cyrillic scripts, after lower-casing (a Unicode property class costs far more to compile).
const WORD = /[a-z\u00df-\u00f6\u00f8-\u024f\u0430-\u045f\u0460-\u052f\u1e00-\u1eff]+/g;

let leadIndex: Map<number, number> | undefined;

/** Each lead word's key (its hash and script) to its language's place in `STOPWORDS_LEAD`: the words travel as
 * hashes (`lang/compact-lists.ts`). The words are each owned by one language (a test holds it). */
function leadWords(): Map<number, number> {
  leadIndex ??= decodeLeadTable(LEAD_TABLE);
  return leadIndex;
}

/** Looks at `doc`'s text once. Never throws, never modifies the page. */
export function glance(doc: Document, opts: CensusOptions = {}): Glance {
  return drain(glanceSteps(doc, opts));
}

/** The same look in slices that give the page its main thread back between them (a very long page). */
export function glanceInSlices(doc: Document, opts: CensusOptions = {}): Promise<Glance> {
  return runInSlices(glanceSteps(doc, opts));
}

/** The census the glance's verdict is read from (null without a body), for tests and the benchmark. */
export function glanceCensus(doc: Document, opts: CensusOptions = {}): TextCensus | null {
  return drain(censusSteps(doc, opts));
}

function* glanceSteps(doc: Document, opts: CensusOptions): Generator<void, Glance> {
  const census = yield* censusSteps(doc, opts);
  if (!census) return { verdict: 'one', chars: 0 };
  return { verdict: oneLanguage(census) ? 'one' : 'maybe', chars: census.chars };
}

function* censusSteps(doc: Document, opts: CensusOptions): Generator<void, TextCensus | null> {
  const body = doc.body;
  if (!body) return null;
  const maxChars = opts.maxChars ?? 400_000;
  const maxTextNodes = opts.maxTextNodes ?? 40_000;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT, absent from Node's globals */);
  const parts: string[] = [];
  const gathered = { chars: 0, nodes: 0 };
  let more = true;
  while (more && gathered.chars <= maxChars && gathered.nodes <= maxTextNodes) {
    more = gather(walker, parts, gathered, NODES_PER_STEP);
    yield;
  }
  return yield* countJoinedSteps(doc, body, parts.join('\n'), gathered.nodes, more);
}

/** Gathers the next `budget` text nodes' text into `parts`; false once the page has no more. */
function gather(walker: TreeWalker, parts: string[], n: { chars: number; nodes: number }, budget: number): boolean {
  for (let i = 0; i < budget; i++) {
    const node = walker.nextNode();
    if (!node) return false;
    n.nodes++;
    const s = (node as Text).data;
    if (s.length >= CHECK_PARENT && NOT_PROSE.has(node.parentNode?.nodeName ?? '')) continue;
    if (!HAS_LETTER.test(s)) continue;
    parts.push(s);
    n.chars += s.length;
  }
  return true;
}

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/** The census the rule reads, taken from the page's gathered text, in three steps: on a long page, cold, the three
 * together were a 30 ms task. */
function* countJoinedSteps(
  doc: Document,
  body: HTMLElement,
  text: string,
  nodes: number,
  exhausted: boolean,
): Generator<void, TextCensus> {
  const scripts = new Map<Script, number>();
  let other = 0;
  OTHER_RUN.lastIndex = 0;
  for (let m = OTHER_RUN.exec(text); m; m = OTHER_RUN.exec(text)) {
    const run = m[0];
    let g = 1;
    while (m[g] === undefined) g++;
    let script = SCRIPT_RUNS[g - 1]![0];
    if (script === 'Han') {
      if (!CJK_LETTER.test(run)) continue;
      if (KANA.test(run)) script = 'Kana';
    }
    other += run.length;
    scripts.set(script, (scripts.get(script) ?? 0) + run.length * scriptWeight(script));
  }
  // The rest is Latin-script text, estimated from its length as the pre-check's census does for its plain-ASCII text.
  // Where another script is more than a trace, the estimate could decide, so the letters are counted instead (digits
  // and the spaces of Chinese text would otherwise pass for Latin).
  let latin = (text.length - other) * LATIN_DENSITY;
  if (other * 20 > latin) latin = text.replace(NOT_LATIN_LETTERS, '').length;
  if (latin > 0) scripts.set('Latin', latin);
  yield;

  const cyrillic = scripts.has('Cyrillic');
  const arabic = scripts.has('Arabic');
  const han = scripts.has('Han');
  const { scores, leaders } = sampleLeadWords(text);
  yield;

  return {
    scripts,
    cyrillic: cyrillic ? { uk: count(text, UK_LETTERS), ru: count(text, RU_LETTERS) } : { uk: 0, ru: 0 },
    han: han
      ? {
          simplified: count(text, SIMPLIFIED_LEAD) * HAN_LEAD_SCALE,
          traditional: count(text, TRADITIONAL_LEAD) * HAN_LEAD_SCALE,
        }
      : { simplified: 0, traditional: 0 },
    arabic: arabic
      ? { persian: count(text, PERSIAN_LETTERS), arabic: count(text, ARABIC_LETTERS) }
      : { persian: 0, arabic: 0 },
    stopwords: scores,
    sampledWords: 0,
    windowLanguages: leaders,
    langs: blockLangs(doc, body),
    textNodes: nodes,
    chars: text.length,
    lineBreaks: body.getElementsByTagName('br').length,
    exhausted,
  };
}

/** Lead-word hits summed over up to SAMPLES windows of WINDOW characters spread evenly over the text, and the
 * windows each language leads. */
function sampleLeadWords(text: string): { scores: Map<string, number>; leaders: Map<string, number> } {
  const scores = new Map<string, number>();
  const leaders = new Map<string, number>();
  const index = leadWords();
  const step = Math.max(WINDOW, text.length / SAMPLES);
  const hits = new Array<number>(LEAD_TABLE.counts.length);
  for (let start = 0; start < text.length; start += step) {
    hits.fill(0);
    // One regular expression cuts the words out and one lookup of each word's hash names its language: a single
    // pattern of all the words instead is tried at every position of the text, and costs several times more.
    const words = text
      .slice(start, start + WINDOW)
      .toLowerCase()
      .match(WORD);
    if (words)
      for (const w of words) {
        const lang = index.get(leadKey(w, LEAD_TABLE.seed));
        if (lang !== undefined) hits[lang]!++;
      }
    let best = -1;
    let first = 0;
    let second = 0;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      if (h === 0) continue;
      // Languages by their place in the table: the rule compares counts, never names.
      scores.set(`${i}`, (scores.get(`${i}`) ?? 0) + h);
      if (h > first) {
        second = first;
        first = h;
        best = i;
      } else if (h > second) second = h;
    }
    if (best >= 0 && first >= WINDOW_MIN && first >= WINDOW_MARGIN * second)
      leaders.set(`${best}`, (leaders.get(`${best}`) ?? 0) + 1);
  }
  return { scores, leaders };
}
