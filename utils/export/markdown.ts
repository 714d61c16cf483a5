/**
 * Markdown for notes apps (Obsidian, Zotero notes, plain files): YAML front matter with the citation, then the
 * article either as a two-column table of pairs or as one section per language.
 *
 * Text is plain text from the page, so everything Markdown would read as syntax is escaped: a caption starting with
 * `#` stays a caption, `<script>` stays visible text, and `|` does not break the table.
 */
import type { Block, LangTag, ParsedArticle } from '../contract';
import type { Clip } from './clip';
import { columnLanguages, tableRows, withoutExcluded } from './segments';
import { stripInvalidChars } from './text';
import {
  codeFence,
  escapeMarkdownInline,
  listMarker,
  markdownImage,
  markdownInline,
  markdownTable,
} from './markdown-form';

export interface MarkdownOptions {
  /** `table` (default): pairs side by side, unpaired blocks in a row with an empty cell. `sections`: one language after the other. */
  layout?: 'table' | 'sections';
  /** Write the YAML front matter (default true). */
  frontMatter?: boolean;
}

/**
 * A YAML double-quoted scalar. Everything is quoted: unquoted `no`, `on`, `2021-12-31` or `null` would be read back
 * as a boolean, a date or nothing (YAML 1.1's "Norway problem" bites the language tag `no`).
 */
