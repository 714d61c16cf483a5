import { describe, expect, test } from 'vitest';
import { clipFileName } from '../../utils/file-name';
import { articleOf, clipOf } from './export/sample';

function clipTitled(title: string) {
  const clip = clipOf(articleOf(['ko', 'en'], [{ ko: ['문단.'], en: ['Paragraph.'] }], { title: { ko: title } }));
  clip.citation = { ...clip.citation, title: { ko: title }, clippedAt: '2026-11-28T09:00:00.000Z' };
  return clip;
}

describe('clipFileName', () => {
  test('names the file by clip date and the first language title', () => {
    expect(clipFileName(clipTitled('바이든 대통령, 푸틴과 긴장완화 방안 논의'), 'tmx')).toBe(
      '2026-11-28 바이든 대통령, 푸틴과 긴장완화 방안 논의.tmx',
    );
  });

  test('removes characters no file system accepts and caps the length', () => {
    const name = clipFileName(clipTitled('A/B: "what?" <now>|' + 'x'.repeat(200)), 'md');
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
    expect(name.length).toBeLessThanOrEqual(11 + 80 + 3);
  });

  test('falls back to "article" when there is no title', () => {
    expect(clipFileName(clipTitled('   '), 'json')).toBe('2026-11-28 article.json');
  });
});
