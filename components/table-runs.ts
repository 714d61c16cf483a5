/**
 * Which rows of the reader are a data table: consecutive rows whose blocks are all cells of data tables (the
 * contract's `cell`). A table whose cells are in both columns (a column per language, paired row by row) is drawn once,
 * across both columns, as the page printed it; a table of one language stays in its column, facing its translation's
 * table. Pure, over the rows of rows.ts, so the layout rules are unit-tested in Node.
 */
import type { Block } from '../utils/contract';
import type { Row } from './rows';

export interface PlacedBlock {
  block: Block;
  pair: number | null;
  side: 'left' | 'right' | 'full';
}

export interface TableRun {
  /** Tables with cells on both sides (or in neither language): drawn once, across both columns. */
  spanning: PlacedBlock[][];
  /** Tables of one side only. */
  left: PlacedBlock[][];
  right: PlacedBlock[][];
}

export type Piece = { row: Row; index: number } | { run: TableRun; index: number };

function placed(row: Row): PlacedBlock[] {
  return [
    ...row.left.map((block) => ({ block, pair: row.pair, side: 'left' as const })),
    ...row.right.map((block) => ({ block, pair: row.pair, side: 'right' as const })),
    ...row.full.map((block) => ({ block, pair: row.pair, side: 'full' as const })),
  ];
}

/** Blocks grouped by their table, in the order the tables are met. */
function byTable(blocks: readonly PlacedBlock[]): PlacedBlock[][] {
  const tables = new Map<number, PlacedBlock[]>();
  for (const p of blocks) {
    const t = p.block.cell!.table;
    tables.set(t, [...(tables.get(t) ?? []), p]);
  }
  return [...tables.values()];
}

/** The rows in order, each either a row as it is or a run of table rows (`index` is the first row's). */
export function tableRuns(rows: readonly Row[]): Piece[] {
  const out: Piece[] = [];
  let run: PlacedBlock[] = [];
  let start = 0;
  const flush = (): void => {
    if (run.length === 0) return;
    const result: TableRun = { spanning: [], left: [], right: [] };
    for (const table of byTable(run)) {
      const sides = new Set(table.map((p) => p.side));
      if (sides.size > 1 || sides.has('full')) result.spanning.push(table);
      else if (sides.has('left')) result.left.push(table);
      else result.right.push(table);
    }
    out.push({ run: result, index: start });
    run = [];
  };
  rows.forEach((row, index) => {
    const blocks = placed(row);
    if (blocks.length > 0 && blocks.every((p) => p.block.cell)) {
      if (run.length === 0) start = index;
      run.push(...blocks);
      return;
    }
    flush();
    out.push({ row, index });
  });
  flush();
  return out;
}

/** One language's blocks in order, consecutive cells of one table gathered (the one-language views). */
export function languageTables<T extends { block: Block }>(list: readonly T[]): Array<T | T[]> {
  const out: Array<T | T[]> = [];
  for (const item of list) {
    const last = out[out.length - 1];
    const cell = item.block.cell;
    if (cell && Array.isArray(last) && last[0]!.block.cell!.table === cell.table) last.push(item);
    else out.push(cell ? [item] : item);
  }
  return out;
}
