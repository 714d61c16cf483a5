/**
 * `diglot`: the command-line face of the same core the extension runs. A thin shell: read inputs, parse them with
 * utils/parse, read citations with utils/citation, write them with utils/export. Returns the exit status
 * (0 all inputs done, 1 some input failed, 2 usage error) instead of exiting, so it can be driven from tests.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LangTag } from '../utils/contract';
import type { Clip } from '../utils/export/clip';
import { formats, isFormatId, type ExportOptions, type FormatId } from '../utils/export/index';
import { clipRecord } from '../utils/export/json';
import { isUrl, loadInput, reason } from './input';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
}

export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

const USAGE = `Usage: diglot parse [options] FILE|URL|- ...
       diglot pair [options] FIRST SECOND
       diglot pair [options] --pairs LIST.tsv

parse: find the bilingual article in each HTML page, align its paragraphs and sentences, and write it out.
pair:  read an article and its translation published as two pages (an English edition and a Korean one) as one
       article: the two pages' paragraphs aligned, layout "pages", each page's citation kept.

Inputs:
  FILE                  an HTML file (its charset is read from the page; UTF-8 otherwise)
  URL                   an http(s) address, fetched when you give one (the only network access)
  -                     HTML from standard input

Options:
  -f, --format FORMAT   json (default), jsonl, md, tmx or tsv
  -o, --out DIR         write one file per input into DIR (foo.html -> DIR/foo.tmx); creates DIR
      --merge           all inputs into one file (tmx, tsv, jsonl; json as an array); DIR/merged.EXT with --out
      --sentences       tmx and tsv: one unit per aligned sentence group instead of per paragraph pair
      --layout LAYOUT   md: table (default, pairs side by side) or sections (one language after the other)
      --header          tsv: start with a line of language tags
      --languages A,B   the article's two languages (pair: each page's, in order), when you know them better
      --pairs LIST      pair: a file of page pairs, two paths or URLs a line separated by a tab; one object a line
      --timeout SEC     give up on a URL after SEC seconds (default 30)
  -h, --help            show this help
  -V, --version         show the version

Output: one input as json is one indented object; several inputs (or jsonl) are one object a line, in input
order, each with its "source" (pair: "sources", the two pages). Several inputs as tmx on standard output are merged
into one memory. A page that is not bilingual, or two pages that are not a translation of each other, are written
with "bilingual": false and a warning on stderr that says why. An input that cannot be read or parsed is reported on
stderr and skipped; the exit status is then 1. Usage errors exit with 2.
Set SOURCE_DATE_EPOCH to fix the clip time (reproducible output).

Examples:
  diglot parse article.html
  diglot parse --format tmx --merge --out memory/ pages/*.html
  curl -s https://example.com/news/1 | diglot parse --format md -
  diglot pair --format tmx en/story.html ko/story.html
  diglot pair --pairs editions.tsv --format jsonl > corpus.jsonl
`;

class UsageError extends Error {}

interface Settings {
  format: FormatId;
  out?: string;
  merge: boolean;
  exportOptions: ExportOptions;
  languages?: [LangTag, LangTag];
  timeoutMs: number;
  /** What to read: one page (parse), or two pages read as one article (pair). */
  jobs: string[][];
}

