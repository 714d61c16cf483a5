/**
 * Language of a text, given the languages it may be in.
 *
 * Script settles most cases for free (Hangul is Korean, kana is Japanese, Tamil letters are Tamil). Within one script
 * Diglot needs a model: franc's trigram profiles (`franc-all`, restricted with `only` to the languages Diglot reads, or
 * to the two languages of the page once they are known), letters that only some languages of a script write
 * (Ukrainian і ї є ґ, Belarusian ў, Urdu ٹ ڈ ڑ ں ے, Persian پ چ ژ گ), function words (`stopwords.ts`) and a
 * Simplified/Traditional list for Chinese. Callers decide the page's pair from its long text first, then ask about
 * each block within that pair, where two candidates make even short texts easy.
 */
import { francAll } from 'franc-all';
import type { LangTag } from '../contract';
import { countHanVariants, variantOf } from './han-variant';
import { languageInfo, languagesInScript, soleLanguageOf, tagOfIso3 } from './languages';
import { nfc } from './nfc';
import { fullStopwords } from './stopwords-full';
import { dominantScript, letterCount, scriptHistogram, type Script, type ScriptCounts } from './script';

/** The script each language is written in (Serbian and others in two scripts take their Cyrillic form unless tagged
 * `-Latn`). A tag Diglot does not know is taken for Latin script. */
export function scriptOfLanguage(lang: LangTag): Script {
  const known = languageInfo(lang);
  if (known) return known.script;
  const dash = lang.indexOf('-');
  const base = dash < 0 ? lang : lang.slice(0, dash);
  if (base === 'zh') return 'Han';
  if (lang.endsWith('-Latn')) return 'Latin';
  return languageInfo(base)?.script ?? 'Latin';
}

export interface Identification {
  /** BCP 47 tag, or `und` when the text has no letters to judge. */
  lang: LangTag;
  /** 0..1: how sure. Low for short same-script texts, which callers should smooth by their neighbours. */
  confidence: number;
  /** The script that decided. */
  script: Script | null;
  /** Letters counted (language-neutral tokens such as `NATO` or `10만` left out). */
  letters: number;
}

const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/g;
const RUSSIAN_ONLY = /[ыэъёЫЭЪЁ]/g;
/**
 * Close neighbours that letters tell apart: each side's letters (or letter pairs) the other never writes. Used only
 * when the page's pair is exactly these two: a Czech name in an English sentence says nothing about English.
 */
const PAIR_LETTERS: ReadonlyArray<readonly [LangTag, RegExp, LangTag, RegExp]> = [
  ['pt', /[ãõçÃÕÇ]/g, 'es', /[ñÑ¿¡]/g],
  ['pt', /[ãõçÃÕÇ]/g, 'gl', /[ñÑ]|\bunha\b/g],
  ['cs', /[ěřůĚŘŮ]/g, 'sk', /[ľĺŕäôĽĹŔÄÔ]/g],
  ['ca', /[çÇ]|l·l|[àèòÀÈÒ]/g, 'es', /[ñÑ¿¡]|[áÁ]/g],
  ['ga', /[áéíóúÁÉÍÓÚ]/g, 'gd', /[àèìòùÀÈÌÒÙ]/g],
  ['sv', /[äöÄÖ]/g, 'nb', /[æøÆØ]/g],
  ['sv', /[äöÄÖ]/g, 'da', /[æøÆØ]/g],
  ['et', /[õüÕÜ]/g, 'fi', /$^/g],
  ['hu', /[őűŐŰ]/g, 'fi', /$^/g],
  ['is', /[þÞ]/g, 'fo', /$^/g],
];

// Latin letters with diacritics: English writes them only in borrowed words and names.
const ACCENTED = /[À-ÖØ-öø-ɏḀ-ỿ]/g;

