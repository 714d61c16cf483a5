import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline, exportMarkdown, yamlString } from '../../../utils/export/markdown';
import { TRICKY, articleOf, clipOf, trickyClip } from './sample';

function frontMatter(md: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!match) throw new Error('no front matter');
  return match[1]!;
}

/** The table rows after the header, delimiter and title rows. */
function tableRows(md: string): string[] {
  return md
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .slice(3);
}

describe('Markdown export', () => {
  it('should start with YAML front matter holding the citation', () => {
    const yaml = frontMatter(exportMarkdown(trickyClip()));
    expect(yaml).toContain('title:\n  "en": "Title in en"\n  "ar": "Title in ar"');
    expect(yaml).toContain('authors:\n  - "Janne Pak"');
    expect(yaml).toContain('published: "2021-12-31T17:33:00+09:00"');
    expect(yaml).toContain('url: "https://news.example/article"');
    expect(yaml).toContain('languages:\n  - "en"\n  - "ar"');
    expect(yaml).toContain('clipped_at: "2026-01-01T00:00:00.000Z"');
    expect(yaml).toContain('diglot_version: "0.0.0-test"');
  });

  it('should quote and escape every YAML string, including tags like no that YAML 1.1 reads as false', () => {
    expect(yamlString('no')).toBe('"no"');
    expect(yamlString('He said "hi"\\ then\nleft\t')).toBe('"He said \\"hi\\"\\\\ then\\nleft\\t"');
    expect(yamlString('a\u2028b')).toBe('"a\\u2028b"');
    expect(yamlString('bell\u0007')).toBe('"bell"');
    const clip = trickyClip();
    clip.citation.title.en = 'Colon: "quoted" # not a comment';
    expect(frontMatter(exportMarkdown(clip))).toContain('"en": "Colon: \\"quoted\\" # not a comment"');
  });

  it('should write one table row per pair and a row with an empty cell for an unpaired block', () => {
    const clip = trickyClip();
    const rows = tableRows(exportMarkdown(clip));
    expect(rows).toHaveLength(clip.article.pairs.length + 1);
    expect(rows[0]).toBe('| *Photo: a caption only English has.* |  |');
  });

  it('should escape pipes and turn newlines into <br> so every pair stays on one row', () => {
    const rows = tableRows(exportMarkdown(trickyClip()));
    expect(rows[2]).toBe('| col one\tcol two<br>second line<br>third | C:\\\\temp\\\\new and a literal \\\\t |');
    expect(rows[3]).toContain('left \\| right<br><br>Scientist');
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(4);
  });

  it('should keep page text from turning into HTML or Markdown syntax', () => {
    expect(escapeMarkdownInline(TRICKY.markup)).toBe(`&lt;script>alert("x")&lt;/script> & 'fish' > chips`);
    expect(escapeMarkdownInline('*not bold* _nor this_ [link](x) `code` &amp;')).toBe(
      '\\*not bold\\* \\_nor this\\_ \\[link\\](x) \\`code\\` &amp;amp;',
    );
  });

  it('should keep right-to-left text, emoji and zero-width characters', () => {
    const md = exportMarkdown(trickyClip());
    for (const text of [TRICKY.arabic, TRICKY.hebrew, TRICKY.emoji, TRICKY.zeroWidth]) expect(md).toContain(text);
    expect(md.includes('\u0007') || md.includes('\uD800')).toBe(false);
  });

  it('should write one section per language with the sections layout', () => {
    const md = exportMarkdown(trickyClip(), { layout: 'sections' });
    expect(md).toContain('## en: Title in en\n\n*Photo: a caption only English has.*\n\n&lt;script>');
    expect(md).toContain('## ar: Title in ar\n\n' + TRICKY.arabic);
    expect(md.indexOf('## en')).toBeLessThan(md.indexOf('## ar'));
    expect(md).not.toContain('| --- |');
  });

  it('should escape block markers at the start of a paragraph in sections', () => {
    const clip = clipOf(articleOf(['en', 'ko'], [{ en: ['# not a heading', '1. not a list'], ko: ['- 목록 아님'] }]));
    const md = exportMarkdown(clip, { layout: 'sections' });
    expect(md).toContain('\n\\# not a heading\n');
    expect(md).toContain('\n1\\. not a list\n');
    expect(md).toContain('\n\\- 목록 아님\n');
  });

  it('should leave out the front matter when asked', () => {
    expect(exportMarkdown(trickyClip(), { frontMatter: false })).toMatch(/^# Title in en\n/);
  });

  it('should write an article that is not bilingual as one section', () => {
    const article = articleOf(['en', 'ko'], [{ only: 'en', text: 'Only English here.' }]);
    const md = exportMarkdown(clipOf({ ...article, bilingual: false, languages: ['en'], layout: 'single' }));
    expect(md).toContain('## en: Title in en\n\nOnly English here.\n');
  });
});
