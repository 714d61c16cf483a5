/**
 * Writes `utils/lang/glance-tables.ts`, the glance's lists in compact form (see `utils/lang/compact-lists.ts`), from
 * `STOPWORDS_LEAD` and the Han lead characters. Run it after changing either:
 *
 *   npx tsx scripts/glance-tables.ts
 *
 * It takes the first seed under which no two lead words share a hash and no function word of any language (core or
 * full lists) shares a lead word's. test/unit/parse/glance-tables.test.ts fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { encodeCodePoints, encodeLeadTable, leadCollisions, type LeadTable } from '../utils/lang/compact-lists';
import { HAN_LEAD_SIMPLIFIED, HAN_LEAD_TRADITIONAL } from '../utils/lang/han-lead';
import { STOPWORDS_CORE } from '../utils/lang/stopword-core';
import { STOPWORDS_LEAD } from '../utils/lang/stopword-lead';
import { fullStopwords } from '../utils/lang/stopwords-full';

export const GLANCE_TABLES_FILE = 'utils/lang/glance-tables.ts';

/** Every function word of every language, core and full lists: none of them may hit a lead word's hash unless it is
 * that lead word. (Core words alone let `over` count for Serbian on every English page.) */
export function functionWords(): Set<string> {
  return new Set([...Object.values(STOPWORDS_CORE).flatMap((words) => words.split(' ')), ...fullStopwords().words()]);
}

export function makeLeadTable(): LeadTable {
  const others = [...functionWords()];
  for (let seed = 0; seed < 1_000_000; seed++)
    if (leadCollisions(STOPWORDS_LEAD, others, seed).length === 0) return encodeLeadTable(STOPWORDS_LEAD, seed);
  throw new Error('no seed under a million keeps the function words apart from the lead words');
}

/** The module's source, formatted as the rest of the code is. */
export async function glanceTablesSource(table: LeadTable = makeLeadTable()): Promise<string> {
  const source = `// Written by scripts/glance-tables.ts from stopword-lead.ts and han-lead.ts: do not edit (see compact-lists.ts).
import type { LeadTable } from './compact-lists';

export const LEAD_TABLE: LeadTable = {
  seed: ${table.seed},
  cyrillic: ${table.cyrillic},
  counts: '${table.counts}',
  hashes:
    '${table.hashes}',
};

/** The lead characters of Simplified and of Traditional Chinese, as code points. */
export const HAN_LEAD_CODES = {
  simplified: '${encodeCodePoints(HAN_LEAD_SIMPLIFIED)}',
  traditional: '${encodeCodePoints(HAN_LEAD_TRADITIONAL)}',
};
`;
  return format(source, { ...(await resolveConfig(GLANCE_TABLES_FILE)), filepath: GLANCE_TABLES_FILE });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const table = makeLeadTable();
  writeFileSync(GLANCE_TABLES_FILE, await glanceTablesSource(table));
  console.log(`${GLANCE_TABLES_FILE}: seed ${table.seed}, ${table.counts.length} languages`);
}
