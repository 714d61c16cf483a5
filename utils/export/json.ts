/**
 * JSON: the contract object (`ParsedArticle`) with its `citation` beside the contract's fields, and the importer
 * that reads such files back (one object, an array of objects, or JSON Lines), checking every record so a broken
 * one is reported by number and field instead of failing the whole file.
 */
import { SCHEMA_VERSION, type ParsedArticle } from '../contract';
import type { Citation, Clip } from './clip';

export interface JsonOptions {
  /** Indent with two spaces (default true). */
  pretty?: boolean;
}

/** The object written for a clip: the article's fields, then `citation` (and for two pages, each page's). */
export type ClipRecord = ParsedArticle & { citation: Citation; citations?: [Citation, Citation] };

export function clipRecord(clip: Clip): ClipRecord {
  return clip.citations
    ? { ...clip.article, citation: clip.citation, citations: clip.citations }
    : { ...clip.article, citation: clip.citation };
}

export function exportJson(clip: Clip, options: JsonOptions = {}): string {
  return JSON.stringify(clipRecord(clip), null, options.pretty === false ? undefined : 2) + '\n';
}

export interface ImportResult {
  clips: Clip[];
  /** One message per broken record, e.g. `record 2 (line 2): blocks[0].text: expected a string, got number`. */
  errors: string[];
}

const LAYOUTS = ['blocks', 'interleaved', 'columns', 'pages', 'single'];
const KINDS = ['heading', 'paragraph', 'list-item', 'quote', 'caption', 'table-cell', 'preformatted', 'figure'];
const MARKS = ['link', 'em', 'strong', 'code', 'sup'];

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects problems with a path, so the first few of each record can be reported. */
class Checker {
  problems: string[] = [];

  fail(path: string, expected: string, value: unknown): false {
    this.problems.push(`${path}: expected ${expected}, got ${value === undefined ? 'nothing' : describe(value)}`);
    return false;
  }
  string(value: unknown, path: string): boolean {
    return typeof value === 'string' || this.fail(path, 'a string', value);
  }
  optionalString(value: unknown, path: string): boolean {
    return value === undefined || this.string(value, path);
  }
  number(value: unknown, path: string, min = -Infinity, max = Infinity): boolean {
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.fail(path, 'a number', value);
    if (value < min || value > max) {
      this.problems.push(`${path}: ${value} is outside ${min}..${max}`);
      return false;
    }
    return true;
  }
  boolean(value: unknown, path: string): boolean {
    return typeof value === 'boolean' || this.fail(path, 'true or false', value);
  }
  oneOf(value: unknown, path: string, allowed: string[]): boolean {
    if (typeof value === 'string' && allowed.includes(value)) return true;
    return this.fail(path, `one of ${allowed.join(', ')}`, value);
  }
  array(value: unknown, path: string, each: (item: unknown, path: string) => boolean): boolean {
    if (!Array.isArray(value)) return this.fail(path, 'an array', value);
    return value.map((item, i) => each(item, `${path}[${i}]`)).every(Boolean);
  }
  record(value: unknown, path: string, each: (item: unknown, path: string) => boolean): boolean {
    if (!isRecord(value)) return this.fail(path, 'an object', value);
    return Object.entries(value)
      .map(([key, item]) => each(item, `${path}.${key}`))
      .every(Boolean);
  }
  object(value: unknown, path: string): value is Record<string, unknown> {
    return isRecord(value) || this.fail(path, 'an object', value);
  }
}

function checkCitation(c: Checker, value: unknown, path = 'citation'): void {
  if (!c.object(value, path)) return;
  c.record(value['title'], `${path}.title`, (v, p) => c.string(v, p));
  c.array(value['authors'], `${path}.authors`, (v, p) => c.string(v, p));
  c.array(value['languages'], `${path}.languages`, (v, p) => c.string(v, p));
  c.string(value['clippedAt'], `${path}.clippedAt`);
  c.string(value['diglotVersion'], `${path}.diglotVersion`);
  for (const key of ['publishedTime', 'modifiedTime', 'siteName', 'url', 'canonicalUrl']) {
    c.optionalString(value[key], `${path}.${key}`);
  }
}

/**
 * The form fields of a block (all optional; clips made before them have none). Addresses are only checked to be
 * strings here: the reader and the exporters use no link or image address without checking it themselves.
 */
function checkForm(c: Checker, block: Record<string, unknown>, p: string): void {
  const text = typeof block['text'] === 'string' ? block['text'] : '';
  if (block['marks'] !== undefined) {
    c.array(block['marks'], `${p}.marks`, (m, mp) => {
      if (!c.object(m, mp)) return false;
      c.oneOf(m['kind'], `${mp}.kind`, MARKS);
      c.number(m['start'], `${mp}.start`, 0, text.length);
      c.number(m['end'], `${mp}.end`, 0, text.length);
      return c.optionalString(m['href'], `${mp}.href`);
    });
  }
  const list = block['list'];
  if (list !== undefined && c.object(list, `${p}.list`)) {
    c.number(list['depth'], `${p}.list.depth`, 1);
    if (list['ordered'] !== undefined) c.oneOf(String(list['ordered']), `${p}.list.ordered`, ['true']);
    if (list['number'] !== undefined) c.number(list['number'], `${p}.list.number`);
  }
  const cell = block['cell'];
  if (cell !== undefined && c.object(cell, `${p}.cell`)) {
    for (const key of ['table', 'row', 'col']) c.number(cell[key], `${p}.cell.${key}`, 0);
    if (cell['header'] !== undefined) c.oneOf(String(cell['header']), `${p}.cell.header`, ['true']);
  }
  c.optionalString(block['verbatim'], `${p}.verbatim`);
  const figure = block['figure'];
  if (figure !== undefined && c.object(figure, `${p}.figure`)) {
    c.string(figure['src'], `${p}.figure.src`);
    c.string(figure['alt'], `${p}.figure.alt`);
    for (const key of ['width', 'height'])
      if (figure[key] !== undefined) c.number(figure[key], `${p}.figure.${key}`, 0);
    if (figure['captions'] !== undefined)
      c.array(figure['captions'], `${p}.figure.captions`, (id, ip) => c.string(id, ip));
  }
}

