/**
 * The article's form on its blocks: marks, list places, table cells and code as printed on each text block, and the
 * figures inserted where they stand. Runs after the alignment, which never sees any of it: form changes how the
 * article is shown and exported, never which text faces which.
 */
import type { Block } from '../contract';
import type { ExtractedBlock } from '../extract';
import { upperTagName } from '../dom/tag-name';
import type { FoundFigure } from './figures';
import { inlineText, marksFor, type InlineText } from './marks';
import { Tables, listPlace, verbatimOf } from './structure';

/** Adds marks, list and cell places and verbatim code to `blocks` (index for index with `raw`). */
export function addForm(blocks: Block[], raw: readonly ExtractedBlock[], base: string | undefined): void {
  const tables = new Tables();
  const inline = new Map<Element, InlineText>();
  // Blocks of one element (the lines of a <br> paragraph) are found in it one after the other.
  const cursor = new Map<Element, number>();
  blocks.forEach((block, i) => {
    const source = raw[i]?.source ?? null;
    if (!source) return;
    if (block.kind === 'preformatted') {
      const verbatim = verbatimOf(source, block.text);
      if (verbatim !== null && verbatim !== block.text) block.verbatim = verbatim;
      return;
    }
    if (block.kind === 'list-item') {
      const list = listPlace(source);
      if (list) block.list = list;
    }
    if (block.kind === 'table-cell') {
      const cell = tables.place(source);
      if (cell) block.cell = cell;
    }
    let text = inline.get(source);
    if (!text) inline.set(source, (text = inlineText(source, base)));
    if (text.marks.length === 0) return;
    const found = marksFor(block.text, text, cursor.get(source) ?? 0);
    if (!found) return;
    cursor.set(source, found.at + block.text.length);
    if (found.marks.length > 0) block.marks = found.marks;
  });
}

/** The element an image's captions sit in, when it holds no other image (else the captions are not surely its). */
function captionHolder(f: FoundFigure): Element | null {
  const h = f.holder;
  if (!h) return null;
  return upperTagName(h) === 'FIGURE' || h.getElementsByTagName('img').length === 1 ? h : null;
}

/**
 * `blocks` with a `figure` block before the first block printed after each image (`orders` and `sources` are each
 * block's place and element in the page). A photo the page prints twice (once in each language's text) is one
 * figure, where it first stands, with the captions of both.
 */
export function withFigures(
  blocks: Block[],
  orders: readonly number[],
  sources: readonly (Element | null)[],
  figures: readonly FoundFigure[],
): Block[] {
  if (figures.length === 0) return blocks;
  const kept: Array<{ found: FoundFigure; block: Block }> = [];
  for (const found of figures) {
    const same = kept.find((k) => k.found.addresses.some((a) => found.addresses.includes(a)));
    const block: Block = same?.block ?? {
      id: `f${kept.length + 1}`,
      lang: 'und',
      kind: 'figure',
      text: found.info.alt,
      figure: { ...found.info },
    };
    if (!same) kept.push({ found, block });
    const holder = captionHolder(found);
    if (!holder) continue;
    const captions = blocks.filter((b, i) => b.kind === 'caption' && sources[i] && holder.contains(sources[i]!));
    if (captions.length === 0) continue;
    const figure = block.figure!;
    figure.captions = [...new Set([...(figure.captions ?? []), ...captions.map((b) => b.id)])];
  }
  const placed = [...kept].sort((a, b) => a.found.order - b.found.order);
  const out: Block[] = [];
  let k = 0;
  blocks.forEach((block, i) => {
    for (; k < placed.length && placed[k]!.found.order < orders[i]!; k++) out.push(placed[k]!.block);
    out.push(block);
  });
  for (; k < placed.length; k++) out.push(placed[k]!.block);
  return out;
}
