/**
 * A cheap language guess with no model: script, letters one language owns, Simplified/Traditional characters and
 * stopword counts. Used where every paragraph of a page must be looked at (the precheck, recovering a dropped
 * container, the page's first pass over its languages) and franc's trigram model would cost more than Readability.
 * Returns null when unsure; callers then ask `identify`.
 */
import type { LangTag } from '../contract';
import { countHanVariants } from './han-variant';
import { soleLanguageOf } from './languages';
import type { Script } from './script';
import type { StopwordIndex } from './stopwords';

const UK = /[іїєґ]/i;
// Not ъ: Bulgarian writes it in every other sentence, Russian rarely.
const RU = /[ыэё]/i;
// Letters of Belarusian, Serbian, Macedonian and the Turkic and Iranian Cyrillic alphabets: neither Russian nor
// Ukrainian, so the model decides.
const OTHER_CYRILLIC = /[ўђћѓќѕјљњџұӣӯҳҷҗәғқңөүһ]/i;
const URDU = /[ٹڈڑںےۓ]/;
const PASHTO = /[ټډړږښځڅۍېګڼ]/;
const PERSIAN = /[پچژگکی]/;
const ARABIC = /[يكة]/;
const YIDDISH = /[ײװױ]|אַ|אָ/;

/**
 * Function-word hits per word, at least. A word shared by k languages counts 1/k for each, so with sixty lists a
 * French paragraph scores about 0.13 a word (`le`, `la`, `de`, `et` are shared) where Czech prose hits a few shared
 * words by chance, far below that.
 */
const MIN_DENSITY = 0.1;

/**
 * Latin- or Cyrillic-script language by function words, when they are dense enough to be that language's prose and
 * one language clearly leads (twice the next). Close neighbours sharing most small words (Spanish, Asturian,
 * Galician) rarely pass: the model decides those.
 */
export function stopwordGuess(text: string, stopwords: StopwordIndex): LangTag | null {
  const sample = text.length > 600 ? text.slice(0, 600) : text;
  const { scores, words } = stopwords.scan(sample);
  if (words < 6) return null;
  let best: LangTag | null = null;
  let bestScore = 0;
  let second = 0;
  for (const [l, s] of scores) {
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = l;
    } else if (s > second) second = s;
  }
  if (!best || bestScore < 2.5 || bestScore < 2 * second || bestScore / words < MIN_DENSITY) return null;
  return best;
}

/** Language of a text in `script` without a model, or null when only a model could tell. */
export function quickLanguage(text: string, script: Script, stopwords: StopwordIndex): LangTag | null {
  const sole = script === 'Han' ? null : soleLanguageOf(script);
  if (sole) return sole;
  switch (script) {
    case 'Han': {
      const c = countHanVariants(text);
      return c.traditional > c.simplified ? 'zh-Hant' : c.simplified > c.traditional ? 'zh-Hans' : null;
    }
    case 'Cyrillic':
      if (OTHER_CYRILLIC.test(text)) return null;
      return UK.test(text) && !RU.test(text) ? 'uk' : RU.test(text) && !UK.test(text) ? 'ru' : null;
    case 'Arabic':
      // Urdu and Pashto have letters of their own; Persian shares four with them that Arabic lacks.
      if (URDU.test(text)) return 'ur';
      if (PASHTO.test(text)) return 'ps';
      if (PERSIAN.test(text)) return 'fa';
      return ARABIC.test(text) ? 'ar' : null;
    case 'Hebrew':
      return YIDDISH.test(text) ? 'yi' : 'he';
    case 'Latin':
      return stopwordGuess(text, stopwords);
    default:
      return null;
  }
}
