/**
 * The seam between the detector's scripts and the reader.
 *
 * The glance (`entrypoints/glance.ts`) runs on every page and the pre-check (`entrypoints/precheck.ts`) on many, so
 * both must stay small: the views and the popup's answers live in a third script (`entrypoints/reader/`) that the
 * background injects only into pages that need it. Scripts of one extension share their isolated world, so the
 * reader registers itself on that world's global under a private symbol and the glance and the pre-check call it.
 * The page's own scripts live in another world and cannot see or call it.
 */
import type { LangTag } from '../utils/contract';
import type { Clip } from '../utils/export/clip';
import type { PageStatus, PairReply, ViewMode } from '../utils/messages';

export interface ReaderHook {
  /** Parse the page (again); `languages` forces the pair the user chose. */
  parse(options: { languages?: [LangTag, LangTag]; force?: boolean }): Promise<PageStatus>;
  status(): PageStatus;
  setView(view: ViewMode, swapped?: boolean): Promise<PageStatus>;
  cycleView(): Promise<PageStatus>;
  /** Read this page beside another (its HTML and URL, taken from its tab) and open the reader on the two. */
  readPair(html: string, url: string): Promise<PairReply>;
  /** The parsed article with citation metadata read from the page, or null when nothing was parsed. */
  clip(): Clip | null;
}

const KEY = Symbol.for('diglot.reader');

export function registerReader(hook: ReaderHook): void {
  (globalThis as Record<symbol, unknown>)[KEY] = hook;
}

export function getReader(): ReaderHook | undefined {
  return (globalThis as Record<symbol, unknown>)[KEY] as ReaderHook | undefined;
}