function pairLetters(t: string, a: LangTag, b: LangTag): { lang: LangTag; confidence: number } | null {
  for (const [x, rx, y, ry] of PAIR_LETTERS) {
    if (!((a === x && b === y) || (a === y && b === x))) continue;
    const nx = count(t, rx);
    const ny = count(t, ry);
    if (nx === ny) return null;
    return { lang: nx > ny ? x : y, confidence: Math.min(1, 0.6 + Math.abs(nx - ny) / 4) };
  }
  // English beside a language that writes diacritics: two or more of them in a short line ("Giờ hoạt động: 6:00")
  // are that language's, where trigrams on a dozen letters are a coin toss. One could be a name (Dvořák).
  const other = a === 'en' ? b : b === 'en' ? a : null;
  if (other && scriptOfLanguage(other) === 'Latin' && t.length < SHORT_LINE && count(t, ACCENTED) >= 2)
    return { lang: other, confidence: 0.75 };
  return null;
}

/** Lines shorter than this are where letters decide better than trigrams. */
const SHORT_LINE = 80;
// Japanese shinjitai: forms neither Simplified nor Traditional Chinese writes (円 for 圆/圓, 駅, 県, 図, 発 ...).
const JAPANESE_ONLY =
  /[円駅気関県広売読転鉄様図歳経険検楽薬営価変実発戦総権済労働込払帰続従両単桜黒悪圧囲渋沢滝峠畑辻枠栃込]/g;

/**
 * Letters that only some languages of a script write, with those languages. A text holding such a letter is in one of
 * them (short texts above all, where trigrams say little): Belarusian alone writes ў, Serbian ђ and ћ, Macedonian ѓ ќ
 * ѕ; Urdu alone of Diglot's Arabic-script languages writes ٹ ڈ ڑ ں ے, Pashto ټ ډ ړ ږ ښ. Persian and Urdu share پ چ
 * ژ گ, which Arabic lacks. Latin letters are left to the model: too many languages share each accent.
 */
const OWNED_LETTERS: ReadonlyArray<readonly [RegExp, readonly LangTag[]]> = [
  [/[ўЎ]/, ['be']],
  [/[ђћЂЋ]/, ['sr']],
  [/[ѓќѕЃЌЅ]/, ['mk']],
  [/[јљњџЈЉЊЏ]/, ['sr', 'mk']],
  [/[ұҰ]/, ['kk']],
  [/[ӣӯҳҷӢӮҲҶ]/, ['tg']],
  [/[җҖ]/, ['tt']],
  [/[әӘ]/, ['kk', 'tt']],
  [/[ғқҒҚ]/, ['kk', 'tg']],
  [/[ңҢ]/, ['kk', 'tt', 'ky']],
  [/[өүӨҮ]/, ['kk', 'tt', 'ky', 'mn']],
  [/[їєґЇЄҐ]/, ['uk']],
  [/[ټډړږښځڅۍېګڼ]/, ['ps']],
  [/[ٹڈڑںےۓ]/, ['ur']],
  // Persian keheh and yeh (ک ی): Arabic writes kaf and yeh (ك ي) instead.
  [/[پچژگکی]/, ['fa', 'ur', 'ps']],
  [/[ׇײװױ]|אַ|אָ/, ['yi']],
];

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** `pool` narrowed to the languages that write every owned letter found in `text` (unchanged when none is found or
 * when the letters disagree). */
function narrowByLetters(text: string, pool: readonly LangTag[]): readonly LangTag[] {
  let out = pool;
  for (const [re, owners] of OWNED_LETTERS) {
    if (!re.test(text)) continue;
    const kept = out.filter((l) => owners.includes(l));
    if (kept.length > 0) out = kept;
  }
  return out;
}

/**
 * Weight of the function words beside franc's trigram score: the share of a text's words that are one language's
 * stopwords, times this, is added to franc's normalised score (1 for its winner). Measured on the samples of
 * test/fixtures/lid/ (Latin script, open set): franc alone 0.58 / 0.88 / 0.92 right on short / medium / long lines,
 * with the words at weight 2 0.66 / 0.94 / 0.96; more weight gains nothing.
 */
