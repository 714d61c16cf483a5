/**
 * Facts about the texts of one parse that several stages ask for: the script histogram and the model-free language
 * guess of a block. Extraction weighs the languages of the article and of its sibling containers, and the sections
 * then look at the same blocks again; each fact is worked out once per text. Histograms handed out are shared: read
 * them, never change them.
 */
import type { LangTag } from '../contract';
import { quickLanguage } from './quick';
import { scriptHistogram, type Script, type ScriptCounts } from './script';

export class TextFacts {
  private readonly histograms = new Map<string, ScriptCounts>();
  private readonly guesses = new Map<string, { script: Script; lang: LangTag | null }>();

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

  /** `quickLanguage(text, script)`. */
  quickLanguage(text: string, script: Script): LangTag | null {
    const known = this.guesses.get(text);
    if (known && known.script === script) return known.lang;
    const lang = quickLanguage(text, script);
    this.guesses.set(text, { script, lang });
    return lang;
  }
}
