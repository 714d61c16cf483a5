/**
 * The full function-word lists, for the parser (the pre-check carries only `CORE_STOPWORDS`; see `stopwords.ts`).
 */
import { STOPWORDS_CORE } from './stopword-core';
import { STOPWORDS_MORE } from './stopword-more';
import { StopwordIndex } from './stopwords';

// Languages the pre-check leaves out (see stopwords.ts) have all their words in the second file.
const lists: Record<string, string> = { ...STOPWORDS_MORE };
for (const [lang, words] of Object.entries(STOPWORDS_CORE)) lists[lang] = `${words} ${STOPWORDS_MORE[lang] ?? ''}`;

export const FULL_STOPWORDS = new StopwordIndex(lists);
