/**
 * Unicode-script histogram of a text.
 *
 * Script alone settles most language pairs Diglot meets (English/Korean, English/Chinese, Russian/English, ...), and it is
 * far cheaper than a language model, so the content-script precheck and the parser both start here. The one trap is
 * Latin inside other scripts: Korean news writes `NATO`, `10만`, `G7`, URLs and English names inline, and none of that
 * may turn a Korean paragraph English. So acronyms, URLs, e-mail addresses and tokens with digits are counted as neutral,
 * and the non-Latin script wins a block as soon as it carries a fair share of the letters.
 */

export type Script =
  | 'Latin'
  | 'Cyrillic'
  | 'Greek'
  | 'Arabic'
  | 'Hebrew'
  | 'Hangul'
  | 'Han'
  | 'Kana'
  | 'Thai'
  | 'Devanagari'
  | 'Armenian'
  | 'Georgian'
  | 'Bengali'
  | 'Gurmukhi'
  | 'Gujarati'
  | 'Oriya'
  | 'Tamil'
  | 'Telugu'
  | 'Kannada'
  | 'Malayalam'
  | 'Sinhala'
  | 'Lao'
  | 'Tibetan'
  | 'Myanmar'
  | 'Ethiopic'
  | 'Khmer'
  | 'Other';

/**
 * The Brahmic and other scripts between U+0980 and U+0FFF, 128 code points each, in block order; each block's digits sit
 * at offset 0x66 (0x50 for Lao, 0x20 for Tibetan) and say nothing about language.
 */
const INDIC_BLOCKS: readonly Script[] = [
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
];

export type ScriptCounts = Partial<Record<Script, number>>;

/** Script of one code point, or `null` for digits, punctuation, spaces and symbols (which say nothing about language). */
export function scriptOf(cp: number): Script | null {
  if (cp < 0x80) {
    return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'Latin' : null;
  }
  if (cp < 0x250) return cp === 0xd7 || cp === 0xf7 || cp < 0xc0 ? null : 'Latin';
  if (cp < 0x370) return null; // IPA extensions, spacing modifiers, combining marks
  if (cp < 0x400) return 'Greek';
  if (cp < 0x530) return 'Cyrillic';
  if (cp >= 0x590 && cp < 0x600) return 'Hebrew';
  if (cp >= 0x600 && cp < 0x700) return cp >= 0x660 && cp <= 0x669 ? null : 'Arabic';
  if (cp >= 0x750 && cp < 0x780) return 'Arabic';
  if (cp >= 0x8a0 && cp < 0x900) return 'Arabic';
  if (cp >= 0x530 && cp < 0x590) return 'Armenian';
  if (cp >= 0x900 && cp < 0x980) return cp >= 0x966 && cp <= 0x96f ? null : 'Devanagari';
  if (cp >= 0x980 && cp < 0xe00) {
    const offset = cp & 0x7f;
    return offset >= 0x66 && offset <= 0x6f ? null : INDIC_BLOCKS[(cp - 0x980) >> 7]!;
  }
  if (cp >= 0xe00 && cp < 0xe80) return cp >= 0xe50 && cp <= 0xe59 ? null : 'Thai';
  if (cp >= 0xe80 && cp < 0xf00) return cp >= 0xed0 && cp <= 0xed9 ? null : 'Lao';
  if (cp >= 0xf00 && cp < 0x1000) return cp >= 0xf20 && cp <= 0xf33 ? null : 'Tibetan';
  if (cp >= 0x1000 && cp < 0x10a0)
    return (cp >= 0x1040 && cp <= 0x1049) || (cp >= 0x1090 && cp <= 0x1099) ? null : 'Myanmar';
  if (cp >= 0x10a0 && cp < 0x1100) return 'Georgian';
  if (cp >= 0x1100 && cp < 0x1200) return 'Hangul';
  if (cp >= 0x1200 && cp < 0x13a0) return cp >= 0x1369 && cp <= 0x137c ? null : 'Ethiopic';
  if (cp >= 0x1780 && cp < 0x1800) return cp >= 0x17e0 && cp <= 0x17e9 ? null : 'Khmer';
  if (cp >= 0x19e0 && cp < 0x1a00) return 'Khmer';
  if (cp >= 0x1c80 && cp < 0x1c90) return 'Cyrillic';
  if (cp >= 0x1c90 && cp < 0x1cc0) return 'Georgian';
  if (cp >= 0x1e00 && cp < 0x1f00) return 'Latin';
  if (cp >= 0x1f00 && cp < 0x2000) return 'Greek';
  if (cp >= 0x2c60 && cp < 0x2c80) return 'Latin';
  if (cp >= 0x2d00 && cp < 0x2d30) return 'Georgian';
  if (cp >= 0x2d80 && cp < 0x2de0) return 'Ethiopic';
  if (cp >= 0x2de0 && cp < 0x2e00) return 'Cyrillic';
  if (cp === 0x3005 || cp === 0x3007) return 'Han';
  if (cp >= 0x3040 && cp < 0x3100) return cp === 0x30fb ? null : 'Kana'; // 0x30fb: katakana middle dot, punctuation
  if (cp >= 0x3130 && cp < 0x3190) return 'Hangul';
  if (cp >= 0x31f0 && cp < 0x3200) return 'Kana';
  if (cp >= 0x3400 && cp < 0x4dc0) return 'Han';
  if (cp >= 0x4e00 && cp < 0xa000) return 'Han';
  if (cp >= 0xa640 && cp < 0xa6a0) return 'Cyrillic';
  if (cp >= 0xa720 && cp < 0xa800) return 'Latin';
  if (cp >= 0xa960 && cp < 0xa980) return 'Hangul';
  if (cp >= 0xac00 && cp < 0xd800) return 'Hangul';
  if (cp >= 0xf900 && cp < 0xfb00) return 'Han';
  if (cp >= 0xfb13 && cp < 0xfb18) return 'Armenian';
  if (cp >= 0xfb1d && cp < 0xfb50) return 'Hebrew';
  if (cp >= 0xfb50 && cp < 0xfe00) return 'Arabic';
  if (cp >= 0xfe70 && cp < 0xff00) return 'Arabic';
  if ((cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)) return 'Latin';
  if (cp >= 0xff66 && cp < 0xffa0) return 'Kana';
  if (cp >= 0x20000 && cp < 0x30000) return 'Han';
  if (cp >= 0x250 && cp < 0x2000) return 'Other';
  return cp >= 0x2000 && cp < 0x3000 ? null : 'Other';
}

