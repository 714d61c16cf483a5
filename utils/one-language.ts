/**
 * The rule that proves a page has one language from a census of its text (`text-census.ts` counts it for the
 * pre-check, `glance.ts` more cheaply for the always-loaded glance). Kept apart so the glance carries the rule and not
 * the pre-check's census.
 */
import type { TextCensus } from './text-census';
import type { Script } from './lang/script';

// The census sees site chrome too, so it proves "one language" only with a wide margin under the walk's thresholds:
// a second script or language needs a fifth of the first in the walk, and a tenth of the page here.
// The parser takes a second language from 10% of the first (4% in verse: a translated poem beside its commentary)
// and 90 weighted letters: the census stays under both.
const CENSUS_SHARE = 0.07;
const CENSUS_VERSE_SHARE = 0.03;
const CENSUS_VERSE_BREAKS = 8;
const CENSUS_VERSE_CHARS_PER_BREAK = 500;
const CENSUS_MIN_MASS = 80;
const CENSUS_MIN_STOPWORDS = 3;
const CENSUS_MIN_WINDOWS = 2;
const CENSUS_MIN_CHARS = 3000;
const CENSUS_MIN_VARIANTS = 8;

/**
 * Why the census proves the page has one language, or null when it cannot (then the walk decides). Each test is one
 * way the walk could find two languages: two scripts, two Latin-script languages, Ukrainian and Russian, Simplified
 * and Traditional Chinese, or block-level `lang` attributes naming two languages.
 */
export function oneLanguage(c: TextCensus): { script?: Script; topStopword?: string } | null {
  if (c.exhausted || c.langs.size > 1) return null;
  const [first, second] = [...c.scripts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first) return {};
  // A short page in a script of many languages gives the census too few words to see a second language that owns
  // few of its own (Portuguese beside Spanish), and walking it costs little: the walk decides.
  if (c.chars < CENSUS_MIN_CHARS && (first[0] === 'Latin' || first[0] === 'Cyrillic')) return null;
  // Verse holds few function words: a translated poem in a second Latin-script language barely shows in the samples,
  // so a page with verse is left to the walk. Verse shows as line breaks every few hundred characters at most (prose
  // pages that break lines have one every thousand or more).
  const verse = c.lineBreaks >= CENSUS_VERSE_BREAKS && c.chars <= CENSUS_VERSE_CHARS_PER_BREAK * c.lineBreaks;
  if (verse && (first[0] === 'Latin' || first[0] === 'Cyrillic')) return null;
  // A poem may be translated beside long commentary in the other language: on a page with verse, a smaller second
  // language counts.
  const share = verse ? CENSUS_VERSE_SHARE : CENSUS_SHARE;
  const minor = (a: number, b: number, floor: number): boolean =>
    Math.min(a, b) < Math.max(floor, share * Math.max(a, b));
  if (second && !minor(first[1], second[1], CENSUS_MIN_MASS)) return null;
  const [w1, w2] = [...c.stopwords.entries()].sort((a, b) => b[1] - a[1]);
  const wordMass = (c.scripts.get('Latin') ?? 0) + (c.scripts.get('Cyrillic') ?? 0);
  if (wordMass >= CENSUS_MIN_MASS && !minor(w1?.[1] ?? 0, w2?.[1] ?? 0, CENSUS_MIN_STOPWORDS)) return null;
  // A second language that owns few words of its own (Portuguese beside Spanish shares its short words with
  // Galician) still leads some of the sampled windows.
  const [v1, v2] = [...c.windowLanguages.entries()].sort((a, b) => b[1] - a[1]);
  if (v2 && v2[1] >= CENSUS_MIN_WINDOWS && v2[1] >= share * (v1?.[1] ?? 0)) return null;
  const { uk, ru } = c.cyrillic;
  if (!minor(uk, ru, CENSUS_MIN_VARIANTS)) return null;
  if (!minor(c.arabic.persian, c.arabic.arabic, CENSUS_MIN_VARIANTS)) return null;
  // Without the table of Simplified and Traditional characters, a page with much Chinese may hold both.
  const hanMass = c.scripts.get('Han') ?? 0;
  if (!c.han) {
    if (hanMass >= CENSUS_MIN_MASS && !minor(first[1], hanMass, 0)) return null;
  } else if (!minor(c.han.simplified, c.han.traditional, CENSUS_MIN_VARIANTS)) return null;
  return w1 ? { script: first[0], topStopword: w1[0] } : { script: first[0] };
}
