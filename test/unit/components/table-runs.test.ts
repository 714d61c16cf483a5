/**
 * Which reader rows are a data table (issue 13): a table with a column per language is drawn once across both
 * columns; a table printed in each language's text stays in its column, facing the other's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageTables, tableRuns } from '../../../components/table-runs';
import { buildRows, languageBlocks } from '../../../components/rows';
import { parseArticle } from '../../../utils/parse';
import { htmlToDocument } from '../../../utils/parse-html';

const parsed = (name: string) =>
  parseArticle(htmlToDocument(readFileSync(new URL(`../../fixtures/pages/${name}.html`, import.meta.url), 'utf8')), {
    url: 'https://news.example/a/1',
  });
const runs = (name: string) => tableRuns(buildRows(parsed(name), false)).flatMap((p) => ('run' in p ? [p.run] : []));
const texts = (table: { block: { text: string } }[]) => table.map((p) => p.block.text);

describe('table runs', () => {
  it('draw a table with a column per language once, across both columns', () => {
    const found = runs('interleaved--en-zh-Hans--browser-support-docs');
    expect(found).toHaveLength(1);
    expect(found[0]!.spanning).toHaveLength(1);
    expect(found[0]!.left).toEqual([]);
    expect(texts(found[0]!.spanning[0]!)).toEqual(expect.arrayContaining(['Chrome', '最新的两个稳定版本']));
  });

  it("keep a table printed in each language's text in its column, facing the other's", () => {
    const found = runs('hostile--en-ko--script-payloads');
    expect(found).toHaveLength(1);
    expect(found[0]!.spanning).toEqual([]);
    expect(texts(found[0]!.left[0]!)).toContain('Monitor raised the alert');
    expect(texts(found[0]!.right[0]!)).toContain('감시 장치 경보');
  });

  it('gather one language’s cells of one table for the one-language views', () => {
    const article = parsed('interleaved--en-zh-Hans--browser-support-docs');
    const zh = languageTables(languageBlocks(article, 'zh-Hans'));
    const tables = zh.filter(Array.isArray);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.map((x) => x.block.text)).toEqual([
      '最低测试版本',
      '最新的两个稳定版本',
      '最新版本和延长支持版本',
      '最新的两个稳定版本',
      '16.4 及以上版本，包括 macOS 和 iOS',
      '23 及以上版本',
    ]);
  });
});
