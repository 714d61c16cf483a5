import { describe, expect, it } from 'vitest';
import { escapeTsv, exportTsv, mergeTsv, unescapeTsv } from '../../../utils/export/tsv';
import { TRICKY, trickyClip } from './sample';

const lines = (tsv: string): string[] => tsv.split('\n').slice(0, -1);

describe('TSV export', () => {
  it('should write one line per pair, with exactly one tab on each', () => {
    const clip = trickyClip();
    const tsv = exportTsv(clip);
    expect(tsv.endsWith('\n')).toBe(true);
    expect(lines(tsv)).toHaveLength(clip.article.pairs.length);
    for (const line of lines(tsv)) expect(line.split('\t')).toHaveLength(2);
  });

  it('should escape tabs, newlines and backslashes inside text as \\t, \\n and \\\\', () => {
    const [, second] = lines(exportTsv(trickyClip()));
    expect(second).toBe('col one\\tcol two\\nsecond line\\r\\nthird\tC:\\\\temp\\\\new and a literal \\\\t');
  });

  it('should read back every escaped text unchanged', () => {
    for (const text of [TRICKY.whitespace, TRICKY.backslash, '\\\\n', 'end\\']) {
      expect(unescapeTsv(escapeTsv(text))).toBe(text);
    }
  });

  it('should keep markup, ampersands, right-to-left text, emoji and zero-width characters as they are', () => {
    const tsv = lines(exportTsv(trickyClip()));
    expect(tsv[0]).toBe(`${TRICKY.markup}\t${TRICKY.arabic}`);
    expect(tsv[2]).toBe(`${TRICKY.pipe} ${TRICKY.emoji}\t${TRICKY.zeroWidth}`);
    expect(tsv[3]!.split('\t')[1]).toBe(TRICKY.hebrew);
  });

  it('should drop control characters and lone surrogates', () => {
    expect(lines(exportTsv(trickyClip()))[3]!.split('\t')[0]).toBe('bell and lone surrogate');
  });

  it('should start with a line of language tags only when asked', () => {
    expect(lines(exportTsv(trickyClip(), { header: true }))[0]).toBe('en\tar');
    expect(lines(exportTsv(trickyClip()))[0]).not.toBe('en\tar');
  });

  it('should write one line per aligned sentence group with segtype sentence', () => {
    expect(lines(exportTsv(trickyClip(), { segtype: 'sentence' }))).toHaveLength(7);
  });

  it('should concatenate several clips with one header', () => {
    const tsv = mergeTsv([trickyClip(), trickyClip()], { header: true });
    expect(lines(tsv)).toHaveLength(1 + 2 * trickyClip().article.pairs.length);
  });
});