export function yamlString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters must be escaped in YAML
  const escaped = stripInvalidChars(text).replace(/[\\"\u0000-\u001F\u007F\u0085\u2028\u2029]/g, (c) => {
    const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r' };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

function frontMatter(clip: Clip): string {
  const { article, citation } = clip;
  const lines = ['---'];
  const scalar = (key: string, value: string | undefined): void => {
    if (value !== undefined) lines.push(`${key}: ${yamlString(value)}`);
  };
  const list = (key: string, values: string[]): void => {
    lines.push(values.length === 0 ? `${key}: []` : `${key}:`);
    for (const value of values) lines.push(`  - ${yamlString(value)}`);
  };
  const titles = Object.entries(citation.title);
  lines.push(titles.length === 0 ? 'title: {}' : 'title:');
  for (const [lang, title] of titles) lines.push(`  ${yamlString(lang)}: ${yamlString(title)}`);
  list('authors', citation.authors);
  scalar('published', citation.publishedTime);
  scalar('modified', citation.modifiedTime);
  scalar('site', citation.siteName);
  scalar('url', citation.url);
  scalar('canonical_url', citation.canonicalUrl);
  list('languages', citation.languages);
  lines.push(`bilingual: ${article.bilingual}`);
  scalar('layout', article.layout);
  // Two pages read as one article: each page's own citation.
  if (clip.citations) {
    lines.push('pages:');
    for (const c of clip.citations) {
      const [lang] = c.languages;
      lines.push(`  - lang: ${yamlString(lang ?? 'und')}`);
      const sub = (key: string, value: string | undefined): void => {
        if (value !== undefined) lines.push(`    ${key}: ${yamlString(value)}`);
      };
      sub('title', lang === undefined ? undefined : c.title[lang]);
      if (c.authors.length > 0) lines.push('    authors:', ...c.authors.map((a) => `      - ${yamlString(a)}`));
      sub('published', c.publishedTime);
      sub('site', c.siteName);
      sub('url', c.url);
      sub('canonical_url', c.canonicalUrl);
    }
  }
  scalar('clipped_at', citation.clippedAt);
  scalar('diglot_version', citation.diglotVersion);
  lines.push('---', '');
  return lines.join('\n');
}

export { escapeMarkdownInline };

/** Escape a paragraph that starts a line: also the block markers (`# `, `> `, `- `, `1. `, `+`, `=`). */
function escapeMarkdownLine(inline: string): string {
  // A backslash before a digit is no escape in CommonMark, so `1. ` is kept from being a list item as `1\. `.
  return inline.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function blockLine(block: Block): string {
  const inline = markdownInline(block);
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(Math.min(6, (block.level ?? 2) + 1))} ${inline}`;
    case 'list-item':
      return `${listMarker(block)}${inline}`;
    case 'quote':
      return `> ${escapeMarkdownLine(inline)}`;
    case 'caption':
      return `*${inline}*`;
    case 'preformatted':
      return codeFence(block);
    case 'figure':
      return markdownImage(block) ?? '';
    default:
      return escapeMarkdownLine(inline);
  }
}

function cell(blocks: Block[]): string {
  return blocks
    .map((block) => {
      const text = markdownInline(block);
      if (block.kind === 'figure') return markdownImage(block) ?? '';
      if (block.kind === 'preformatted') return `<code>${escapeMarkdownInline(block.verbatim ?? block.text)}</code>`;
      return block.kind === 'heading' ? `**${text}**` : block.kind === 'caption' ? `*${text}*` : text;
    })
    .filter(Boolean)
    .join('<br><br>');
}

/**
 * The blocks of one section as Markdown lines: the cells of a data table together as one table, the items of a list
 * one under the other (a blank line would end a nested list's parent), everything else a paragraph of its own.
 */
function sectionLines(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.cell) {
      const table = [block];
      while (blocks[i + 1]?.cell?.table === block.cell.table) table.push(blocks[++i]!);
      out.push(markdownTable(table), '');
      continue;
    }
    const line = blockLine(block);
    if (!line) continue;
    const previous = blocks[i - 1];
    if (block.kind === 'list-item' && previous?.kind === 'list-item' && out[out.length - 1] === '') out.pop();
    out.push(line, '');
  }
  return out;
}

function titleOf(article: ParsedArticle, citation: Clip['citation'], lang: LangTag | undefined): string | undefined {
  return lang === undefined ? undefined : (citation.title[lang] ?? article.title[lang]);
}

function table(clip: Clip, langs: LangTag[]): string {
  const { article, citation } = clip;
  const out = [`| ${langs.map(escapeMarkdownInline).join(' | ')} |`, `| ${langs.map(() => '---').join(' | ')} |`];
  const titles = langs.map((lang) => titleOf(article, citation, lang));
  if (titles.some((t) => t))
    out.push(`| ${titles.map((t) => (t ? `**${escapeMarkdownInline(t)}**` : '')).join(' | ')} |`);
  for (const row of tableRows(article, langs)) out.push(`| ${row.cells.map(cell).join(' | ')} |`);
  return out.join('\n') + '\n';
}

function sections(clip: Clip, langs: LangTag[]): string {
  const { article, citation } = clip;
  const order = [...langs];
  const figure = (block: Block): boolean => block.kind === 'figure';
  for (const block of article.blocks) if (!order.includes(block.lang) && !figure(block)) order.push(block.lang);
  const out: string[] = [];
  for (const [k, lang] of order.entries()) {
    // Figures stand among the first language's text, where the page printed them (once: they are both languages').
    const blocks = article.blocks.filter((block) => block.lang === lang || (k === 0 && figure(block)));
    const title = titleOf(article, citation, lang);
    if (blocks.length === 0 && !title) continue;
    out.push(`## ${escapeMarkdownInline(lang)}${title ? `: ${escapeMarkdownInline(title)}` : ''}`, '');
    out.push(...sectionLines(blocks));
  }
  return out.join('\n');
}

export function exportMarkdown(whole: Clip, options: MarkdownOptions = {}): string {
  const clip = { ...whole, article: withoutExcluded(whole.article) };
  const { article, citation } = clip;
  const langs = columnLanguages(article);
  const heading = langs.map((lang) => titleOf(article, citation, lang)).find((t) => !!t) ?? 'Untitled article';
  const source = citation.canonicalUrl ?? citation.url;
  let out = options.frontMatter === false ? '' : frontMatter(clip) + '\n';
  out += `# ${escapeMarkdownInline(heading)}\n\n`;
  if (source) out += `Source: <${source.replace(/[<>\s]/g, encodeURIComponent)}>\n\n`;
  out += options.layout === 'sections' || langs.length < 2 ? sections(clip, langs) : table(clip, langs);
  return out;
}
