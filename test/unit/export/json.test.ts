import { describe, expect, it } from 'vitest';
import { exportJson, importClips } from '../../../utils/export/json';
import { exportJsonl, mergeJsonl } from '../../../utils/export/jsonl';
import { articleOf, clipOf, trickyClip } from './sample';

describe('JSON export', () => {
  it('should write the contract object with the citation beside its fields', () => {
    const clip = trickyClip();
    const value = JSON.parse(exportJson(clip));
    expect(value).toEqual({ ...clip.article, citation: clip.citation });
    expect(value.schema).toBe(1);
  });

  it('should read back what it wrote without losing anything, lone surrogates included', () => {
    const clip = trickyClip();
    const { clips, errors } = importClips(exportJson(clip));
    expect(errors).toEqual([]);
    expect(clips).toEqual([clip]);
    expect(exportJson(clips[0]!)).toBe(exportJson(clip));
  });

  it('should keep fields it does not know, since the contract may grow', () => {
    const clip = trickyClip();
    (clip.article as unknown as Record<string, unknown>)['extra'] = { kept: true };
    expect(importClips(exportJson(clip)).clips[0]!.article).toHaveProperty('extra', { kept: true });
  });

  it('should read a JSON array of clips', () => {
    const text = JSON.stringify([JSON.parse(exportJson(trickyClip())), JSON.parse(exportJson(trickyClip()))]);
    expect(importClips(text).clips).toHaveLength(2);
  });
});

describe('JSON Lines export', () => {
  it('should write one clip per line and read every line back', () => {
    const a = trickyClip();
    const b = clipOf(articleOf(['ko', 'en'], [{ ko: ['안녕하세요.'], en: ['Hello.'] }]));
    const text = mergeJsonl([a, b]);
    expect(text.split('\n')).toEqual([exportJsonl(a).trimEnd(), exportJsonl(b).trimEnd(), '']);
    const { clips, errors } = importClips(text);
    expect(errors).toEqual([]);
    expect(clips).toEqual([a, b]);
  });
});

describe('JSON import', () => {
  const good = (): Record<string, unknown> => JSON.parse(exportJson(trickyClip()));
  const lines = (...records: unknown[]): string => records.map((r) => JSON.stringify(r)).join('\n');

  it('should report each broken record by number and keep the good ones', () => {
    const noTitle = good();
    delete noTitle['title'];
    const badText = good();
    (badText['blocks'] as { text: unknown }[])[1]!.text = 42;
    const { clips, errors } = importClips(lines(good(), noTitle, badText, good()));
    expect(clips).toHaveLength(2);
    expect(errors).toEqual([
      'record 2 (line 2): title: expected an object, got nothing',
      'record 3 (line 3): blocks[1].text: expected a string, got number',
    ]);
  });

  it('should name an unsupported schema version', () => {
    const { errors } = importClips(lines({ ...good(), schema: 2 }));
    expect(errors).toEqual(['record 1: schema 2 is not supported (this Diglot reads schema 1)']);
    expect(importClips(lines({ ...good(), schema: '1' })).errors[0]).toMatch(
      /schema: expected the number 1, got string/,
    );
  });

  it('should report a line that is not JSON without giving up on the rest', () => {
    const { clips, errors } = importClips(`${JSON.stringify(good())}\n{"schema": 1,\n${JSON.stringify(good())}\n`);
    expect(clips).toHaveLength(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^record 2 \(line 2\): not valid JSON/);
  });

  it('should report a missing citation, wrong types and pairs pointing at no block', () => {
    const record = good();
    delete record['citation'];
    record['confidence'] = 1.5;
    record['layout'] = 'sideways';
    (record['pairs'] as { blocks: Record<string, string[]> }[])[0]!.blocks['en'] = ['b99'];
    const [error] = importClips(JSON.stringify(record)).errors;
    expect(error).toContain('confidence: 1.5 is outside 0..1');
    expect(error).toContain('layout: expected one of blocks, interleaved, columns, pages, single, got string');
    expect(error).toContain('pairs[0].blocks.en[0]: no block has id "b99"');
    expect(error).toContain('citation: expected an object, got nothing');
  });

  it('should cap the problems listed for one record', () => {
    const record = good();
    record['blocks'] = (record['blocks'] as object[]).map(() => ({}));
    expect(importClips(JSON.stringify(record)).errors[0]).toMatch(/; and \d+ more$/);
  });

  it('should never throw, whatever it is given', () => {
    for (const text of ['', '   ', 'null', '42', '"text"', '[1, null]', '{', '\uFEFF{}']) {
      const result = importClips(text);
      expect(result.clips).toEqual([]);
      expect(result.errors.length).toBeGreaterThan(0);
    }
  });
});
