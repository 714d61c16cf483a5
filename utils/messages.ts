/**
 * The message contract between extension contexts: one map from message name to request and reply.
 *
 * Names say the direction: `content:*` messages are answered by the content script, `background:*` by the
 * background service worker. This file holds types only, so it stays free of extension APIs and the core can
 * import it; `platform/messaging.ts` binds it to `@webext-core/messaging`.
 */
import type { LangTag, ParsedArticle } from './contract';
import type { ArticleFacts } from './article-facts';
import type { Clip } from './export/clip';
import type { ArticlePart } from './article-parts';
import type { ParseRequest } from './parse-request';

/** The reading views. `original` is the page as the site printed it. */
export type ViewMode = 'original' | 'side-by-side' | 'first-only' | 'second-only' | 'interleaved';

export interface PageStatus {
  url: string;
  /** Detection has run on this page (false while the page is still loading or idle detection is pending). */
  checked: boolean;
  /** The cheap pre-check said the page may hold a bilingual article. */
  candidate: boolean;
  /** What the parse found, when one ran (its facts, not the article: see article-facts.ts). */
  article: ArticleFacts | null;
  /** The view currently shown on the page. */
  view: ViewMode;
  /** Sides swapped (second language on the left). */
  swapped: boolean;
  /** A parse error or limit the user should see, e.g. "This page is too large to parse (…)". */
  error?: string;
}

/** The page to read beside the popup's page: an open tab, or a URL the background opens in a tab of its own. */
export interface PairTarget {
  url: string;
  /** An open tab that shows the page; without it the background opens `url` as an ordinary background tab. */
  tabId?: number;
}

/** Why reading two pages together failed; the popup words each kind for the user. */
export type PairFailure =
  | { kind: 'not-translation'; reason: string }
  | { kind: 'load-failed'; reason: string }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'no-reader'; reason: string };

export interface PairReply {
  /** The first page's status after the attempt (its article is the pair when it worked). */
  status: PageStatus | null;
  failure?: PairFailure;
  /** Milliseconds spent: getting the other page, and parsing the two pages and painting the reader. */
  timings?: { fetchMs: number; readMs: number };
}

export interface ProtocolMap {
  /** Popup → content: what did you find on this page? */
  'content:getStatus'(): PageStatus;
  /** Popup → content: parse now, even when the pre-check said no; optionally with the user's own languages. */
  'content:parseAnyway'(request: { languages?: [LangTag, LangTag] }): PageStatus;
  /** Popup / background → content: show a view. */
  'content:setView'(request: { view: ViewMode; swapped?: boolean }): PageStatus;
  /** Background → content: the keyboard command asked for the next view. */
  'content:cycleView'(): PageStatus;
  /** Popup → content: the parsed article with its citation metadata, read from the page, for export or the library. */
  'content:clip'(): Clip | null;
  /** Popup → background: read the page `target` beside the page of tab `tabId`, in that tab's reader. */
  'background:openPair'(request: { tabId: number; target: PairTarget }): PairReply;
  /** Background → content: here is the other page (its HTML as the user's browser shows it): read the two together. */
  'content:readPair'(request: { html: string; url: string }): PairReply;
  /** Popup / background → background: make sure tab `tabId` has the reader (it answers the `content:*` messages). */
  'background:ensureReader'(request: { tabId: number }): { loaded: boolean; error?: string };
  /** Reader → background: a piece of a page's HTML, kept under `id` until a parse asks for it (parse-away.ts). */
  'background:stash'(request: { id: string; text: string }): void;
  /**
   * Reader → background: parse the stashed HTML away from the page's main thread. The answer is a handle to the
   * article, which the reader then takes a part at a time (`background:part`).
   */
  'background:parse'(request: StashedParse): { id: string; parts: number };
  /** Reader → background: one part of a parsed article (`utils/article-parts.ts`); the last one frees it. */
  'background:part'(request: { id: string; index: number }): ArticlePart;
  /** Background → offscreen document (Chromium): run the parse; null for a sender that is not Diglot. */
  'offscreen:parse'(request: ParseRequest): ParsedArticle | null;
  /** Content → background: the page's detection result changed (drives the toolbar badge). */
  'background:detected'(request: { languages: LangTag[]; bilingual: boolean }): void;
}

/**
 * The detector's first two stages speak to the background without the messaging library or the polyfill (they run
 * on every page, or on many, and must stay a few kilobytes): plain objects, told apart by `diglot`, sent with the
 * runtime's own `sendMessage`. The library ignores them (they lack its `type` and `timestamp`).
 */
export type StageMessage =
  /** The glance could not call the page one-language: load the pre-check. */
  | { diglot: 'glanced' }
  /** The pre-check said the page may hold a bilingual article: load the reader, which parses it. */
  | { diglot: 'candidate' };

/** The background's answer to a stage message: whether it loaded the next stage (no when auto-detect is off). */
export interface StageReply {
  loaded: boolean;
}

export function isStageMessage(message: unknown): message is StageMessage {
  const m = message as { diglot?: unknown } | null;
  return typeof m === 'object' && m !== null && (m.diglot === 'glanced' || m.diglot === 'candidate');
}

/** A parse request whose HTML was sent ahead in pieces: each page's HTML is the stash of that id. */
export type StashedParse =
  | (Omit<Extract<ParseRequest, { kind: 'page' }>, 'html'> & { stash: string })
  | (Omit<Extract<ParseRequest, { kind: 'pages' }>, 'html'> & { stash: [string, string] });
