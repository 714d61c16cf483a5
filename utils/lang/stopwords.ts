/**
 * The commonest function words of the Latin-script languages of bilingual news, written for Diglot.
 *
 * A second opinion beside franc: on a short paragraph franc's trigram scores for Spanish and Portuguese can be a hair
 * apart, while `as`, `na`, `estão` against `las`, `en`, `están` are not. Also the precheck's whole Latin-script model.
 */

// A word common to several languages counts for each of them, split evenly (`de` is Spanish, Portuguese, French, Dutch).
const STOPWORDS: Record<string, string> = {
  en: 'the of and to a in is that for it was on with as by he at from his are be this have has not but said they were which an their will would its who',
  fr: 'de la le et les des à en un une du que qui est dans pour pas sur au par plus ce il elle avec sont ont été cette mais ses leur son aux nous',
  es: 'de la que el en y a los se del las un por con no una su para es al lo como más pero sus le ha si sin sobre este ya entre cuando también fue han hay muy están está',
  pt: 'de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está estão também pelo pela',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie',
  it: 'di e il la che in a per un è del non le si una con da sono gli al della anche ha come nel ma dei delle più questo lo degli alla',
  nl: 'de het een van en in is dat op te zijn met voor er niet aan ook maar door wordt bij als om heeft dit deze werd',
};

const INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words.split(' ')) INDEX.set(w, [...(INDEX.get(w) ?? []), lang]);
}

const MAX_LENGTH = Math.max(...[...INDEX.keys()].map((w) => w.length));

/** Languages with stopword lists. */
export const STOPWORD_LANGUAGES: readonly string[] = Object.keys(STOPWORDS);

/** Stopword hits per language in the first `maxWords` words (a word shared by k languages counts 1/k for each). */
export function stopwordScores(text: string, maxWords = 120): Map<string, number> {
  return stopwordScan(text, maxWords).scores;
}

/**
 * The scores and the number of words read. `exclusive` counts only words of a single language: a page-wide census
 * sums thousands of words, and there the shared ones (`la` is French, Spanish and Italian) only blur the answer.
 */
export function stopwordScan(
  text: string,
  maxWords = 120,
  exclusive = false,
): { scores: Map<string, number>; words: number } {
  const scores = new Map<string, number>();
  let words = 0;
  // Words are runs of letters; a hand loop over char codes is several times faster than a Unicode-aware split, and
  // only words short enough to be stopwords are cut out and lower-cased (the census reads whole pages this way).
  let start = -1;
  let upper = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const lowerCase = c >= 97 && c <= 122;
    const letter = lowerCase || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    if (letter) {
      if (start < 0) {
        start = i;
        upper = false;
      }
      if (!lowerCase) upper = true; // capitals, and accented letters whose capitals need lower-casing too
      continue;
    }
    if (start < 0) continue;
    if (i - start <= MAX_LENGTH) {
      const word = text.slice(start, i);
      const hits = INDEX.get(upper ? word.toLowerCase() : word);
      if (hits && !(exclusive && hits.length > 1))
        for (const l of hits) scores.set(l, (scores.get(l) ?? 0) + 1 / hits.length);
    }
    start = -1;
    if (++words >= maxWords) break;
  }
  return { scores, words };
}

/** The language whose stopwords clearly dominate, among `among` (default: all), or null when thin or split. */
export function stopwordLanguage(
  text: string,
  among: readonly string[] = STOPWORD_LANGUAGES,
  minScore = 2.5,
): string | null {
  const scores = stopwordScores(text);
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
  return best !== null && bestScore >= minScore && bestScore >= 1.6 * second ? best : null;
}
