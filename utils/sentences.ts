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
const BREAK_CHAR = /[\p{Sentence_Terminal}\n\r\u0085\u2028\u2029;\u037e]/gu;
// Final punctuation ICU never breaks inside: a stop, then stops and closing quotes or brackets, to the end.
const FINAL_STOPS = /^[.!?。！？][.!?。！？”’"'」』)）»›]*$/;

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
  BREAK_CHAR.lastIndex = 0;
  for (let m = BREAK_CHAR.exec(text); m; m = BREAK_CHAR.exec(text)) {
    if (!stopInsideWord(text, m.index)) return FINAL_STOPS.test(text.slice(m.index));
  }
  return true;
}

/** Splits `text` (in language `lang`) into trimmed, non-empty sentences. */
export function splitSentences(text: string, lang: LangTag): string[] {
  const out: string[] = [];
  const segments = oneSegment(text) ? [{ segment: text }] : segmenterFor(lang).segment(text);
  for (const { segment } of segments) {
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