function readSettings(argv: string[]): Settings | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        merge: { type: 'boolean' },
        sentences: { type: 'boolean' },
        layout: { type: 'string' },
        header: { type: 'boolean' },
        languages: { type: 'string' },
        pairs: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError('missing command (try "diglot parse FILE")');
  if (command !== 'parse' && command !== 'pair') throw new UsageError(`unknown command "${command}"`);
  if (values.pairs !== undefined && command !== 'pair') throw new UsageError('--pairs goes with "diglot pair"');
  let jobs: string[][];
  if (command === 'parse') {
    if (inputs.length === 0) throw new UsageError('no input: give HTML files, URLs, or - for standard input');
    jobs = inputs.map((input) => [input]);
  } else if (values.pairs !== undefined) {
    if (inputs.length > 0) throw new UsageError('give either --pairs LIST or two pages, not both');
    jobs = readPairList(values.pairs);
  } else {
    if (inputs.length !== 2) throw new UsageError(`pair needs two pages (FIRST SECOND), got ${inputs.length}`);
    jobs = [inputs];
  }

  const format = values.format ?? 'json';
  if (!isFormatId(format)) throw new UsageError(`unknown format "${format}" (use json, jsonl, md, tmx or tsv)`);
  if (values.merge && format === 'md') throw new UsageError('--merge works with tmx, tsv, jsonl and json, not md');
  const layout = values.layout ?? 'table';
  if (layout !== 'table' && layout !== 'sections') throw new UsageError(`unknown layout "${layout}"`);
  const timeout = values.timeout === undefined ? 30 : Number(values.timeout);
  if (!(timeout > 0)) throw new UsageError(`--timeout needs a number of seconds, not "${values.timeout}"`);
  const languages = values.languages?.split(',').map((tag) => tag.trim());
  if (languages && (languages.length !== 2 || languages.some((tag) => !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(tag)))) {
    throw new UsageError(`--languages needs two language tags like en,ko, not "${values.languages}"`);
  }
  if (jobs.flat().filter((input) => input === '-').length > 1)
    throw new UsageError('standard input (-) can be read once');
  return {
    format,
    out: values.out,
    merge: values.merge ?? false,
    exportOptions: {
      segtype: values.sentences ? 'sentence' : 'paragraph',
      layout,
      header: values.header ?? false,
    },
    languages: languages as [LangTag, LangTag] | undefined,
    timeoutMs: timeout * 1000,
    jobs,
  };
}

