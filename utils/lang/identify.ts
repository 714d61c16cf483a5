/**
 * Language of a text, given the languages it may be in.
 *
 * Script settles most cases for free (Hangul is Korean, kana is Japanese, Hebrew letters are Hebrew). Within one script
 * Diglot needs a model, and a small one is enough because it only ever chooses among the two languages of the page:
 * franc-min restricted with `only` (89% right on 20 characters, 98% on 50 with the full set; far better with two), plus
 * letters that exist in only one language (Ukrainian і ї є ґ, Russian ы э ъ ё) and a Simplified/Traditional list for
 * Chinese. Callers decide the page's pair from its long text first, then ask about each block within that pair.
 */
import { franc, francAll } from 'franc-min';
import type { LangTag } from '../contract';
import { countHanVariants, variantOf } from './han-variant';
import { nfc } from './nfc';
import { stopwordLanguage, stopwordScores } from './stopwords';
import { dominantScript, letterCount, scriptHistogram, type Script, type ScriptCounts } from './script';

/** BCP 47 tag to the ISO 639-3 code franc uses, for the languages franc-min knows. */
const TO_ISO3: Record<string, string> = {
  en: 'eng',
  fr: 'fra',
  es: 'spa',
  pt: 'por',
  de: 'deu',
  it: 'ita',
  nl: 'nld',
  pl: 'pol',
  ro: 'ron',
  tr: 'tur',
  vi: 'vie',
  id: 'ind',
  ms: 'zlm',
  sv: 'swe',
  cs: 'ces',
  hu: 'hun',
  tl: 'tgl',
  sw: 'swh',
  hr: 'hrv',
  bs: 'bos',
  sr: 'srp',
  uz: 'uzn',
  az: 'azj',
  ru: 'rus',
  uk: 'ukr',
  be: 'bel',
  bg: 'bul',
  kk: 'kaz',
  ar: 'arb',
  fa: 'pes',
  ur: 'urd',
  hi: 'hin',
  mr: 'mar',
  ne: 'npi',
};
const FROM_ISO3: Record<string, string> = Object.fromEntries(Object.entries(TO_ISO3).map(([k, v]) => [v, k]));

/**
 * Languages Diglot considers for a Latin-script page before it knows the pair: the languages of bilingual news, and
 * enough others that a Czech or Swedish page is not taken for a Spanish/Portuguese one.
 */
export const DEFAULT_LATIN: readonly LangTag[] = [
  'en',
  'fr',
  'es',
  'pt',
  'de',
  'it',
  'nl',
  'pl',
  'tr',
  'vi',
  'id',
  'ms',
  'ro',
  'sv',
  'cs',
  'hu',
  'hr',
  'tl',
  'sw',
];
export const DEFAULT_CYRILLIC: readonly LangTag[] = ['ru', 'uk', 'bg', 'be', 'sr', 'kk'];

