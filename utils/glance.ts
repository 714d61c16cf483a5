/**
 * The glance: the only part of Diglot that runs on every page, so it must cost the page next to nothing.
 *
 * It asks one question, "is this page's text plainly in one language?", with the pre-check's census (one TreeWalker
 * over the text nodes) but only a few kilobytes of data: the commonest words each Latin- and Cyrillic-script language
 * owns, and no Han table. A clear yes ends Diglot's work on the page. Anything else ("maybe") hands the page to the
 * full pre-check (`precheck.ts`), loaded on demand, which may still say no. So the glance may be wrong only one way: it
 * must never say "one language" on a page the pre-check would pass (a test holds the two together).
 */
import { STOPWORDS_LEAD } from './lang/stopword-lead';
import { StopwordIndex } from './lang/stopword-index';
import { drain, runInSlices } from './slices';
import { countTextSteps, oneLanguage, type CensusOptions } from './text-census';

export interface Glance {
  /** `one`: plainly one language, nothing more to do; `maybe`: the pre-check must look. */
  verdict: 'one' | 'maybe';
  /** How much text was counted (for the benchmark and tests). */
  chars: number;
}

let lead: StopwordIndex | undefined;

/** Looks at `doc`'s text once. Never throws, never modifies the page. */
export function glance(doc: Document, opts: CensusOptions = {}): Glance {
  return drain(glanceSteps(doc, opts));
}

/** The same look in slices that give the page its main thread back between them (a very long page). */
export function glanceInSlices(doc: Document, opts: CensusOptions = {}): Promise<Glance> {
  return runInSlices(glanceSteps(doc, opts));
}

function* glanceSteps(doc: Document, opts: CensusOptions): Generator<void, Glance> {
  lead ??= new StopwordIndex(STOPWORDS_LEAD);
  const census = yield* countTextSteps(doc, { stopwords: lead }, opts);
  if (!census) return { verdict: 'one', chars: 0 };
  return { verdict: oneLanguage(census) ? 'one' : 'maybe', chars: census.chars };
}
