/**
 * A romanisation printed beside a poem: the Kannada original respelt in Latin letters (`Brindavanake halanu maralu`),
 * pinyin above each Tang quatrain (`yáng liuu yin yin xì yuu qíng`). On a page whose two languages are one in Latin
 * letters and one not, such a stanza is in Latin letters but in neither language: identified within the pair it came
 * out English, and the English side then had two poems (the respelling and the translation) to face one original.
 *
 * The test is on a whole stanza (its lines joined), where both signals are steady: the Latin-script language's own
 * function words are all but absent (English verse has `the`, `of`, `my`, `you` in every stanza: 0.06 to 0.48 of its
 * words on the real poem pages; the respellings 0 to 0.03), and the model, asked among every language, does not name
 * that language either.
 */
import type { LangTag } from '../contract';
import { fullStopwords } from './stopwords-full';
import type { TextFacts } from './text-facts';

/** Words a stanza needs before its function words say anything. */
const MIN_WORDS = 8;
/** The Latin-script language's function words per word, below which the stanza is not in it. */
const MAX_DENSITY = 0.05;

/** Whether `text`, a stanza in Latin letters, respells another language rather than being in `lang` (the pair's). */
export function isRomanisation(text: string, lang: LangTag, facts: TextFacts): boolean {
  const index = fullStopwords();
  if (!index.has(lang)) return false;
  const { scores, words } = index.scan(text);
  if (words < MIN_WORDS || (scores.get(lang) ?? 0) >= MAX_DENSITY * words) return false;
  return facts.identify(text, []).lang !== lang;
}
