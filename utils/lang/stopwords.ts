/**
 * Function-word evidence for the Latin- and Cyrillic-script languages: which language's commonest small words a text
 * is made of.
 *
 * A second opinion beside franc: on a short paragraph franc's trigram scores for Catalan and Spanish, or Bokmål and
 * Danish, can be a hair apart, while `els`, `amb`, `però` against `los`, `con`, `pero` are not. Also the pre-check's
 * whole model for these scripts, which is why the lists come in two parts: the pre-check runs on every page and
 * carries only the commonest words of each language (`coreStopwords()`); the parser loads the full lists
 * (`stopwords-full.ts`).
 */
import { SHARED_BEYOND_CORE, STOPWORDS_CORE } from './stopword-core';
import { StopwordIndex } from './stopword-index';

export { StopwordIndex };

let core: StopwordIndex | undefined;

/** The pre-check's index, built on first use: built while the pre-check's script was evaluated, it lengthened that
 * one task by about 10 ms on a cold start. */
export function coreStopwords(): StopwordIndex {
  core ??= new StopwordIndex(STOPWORDS_CORE, SHARED_BEYOND_CORE.split(' '));
  return core;
}
