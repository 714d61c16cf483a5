/**
 * Sentences of a block, by `Intl.Segmenter` (the platform's ICU rules: no hand-rolled splitter).
 *
 * Two repairs on top: ICU without its suppression lists breaks after English abbreviations ("Mr. Biden"), so those
 * segments are joined back; and a CJK full stop directly followed by more text (no space, as CJK is written) is a
 * sentence end even where a segmenter for another locale would not see one.
 */
import type { LangTag } from './contract';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: LangTag): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    let locale = 'en';
    try {
      locale = Intl.Segmenter.supportedLocalesOf([lang]).length > 0 ? lang : 'en';
    } catch {
      locale = 'en';
    }
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

// Abbreviations after which English, French, Spanish, Portuguese and German text goes on mid-sentence.
const ABBREVIATION =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|No|Nos|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U|M|Mme|Mlle|Sra|Sr|Dra|Nr|bzw|z\.B|ca)\.\s*$/;

// A CJK sentence end (with any closing quotes or brackets) followed directly by more text.
const CJK_STOP = /([。！？][」』”’）)]*)(?=[^\s」』”’）)。！？])/g;
const HAS_CJK_STOP = /[。！？]/;
const HAS_TEXT = /[\p{L}\p{N}]/u;

// Where ICU can end a sentence: after a Sentence_Terminal (which holds the ATerm full stops), a paragraph separator,
// or in Greek a `;`. Checked against every code point for en, el, ja, ko, zh, ar, th, hi, ru, de, he and fr.
const BREAK_CHAR = /^[\p{Sentence_Terminal}\n\r\u0085\u2028\u2029;\u037e]$/u;
// The verdict for each UTF-16 unit, filled in as units are met: the Unicode class costs a binary search per character,
// and most blocks are scanned to their end.
const breakUnits = new Uint8Array(0x10000); // 0 not asked yet, 1 a break character, 2 not one
// Final punctuation ICU never breaks inside: a stop, then stops and closing quotes or brackets, to the end.
const FINAL_STOPS = /^[.!?。！？][.!?。！？”’"'」』)）»›]*$/;

function isBreakChar(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit < 0xdc00) return BREAK_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
  if (breakUnits[unit] === 0) breakUnits[unit] = BREAK_CHAR.test(String.fromCharCode(unit)) ? 1 : 2;
  return breakUnits[unit] === 1;
}

/** `4.5`, `5.000`, `www.example.org`: a full stop directly before a digit or a lower-case letter (UAX #29 SB6, SB8). */
function stopInsideWord(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x2e) return false;
  const next = text.charCodeAt(i + 1);
  return (next >= 0x30 && next <= 0x39) || (next >= 0x61 && next <= 0x7a);
}

/**
 * Whether ICU would return `text` as a single segment: it has no sentence end before its final punctuation. Most
 * blocks of a page are one sentence (headings, captions, short paragraphs), and each `segment()` call copies ICU's
 * break iterator, which costs more than the rest of the splitting.
 */
export function oneSegment(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isBreakChar(text, i) && !stopInsideWord(text, i)) return FINAL_STOPS.test(text.slice(i));
  }
  return true;
}

/** ICU's segments of `text`, read with `containing`: no iterator result object per segment. */
function icuSegments(text: string, lang: LangTag): string[] {
  const segments = segmenterFor(lang).segment(text);
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    const { segment, index } = segments.containing(i)!;
    out.push(segment);
    i = index + segment.length;
  }
  return out;
}

/** Splits `text` (in language `lang`) into trimmed, non-empty sentences. */
export function splitSentences(text: string, lang: LangTag): string[] {
  const out: string[] = [];
  for (const segment of oneSegment(text) ? [text] : icuSegments(text, lang)) {
    const parts = HAS_CJK_STOP.test(segment) ? segment.replace(CJK_STOP, '$1\u0000').split('\u0000') : [segment];
    for (const part of parts) {
      const s = part.trim();
      if (!s) continue;
      const prev = out[out.length - 1];
      if (prev !== undefined && (ABBREVIATION.test(prev) || !HAS_TEXT.test(s))) {
        // Join: the break followed an abbreviation, or the "sentence" is only punctuation or a closing quote.
        out[out.length - 1] = `${prev} ${s}`;
      } else out.push(s);
    }
  }
  return out;
}
