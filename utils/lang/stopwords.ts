/**
 * The commonest function words of the Latin-script languages of bilingual news, written for Diglot.
 *
 * A second opinion beside franc: on a short paragraph franc's trigram scores for Spanish and Portuguese can be a hair
 * apart, while `as`, `na`, `estão` against `las`, `en`, `están` are not. Also the precheck's whole Latin-script model.
 */

const STOPWORDS: Record<string, string> = {
  en: 'the and of to is that for it with was on are by this be from at have has he said which his not but they were will would their its an',
  fr: 'le la les des et est un une du que qui dans pour pas sur au aux avec ce il elle sont par plus ont été cette mais ses leur son',
  es: 'el los las del y por con una es su al lo como más pero sus hay muy también ya esta este fue ha han sin están está',
  pt: 'o os as do da dos das em na nos nas um uma é com não mais mas ao pelo pela foi tem também já seu sua estão está ainda',
  de: 'der die das und ist nicht ein eine zu den dem mit von sich auf für im auch es sie wird werden hat dass bei nach wie aus sind oder',
  it: 'il di che è della per un una con non sono gli del le alla nel dei delle anche più ha come ma questo lo degli',
  nl: 'de het een van en dat op te niet zijn met voor er aan ook maar door wordt bij als om heeft dit deze werd',
};

const INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words.split(' ')) INDEX.set(w, [...(INDEX.get(w) ?? []), lang]);
}

/** Languages with stopword lists. */
export const STOPWORD_LANGUAGES: readonly string[] = Object.keys(STOPWORDS);

/** Stopword hits per language in the first `maxWords` words (a word shared by k languages counts 1/k for each). */
export function stopwordScores(text: string, maxWords = 120): Map<string, number> {
  const scores = new Map<string, number>();
  let words = 0;
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (!w) continue;
    if (++words > maxWords) break;
    const hits = INDEX.get(w);
    if (hits) for (const l of hits) scores.set(l, (scores.get(l) ?? 0) + 1 / hits.length);
  }
  return scores;
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
