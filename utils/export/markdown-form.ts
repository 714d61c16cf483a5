/**
 * The article's form in Markdown: inline marks (links, emphasis, code, superscripts), images, list items with their
 * depth and number, code fences, and the cells of a data table as a table. Text stays escaped as markdown.ts does
 * it: page text never becomes Markdown or HTML syntax of its own.
 */
import type { Block } from '../contract';
import { markTree, plainOf, type MarkNode } from '../form/nest';
import { safeHref, safeImageSrc } from '../form/urls';
import { stripInvalidChars } from './text';

/**
 * Escape inline Markdown: backslash escapes for emphasis, code, links and table pipes; `<` and entity-like `&` as
 * entities so page text can never become HTML in a renderer.
 */
export function escapeMarkdownInline(text: string): string {
  return stripInvalidChars(text)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>');
}

/** An address inside `(…)`: nothing in it may end the link or start HTML. */
function destination(url: string): string {
  return url.replace(/[\s()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Inline code: a fence of backticks longer than any run inside it. */
function inlineCode(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${stripInvalidChars(text).replace(/\s+/g, ' ')}${pad}${fence}`;
}

/** Emphasis markers hug the text: spaces at either end go outside them (`* a*` is no emphasis). */
function wrap(inner: string, open: string, close = open): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  return m[2] ? `${m[1]}${open}${m[2]}${close}${m[3]}` : inner;
}

function write(nodes: readonly MarkNode[]): string {
  return nodes
    .map((n) => {
      if (typeof n === 'string') return escapeMarkdownInline(n);
      const inner = write(n.children);
      switch (n.mark.kind) {
        case 'em':
          return wrap(inner, '*');
        case 'strong':
          return wrap(inner, '**');
        case 'sup':
          return wrap(inner, '<sup>', '</sup>');
        case 'code':
          return inlineCode(plainOf(n.children));
        case 'link': {
          const href = n.mark.href ? safeHref(n.mark.href) : null;
          return href && inner.trim() ? `[${inner}](${destination(href)})` : inner;
        }
      }
      return inner;
    })
    .join('');
}

/** A block's text with its marks as Markdown. */
export function markdownInline(block: Pick<Block, 'text' | 'marks'>): string {
  return block.marks?.length ? write(markTree(block.text, block.marks)) : escapeMarkdownInline(block.text);
}

/** An image, when its address is one the reader would load. */
export function markdownImage(block: Block): string | null {
  const src = block.figure ? safeImageSrc(block.figure.src) : null;
  return src ? `![${escapeMarkdownInline(block.figure!.alt)}](${destination(src)})` : null;
}

/** Code as a fenced block: the text as printed, in a fence longer than any run of backticks inside it. */
export function codeFence(block: Block): string {
  const code = stripInvalidChars(block.verbatim ?? block.text);
  const runs = code.match(/`{3,}/g) ?? [];
  const fence = '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
  return `${fence}\n${code}\n${fence}`;
}

/** A list item's marker and indentation: four spaces a level, `N.` in numbered lists. */
export function listMarker(block: Block): string {
  const depth = Math.max(1, block.list?.depth ?? 1);
  const marker = block.list?.ordered ? `${block.list.number ?? 1}.` : '-';
  return `${' '.repeat(4 * (depth - 1))}${marker} `;
}

/** Cells of one data table (in reading order) as a Markdown table: the first row is the header. */
export function markdownTable(cells: readonly Block[]): string {
  const grid = new Map<number, Map<number, string[]>>();
  let width = 0;
  for (const b of cells) {
    if (!b.cell) continue;
    const row = grid.get(b.cell.row) ?? new Map<number, string[]>();
    grid.set(b.cell.row, row);
    row.set(b.cell.col, [...(row.get(b.cell.col) ?? []), markdownInline(b)]);
    width = Math.max(width, b.cell.col + 1);
  }
  const rows = [...grid.keys()].sort((a, b) => a - b);
  const line = (r: number): string =>
    `| ${Array.from({ length: width }, (_, c) => (grid.get(r)?.get(c) ?? []).join('<br>')).join(' | ')} |`;
  const [head, ...body] = rows;
  if (head === undefined) return '';
  return [line(head), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...body.map(line)].join('\n');
}
