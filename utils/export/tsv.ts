/**
 * Tab-separated pairs, the bilingual-file input of LF Aligner and most corpus tools: one pair a line, first language,
 * a tab, second language. A 2-1 side is joined with a space. Tabs, line breaks and backslashes inside text are
 * written as `\t`, `\n`, `\r`, `\\` so that every line is exactly one pair.
 */
import type { Clip } from './clip';
import { columnLanguages, pairUnits, sentenceUnits, withoutExcluded } from './segments';
import { stripInvalidChars } from './text';

export interface TsvOptions {
  /** Start with a line of language tags (`en\tko`). Default false: LF Aligner reads the first line as a pair. */
  header?: boolean;
  /** One line per paragraph pair (default) or per aligned sentence group. */
  segtype?: 'paragraph' | 'sentence';
}

export function escapeTsv(text: string): string {
  return stripInvalidChars(text).replace(
    /[\\\t\n\r]/g,
    (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!,
  );
}

/** The inverse of `escapeTsv`, for readers of our files. */
export function unescapeTsv(text: string): string {
  return text.replace(/\\([\\tnr])/g, (_, c: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[c]!);
}

function lines(clip: Clip, options: TsvOptions): string[] {
  const article = withoutExcluded(clip.article);
  const langs = columnLanguages(article);
  if (langs.length < 2) return [];
  const units = options.segtype === 'sentence' ? sentenceUnits(article, langs) : pairUnits(article, langs);
  return units.map((unit) => unit.texts.map(escapeTsv).join('\t'));
}

/** Every line ends with LF, so the line count equals the pair count (plus one with `header`). */
export function exportTsv(clip: Clip, options: TsvOptions = {}): string {
  return mergeTsv([clip], options);
}

/** Several clips into one file; the header (if asked for) names the first clip's languages. */
export function mergeTsv(clips: Clip[], options: TsvOptions = {}): string {
  const out = clips.flatMap((clip) => lines(clip, options));
  const first = clips[0];
  if (options.header && first) out.unshift(columnLanguages(first.article).map(escapeTsv).join('\t'));
  return out.map((line) => line + '\n').join('');
}
