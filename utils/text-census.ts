/**
 * A census of a page's text in one pass over its text nodes: letters per script, the Ukrainian/Russian-only letters,
 * Simplified/Traditional-only characters, stopword hits of the Latin-script languages, and the `lang` attributes used.
 *
 * It exists so the precheck can say "one language" without walking the element tree. In Chromium every DOM call is a
 * trip through the bindings, and the element walk makes about fifteen per element (tag, attributes, class, id,
 * siblings); a TreeWalker over text nodes makes two per text node and lets the engine do the traversal. The census sees
 * all the text, site chrome included, so it can only prove a page monolingual; any doubt is left to the walk.
 */
import {
  dominantScript,
  scriptHistogram,
  scriptOf,
  weightedCount,
  type Script,
  type ScriptCounts,
} from './lang/script';
import type { StopwordIndex } from './lang/stopword-index';
import { blockLangs, CHECK_PARENT, LATIN_DENSITY, NOT_PROSE } from './page-text';
import { drain } from './slices';

export interface TextCensus {
  /** Weighted letters (`weightedCount`) of text nodes, summed by each node's dominant script. */
  scripts: Map<Script, number>;
  /** Letters found only in Ukrainian (і ї є ґ) and only in Russian (ы э ъ ё), anywhere (estimated, like all counts). */
  cyrillic: { uk: number; ru: number };
  /** Han characters that exist only in the simplified, or only in the traditional, form, in Chinese text nodes;
   * null when the census had no table to tell them by. */
  han: { simplified: number; traditional: number } | null;
  /** Hits of single-language stopwords over evenly spaced samples of the Latin- and Cyrillic-script text. */
  stopwords: Map<string, number>;
  /** Words read in those samples. */
  sampledWords: number;
  /** Samples by the language whose commonest words lead them by a quarter (counting words shared by several). */
  windowLanguages: Map<string, number>;
  /** Arabic-script letters that Persian, Urdu and Pashto write and Arabic does not (پ چ ژ گ ک ی), and Arabic's own
   * (ي ك ة). */
  arabic: { persian: number; arabic: number };
  /** Primary language subtags of the page's `lang` and of those on elements in the body, inline elements left out. */
  langs: Set<string>;
  textNodes: number;
  chars: number;
  /** `<br>` elements in the body: a page of verse has many, prose pages few. */
  lineBreaks: number;
  /** The budget ran out before the end of the page: the counts cover only its start. */
  exhausted: boolean;
}

export interface CensusOptions {
  maxTextNodes?: number;
  maxChars?: number;
}

/**
 * What the census counts with. Passed in rather than imported, so the always-loaded glance can count with a few
 * kilobytes (the commonest words each language owns, no Han table) and the pre-check with its full lists.
 */
export interface CensusData {
  stopwords: StopwordIndex;
  /** Simplified-only (1) and Traditional-only (2) Han characters by code point; without it Han text is not split. */
  hanVariants?: Uint8Array;
}

// Letters beyond ASCII: accented Latin up to Hangul and CJK, leaving out punctuation, symbols and private-use icons.
// Reading characters one by one is the census's dearest step in Chromium (text from the DOM is an external string,
// and each charCodeAt on it leaves compiled code), so the regex engine screens each node first, and an English node,
// curly quotes and dashes included, is never read character by character.
const NON_ASCII_LETTER = /[\u00c0-\u1fff\u2c00-\ud7ff\uf900-\uffef]/;
const ASCII_LETTER = /[a-z]/i;
// A text node's script mix is read from its first characters and scaled to its length: a paragraph does not change
// language halfway, and reading every character of a long page would cost more than the walk it replaces.
const NODE_SAMPLE = 48;
// Stopword samples: enough windows to see a second language anywhere in the page, few enough to stay cheap.
const SAMPLES = 12;
const WINDOW = 400;
const WINDOW_WORDS = 120;
// A sample leads to a language when that language's words outnumber the next one's by this much.
const WINDOW_MARGIN = 1.5;

const UK_LETTERS = new Set([0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404, 0x490]);
// Not ъ: Bulgarian writes it constantly, and a Bulgarian page is not a Russian one.
const RU_LETTERS = new Set([0x44b, 0x44d, 0x451, 0x42b, 0x42d, 0x401]);
const PERSIAN_LETTERS = new Set([0x67e, 0x686, 0x698, 0x6af, 0x6a9, 0x6cc]);
const ARABIC_LETTERS = new Set([0x64a, 0x643, 0x629]);

/** Counts the text of `doc.body`; null when there is no body. Never modifies the page. */
export function countText(doc: Document, data: CensusData, opts: CensusOptions = {}): TextCensus | null {
  return drain(countTextSteps(doc, data, opts));
}