/** `--pairs LIST`: two paths or URLs a line, separated by a tab; blank lines and `#` comments are skipped. */
function readPairList(path: string): string[][] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the pair list ${path}: ${reason(error)}`);
  }
  const jobs: string[][] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const parts = line.split('\t').map((p) => p.trim());
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
      throw new UsageError(`${path}:${i + 1}: expected two pages separated by a tab`);
    }
    jobs.push(parts);
  });
  if (jobs.length === 0) throw new UsageError(`${path} lists no pairs`);
  return jobs;
}

/** The clip time: now, or SOURCE_DATE_EPOCH (seconds) for reproducible output. */
function clipTime(env: CliIo['env']): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}

/** Output file name for an input: `pages/foo.html` → `foo`, a URL → its last path segment or host, `-` → `stdin`. */
export function outputStem(input: string): string {
  const withoutExtension = (name: string): string => {
    const ext = extname(name);
    return ext && name.length > ext.length ? name.slice(0, -ext.length) : name;
  };
  let name: string;
  if (input === '-') name = 'stdin';
  else if (isUrl(input)) {
    try {
      const url = new URL(input);
      const last = url.pathname.split('/').filter(Boolean).pop();
      // A host name (`news.example`) keeps its dots.
      name = last ? withoutExtension(decodeURIComponent(last)) : url.hostname;
    } catch {
      name = 'page';
    }
  } else name = withoutExtension(basename(input));
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '') || 'page';
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

export async function main(argv: string[], io: CliIo = process): Promise<number> {
  let settings: Settings | 'help' | 'version';
  try {
    settings = readSettings(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await write(io.stderr, `diglot: ${error.message}\nTry "diglot --help".\n`);
    return 2;
  }
  if (settings === 'help') {
    await write(io.stdout, USAGE);
    return 0;
  }
  if (settings === 'version') {
    await write(io.stdout, `diglot ${VERSION}\n`);
    return 0;
  }

  const { format, out, merge, exportOptions, jobs } = settings;
  // Loaded here, not at the top: the parser is most of the start-up time, and --help should not wait for it.
  const { clipHtml, clipPairHtml } = await import('./clip-html');
  const exporter = formats[format];
  const clippedAt = clipTime(io.env);
  const many = jobs.length > 1;
  const progress = many && io.stderr.isTTY === true;
  let failed = false;
  const collected: Clip[] = [];
  const usedNames = new Set<string>();
  // With several inputs on stdout, the formats that can hold many articles become one stream: json turns into
  // JSON Lines, tmx into one merged memory.
  const toStdout = out === undefined;
  const collect = merge || (toStdout && many && format === 'tmx');
  if (out !== undefined) {
    try {
      await mkdir(out, { recursive: true });
    } catch (error) {
      await write(io.stderr, `diglot: cannot create the output directory ${out}: ${reason(error)}\n`);
      return 1;
    }
  }

  const say = async (line: string): Promise<void> => {
    await write(io.stderr, (progress ? '\r\x1b[K' : '') + line + '\n');
  };

  let written = 0;
  for (const [index, job] of jobs.entries()) {
    // A pair is named by its first page (its output file, its messages).
    const input = job.length === 2 ? `${job[0]} + ${job[1]}` : job[0]!;
    if (progress) await write(io.stderr, `\r\x1b[K[${index + 1}/${jobs.length}] ${input}`);
    const loaded = [];
    for (const page of job) {
      try {
        loaded.push(
          await loadInput(page, {
            stdin: io.stdin,
            timeoutMs: settings.timeoutMs,
            userAgent: `diglot/${VERSION} (command line)`,
          }),
        );
      } catch (error) {
        await say(`diglot: cannot read ${page}: ${reason(error)}`);
      }
    }
    if (loaded.length < job.length) {
      failed = true;
      continue;
    }
    let clip: Clip;
    try {
      const common = { languages: settings.languages, clippedAt, diglotVersion: VERSION };
      clip =
        job.length === 2
          ? clipPairHtml([loaded[0]!.html, loaded[1]!.html], {
              ...common,
              sources: [job[0]!, job[1]!],
              urls: [loaded[0]!.url, loaded[1]!.url],
            })
          : clipHtml(loaded[0]!.html, { ...common, url: loaded[0]!.url, source: job[0]! });
    } catch (error) {
      // The parser never throws by contract; this is the citation reader or a bug, and it costs one input only.
      failed = true;
      await say(`diglot: cannot parse ${input}: ${reason(error)}`);
      continue;
    }
    for (const warning of clip.article.warnings ?? []) await say(`diglot: ${input}: ${warning}`);

    if (collect) {
      collected.push(clip);
    } else if (out !== undefined) {
      const base = outputStem(job[0]!);
      let stem = base;
      for (let n = 2; usedNames.has(stem); n++) stem = `${base}-${n}`;
      usedNames.add(stem);
      const path = join(out, `${stem}.${exporter.extension}`);
      try {
        await writeFile(path, exporter.export(clip, exportOptions));
      } catch (error) {
        failed = true;
        await say(`diglot: cannot write ${path}: ${reason(error)}`);
      }
    } else if (format === 'json' && many) {
      await write(io.stdout, JSON.stringify(clipRecord(clip)) + '\n');
    } else {
      // Several Markdown documents are separated by a blank line; a TSV header is written once.
      const options = format === 'tsv' && written > 0 ? { ...exportOptions, header: false } : exportOptions;
      await write(io.stdout, (format === 'md' && written > 0 ? '\n' : '') + exporter.export(clip, options));
    }
    written += 1;
  }
  if (progress) await write(io.stderr, '\r\x1b[K');

  if (collect) {
    const text =
      format === 'json'
        ? JSON.stringify(collected.map(clipRecord), null, 2) + '\n'
        : (exporter.merge?.(collected, exportOptions) ?? '');
    if (out === undefined) await write(io.stdout, text);
    else {
      const path = join(out, `merged.${exporter.extension}`);
      try {
        await writeFile(path, text);
      } catch (error) {
        failed = true;
        await say(`diglot: cannot write ${path}: ${reason(error)}`);
      }
    }
  }
  return failed ? 1 : 0;
}
