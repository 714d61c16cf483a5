/**
 * The article's form, counted: images, list items, quotes, code blocks and data tables in Readability's output for a
 * page, beside what Diglot's parse of the same page keeps. `npx tsx scripts/form-counts.ts` prints the table for the
 * fixture pages and the Readability corpus; the unit test form-counts.test.ts holds the parse to it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import type { ParsedArticle } from '../utils/contract';
import { cleanText } from '../utils/dom/blocks';
import { upperTagName } from '../utils/dom/tag-name';
import { BLOCK_TAGS } from '../utils/dom/tags';
import { figureOf } from '../utils/form/figures';
import { parseArticle } from '../utils/parse';
import { htmlToDocument } from '../utils/parse-html';

export const FORM_KINDS = ['figure', 'list-item', 'quote', 'code', 'table'] as const;
export type FormKind = (typeof FORM_KINDS)[number];
export type FormCounts = Record<FormKind, number>;

/** Text of `el` outside its nested block elements (an item's own words, not those of the list inside it). */
function ownText(el: Element): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out += c.nodeValue ?? '';
    else if (c.nodeType === 1 && !BLOCK_TAGS.has(upperTagName(c as Element))) out += c.textContent ?? '';
  }
  return cleanText(out);
}

const hasText = (el: Element): boolean => /[\p{L}\p{N}]/u.test(el.textContent ?? '');

/** A table of data: two rows and two columns at least, cells short (a grid of paragraphs is layout). */
function dataTable(table: Element): boolean {
  const rows = Array.from(table.getElementsByTagName('tr')).filter((tr) => tr.closest('table') === table);
  const cells = rows.flatMap((tr) => Array.from(tr.children).filter((c) => /^t[dh]$/i.test(c.tagName)));
  const widths = rows.map((tr) => Array.from(tr.children).filter((c) => /^t[dh]$/i.test(c.tagName)).length);
  const lengths = cells
    .map((c) => (c.textContent ?? '').trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const median = lengths.length ? lengths[lengths.length >> 1]! : Infinity;
  return rows.length >= 2 && Math.max(0, ...widths) >= 2 && median <= 100;
}

/** What Readability's article (its `content` element) holds, by kind. */
export function readabilityCounts(content: Element, base: string): FormCounts {
  const all = (tag: string): Element[] => Array.from(content.getElementsByTagName(tag));
  const images = new Set<string>();
  for (const img of all('img')) {
    const f = figureOf(img, base);
    if (f && !f.addresses.some((a) => images.has(a))) images.add(f.info.src);
  }
  return {
    figure: images.size,
    'list-item': all('li').filter((li) => ownText(li).length > 0).length,
    quote: all('blockquote').filter(hasText).length,
    code: all('pre').filter(hasText).length,
    table: all('table').filter(dataTable).length,
  };
}

/** What Diglot's parse keeps, by the same kinds. */
export function diglotCounts(article: ParsedArticle): FormCounts {
  const kinds = (k: string) => article.blocks.filter((b) => b.kind === k);
  return {
    figure: kinds('figure').length,
    'list-item': kinds('list-item').filter((b) => b.list).length,
    // A quote of several paragraphs is several blocks: each quote Readability keeps gives one at least.
    quote: kinds('quote').length,
    code: kinds('preformatted').length,
    table: new Set(article.blocks.flatMap((b) => (b.cell ? [b.cell.table] : []))).size,
  };
}

/** A list item Readability keeps that the parse does not hold as a list item. */
export interface LostItem {
  text: string;
  /** The item is all one link of at most four words: a breadcrumb step, a share button, a footer link. */
  navigation: boolean;
}

export interface PageCounts {
  page: string;
  readability: FormCounts;
  diglot: FormCounts;
  lostItems: LostItem[];
}

const MAX_NAV_WORDS = 4;

/** Readability's list items (their own text) that are in no list-item block of the parse. */
export function lostListItems(content: Element, article: ParsedArticle): LostItem[] {
  const ours = article.blocks.filter((b) => b.kind === 'list-item' && b.list).map((b) => cleanText(b.text));
  const lost: LostItem[] = [];
  for (const li of Array.from(content.getElementsByTagName('li'))) {
    const text = ownText(li);
    if (!text || ours.some((o) => o.includes(text) || text.includes(o))) continue;
    // A breadcrumb's last step (the page itself) is no link, but all its list's other items are.
    const list = li.parentElement;
    const siblings = list ? Array.from(list.children).filter((c) => c !== li && upperTagName(c) === 'LI') : [];
    const navigation =
      navigationLink(li) || (short(text) && siblings.length > 0 && siblings.every((c) => navigationLink(c)));
    lost.push({ text, navigation });
  }
  return lost;
}

const short = (text: string): boolean => text.split(' ').length <= MAX_NAV_WORDS;

/** An item that is all one short link. */
function navigationLink(li: Element): boolean {
  const links = li.getElementsByTagName('a');
  const text = ownText(li);
  return links.length === 1 && cleanText(links[0]!.textContent ?? '') === text && short(text);
}

const BASE = 'http://fakehost/test/page.html';

/** One page: Readability's own output (run here, or read from the corpus's `expected.html`) beside Diglot's. */
export function countPage(page: string, html: string, expected?: string): PageCounts {
  let content: Element | null | undefined;
  if (expected !== undefined) content = htmlToDocument(expected).body;
  else {
    const serializer = (el: Node): Element => el as Element;
    content = new Readability<Element>(htmlToDocument(html), { serializer }).parse()?.content;
  }
  const readability = content
    ? readabilityCounts(content, BASE)
    : { figure: 0, 'list-item': 0, quote: 0, code: 0, table: 0 };
  const article = parseArticle(htmlToDocument(html), { url: BASE });
  return {
    page,
    readability,
    diglot: diglotCounts(article),
    lostItems: content ? lostListItems(content, article) : [],
  };
}

export const FIXTURES = join(import.meta.dirname, '../test/fixtures/pages');
export const CORPUS = join(import.meta.dirname, '../../shared/corpus/readability');

export function fixturePages(): PageCounts[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => countPage(f, readFileSync(join(FIXTURES, f), 'utf8')));
}

export function corpusPages(): PageCounts[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .sort()
    .filter((d) => existsSync(join(CORPUS, d, 'expected.html')))
    .map((d) =>
      countPage(
        d,
        readFileSync(join(CORPUS, d, 'source.html'), 'utf8'),
        readFileSync(join(CORPUS, d, 'expected.html'), 'utf8'),
      ),
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, pages] of [
    ['fixtures', fixturePages()],
    ['readability corpus', corpusPages()],
  ] as const) {
    const sum = (side: 'readability' | 'diglot', k: FormKind) => pages.reduce((s, p) => s + p[side][k], 0);
    console.log(`${name} (${pages.length} pages)`);
    for (const k of FORM_KINDS) {
      const short = pages.filter((p) => p.diglot[k] < p.readability[k]);
      console.log(
        `  ${k.padEnd(9)} readability ${sum('readability', k)}  diglot ${sum('diglot', k)}  pages short: ${short.length} ${short
          .map((p) => `${p.page}(${p.diglot[k]}/${p.readability[k]})`)
          .join(' ')}`,
      );
    }
    const lost = pages.flatMap((p) => p.lostItems.filter((i) => !i.navigation).map((i) => `${p.page}: ${i.text}`));
    console.log(`  list items lost that are no navigation link (${lost.length}):`);
    for (const line of lost) console.log(`    ${line.slice(0, 110)}`);
  }
}
