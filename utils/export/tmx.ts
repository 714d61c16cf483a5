/**
 * TMX 1.4b (Translation Memory eXchange), the format translation-memory tools (OmegaT, Trados, memoQ, Okapi) import.
 *
 * One `<tu>` per paragraph pair, or per aligned sentence group with `segtype: 'sentence'`; one `<tuv xml:lang>` per
 * language. A unit needs text on both sides, so 1-0 pairs are left out. Each `<tu>` carries its source in `<prop>`s
 * so units keep their provenance after many clips are merged into one memory.
 */
import type { LangTag } from '../contract';
import type { Citation, Clip } from './clip';
import { columnLanguages, pairUnits, sentenceUnits, withoutExcluded } from './segments';
import { stripInvalidChars } from './text';

export interface TmxOptions {
  /** One unit per paragraph pair (default) or per aligned sentence group. */
  segtype?: 'paragraph' | 'sentence';
  /** `creationtoolversion`; defaults to the clip's `citation.diglotVersion`. */
  toolVersion?: string;
  /** Language of the notes and props (`adminlang`). Default `en`. */
  adminlang?: string;
}

/** Escape for element content and attribute values alike; tab/LF/CR become references so attributes keep them. */
export function escapeXml(text: string): string {
  return stripInvalidChars(text).replace(/[&<>"'\t\n\r]/g, (c) => XML_ENTITIES[c]!);
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** TMX dates are ISO 8601 basic format in UTC: `20260128T101500Z`. */
export function tmxDate(iso: string): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  return new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

function attrs(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
}

function prop(type: string, value: string | undefined): string {
  return value ? `      <prop type="${type}">${escapeXml(value)}</prop>\n` : '';
}

/** Two pages read as one article: the citation of the page in `lang`. */
function pageOf(clip: Clip, lang: LangTag): Citation | undefined {
  return clip.citations?.find((c) => c.languages[0] === lang);
}

function clipUnits(clip: Clip, options: TmxOptions): string[] {
  const { citation } = clip;
  const article = withoutExcluded(clip.article);
  const langs = columnLanguages(article);
  if (langs.length < 2) return [];
  const units = options.segtype === 'sentence' ? sentenceUnits(article, langs) : pairUnits(article, langs);
  const url = citation.canonicalUrl ?? citation.url ?? article.url;
  const title = langs.map((lang) => citation.title[lang] ?? article.title[lang]).find((t) => !!t);
  const out: string[] = [];
  for (const unit of units) {
    if (unit.texts.some((text) => stripInvalidChars(text).trim() === '')) continue;
    let tu = '    <tu>\n';
    tu += prop('x-source-url', url);
    // A file read by the CLI has no URL; its path as given still says where the unit came from.
    if (!url) tu += prop('x-source', article.source);
    tu += prop('x-source-title', title);
    tu += prop('x-alignment-score', String(Math.round(unit.score * 1000) / 1000));
    // A pair a person made or corrected in the reader's editor (pair-edits.ts).
    tu += prop('x-alignment-by', unit.by);
    unit.texts.forEach((text, side) => {
      const lang = langs[side]!;
      const seg = `<seg>${escapeXml(text)}</seg>`;
      // Two pages read as one article: each side says which page it came from.
      const page = pageOf(clip, lang);
      const pageUrl = page?.canonicalUrl ?? page?.url;
      // A file read by the CLI has no URL: its path as given (the page's entry in `pages`).
      const pageSource = pageUrl ? undefined : clip.article.pages?.find((p) => p.lang === lang)?.source;
      const props = page
        ? prop('x-source-url', pageUrl) + prop('x-source', pageSource) + prop('x-source-title', page.title[lang])
        : '';
      tu += props
        ? `      <tuv xml:lang="${escapeXml(lang)}">\n${props.replace(/^ {6}/gm, '        ')}        ${seg}\n      </tuv>\n`
        : `      <tuv xml:lang="${escapeXml(lang)}">${seg}</tuv>\n`;
    });
    out.push(tu + '    </tu>\n');
  }
  return out;
}

/** The source language of a memory: the first language all clips share, or TMX's `*all*` when they differ. */
function sourceLanguage(clips: Clip[]): LangTag {
  const firsts = new Set(clips.map((clip) => columnLanguages(clip.article)[0]).filter((l) => l !== undefined));
  return firsts.size === 1 ? [...firsts][0]! : '*all*';
}

/** Many clips into one translation memory; header dates and version come from the first clip. */
export function mergeTmx(clips: Clip[], options: TmxOptions = {}): string {
  const first = clips[0]?.citation;
  const header = attrs({
    creationtool: 'Diglot',
    creationtoolversion: options.toolVersion ?? first?.diglotVersion ?? '0',
    segtype: options.segtype === 'sentence' ? 'sentence' : 'paragraph',
    'o-tmf': 'Diglot',
    adminlang: options.adminlang ?? 'en',
    srclang: sourceLanguage(clips),
    datatype: 'plaintext',
    'o-encoding': 'UTF-8',
    creationdate: first ? tmxDate(first.clippedAt) : undefined,
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n' +
    '<tmx version="1.4">\n' +
    `  <header${header}/>\n` +
    '  <body>\n' +
    clips.flatMap((clip) => clipUnits(clip, options)).join('') +
    '  </body>\n' +
    '</tmx>\n'
  );
}

export function exportTmx(clip: Clip, options: TmxOptions = {}): string {
  return mergeTmx([clip], options);
}
