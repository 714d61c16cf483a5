/**
 * Facts about the texts of one parse that several stages ask for: the script histogram, the model-free language guess
 * and the identification of a block. Extraction weighs the languages of the article and of its sibling containers, the
 * sections look at the same blocks again, and the title is usually the text of the first heading; each fact is worked
 * out once per text. What is handed out is shared: read it, never change it.
 */
import type { LangTag } from '../contract';
import { identify, type Identification } from './identify';
import { nfc } from './nfc';
import { quickLanguage } from './quick';
import { fullStopwords } from './stopwords-full';
import { scriptHistogram, type Script, type ScriptCounts } from './script';

export class TextFacts {
  private readonly histograms = new Map<string, ScriptCounts>();
  private readonly guesses = new Map<string, { script: Script; lang: LangTag | null }>();
  /** By set of candidates, then by text: a key built from the text itself would copy every block on every ask. */
  private readonly identifications = new Map<string, Map<string, Identification>>();

  /** `scriptHistogram(text, limit)`; remembered when the whole text is within the limit (the limit then changes nothing). */
  histogram(text: string, limit: number): ScriptCounts {
    if (text.length > limit) return scriptHistogram(text, limit);
    let h = this.histograms.get(text);
    if (!h) {
      h = scriptHistogram(text, limit);
      this.histograms.set(text, h);
    }
    return h;
  }

  /** `identify(text, candidates, hist)`; `hist`, when given, must be the text's histogram (as `identify` requires). */
  identify(text: string, candidates: readonly LangTag[], hist?: ScriptCounts): Identification {
    const set = candidates.join(' ');
    let known = this.identifications.get(set);
    if (!known) {
      known = new Map();
      this.identifications.set(set, known);
    }
    let id = known.get(text);
    if (!id) {
      id = identify(text, candidates, hist ?? this.histogram(nfc(text), 4000));
      known.set(text, id);
    }
    return id;
  }

  /** `quickLanguage(text, script)`. */
  quickLanguage(text: string, script: Script): LangTag | null {
    const known = this.guesses.get(text);
    if (known && known.script === script) return known.lang;
    const lang = quickLanguage(text, script, fullStopwords());
    this.guesses.set(text, { script, lang });
    return lang;
  }
}
