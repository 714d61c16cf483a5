/**
 * Where a block stands in the page's structure: a list item's depth and number, a data-table cell's row and column,
 * and the text of code as printed. Read from the block's element in the original page.
 */
import type { CellPlace, ListPlace } from '../contract';
import { upperTagName } from '../dom/tag-name';
import { cleanText } from '../dom/blocks';
import { walk } from '../dom/walk';
import { nfc } from '../lang/nfc';

function closest(el: Element | null, tags: ReadonlySet<string>, stop?: ReadonlySet<string>): Element | null {
  for (let n = el; n; n = n.parentElement) {
    const tag = upperTagName(n);
    if (tags.has(tag)) return n;
    if (stop?.has(tag)) return null;
  }
  return null;
}

const LI = new Set(['LI']);
const LISTS = new Set(['UL', 'OL', 'MENU']);
const CELLS = new Set(['TD', 'TH']);
const TABLE = new Set(['TABLE']);
const PRE = new Set(['PRE']);

/** The list place of a block whose element is (inside) an `<li>`. */
export function listPlace(source: Element | null): ListPlace | undefined {
  const li = closest(source, LI, CELLS);
  const list = li?.parentElement;
  if (!li || !list || !LISTS.has(upperTagName(list))) return undefined;
  let depth = 0;
  for (let n: Element | null = list; n; n = n.parentElement) if (LISTS.has(upperTagName(n))) depth++;
  const place: ListPlace = { depth };
  if (upperTagName(list) !== 'OL') return place;
  place.ordered = true;
  const reversed = list.hasAttribute('reversed');
  const start = Number.parseInt(list.getAttribute('start') ?? '', 10);
  let items = 0;
  let number = Number.isFinite(start) ? start : 1;
  for (let s = list.firstElementChild; s; s = s.nextElementSibling) {
    if (upperTagName(s) !== 'LI') continue;
    const value = Number.parseInt(s.getAttribute('value') ?? '', 10);
    if (Number.isFinite(value)) number = value;
    else if (items > 0) number += reversed ? -1 : 1;
    items++;
    if (s === li) break;
  }
  // A reversed list without `start` counts down from its length; rare enough to number from 1 then.
  place.number = number;
  return place;
}

/** A layout table (paragraphs in cells, a page grid) is no data table: its cells are read as paragraphs. */
const MAX_DATA_CELL = 100;

interface TableFacts {
  data: boolean;
  rows: Map<Element, number>;
  cols: Map<Element, number>;
  header: Set<Element>;
}

/** Rows, columns and the verdict for one table; computed once per table. */
function tableFacts(table: Element): TableFacts {
  const rows = new Map<Element, number>();
  const cols = new Map<Element, number>();
  const header = new Set<Element>();
  const lengths: number[] = [];
  let width = 0;
  for (const tr of Array.from(table.getElementsByTagName('tr'))) {
    if (closest(tr.parentElement, TABLE) !== table) continue;
    rows.set(tr, rows.size);
    const inHead = upperTagName(tr.parentElement ?? tr) === 'THEAD';
    let col = 0;
    for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
      if (!CELLS.has(upperTagName(c))) continue;
      cols.set(c, col);
      if (inHead || upperTagName(c) === 'TH') header.add(c);
      const text = (c.textContent ?? '').trim();
      if (text) lengths.push(text.length);
      col += Math.max(1, Number.parseInt(c.getAttribute('colspan') ?? '1', 10) || 1);
    }
    width = Math.max(width, col);
  }
  lengths.sort((a, b) => a - b);
  const median = lengths.length ? lengths[lengths.length >> 1]! : Infinity;
  const presentation = /^(?:presentation|none)$/i.test(table.getAttribute('role') ?? '');
  return { data: !presentation && width >= 2 && rows.size >= 2 && median <= MAX_DATA_CELL, rows, cols, header };
}

/** Table numbers and facts of one article, in the order its tables are met. */
export class Tables {
  private facts = new Map<Element, TableFacts>();
  private numbers = new Map<Element, number>();

  /** The cell place of a block whose element is (inside) a cell of a data table. */
  place(source: Element | null): CellPlace | undefined {
    const cell = closest(source, CELLS);
    const tr = cell?.parentElement;
    const table = closest(tr ?? null, TABLE);
    if (!cell || !tr || !table) return undefined;
    let facts = this.facts.get(table);
    if (!facts) this.facts.set(table, (facts = tableFacts(table)));
    const row = facts.rows.get(tr);
    const col = facts.cols.get(cell);
    if (!facts.data || row === undefined || col === undefined) return undefined;
    let number = this.numbers.get(table);
    if (number === undefined) this.numbers.set(table, (number = this.numbers.size));
    const place: CellPlace = { table: number, row, col };
    if (facts.header.has(cell)) place.header = true;
    return place;
  }
}

/**
 * Code as the page printed it: the `<pre>`'s text with its line breaks and indentation, `<br>` as a line break, the
 * blank lines at either end dropped. Null when the block is not the whole of a `<pre>`.
 */
export function verbatimOf(source: Element | null, text: string): string | null {
  const pre = closest(source, PRE);
  if (!pre) return null;
  let out = '';
  walk(pre, {
    enter: (el) => {
      if (upperTagName(el) !== 'BR') return 'descend';
      out += '\n';
      return 'skip';
    },
    text: (t) => {
      out += t.nodeValue ?? '';
    },
  });
  const verbatim = nfc(out.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+|\s+$/g, ''));
  // The block must be this <pre> whole (not one stanza of a poem read out of it).
  return cleanText(verbatim) === text ? verbatim : null;
}
