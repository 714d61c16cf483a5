/**
 * Checks one gold annotation of the real-page corpus against the rendered page it describes.
 *
 * The gold is written by hand, by reading the rendered pages; this catches what hand-writing gets wrong: an index out
 * of range, a pair on a language the page does not have, a paragraph that is not (or no longer) on the page because
 * the renderer or the text changed, an optional title sitting in a pair.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToDocument } from '../../utils/parse-html';
import { norm, type Gold } from '../../scripts/eval';
import { CORPUS_DIR } from './render';

/** A gold file of the real corpus: the fixture format plus where the page is and what a careful reader decided. */
export interface RealGold extends Gold {
  source: string;
  notes: string;
}

const LAYOUTS = ['blocks', 'interleaved', 'columns', 'single'];
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE']);
const INLINE = new Set(
  'A ABBR B BDI BDO CITE CODE DATA DEL DFN EM FONT I INS KBD LABEL MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR'.split(
    ' ',
  ),
);

/**
 * The text a reader sees, whitespace-collapsed: text nodes in document order, a space at every element boundary that
 * is not inline (so two paragraphs never run together), nothing from scripts, styles or comments. Custom elements
 * (`<live-example>`) count as inline, as a browser shows them.
 */
export function visibleText(html: string): string {
  const doc = htmlToDocument(html);
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP.has(el.tagName)) continue;
        const inline = INLINE.has(el.tagName) || el.tagName.includes('-');
        if (!inline) parts.push(' ');
        walk(el);
        if (!inline) parts.push(' ');
      }
    }
  };
  // The whole document, not <body>: linkedom leaves <body> empty, and the nodes at document level, on a page with markup
  // before <html> (m-16's PHP warnings; m-05's leading blank line).
  walk(doc);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Everything wrong with one gold file (empty when it is sound). `html` is the rendered page. */
export function goldProblems(fileName: string, gold: RealGold, html: string): string[] {
  const problems: string[] = [];
  const say = (s: string): number => problems.push(s);
  if (typeof gold.bilingual !== 'boolean') say('bilingual is not a boolean');
  if (!Array.isArray(gold.languages) || gold.languages.some((l) => typeof l !== 'string' || !l))
    say('languages is not a list of tags');
  else if (gold.bilingual && (gold.languages.length !== 2 || gold.languages[0] === gold.languages[1]))
    say(`a bilingual gold names two different languages, not ${JSON.stringify(gold.languages)}`);
  else if (!gold.bilingual && gold.languages.length !== 1) say('a one-language gold names exactly one language');
  if (!LAYOUTS.includes(gold.layout)) say(`unknown layout ${gold.layout}`);
  if (gold.bilingual === (gold.layout === 'single'))
    say(`layout ${gold.layout} does not fit bilingual=${gold.bilingual}`);
  if (gold.source !== `bilingual-real/${fileName}`) say(`source ${gold.source} is not bilingual-real/${fileName}`);
  if (!existsSync(join(CORPUS_DIR, fileName))) say(`source file ${fileName} is missing`);
  if (typeof gold.notes !== 'string' || gold.notes.length < 20) say('notes are missing');

  const text = visibleText(html);
  const paragraphs = gold.paragraphs ?? [];
  if (gold.bilingual && paragraphs.length === 0) say('a bilingual gold lists its paragraphs');
  paragraphs.forEach((p, i) => {
    if (typeof p.lang !== 'string' || !p.lang) say(`paragraph ${i} has no lang`);
    if (typeof p.text !== 'string' || !p.text.trim()) say(`paragraph ${i} has no text`);
    else if (p.text !== collapse(p.text)) say(`paragraph ${i} is not whitespace-collapsed`);
    else if (!text.includes(p.text)) say(`paragraph ${i} is not on the rendered page: ${p.text.slice(0, 60)}`);
  });
  for (const c of gold.chrome ?? []) {
    if (!text.includes(collapse(c))) say(`chrome string not on the page: ${c}`);
    // The eval counts a chrome string found inside any block as leaked chrome: it must not be article text too.
    const inArticle = paragraphs.findIndex((p) => norm(p.text).includes(norm(c)));
    if (inArticle >= 0) say(`chrome string "${c}" is also in paragraph ${inArticle}`);
  }

  const used = new Set<number>();
  (gold.pairs ?? []).forEach((pair, k) => {
    const langs = Object.keys(pair);
    if (langs.length !== 2 || !langs.every((l) => gold.languages.includes(l)))
      say(`pair ${k} uses ${JSON.stringify(langs)}, not the gold languages`);
    for (const [lang, idxs] of Object.entries(pair)) {
      if (!Array.isArray(idxs) || idxs.length === 0) say(`pair ${k} has an empty ${lang} side`);
      for (const i of idxs ?? []) {
        const p = Number.isInteger(i) ? paragraphs[i] : undefined;
        if (!p) say(`pair ${k}: index ${i} out of range`);
        else if (p.lang !== lang) say(`pair ${k}: paragraph ${i} is ${p.lang}, paired as ${lang}`);
        else if (p.optional) say(`pair ${k}: optional paragraph ${i} is paired`);
        if (used.has(i)) say(`pair ${k}: paragraph ${i} is in two pairs`);
        used.add(i);
      }
      const sorted = [...(idxs ?? [])].sort((a, b) => a - b);
      if (sorted.some((v, j) => v !== idxs[j])) say(`pair ${k}: ${lang} indexes are not in reading order`);
    }
  });
  return problems;
}
