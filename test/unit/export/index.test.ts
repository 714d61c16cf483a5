import { describe, expect, it } from 'vitest';
import { formats, isFormatId, suggestedFileName } from '../../../utils/export/index';
import { articleOf, clipOf, trickyClip } from './sample';

describe('the format registry', () => {
  it('should list every format with its extension and MIME type', () => {
    expect(Object.keys(formats)).toEqual(['md', 'json', 'tmx', 'tsv', 'jsonl']);
    for (const [id, format] of Object.entries(formats)) {
      expect(format.id).toBe(id);
      expect(format.extension).toBe(id);
      expect(format.mime).toMatch(/^[a-z]+\/[\w.+-]+/);
    }
  });

  it('should export a clip in every format as a non-empty string', () => {
    for (const format of Object.values(formats)) expect(format.export(trickyClip()).length).toBeGreaterThan(0);
  });

  it('should merge in the formats that can hold many articles', () => {
    expect(
      Object.values(formats)
        .filter((f) => f.merge)
        .map((f) => f.id),
    ).toEqual(['tmx', 'tsv', 'jsonl']);
  });

  it('should tell format ids from other strings', () => {
    expect(isFormatId('tmx')).toBe(true);
    expect(isFormatId('toString')).toBe(false);
  });
});

describe('suggestedFileName', () => {
  it('should be the publication date and the title as a slug', () => {
    expect(suggestedFileName(trickyClip(), 'md')).toBe('2021-12-31-title-in-en.md');
  });

  it('should keep letters of every script and drop what a file system may refuse', () => {
    const clip = clipOf(articleOf(['ko', 'en'], []));
    clip.citation.title = { ko: '바이든 대통령, 푸틴과: "긴장완화" / 논의?' };
    delete clip.citation.publishedTime;
    expect(suggestedFileName(clip, 'tmx')).toBe('2026-01-01-바이든-대통령-푸틴과-긴장완화-논의.tmx');
  });
});
