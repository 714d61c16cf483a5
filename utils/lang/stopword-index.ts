/**
 * The word index behind every function-word count (`stopwords.ts` builds the pre-check's and the parser's; the glance
 * builds its own from a few words a language). Kept apart from the lists so the glance carries none but its own.
 */

const MIN_EXCLUSIVE_LENGTH = 2;

/** A word index over a set of lists; a word common to several languages counts for each of them, split evenly. */
export class StopwordIndex {
  private readonly index = new Map<string, string[]>();
  private readonly maxLength: number;
  private readonly sharedBeyond = new Set<string>();
  /** Languages with lists. */
  readonly languages: readonly string[];

  /** `shared`: words to treat as shared whatever the lists say (they are shared with lists this index lacks). */
  constructor(lists: Record<string, string>, shared: readonly string[] = []) {
    for (const [lang, words] of Object.entries(lists)) {
      for (const w of words.split(' ')) {
        if (!w) continue;
        const langs = this.index.get(w);
        if (!langs) this.index.set(w, [lang]);
        else if (!langs.includes(lang)) langs.push(lang);
      }
    }
    for (const w of shared) this.sharedBeyond.add(w);
    let max = 0;
    for (const w of this.index.keys()) max = Math.max(max, w.length);
    this.maxLength = max;
    this.languages = Object.keys(lists);
  }

  /** Whether `lang` has a list (scores of languages without one are always 0, which is no evidence). */
  /** Every word the index holds. */
  words(): IterableIterator<string> {
    return this.index.keys();
  }

  has(lang: string): boolean {
    return this.languages.includes(lang);
  }

  /** Hits per language in the first `maxWords` words (a word shared by k languages counts 1/k for each). */
  scores(text: string, maxWords = 120): Map<string, number> {
    return this.scan(text, maxWords).scores;
  }

  /**
   * The scores and the number of words read. `exclusive` counts only words of a single language, of three letters or
   * more: a page-wide census sums thousands of words, and there the shared ones (`la` is French, Spanish and Italian)
   * only blur the answer.
   */
  scan(text: string, maxWords = 120, exclusive = false): { scores: Map<string, number>; words: number } {
    const scores = new Map<string, number>();
    let words = 0;
    // Words are runs of letters; a hand loop over char codes is several times faster than a Unicode-aware split, and
    // only words short enough to be stopwords are cut out and lower-cased (the census reads whole pages this way).
    let start = -1;
    let upper = false;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      const lowerCase = c >= 97 && c <= 122;
      const letter =
        lowerCase ||
        (c >= 65 && c <= 90) ||
        (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
        (c >= 0x400 && c <= 0x52f) || // Cyrillic
        (c >= 0x1e00 && c <= 0x1eff); // Latin Extended Additional: Vietnamese ạ ế ợ, Welsh ẁ ẃ
      if (letter) {
        if (start < 0) {
          start = i;
          upper = false;
        }
        if (!lowerCase) upper = true; // capitals, and letters beyond ASCII whose capitals need lower-casing too
        continue;
      }
      if (start < 0) continue;
      if (i - start <= this.maxLength) {
        const word = text.slice(start, i);
        const key = upper ? word.toLowerCase() : word;
        const hits = this.index.get(key);
        // Exclusive counts skip words of one or two letters too: `a`, `da`, `li` are words in dozens of languages,
        // and the lists hold only the ones each language uses most, so a short word owned by one list says little.
        if (hits && !(exclusive && (hits.length > 1 || i - start < MIN_EXCLUSIVE_LENGTH || this.sharedBeyond.has(key))))
          for (const l of hits) scores.set(l, (scores.get(l) ?? 0) + 1 / hits.length);
      }
      start = -1;
      if (++words >= maxWords) break;
    }
    return { scores, words };
  }

  /** The language whose stopwords clearly dominate, among `among` (default: all), or null when thin or split. */
  language(text: string, among: readonly string[] = this.languages, minScore = 2.5, margin = 1.6): string | null {
    const scores = this.scores(text);
    let best: string | null = null;
    let bestScore = 0;
    let second = 0;
    for (const l of among) {
      const s = scores.get(l) ?? 0;
      if (s > bestScore) {
        second = bestScore;
        bestScore = s;
        best = l;
      } else if (s > second) second = s;
    }
    return best !== null && bestScore >= minScore && bestScore >= margin * second ? best : null;
  }
}

/**
 * The commonest words of each language: the pre-check's lists. Some languages are left out (all their words are in
 * `stopword-more.ts`): Asturian, Occitan, Bosnian, Latin-script Serbian, Malay, Minangkabau, Javanese, Nynorsk, Danish,
 * Cebuano and Waray each share nearly all their commonest words with a larger neighbour (Spanish, Catalan, Croatian,
 * Indonesian, Bokmål, Tagalog), and counted beside it they would leave that neighbour no words of its own. Their pages
 * read as the neighbour's, which is all the pre-check needs: a second language beside the first still shows (an
 * unplaced one through the walk's unplaced-text rule), and the parser, with the full lists, tells them apart.
 */