const STOPWORD_WEIGHT = 2;

/**
 * franc restricted to `langs` (BCP 47, all in `script`), its scores raised by the text's function words when
 * `stopwords` is given; returns the winner and how clearly it won.
 */
function francAmong(
  text: string,
  langs: readonly LangTag[],
  script: Script,
  stopwords?: { scores: Map<string, number>; words: number },
): { lang: LangTag; confidence: number } | null {
  const only: string[] = [];
  for (const l of langs) {
    const code = languageInfo(l)?.iso3;
    if (code) only.push(code);
  }
  if (only.length === 0) return null;
  if (only.length === 1)
    return { lang: langs.find((l) => languageInfo(l)?.iso3 === only[0]) ?? langs[0]!, confidence: 0.9 };
  // franc's trigram scores flatten out on long inputs; the first 400 characters say as much and cost a tenth.
  const sample = text.length > 400 ? text.slice(0, 400) : text;
  const ranked = francAll(sample, { only, minLength: 3 });
  if (!ranked[0] || ranked[0][0] === 'und') return null;
  let best: LangTag | null = null;
  let bestScore = -Infinity;
  let second = -Infinity;
  for (const [code, score] of ranked) {
    const lang = tagOfIso3(code, script);
    if (!lang) continue;
    const words = stopwords ? ((stopwords.scores.get(lang) ?? 0) / Math.max(1, stopwords.words)) * STOPWORD_WEIGHT : 0;
    const total = score + words;
    if (total > bestScore) {
      second = bestScore;
      bestScore = total;
      best = lang;
    } else if (total > second) second = total;
  }
  if (!best) return null;
  const margin = second === -Infinity ? 1 : Math.min(1, bestScore - second);
  const lengthFactor = Math.min(1, sample.length / 60);
  return { lang: best, confidence: Math.min(1, 0.35 + margin * 3) * (0.4 + 0.6 * lengthFactor) };
}

function hasScript(langs: readonly LangTag[], s: Script): LangTag[] {
  return langs.filter((l) => scriptOfLanguage(l) === s);
}

/**
 * Language of `text` among `candidates` (BCP 47). With no candidates in the text's script, any language Diglot reads in
 * that script. A text whose script none of the candidates uses gets the language its script implies (an English
 * quote on a Korean/Chinese page is `en`).
 */
