/**
 * The full function-word lists, for the parser (the pre-check carries only `coreStopwords()`; see `stopwords.ts`).
 */
import { STOPWORDS_CORE } from './stopword-core';
import { STOPWORDS_MORE } from './stopword-more';
import { StopwordIndex } from './stopwords';

let full: StopwordIndex | undefined;

/**
 * The index of every list, built on first use. Not at load: the reader carries these lists for the pair editor and
 * the clip's language checks, and indexing some 20,000 words while its script is evaluated made one long task of the
 * page's main thread on every bilingual page, before anyone asked for them.
 */
export function fullStopwords(): StopwordIndex {
  if (!full) {
    // Languages the pre-check leaves out (see stopwords.ts) have all their words in the second file.
    const lists: Record<string, string> = { ...STOPWORDS_MORE };
    for (const [lang, words] of Object.entries(STOPWORDS_CORE)) lists[lang] = `${words} ${STOPWORDS_MORE[lang] ?? ''}`;
    full = new StopwordIndex(lists);
  }
  return full;
}