/** The script each language is written in (Serbian and others in two scripts take their Cyrillic form here only). */
export function scriptOfLanguage(lang: LangTag): Script {
  const dash = lang.indexOf('-');
  const base = dash < 0 ? lang : lang.slice(0, dash);
  switch (base) {
    case 'ko':
      return 'Hangul';
    case 'ja':
      return 'Kana';
    case 'zh':
      return 'Han';
    case 'ru':
    case 'uk':
    case 'be':
    case 'bg':
    case 'kk':
    case 'mk':
      return 'Cyrillic';
    case 'ar':
    case 'fa':
    case 'ur':
      return 'Arabic';
    case 'he':
    case 'yi':
      return 'Hebrew';
    case 'el':
      return 'Greek';
    case 'th':
      return 'Thai';
    case 'hi':
    case 'mr':
    case 'ne':
      return 'Devanagari';
    default:
      return 'Latin';
  }
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
const PORTUGUESE_ONLY = /[ãõçÃÕÇ]/g;
const SPANISH_ONLY = /[ñÑ¿¡]/g;
// Japanese shinjitai: forms neither Simplified nor Traditional Chinese writes (円 for 圆/圓, 駅, 県, 図, 発 ...).
const JAPANESE_ONLY =
  /[円駅気関県広売読転鉄様図歳経険検楽薬営価変実発戦総権済労働込払帰続従両単桜黒悪圧囲渋沢滝峠畑辻枠栃込]/g;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** franc restricted to `langs` (BCP 47); returns the winner and how clearly it won. */
function francAmong(text: string, langs: readonly LangTag[]): { lang: LangTag; confidence: number } | null {
  const only = langs.map((l) => TO_ISO3[l]).filter((x): x is string => Boolean(x));
  if (only.length === 0) return null;
  if (only.length === 1) return { lang: FROM_ISO3[only[0]!] ?? langs[0]!, confidence: 0.9 };
  // franc's trigram scores flatten out on long inputs; the first 400 characters say as much and cost a tenth.
  const sample = text.length > 400 ? text.slice(0, 400) : text;
  const ranked = francAll(sample, { only, minLength: 3 });
  const top = ranked[0];
  if (!top || top[0] === 'und') return null;
  const second = ranked[1]?.[1] ?? 0;
  const margin = 1 - second; // franc scores are normalised so the winner has 1
  const lengthFactor = Math.min(1, sample.length / 60);
  return { lang: FROM_ISO3[top[0]] ?? top[0], confidence: Math.min(1, 0.35 + margin * 3) * (0.4 + 0.6 * lengthFactor) };
}

function hasScript(langs: readonly LangTag[], s: Script): LangTag[] {
  return langs.filter((l) => scriptOfLanguage(l) === s);
}

/**
 * Language of `text` among `candidates` (BCP 47). With no candidates, any language Diglot knows. A text whose script
 * none of the candidates uses gets the language its script implies (an English quote on a Korean/Chinese page is `en`).
 */
export function identify(text: string, candidates: readonly LangTag[] = [], hist?: ScriptCounts): Identification {
  const t = nfc(text);
  const h = hist ?? scriptHistogram(t, 4000);
  const letters = letterCount(h);
  const script = dominantScript(h);
  if (!script) return { lang: 'und', confidence: 0, script: null, letters };
  const inScript = hasScript(candidates, script === 'Han' ? 'Han' : script);
  const lettersFactor = Math.min(1, letters / 12);
  switch (script) {
    case 'Hangul':
      return { lang: 'ko', confidence: 0.6 + 0.4 * lettersFactor, script, letters };
    case 'Kana':
      return { lang: 'ja', confidence: 0.6 + 0.4 * lettersFactor, script, letters };
    case 'Han': {
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
    case 'Hebrew':
      return { lang: 'he', confidence: 0.95, script, letters };
    case 'Greek':
      return { lang: 'el', confidence: 0.95, script, letters };
    case 'Thai':
      return { lang: 'th', confidence: 0.95, script, letters };
    case 'Devanagari': {
      const r = francAmong(t, inScript.length > 1 ? inScript : ['hi', 'mr', 'ne']);
      return { lang: inScript.length === 1 ? inScript[0]! : (r?.lang ?? 'hi'), confidence: 0.8, script, letters };
    }
    case 'Arabic': {
      if (inScript.length === 1) return { lang: inScript[0]!, confidence: 0.9, script, letters };
      const r = francAmong(t, inScript.length > 1 ? inScript : ['ar', 'fa', 'ur']);
      return { lang: r?.lang ?? 'ar', confidence: r?.confidence ?? 0.5, script, letters };
    }
    case 'Cyrillic': {
      const pool = inScript.length > 0 ? inScript : DEFAULT_CYRILLIC;
      if (pool.length === 1) return { lang: pool[0]!, confidence: 0.9, script, letters };
      // Letters one language has and the other lacks decide ru/uk at any length.
      if (pool.includes('uk') && pool.includes('ru')) {
        const uk = count(t, UKRAINIAN_ONLY);
        const ru = count(t, RUSSIAN_ONLY);
        if (uk !== ru) {
          const lang = uk > ru ? 'uk' : 'ru';
          return { lang, confidence: Math.min(1, 0.6 + Math.abs(uk - ru) / 5), script, letters };
        }
      }
      const r = francAmong(t, pool);
      return { lang: r?.lang ?? pool[0]!, confidence: r?.confidence ?? 0.2, script, letters };
    }
    case 'Latin': {
      const pool = inScript.length > 0 ? inScript : DEFAULT_LATIN;
      if (pool.length === 1) return { lang: pool[0]!, confidence: 0.6 + 0.4 * lettersFactor, script, letters };
      // Letters only one of Spanish and Portuguese writes settle that pair on any length.
      if (pool.includes('es') && pool.includes('pt')) {
        const pt = count(t, PORTUGUESE_ONLY);
        const es = count(t, SPANISH_ONLY);
        if (pt !== es && Math.abs(pt - es) >= 1) {
          return { lang: pt > es ? 'pt' : 'es', confidence: Math.min(1, 0.6 + Math.abs(pt - es) / 4), script, letters };
        }
      }
      // Clear function-word evidence between the candidates settles it without the trigram model.
      const strong = pool.length <= 3 ? stopwordLanguage(t, pool, 3) : null;
      if (strong && strongMargin(t, strong, pool)) return { lang: strong, confidence: 0.8, script, letters };
      const r = francAmong(t, pool);
      if (!r || r.confidence < 0.6) {
        // franc unsure: a clear stopword majority among the candidates decides instead.
        const sw = stopwordLanguage(t, pool, 2);
        if (sw) return { lang: sw, confidence: 0.65, script, letters };
      }
      return { lang: r?.lang ?? 'und', confidence: r?.confidence ?? 0, script, letters };
    }
    default:
      return { lang: 'und', confidence: 0, script, letters };
  }
}

/** The winner's stopword score is at least three times every other candidate's. */
function strongMargin(text: string, winner: LangTag, pool: readonly LangTag[]): boolean {
  const scores = stopwordScores(text);
  const w = scores.get(winner) ?? 0;
  return pool.every((l) => l === winner || (scores.get(l) ?? 0) * 3 <= w);
}

/** Convenience: just the tag. */
export function identifyLanguage(text: string, candidates: readonly LangTag[] = []): LangTag {
  return identify(text, candidates).lang;
}

/** franc's own verdict over every language franc-min knows, as BCP 47 when Diglot has a tag for it. */
export function francGuess(text: string): LangTag {
  const code = franc(text.normalize('NFC'));
  return FROM_ISO3[code] ?? code;
}

/** Whether text direction is right-to-left for a language. */
export function isRtl(lang: LangTag): boolean {
  const s = scriptOfLanguage(lang);
  return s === 'Arabic' || s === 'Hebrew';
}
