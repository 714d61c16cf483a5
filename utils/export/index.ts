/**
 * The export formats by id: what the popup offers, what the library downloads and what `diglot parse --format` takes.
 */
import type { Clip } from './clip';
import { exportJson, type JsonOptions } from './json';
import { exportJsonl, mergeJsonl } from './jsonl';
import { exportMarkdown, type MarkdownOptions } from './markdown';
import { exportTmx, mergeTmx, type TmxOptions } from './tmx';
import { exportTsv, mergeTsv, type TsvOptions } from './tsv';

export type { Clip } from './clip';
export { makeClip } from './clip';
export { importClips, type ImportResult } from './json';

/** Options every format understands; each format reads the ones that concern it and ignores the rest. */
export type ExportOptions = MarkdownOptions & JsonOptions & TmxOptions & TsvOptions;

export interface ExportFormat {
  id: FormatId;
  /** Shown in menus. */
  label: string;
  /** File extension without the dot. */
  extension: string;
  mime: string;
  export(clip: Clip, options?: ExportOptions): string;
  /** Several clips into one file, for the formats where one file can hold many articles. */
  merge?(clips: Clip[], options?: ExportOptions): string;
}

export type FormatId = 'md' | 'json' | 'tmx' | 'tsv' | 'jsonl';

export const formats: Record<FormatId, ExportFormat> = {
  md: {
    id: 'md',
    label: 'Markdown',
    extension: 'md',
    mime: 'text/markdown;charset=utf-8',
    export: exportMarkdown,
  },
  json: {
    id: 'json',
    label: 'JSON',
    extension: 'json',
    mime: 'application/json',
    export: exportJson,
  },
  tmx: {
    id: 'tmx',
    label: 'TMX 1.4b (translation memory)',
    extension: 'tmx',
    mime: 'application/x-tmx+xml',
    export: exportTmx,
    merge: mergeTmx,
  },
  tsv: {
    id: 'tsv',
    label: 'TSV (tab-separated pairs)',
    extension: 'tsv',
    mime: 'text/tab-separated-values;charset=utf-8',
    export: exportTsv,
    merge: mergeTsv,
  },
  jsonl: {
    id: 'jsonl',
    label: 'JSON Lines',
    extension: 'jsonl',
    mime: 'application/jsonl',
    export: exportJsonl,
    merge: mergeJsonl,
  },
};

export function isFormatId(value: string): value is FormatId {
  return Object.hasOwn(formats, value);
}

/**
 * A file name for a download: the publication (or clip) date and the title as a slug, `2021-12-31-president-biden-….md`.
 * Letters of every script are kept (a Korean title stays Korean); anything a file system may refuse becomes `-`.
 */
export function suggestedFileName(clip: Clip, format: FormatId): string {
  const { article, citation } = clip;
  const title =
    article.languages.map((lang) => citation.title[lang] ?? article.title[lang]).find((t) => !!t) ?? 'article';
  const date = /^\d{4}-\d{2}-\d{2}/.exec(citation.publishedTime ?? '')?.[0] ?? citation.clippedAt.slice(0, 10);
  const slug =
    Array.from(
      title
        .normalize('NFC')
        .toLocaleLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, ''),
    )
      .slice(0, 80)
      .join('')
      .replace(/-+$/, '') || 'article';
  return `${date}-${slug}.${formats[format].extension}`;
}
