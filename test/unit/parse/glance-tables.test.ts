import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { functionWords, GLANCE_TABLES_FILE, glanceTablesSource } from '../../../scripts/glance-tables';
import {
  decodeCodePoints,
  decodeLeadTable,
  encodeCodePoints,
  encodeLeadTable,
  HASH_BITS,
  leadCollisions,
  leadKey,
} from '../../../utils/lang/compact-lists';
import { HAN_LEAD_CODES, LEAD_TABLE } from '../../../utils/lang/glance-tables';
import { HAN_LEAD_SIMPLIFIED, HAN_LEAD_TRADITIONAL } from '../../../utils/lang/han-lead';
import { STOPWORDS_LEAD } from '../../../utils/lang/stopword-lead';
import { fullStopwords } from '../../../utils/lang/stopwords-full';

const sorted = (chars: string): string => [...new Set(chars)].sort().join('');

describe("the glance's compact tables", () => {
  it('are what scripts/glance-tables.ts writes from the lists today', async () => {
    expect(readFileSync(GLANCE_TABLES_FILE, 'utf8')).toBe(await glanceTablesSource());
  });

  it("give every lead word its own language, and no function word of any language a lead word's of its script", () => {
    const index = decodeLeadTable(LEAD_TABLE);
    const langs = Object.keys(STOPWORDS_LEAD);
    expect(LEAD_TABLE.counts.length).toBe(langs.length);
    langs.forEach((lang, i) => {
      for (const w of STOPWORDS_LEAD[lang]!.split(' '))
        expect(index.get(leadKey(w, LEAD_TABLE.seed)), `${lang}: ${w}`).toBe(i);
    });
    const core = functionWords();
    const lead = new Set(Object.values(STOPWORDS_LEAD).flatMap((w) => w.split(' ')));
    expect(langs.slice(LEAD_TABLE.cyrillic)).toEqual([
      'ru',
      'uk',
      'be',
      'bg',
      'mk',
      'sr',
      'kk',
      'ky',
      'tt',
      'tg',
      'mn',
    ]);
    for (const w of core) {
      const lang = lead.has(w) ? undefined : index.get(leadKey(w, LEAD_TABLE.seed));
      expect(lang, `${w} counts for ${langs[lang ?? 0]}`).toBeUndefined();
    }
    expect(leadCollisions(STOPWORDS_LEAD, core, LEAD_TABLE.seed)).toEqual([]);
  });

  it("let few other words through: under 1.5% of the fixture pages' words and of the full function-word lists", () => {
    const index = decodeLeadTable(LEAD_TABLE);
    const lead = new Set(Object.values(STOPWORDS_LEAD).flatMap((w) => w.split(' ')));
    const dir = 'test/fixtures/pages';
    const words = new Set<string>(fullStopwords().words());
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')))
      for (const w of readFileSync(join(dir, file), 'utf8')
        .replace(/<[^>]*>/g, ' ')
        .toLowerCase()
        .match(/[a-z\u00df-\u024f\u0430-\u052f]+/g) ?? [])
        words.add(w);
    const others = [...words].filter((w) => !lead.has(w));
    expect(others.length).toBeGreaterThan(10_000);
    const hits = others.filter((w) => index.has(leadKey(w, LEAD_TABLE.seed))).length;
    // 610 Latin and 140 Cyrillic hashes of 17 bits: about 0.5% expected.
    expect(hits / others.length).toBeLessThan(0.015);
    expect(2 ** HASH_BITS).toBeGreaterThan(100 * index.size);
  });

  it('decode to the same table they were encoded from, under any seed', () => {
    const lists = { aa: 'one two three', bb: 'four five', cc: 'шесть' };
    for (const seed of [0, 7, 12345]) {
      const index = decodeLeadTable(encodeLeadTable(lists, seed));
      expect(index.size).toBe(6);
      expect(index.get(leadKey('two', seed))).toBe(0);
      expect(index.get(leadKey('five', seed))).toBe(1);
      expect(index.get(leadKey('шесть', seed))).toBe(2);
      expect(encodeLeadTable(lists, seed).cyrillic).toBe(2);
    }
    expect(() => encodeLeadTable({ ru: 'это', en: 'the' }, 0)).toThrow(/Latin-script languages come first/);
  });

  it('carry the Han lead characters, in code-point order', () => {
    expect(sorted(decodeCodePoints(HAN_LEAD_CODES.simplified))).toBe(sorted(HAN_LEAD_SIMPLIFIED));
    expect(sorted(decodeCodePoints(HAN_LEAD_CODES.traditional))).toBe(sorted(HAN_LEAD_TRADITIONAL));
    expect(decodeCodePoints(encodeCodePoints('们个们'))).toBe('个们');
    expect(() => encodeCodePoints('a们')).toThrow(/gap/);
  });
});