export function identify(text: string, candidates: readonly LangTag[] = [], hist?: ScriptCounts): Identification {
  const t = nfc(text);
  const h = hist ?? scriptHistogram(t, 4000);
  const letters = letterCount(h);
  const script = dominantScript(h);
  if (!script) return { lang: 'und', confidence: 0, script: null, letters };
  const inScript = hasScript(candidates, script);
  const lettersFactor = Math.min(1, letters / 12);
  if (script === 'Han') return identifyHan(t, candidates, script, letters);
  if (script === 'Hangul' || script === 'Kana')
    return { lang: script === 'Hangul' ? 'ko' : 'ja', confidence: 0.6 + 0.4 * lettersFactor, script, letters };
  const sole = soleLanguageOf(script);
  if (sole) return { lang: sole, confidence: 0.95, script, letters };
  if (script === 'Other') return { lang: 'und', confidence: 0, script, letters };

  const all = inScript.length > 0 ? inScript : languagesInScript(script);
  if (all.length === 1) return { lang: all[0]!, confidence: 0.6 + 0.4 * lettersFactor, script, letters };
  const pool = narrowByLetters(t, all);
  if (pool.length === 1) return { lang: pool[0]!, confidence: 0.9, script, letters };

  if (script === 'Cyrillic' && pool.includes('uk') && pool.includes('ru')) {
    // Letters one language has and the other lacks decide ru/uk at any length.
    const uk = count(t, UKRAINIAN_ONLY);
    const ru = count(t, RUSSIAN_ONLY);
    if (uk !== ru && pool.length === 2) {
      const lang = uk > ru ? 'uk' : 'ru';
      return { lang, confidence: Math.min(1, 0.6 + Math.abs(uk - ru) / 5), script, letters };
    }
  }
  if (script === 'Arabic' && pool.includes('ar') && /[يكة]/.test(t)) {
    // None of the letters of Persian, Urdu or Pashto (or the pool would have been narrowed), and Arabic's own yeh,
    // kaf or teh marbuta.
    return { lang: 'ar', confidence: 0.9, script, letters };
  }
  if (script !== 'Latin' && script !== 'Cyrillic') {
    const r = francAmong(t, pool, script);
    return { lang: r?.lang ?? pool[0]!, confidence: r?.confidence ?? 0.5, script, letters };
  }
  if (pool.length === 2) {
    // Between two close neighbours, letters only one of them writes settle it on any length.
    const byLetters = pairLetters(t, pool[0]!, pool[1]!);
    if (byLetters) return { ...byLetters, script, letters };
  }
  // Clear function-word evidence between the candidates settles it without the trigram model (only when every
  // candidate has a list: Catalan words missing from a list would read as Spanish ones).
  const words = fullStopwords();
  const listed = pool.every((l) => words.has(l));
  const strong = listed && pool.length <= 3 ? words.language(t, pool, 3) : null;
  if (strong && strongMargin(t, strong, pool)) return { lang: strong, confidence: 0.8, script, letters };
  const r = francAmong(t, pool, script, listed ? words.scan(t) : undefined);
  if (listed && !r) {
    // franc has nothing to say (too short): a clear stopword majority among the candidates decides instead.
    const sw = words.language(t, pool, 2);
    if (sw) return { lang: sw, confidence: 0.65, script, letters };
  }
  return { lang: r?.lang ?? 'und', confidence: r?.confidence ?? 0, script, letters };
}

function identifyHan(t: string, candidates: readonly LangTag[], script: Script, letters: number): Identification {
  const zh = hasScript(candidates, 'Han');
  // Kanji-only Japanese headings exist, but on a ja/zh page a text without kana is far more likely Chinese.
  if (zh.length === 0 && candidates.includes('ja')) return { lang: 'ja', confidence: 0.5, script, letters };
  if (candidates.includes('ja') && count(t, JAPANESE_ONLY) > 0)
    return { lang: 'ja', confidence: 0.85, script, letters };
  const c = countHanVariants(t);
  if (zh.length === 1 && !(zh[0] === 'zh-Hans' || zh[0] === 'zh-Hant')) {
    return { lang: zh[0]!, confidence: 0.9, script, letters };
  }
  const v = variantOf(c);
  const evidence = Math.abs(c.simplified - c.traditional);
  const only = zh.length === 1 ? zh[0]! : null;
  if (only && evidence === 0) return { lang: only, confidence: 0.8, script, letters };
  // One character that exists in only one form is strong evidence when none of the other form is present.
  const clean = c.simplified === 0 || c.traditional === 0;
  const confidence =
    evidence === 0 ? 0.2 : clean ? Math.min(1, 0.9 + evidence / 20) : Math.min(0.85, 0.5 + evidence / 6);
  return { lang: v, confidence, script, letters };
}

/** The winner's stopword score is at least three times every other candidate's. */
function strongMargin(text: string, winner: LangTag, pool: readonly LangTag[]): boolean {
  const scores = fullStopwords().scores(text);
  const w = scores.get(winner) ?? 0;
  return pool.every((l) => l === winner || (scores.get(l) ?? 0) * 3 <= w);
}

/** Convenience: just the tag. */
export function identifyLanguage(text: string, candidates: readonly LangTag[] = []): LangTag {
  return identify(text, candidates).lang;
}

/** Whether text direction is right-to-left for a language. */
export function isRtl(lang: LangTag): boolean {
  const s = scriptOfLanguage(lang);
  return s === 'Arabic' || s === 'Hebrew';
}
