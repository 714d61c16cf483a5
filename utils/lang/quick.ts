/**
 * A cheap language guess with no model: script, letters one language owns, Simplified/Traditional characters and
 * stopword counts. Used where every paragraph of a page must be looked at (the precheck, recovering a dropped
 * container, the page's first pass over its languages) and franc's trigram model would cost more than Readability.
 * Returns null when unsure; callers then ask `identify`.
 */
import type { LangTag } from '../contract';
import { countHanVariants } from './han-variant';
import type { Script } from './script';
import { stopwordScan } from './stopwords';

const UK = /[іїєґ]/i;
const RU = /[ыэъё]/i;
const KANA_OR_HANGUL: Partial<Record<Script, LangTag>> = {
  Hangul: 'ko',
  Kana: 'ja',
  Hebrew: 'he',
  Greek: 'el',
  Thai: 'th',
};

/**
 * Latin-script language by function words, when they are dense enough to be that language's prose (a third of the
 * words of English, French, Spanish, Portuguese, German, Italian or Dutch prose are on the lists; Czech or Polish
 * prose hits a few shared ones by chance, far below that).
 */
export function stopwordGuess(text: string): LangTag | null {
  const sample = text.length > 600 ? text.slice(0, 600) : text;
  const { scores, words } = stopwordScan(sample);
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
  if (!best || bestScore < 2.5 || bestScore < 2 * second || bestScore / words < 0.15) return null;
  return best;
}

/** Language of a text in `script` without a model, or null when only a model could tell. */
export function quickLanguage(text: string, script: Script): LangTag | null {
  const direct = KANA_OR_HANGUL[script];
  if (direct) return direct;
  switch (script) {
    case 'Han': {
      const c = countHanVariants(text);
      return c.traditional > c.simplified ? 'zh-Hant' : c.simplified > c.traditional ? 'zh-Hans' : null;
    }
    case 'Cyrillic':
      return UK.test(text) && !RU.test(text) ? 'uk' : RU.test(text) && !UK.test(text) ? 'ru' : null;
    case 'Latin':
      return stopwordGuess(text);
    default:
      return null;
  }
}
