/**
 * The always-loaded glance's lists in compact form, about two thirds of their size spelled out (with them the script
 * went from 7.0 KB gzipped to 6.0). `scripts/glance-tables.ts` writes them to `glance-tables.ts` from the lists themselves; a unit test holds the
 * two together.
 *
 * The lead words (`stopword-lead.ts`) are carried as 17-bit hashes instead of text: the words themselves were 3 KB of
 * the always-loaded script's 7 KB gzipped, and spelled out they are as dense as text gets, while a hash is 17 bits
 * whatever the word. The glance hashes each word it samples and looks the hash up.
 *
 * A hash table says yes to words it never held: a word that is no lead word may share a lead word's hash and count
 * for that language. That can only add evidence of a second language, so the glance errs, if at all, towards
 * "maybe", the safe side (the pre-check then looks). Two guards keep even that rare: the seed is chosen so that no
 * function word of any language (core and full lists, the words that fill every page) shares a lead word's hash, and
 * 17 bits leave any other word about a 0.5% chance of a hit among the languages of its script (a Latin word never
 * counts for a Cyrillic-script language), spread over some fifty languages (a window needs two hits of one language
 * to lead).
 *
 * The Simplified and Traditional lead characters (`han-lead.ts`) are carried as their code points in order, each as
 * its distance from the one before: two base64 characters, where the character itself is three bytes of UTF-8.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const HASH_BITS = 17;

/** The table the glance carries: how many words each language has, and all the hashes in that order. The languages
 * are those of `STOPWORDS_LEAD`, in its order; the glance needs only to tell them apart, not their names. */
export interface LeadTable {
  seed: number;
  /** The place of the first Cyrillic-script language: those before it are written in Latin script. */
  cyrillic: number;
  /** One base-36 digit per language: how many of the hashes are its. */
  counts: string;
  /** The hashes, HASH_BITS bits each, end to end, six bits to a base64 character. */
  hashes: string;
}

/** FNV-1a over the word's UTF-16 code units from `seed`, folded to HASH_BITS bits. */
export function leadHash(word: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> (32 - HASH_BITS);
}

/** Whether `word` is written in Cyrillic (the lead words are all Latin or Cyrillic). */
export const isCyrillic = (word: string): boolean => word.charCodeAt(0) >= 0x400;

/** The key a word is looked up by: its hash, with its script as the lowest bit (a Latin word and a Cyrillic one may
 * share a hash; only words of one script can meet). */
export const leadKey = (word: string, seed: number): number => leadHash(word, seed) * 2 + (isCyrillic(word) ? 1 : 0);

/** Each lead word's key (`leadKey`) to its language's place in `STOPWORDS_LEAD`. */
export function decodeLeadTable(table: LeadTable): Map<number, number> {
  const index = new Map<number, number>();
  let bits = 0; // bits read so far into `buffer`
  let buffer = 0;
  let at = 0;
  for (let lang = 0; lang < table.counts.length; lang++)
    for (let n = parseInt(table.counts[lang]!, 36); n > 0; n--) {
      while (bits < HASH_BITS) {
        buffer = (buffer << 6) | BASE64.indexOf(table.hashes[at++]!);
        bits += 6;
      }
      bits -= HASH_BITS;
      index.set(((buffer >>> bits) & ((1 << HASH_BITS) - 1)) * 2 + (lang >= table.cyrillic ? 1 : 0), lang);
      buffer &= (1 << bits) - 1;
    }
  return index;
}

/** The table for `lists` (language → space-separated words; the Latin-script languages first) with `seed`. */
export function encodeLeadTable(lists: Record<string, string>, seed: number): LeadTable {
  const langs = Object.keys(lists);
  const cyrillic = langs.findIndex((lang) => isCyrillic(lists[lang]!));
  langs.forEach((lang, i) => {
    if (lists[lang]!.split(' ').some((w) => isCyrillic(w) !== (cyrillic >= 0 && i >= cyrillic)))
      throw new Error(`${lang}: the Latin-script languages come first, and no list mixes the scripts`);
  });
  let counts = '';
  let bitString = '';
  for (const [lang, list] of Object.entries(lists)) {
    const words = list.split(' ');
    if (words.length > 35) throw new Error(`${lang} has ${words.length} lead words; the table holds at most 35`);
    counts += words.length.toString(36);
    // Sorted, so that the table does not change with the order the words are written in.
    for (const h of words.map((w) => leadHash(w, seed)).sort((a, b) => a - b))
      bitString += h.toString(2).padStart(HASH_BITS, '0');
  }
  bitString = bitString.padEnd(Math.ceil(bitString.length / 6) * 6, '0');
  let hashes = '';
  for (let i = 0; i < bitString.length; i += 6) hashes += BASE64[parseInt(bitString.slice(i, i + 6), 2)];
  return { seed, cyrillic: cyrillic < 0 ? langs.length : cyrillic, counts, hashes };
}

/**
 * Words whose hash would count them for a language that does not have them as a lead word, with `seed`: lead words
 * sharing a hash, and `others` (words that must never hit) sharing a lead word's. Only words of one script can meet:
 * the glance counts a Latin word for Latin-script languages only, a Cyrillic word for Cyrillic-script ones.
 */
export function leadCollisions(lists: Record<string, string>, others: Iterable<string>, seed: number): string[] {
  const owner = new Map<number, string>();
  const lead = new Set<string>();
  const out: string[] = [];
  const key = (w: string): number => leadKey(w, seed);
  for (const [lang, words] of Object.entries(lists))
    for (const w of words.split(' ')) {
      const had = owner.get(key(w));
      if (had !== undefined) out.push(`${w} (${lang}) and a word of ${had}`);
      owner.set(key(w), lang);
      lead.add(w);
    }
  for (const w of others) {
    if (lead.has(w)) continue;
    const had = owner.get(key(w));
    if (had !== undefined) out.push(`${w} would count for ${had}`);
  }
  return out;
}

// Code points: the first in three base64 characters (18 bits), then each distance from the one before in two (12).
const FIRST_CHARS = 3;
const GAP_CHARS = 2;

function toBase64(n: number, chars: number): string {
  let out = '';
  for (let c = chars - 1; c >= 0; c--) out += BASE64[(n >> (6 * c)) & 63];
  return out;
}

/** `chars` (BMP characters, any order, no repeats kept) as sorted code points, coded as above. */
export function encodeCodePoints(chars: string): string {
  const points = [...new Set([...chars].map((c) => c.charCodeAt(0)))].sort((a, b) => a - b);
  let out = toBase64(points[0]!, FIRST_CHARS);
  for (let i = 1; i < points.length; i++) {
    const gap = points[i]! - points[i - 1]!;
    if (gap >= 1 << (6 * GAP_CHARS)) throw new Error(`a gap of ${gap} between code points does not fit two characters`);
    out += toBase64(gap, GAP_CHARS);
  }
  return out;
}

/** The characters `encodeCodePoints` coded, in code-point order. */
export function decodeCodePoints(code: string): string {
  let point = 0;
  let out = '';
  for (let at = 0; at < code.length;) {
    let n = 0;
    for (const end = at + (at === 0 ? FIRST_CHARS : GAP_CHARS); at < end; at++)
      n = (n << 6) | BASE64.indexOf(code[at]!);
    point += n;
    out += String.fromCharCode(point);
  }
  return out;
}
