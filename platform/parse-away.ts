/**
 * Where the reader's parses run (background only): never on the page's main thread, which a long page would freeze
 * for seconds. Chromium's service worker has no DOMParser, so there the parse runs in an offscreen document, opened
 * on demand and closed after a minute without work; Firefox's background is a page with a DOM and parses itself.
 */
import { browser } from 'wxt/browser';
import { splitArticle, type ArticlePart } from '../utils/article-parts';
import type { ParsedArticle } from '../utils/contract';
import type { StashedParse } from '../utils/messages';
import type { ParseRequest } from '../utils/parse-request';
import { sendMessage } from './messaging';

const OFFSCREEN_URL = '/offscreen.html';
const IDLE_CLOSE_MS = 60_000;

interface Offscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}
interface Contexts {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

let opening: Promise<void> | undefined;
let inFlight = 0;
let closer: ReturnType<typeof setTimeout> | undefined;

const offscreen = (): Offscreen => (browser as unknown as { offscreen: Offscreen }).offscreen;

async function openOffscreen(): Promise<void> {
  const open = await (browser.runtime as unknown as Contexts).getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (open && open.length > 0) return;
  opening ??= offscreen()
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['DOM_PARSER'],
      justification: "Parse the page's article away from the page, so long pages do not freeze while they are read.",
    })
    // Another request opened it meanwhile (the service worker may have restarted and lost `opening`).
    .catch((error: unknown) => {
      if (!/single offscreen|already/i.test(String(error))) throw error;
    })
    .finally(() => {
      opening = undefined;
    });
  await opening;
}

/** A parse is coming (the pre-check said yes): open the parser's document now, while the reader loads. */
export function prepareParser(): void {
  if (import.meta.env.FIREFOX) return;
  clearTimeout(closer);
  void openOffscreen().catch(() => undefined);
}

/**
 * A new offscreen document is created before its module has run and registered its listener; a message sent in
 * that moment has no receiver. Ask again for a few seconds.
 */
async function untilListening<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= 100 || !/receiving end does not exist/i.test(String(error))) throw error;
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}

async function parseOffscreen(request: ParseRequest): Promise<ParsedArticle> {
  clearTimeout(closer);
  inFlight++;
  try {
    await openOffscreen();
    const article = await untilListening(() => sendMessage('offscreen:parse', request));
    if (!article) throw new Error('the offscreen parser refused the request');
    return article;
  } finally {
    if (--inFlight === 0)
      closer = setTimeout(
        () =>
          void offscreen()
            .closeDocument()
            .catch(() => undefined),
        IDLE_CLOSE_MS,
      );
  }
}

export async function parseAway(request: ParseRequest): Promise<ParsedArticle> {
  // Imported here, not at the top: Chromium's service worker must not carry the parser it never runs.
  if (import.meta.env.FIREFOX) {
    const { runParseRequest } = await import('../utils/parse-request');
    return runParseRequest(request, new DOMParser());
  }
  return parseOffscreen(request);
}

// HTML sent ahead in pieces, and articles waiting to be taken a part at a time, by id. Dropped when taken, or after
// a minute in case a tab closed mid-way.
const STASH_TTL_MS = 60_000;
const stashes = new Map<string, { pieces: string[]; timer: ReturnType<typeof setTimeout> }>();
const results = new Map<string, { parts: ArticlePart[]; timer: ReturnType<typeof setTimeout> }>();

export function stash(id: string, text: string): void {
  const entry = stashes.get(id) ?? { pieces: [], timer: setTimeout(() => stashes.delete(id), STASH_TTL_MS) };
  entry.pieces.push(text);
  stashes.set(id, entry);
}

function takeStash(id: string): string {
  const entry = stashes.get(id);
  if (!entry) throw new Error('the page was not received whole; try again');
  stashes.delete(id);
  clearTimeout(entry.timer);
  return entry.pieces.join('');
}

/** Parses stashed HTML and keeps the article for the reader to take in parts; returns its handle. */
export async function parseStashed(order: StashedParse): Promise<{ id: string; parts: number }> {
  const { stash: ids, ...rest } = order;
  const request: ParseRequest =
    rest.kind === 'page'
      ? { ...rest, html: takeStash(ids as string) }
      : { ...rest, kind: 'pages', html: [takeStash(ids[0]!), takeStash(ids[1]!)] as [string, string] };
  const parts = splitArticle(await parseAway(request));
  const id = crypto.randomUUID();
  results.set(id, { parts, timer: setTimeout(() => results.delete(id), STASH_TTL_MS) });
  return { id, parts: parts.length };
}

export function takePart(id: string, index: number): ArticlePart {
  const entry = results.get(id);
  const part = entry?.parts[index];
  if (!entry || !part) throw new Error('the parsed article is no longer available; try again');
  if (index === entry.parts.length - 1) {
    results.delete(id);
    clearTimeout(entry.timer);
  }
  return part;
}
