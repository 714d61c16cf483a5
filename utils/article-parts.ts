/**
 * A parsed article cut into parts for messaging, and joined again. A 5,000-row article is megabytes of JSON; read
 * from one message it would hold the page's main thread while the browser deserialises it, so the reader takes it a
 * part at a time, each in a task of its own.
 */
import type { Block, Pair, ParsedArticle } from './contract';

export interface ArticlePart {
  /** The first part: the article without its blocks, pairs and sentences. */
  head?: Omit<ParsedArticle, 'blocks' | 'pairs' | 'sentences'> & { hasSentences: boolean };
  blocks?: Block[];
  pairs?: Pair[];
  sentences?: Record<string, string[]>;
}

/** Cuts `article` into parts of about `size` characters of text each (the head first). */
export function splitArticle(article: ParsedArticle, size = 128 * 1024): ArticlePart[] {
  const { blocks, pairs, sentences, ...rest } = article;
  const parts: ArticlePart[] = [{ head: { ...rest, hasSentences: sentences !== undefined } }];
  let part: ArticlePart = {};
  let length = 0;
  const flush = (force = false): void => {
    if (length >= size || (force && length > 0)) {
      parts.push(part);
      part = {};
      length = 0;
    }
  };
  for (const b of blocks) {
    (part.blocks ??= []).push(b);
    length += b.text.length + 40;
    flush();
  }
  for (const p of pairs) {
    (part.pairs ??= []).push(p);
    length += 40 + 10 * p.sentences.length;
    flush();
  }
  for (const [id, list] of Object.entries(sentences ?? {})) {
    (part.sentences ??= {})[id] = list;
    for (const s of list) length += s.length + 4;
    flush();
  }
  flush(true);
  return parts;
}

/** The article again, from all its parts in order. */
export function joinArticle(parts: ArticlePart[]): ParsedArticle {
  const head = parts[0]?.head;
  if (!head) throw new Error('the article arrived without its first part');
  const { hasSentences, ...rest } = head;
  const article: ParsedArticle = { ...rest, blocks: [], pairs: [] };
  const sentences: Record<string, string[]> = {};
  for (const part of parts.slice(1)) {
    if (part.blocks) article.blocks.push(...part.blocks);
    if (part.pairs) article.pairs.push(...part.pairs);
    if (part.sentences) Object.assign(sentences, part.sentences);
  }
  if (hasSentences) article.sentences = sentences;
  return article;
}