/**
 * How much text one letter of a script stands for, relative to a Latin letter. Used to compare the mass of a Korean
 * or Chinese paragraph with its English original (a Chinese translation has about a third of the characters). Only
 * the scripts that differ from Latin are listed (the always-loaded glance carries this table): the alphabets, and the
 * abugidas, which spell a syllable with a consonant and a vowel sign, about as many code points as Latin letters,
 * weigh 1. Ethiopic is a syllabary: one sign a syllable.
 */
const HEAVIER: Partial<Record<Script, number>> = {
  Arabic: 1.2,
  Hebrew: 1.3,
  Hangul: 2.4,
  Han: 3.3,
  Kana: 2,
  Thai: 1.1,
  Lao: 1.1,
  Ethiopic: 2,
};

/** How much text one letter of `script` stands for (see HEAVIER). */
export function scriptWeight(script: Script): number {
  return HEAVIER[script] ?? 1;
}

// Tokens that carry no language: URLs, e-mail addresses, acronyms (NATO, G7, COVID-19) and anything with a digit.
const NEUTRAL_TOKEN = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\b[A-Z][A-Z0-9&.-]*[A-Z0-9]\b|\S*\d\S*/g;

/** Letters per script in `text`, with language-neutral Latin tokens left out. */
export function scriptHistogram(text: string, limit = Infinity): ScriptCounts {
  const counts: ScriptCounts = {};
  const len = Math.min(text.length, limit);
  // ASCII letters are counted inline (most text on most pages); everything else goes through scriptOf.
  let ascii = 0;
  for (let i = 0; i < len; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      if ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a) ascii++;
      continue;
    }
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < len) {
      cp = text.codePointAt(i) ?? cp;
      i++;
    }
    const s = scriptOf(cp);
    if (s === null) continue;
    counts[s] = (counts[s] ?? 0) + 1;
  }
  if (ascii > 0) counts.Latin = (counts.Latin ?? 0) + ascii;
  const latinSeen = (counts.Latin ?? 0) > 0;
  // The neutral-token regex only for mixed text: most blocks have no Latin inside a non-Latin script, and the regex
  // would cost more than the counting.
  if (latinSeen && Object.keys(counts).length > 1) {
    // Mixed text: take the neutral tokens' Latin letters back out.
    const sample = len < text.length ? text.slice(0, len) : text;
    for (const m of sample.matchAll(NEUTRAL_TOKEN)) {
      let n = 0;
      for (const ch of m[0]) if (scriptOf(ch.codePointAt(0) ?? 0) === 'Latin') n++;
      counts.Latin = (counts.Latin ?? 0) - n;
    }
    if ((counts.Latin ?? 0) <= 0) delete counts.Latin;
  }
  return counts;
}

/** Total letters counted in a histogram. */
export function letterCount(h: ScriptCounts): number {
  let n = 0;
  for (const k in h) n += h[k as Script] ?? 0;
  return n;
}

/** Letters weighted by `scriptWeight`: a rough "amount of text" comparable across scripts. */
export function weightedCount(h: ScriptCounts): number {
  let n = 0;
  for (const k in h) n += (h[k as Script] ?? 0) * scriptWeight(k as Script);
  return n;
}

/**
 * The script that decides the language of a block. Han and Kana together are Japanese when kana is more than a trace
 * (Japanese prose is 30-60% kana; a Chinese text quoting one Japanese name is not). Latin loses to any other script that
 * carries at least a fifth of the weighted letters, so English names in a Korean paragraph never make it English.
 */
export function dominantScript(h: ScriptCounts): Script | null {
  const han = h.Han ?? 0;
  const kana = h.Kana ?? 0;
  let best: Script | null = null;
  let bestW = 0;
  let nonLatinBest: Script | null = null;
  let nonLatinW = 0;
  for (const k in h) {
    const s = k as Script;
    if (s === 'Han' || s === 'Kana') continue;
    const w = (h[s] ?? 0) * scriptWeight(s);
    if (w > bestW) {
      best = s;
      bestW = w;
    }
    if (s !== 'Latin' && w > nonLatinW) {
      nonLatinBest = s;
      nonLatinW = w;
    }
  }
  if (han + kana > 0) {
    const cjk: Script = kana > 0.05 * (han + kana) && kana >= 2 ? 'Kana' : kana > han ? 'Kana' : 'Han';
    const w = han * scriptWeight('Han') + kana * scriptWeight('Kana');
    if (w > bestW) {
      best = cjk;
      bestW = w;
    }
    if (w > nonLatinW) {
      nonLatinBest = cjk;
      nonLatinW = w;
    }
  }
  if (best === 'Latin' && nonLatinBest && nonLatinW >= 0.25 * bestW) return nonLatinBest;
  return best;
}