/** The census as a stepped loop, yielding every 64 text nodes (see `utils/slices.ts`). */
export function* countTextSteps(
  doc: Document,
  data: CensusData,
  opts: CensusOptions = {},
): Generator<void, TextCensus | null> {
  const body = doc.body;
  if (!body) return null;
  const maxTextNodes = opts.maxTextNodes ?? 40_000;
  const maxChars = opts.maxChars ?? 400_000;

  const langs = blockLangs(doc, body);

  const mass = new Map<Script, number>();
  const variants = data.hanVariants;
  let uk = 0;
  let ru = 0;
  let simplified = 0;
  let traditional = 0;
  let persian = 0;
  let arabic = 0;
  let chars = 0;
  let textNodes = 0;
  let exhausted = false;
  // Latin- and Cyrillic-script texts, kept by reference (no copies) for the stopword samples.
  const wordTexts: string[] = [];
  let wordChars = 0;

  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT, absent from Node's globals */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++textNodes > maxTextNodes || chars > maxChars) {
      exhausted = true;
      break;
    }
    if ((textNodes & 63) === 0) yield;
    const s = (node as Text).data;
    if (s.length >= CHECK_PARENT && NOT_PROSE.has(node.parentNode?.nodeName ?? '')) continue;
    chars += s.length;
    if (!NON_ASCII_LETTER.test(s)) {
      if (!ASCII_LETTER.test(s)) continue;
      mass.set('Latin', (mass.get('Latin') ?? 0) + s.length * LATIN_DENSITY);
      wordTexts.push(s);
      wordChars += s.length;
      continue;
    }
    const n = Math.min(s.length, NODE_SAMPLE);
    // One text node never spans two paragraphs, so it is given whole to its dominant script, as the walk gives a
    // block: `NATO` inside a Korean sentence stays Korean, and Japanese kanji stay Japanese.
    let latin = 0;
    let han = 0;
    let kana = 0;
    let other: Script | null = null;
    let otherCount = 0;
    let mixed = false;
    let simp = 0;
    let trad = 0;
    let ukHere = 0;
    let ruHere = 0;
    let persianHere = 0;
    let arabicHere = 0;
    for (let i = 0; i < n; i++) {
      let cp = s.charCodeAt(i);
      if (cp < 0x80) {
        if ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a) latin++;
        continue;
      }
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < n) {
        cp = s.codePointAt(i) ?? cp;
        i++;
      }
      const script = scriptOf(cp);
      if (script === null) continue;
      if (script === 'Latin') latin++;
      else if (script === 'Han') {
        han++;
        const v = variants && cp < 0x10000 ? variants[cp] : 0;
        if (v === 1) simp++;
        else if (v === 2) trad++;
      } else if (script === 'Kana') kana++;
      else {
        if (other !== null && other !== script) mixed = true;
        other = script;
        otherCount++;
        if (script === 'Cyrillic') {
          if (UK_LETTERS.has(cp)) ukHere++;
          else if (RU_LETTERS.has(cp)) ruHere++;
        } else if (script === 'Arabic') {
          if (PERSIAN_LETTERS.has(cp)) persianHere++;
          else if (ARABIC_LETTERS.has(cp)) arabicHere++;
        }
      }
    }
    if (latin + han + kana + otherCount === 0) continue;
    const h: ScriptCounts = {};
    if (latin) h.Latin = latin;
    if (han) h.Han = han;
    if (kana) h.Kana = kana;
    if (other) h[other] = otherCount;
    const script = dominantScript(mixed ? scriptHistogram(s, n) : h);
    if (!script) continue;
    const scale = s.length / n;
    mass.set(script, (mass.get(script) ?? 0) + weightedCount(h) * scale);
    uk += ukHere * scale;
    ru += ruHere * scale;
    persian += persianHere * scale;
    arabic += arabicHere * scale;
    if (script === 'Han') {
      simplified += simp * scale;
      traditional += trad * scale;
    }
    if (script === 'Latin' || script === 'Cyrillic') {
      wordTexts.push(s);
      wordChars += s.length;
    }
  }

  // Its own steps: on a long page, cold, the samples' word scans are a 20 ms block of their own.
  yield;
  const sampled = yield* sampleStopwordSteps(data.stopwords, wordTexts, wordChars);
  return {
    scripts: mass,
    cyrillic: { uk, ru },
    han: variants ? { simplified, traditional } : null,
    arabic: { persian, arabic },
    stopwords: sampled.scores,
    sampledWords: sampled.words,
    windowLanguages: sampled.leaders,
    lineBreaks: body.getElementsByTagName('br').length,
    langs,
    textNodes,
    chars,
    exhausted,
  };
}

/** Stopword hits summed over up to SAMPLES windows of about WINDOW characters, spread evenly over the texts; a step
 * for each window. */
function* sampleStopwordSteps(
  stopwords: StopwordIndex,
  texts: string[],
  total: number,
): Generator<void, { scores: Map<string, number>; words: number; leaders: Map<string, number> }> {
  const scores = new Map<string, number>();
  const leaders = new Map<string, number>();
  let words = 0;
  const step = Math.max(WINDOW, total / SAMPLES);
  let next = 0;
  let pos = 0;
  let window = '';
  for (const t of texts) {
    if (window.length > 0 || pos + t.length > next) window += window ? ' ' + t : t;
    pos += t.length;
    if (window.length >= WINDOW || (window.length > 0 && pos >= total)) {
      // Words capped too: one window may hold a whole 200 KB paragraph.
      const scan = stopwords.scan(window, WINDOW_WORDS, true);
      words += scan.words;
      for (const [lang, n] of scan.scores) scores.set(lang, (scores.get(lang) ?? 0) + n);
      const leader = stopwords.language(window, stopwords.languages, 2, WINDOW_MARGIN);
      if (leader) leaders.set(leader, (leaders.get(leader) ?? 0) + 1);
      window = '';
      next = Math.max(next + step, pos);
      yield;
    }
  }
  return { scores, words, leaders };
}