function checkArticle(c: Checker, r: Record<string, unknown>): void {
  c.boolean(r['bilingual'], 'bilingual');
  c.number(r['confidence'], 'confidence', 0, 1);
  c.array(r['languages'], 'languages', (v, p) => c.string(v, p));
  c.oneOf(r['layout'], 'layout', LAYOUTS);
  c.record(r['title'], 'title', (v, p) => c.string(v, p));
  for (const key of ['source', 'url', 'byline', 'siteName', 'publishedTime']) c.optionalString(r[key], key);
  const ids = new Set<string>();
  c.array(r['blocks'], 'blocks', (block, p) => {
    if (!c.object(block, p)) return false;
    if (c.string(block['id'], `${p}.id`)) ids.add(block['id'] as string);
    c.string(block['lang'], `${p}.lang`);
    c.oneOf(block['kind'], `${p}.kind`, KINDS);
    c.string(block['text'], `${p}.text`);
    if (block['dir'] !== undefined) c.oneOf(block['dir'], `${p}.dir`, ['rtl']);
    if (block['level'] !== undefined) c.number(block['level'], `${p}.level`, 1, 6);
    checkForm(c, block, p);
    return true;
  });
  c.array(r['pairs'], 'pairs', (pair, p) => {
    if (!c.object(pair, p)) return false;
    c.record(pair['blocks'], `${p}.blocks`, (list, lp) =>
      c.array(list, lp, (id, ip) => {
        if (!c.string(id, ip)) return false;
        if (Array.isArray(r['blocks']) && !ids.has(id as string)) c.problems.push(`${ip}: no block has id "${id}"`);
        return true;
      }),
    );
    c.number(pair['score'], `${p}.score`, 0, 1);
    c.array(pair['sentences'], `${p}.sentences`, (group, gp) =>
      c.record(group, gp, (list, lp) => c.array(list, lp, (i, ip) => c.number(i, ip, 0))),
    );
    return true;
  });
  if (r['sentences'] !== undefined) {
    c.record(r['sentences'], 'sentences', (list, p) => c.array(list, p, (s, sp) => c.string(s, sp)));
  }
  if (r['warnings'] !== undefined) c.array(r['warnings'], 'warnings', (w, p) => c.string(w, p));
}

/** Check one record; the clip when it holds, else the problems found. */
export function validateClipRecord(value: unknown): { clip: Clip } | { problems: string[] } {
  const c = new Checker();
  if (!isRecord(value)) return { problems: [`expected an object, got ${describe(value)}`] };
  if (value['schema'] !== SCHEMA_VERSION) {
    const schema = value['schema'];
    return {
      problems: [
        typeof schema === 'number'
          ? `schema ${schema} is not supported (this Diglot reads schema ${SCHEMA_VERSION})`
          : `schema: expected the number ${SCHEMA_VERSION}, got ${describe(schema)}`,
      ],
    };
  }
  checkArticle(c, value);
  checkCitation(c, value['citation']);
  const pages = value['citations'];
  if (pages !== undefined) {
    if (Array.isArray(pages) && pages.length === 2) pages.forEach((p, k) => checkCitation(c, p, `citations[${k}]`));
    else c.problems.push(`citations: expected two citations (one per page), got ${describe(pages)}`);
  }
  if (c.problems.length > 0) return { problems: c.problems };
  const { citation, citations, ...article } = value;
  const clip: Clip = { article: article as unknown as ParsedArticle, citation: citation as Citation };
  if (citations !== undefined) clip.citations = citations as [Citation, Citation];
  return { clip };
}

/** At most this many problems are listed per record; a wholly wrong file should not print thousands of lines. */
const MAX_PROBLEMS = 5;

/**
 * Read clips from JSON (one object or an array) or JSON Lines. Never throws: every record that is not valid JSON
 * or not a valid clip becomes one line in `errors`, and the valid ones are returned.
 */
export function importClips(text: string): ImportResult {
  const clips: Clip[] = [];
  const errors: string[] = [];
  const entries: { value: unknown; where: string }[] = [];
  const body = text.replace(/^\uFEFF/, '');

  let whole: unknown;
  let parsedWhole = false;
  try {
    whole = JSON.parse(body);
    parsedWhole = true;
  } catch {
    // Not one JSON value: read it as JSON Lines below.
  }
  if (parsedWhole) {
    if (Array.isArray(whole)) whole.forEach((value, i) => entries.push({ value, where: `record ${i + 1}` }));
    else entries.push({ value: whole, where: 'record 1' });
  } else {
    let n = 0;
    body.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === '') return;
      n += 1;
      const where = `record ${n} (line ${i + 1})`;
      try {
        entries.push({ value: JSON.parse(line), where });
      } catch (error) {
        errors.push(`${where}: not valid JSON (${(error as Error).message})`);
      }
    });
    if (n === 0) errors.push('no records: the text is empty');
  }

  for (const { value, where } of entries) {
    const result = validateClipRecord(value);
    if ('clip' in result) {
      clips.push(result.clip);
    } else {
      const shown = result.problems.slice(0, MAX_PROBLEMS);
      const more = result.problems.length - shown.length;
      errors.push(`${where}: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`);
    }
  }
  return { clips, errors };
}
