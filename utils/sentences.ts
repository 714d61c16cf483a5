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

/** Splits `text` (in language `lang`) into trimmed, non-empty sentences. */
export function splitSentences(text: string, lang: LangTag): string[] {
  const out: string[] = [];
  for (const { segment } of segmenterFor(lang).segment(text)) {
    for (const part of segment.replace(CJK_STOP, '$1\u0000').split('\u0000')) {
      const s = part.trim();
      if (!s) continue;
      const prev = out[out.length - 1];
      if (prev !== undefined && (ABBREVIATION.test(prev) || !/[\p{L}\p{N}]/u.test(s))) {
        // Join: the break followed an abbreviation, or the "sentence" is only punctuation or a closing quote.
        out[out.length - 1] = `${prev} ${s}`;
      } else out.push(s);
    }
  }
  return out;
}
