/**
 * The reader's side of a parse away from the page (the background's side is `parse-away.ts`). The page's HTML is
 * written out a subtree at a time and sent in pieces, and the article comes back a part at a time: every step is a
 * task of a few milliseconds, so even a 5,000-row page keeps answering scrolls and clicks while it is read.
 */
import { joinArticle, type ArticlePart } from '../utils/article-parts';
import type { LangTag, ParsedArticle } from '../utils/contract';
import { chunkPieces, htmlPiecesSteps } from '../utils/dom/html-pieces';
import { runInSlices } from '../utils/slices';
import { sendMessage } from './messaging';

/** Characters a message carries. Sending one is a task of the page's own (Chromium serialises it there): 256 KB made
 * 30–40 ms tasks on a 5,000-row page, 128 KB about half that. */
export const CHUNK = 128 * 1024;

/** Cuts `text` into strings of at most CHUNK characters, never between the two halves of a surrogate pair. */
export function cutText(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  do {
    let end = Math.min(text.length, at + CHUNK);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last < 0xdc00) end--;
    out.push(text.slice(at, end));
    at = end;
  } while (at < text.length);
  return out;
}

/** Sends `html` (a string, or this page to serialise in slices) ahead in pieces; returns its stash id. */
async function sendAhead(html: string | Document): Promise<string> {
  const id = crypto.randomUUID();
  const chunks = typeof html === 'string' ? [html] : chunkPieces(await runInSlices(htmlPiecesSteps(html)), CHUNK);
  // One message a piece, each joined and serialised in its own task (the next one after the background's answer);
  // a piece bigger than a chunk (one huge text) is cut too.
  for (const chunk of chunks) for (const text of cutText(chunk)) await sendMessage('background:stash', { id, text });
  return id;
}

async function takeArticle(handle: { id: string; parts: number }): Promise<ParsedArticle> {
  const parts: ArticlePart[] = [];
  for (let index = 0; index < handle.parts; index++)
    parts.push(await sendMessage('background:part', { id: handle.id, index }));
  return joinArticle(parts);
}

/** Parses this page away from its main thread. */
export async function parsePageAway(
  doc: Document,
  url: string,
  languages?: [LangTag, LangTag],
): Promise<ParsedArticle> {
  const stash = await sendAhead(doc);
  return takeArticle(
    await sendMessage('background:parse', { kind: 'page', stash, url, ...(languages ? { languages } : {}) }),
  );
}

/** Parses this page and another (its HTML, from its tab) as one article, away from this page's main thread. */
export async function parsePairAway(
  doc: Document,
  otherHtml: string,
  urls: [string, string],
  languages?: [LangTag, LangTag],
): Promise<ParsedArticle> {
  const stash: [string, string] = [await sendAhead(doc), await sendAhead(otherHtml)];
  return takeArticle(
    await sendMessage('background:parse', { kind: 'pages', stash, urls, ...(languages ? { languages } : {}) }),
  );
}
