/**
 * The content of one block as the reader draws it: text with its marks (links, emphasis, code, superscripts), a
 * figure, code as printed, a list item's marker, and a data table built from its cells. Every element is one Diglot
 * creates from the contract's plain data; no page HTML, attribute or handler is ever copied. Addresses are checked
 * again here (utils/form/urls.ts) because a clip imported from a file did not come from the parser.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Block } from '../utils/contract';
import { markTree, type MarkNode } from '../utils/form/nest';
import { safeHref, safeImageSrc } from '../utils/form/urls';

function nodes(list: readonly MarkNode[]): ComponentChildren[] {
  return list.map((n, i) => {
    if (typeof n === 'string') return n;
    const inner = nodes(n.children);
    switch (n.mark.kind) {
      case 'em':
        return <em key={i}>{inner}</em>;
      case 'strong':
        return <strong key={i}>{inner}</strong>;
      case 'code':
        return <code key={i}>{inner}</code>;
      case 'sup':
        return <sup key={i}>{inner}</sup>;
      case 'link': {
        const href = n.mark.href ? safeHref(n.mark.href) : null;
        return href ? (
          <a key={i} href={href} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
            {inner}
          </a>
        ) : (
          inner
        );
      }
    }
    return inner;
  });
}

/** `text[from, to)` of a block with the marks that fall in it (a sentence of the block, or all of it). */
export function markedText(block: Pick<Block, 'text' | 'marks'>, from: number, to: number): ComponentChildren {
  if (!block.marks?.length) return block.text.slice(from, to);
  return nodes(markTree(block.text, block.marks, from, to));
}

/** Code as the page printed it: lines and indentation kept, never split into sentences. */
export function CodeContent({ block, hidden }: { block: Block; hidden?: 'true' }) {
  return (
    <pre class="text code" aria-hidden={hidden}>
      <code>{block.verbatim ?? block.text}</code>
    </pre>
  );
}

/**
 * An image of the article, loaded only from an address the reader may use, lazily, sending no referrer. Its caption
 * blocks are drawn as blocks of their own (they pair with their translation); `alt` names it for screen readers.
 */
export function FigureContent({ block }: { block: Block }) {
  const figure = block.figure;
  const src = figure ? safeImageSrc(figure.src) : null;
  // An image that cannot load (offline, moved, blocked) would leave an empty band of its printed size: its
  // description stands in for it, or nothing where it has none.
  const [failed, setFailed] = useState(false);
  if (!figure || !src) return null;
  if (failed) return figure.alt ? <figure class="figure figure-missing">{figure.alt}</figure> : null;
  return (
    <figure class="figure">
      <img
        onError={() => setFailed(true)}
        src={src}
        alt={figure.alt}
        width={figure.width}
        height={figure.height}
        loading="lazy"
        decoding="async"
        referrerpolicy="no-referrer"
      />
    </figure>
  );
}

const BULLETS = ['•', '◦', '▪'];

/** A list item's marker: its number in a numbered list, a bullet by depth otherwise. */
export function listMarker(block: Block): { text: string; spoken: boolean } {
  const list = block.list;
  if (list?.ordered) return { text: `${list.number ?? 1}.`, spoken: true };
  return { text: BULLETS[((list?.depth ?? 1) - 1) % BULLETS.length]!, spoken: false };
}

/** A list item: its marker, indented by its depth, then its text. */
export function ListItemContent(props: { block: Block; hidden?: 'true'; children: ComponentChildren }) {
  const { block, hidden } = props;
  const marker = listMarker(block);
  const depth = Math.min(4, Math.max(1, block.list?.depth ?? 1));
  return (
    <p class={`text item depth-${depth}`} aria-hidden={hidden}>
      <span class="marker" aria-hidden={marker.spoken ? undefined : 'true'}>
        {marker.text}
      </span>{' '}
      {props.children}
    </p>
  );
}

/** One cell of a table to draw: its block and whatever the reader draws it with. */
export interface TableCell {
  block: Block;
  view: ComponentChildren;
}

/**
 * A data table from its cells (`block.cell` places them): one `<table>` Diglot builds, each cell holding the views of
 * its blocks. Places no block fills stay empty cells, so rows and columns keep their meaning.
 */
export function TableContent({ cells, label }: { cells: readonly TableCell[]; label?: string }) {
  const grid = new Map<number, Map<number, TableCell[]>>();
  let width = 0;
  for (const c of cells) {
    const place = c.block.cell;
    if (!place) continue;
    const row = grid.get(place.row) ?? new Map<number, TableCell[]>();
    grid.set(place.row, row);
    row.set(place.col, [...(row.get(place.col) ?? []), c]);
    width = Math.max(width, place.col + 1);
  }
  const rows = [...grid.keys()].sort((a, b) => a - b);
  const columns = Array.from({ length: width }, (_, k) => k).filter((k) => rows.some((r) => grid.get(r)!.has(k)));
  const hasData = cells.some((c) => !c.block.cell?.header);
  return (
    <table class="data-table" aria-label={label}>
      <tbody>
        {rows.map((r) => (
          <tr key={r}>
            {columns.map((k) => {
              const here = grid.get(r)!.get(k) ?? [];
              const header = hasData && here.length > 0 && here.every((c) => c.block.cell?.header);
              const content = here.map((c) => c.view);
              return header ? (
                <th key={k} scope="col">
                  {content}
                </th>
              ) : (
                <td key={k}>{content}</td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
