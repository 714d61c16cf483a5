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

Find the bilingual article in each HTML page, align its paragraphs and sentences, and write it out.

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
      --languages A,B   the article's two languages, when you know them better than the detector
      --timeout SEC     give up on a URL after SEC seconds (default 30)
  -h, --help            show this help
  -V, --version         show the version

Output: one input as json is one indented object; several inputs (or jsonl) are one object a line, in input
order, each with its "source". Several inputs as tmx on standard output are merged into one memory.
A page that is not bilingual is written with "bilingual": false. An input that cannot be read or parsed is
reported on stderr and skipped; the exit status is then 1. Usage errors exit with 2.
Set SOURCE_DATE_EPOCH to fix the clip time (reproducible output).

Examples:
  diglot parse article.html
  diglot parse --format tmx --merge --out memory/ pages/*.html
  curl -s https://example.com/news/1 | diglot parse --format md -
`;

class UsageError extends Error {}

interface Settings {
  format: FormatId;
  out?: string;
  merge: boolean;
  exportOptions: ExportOptions;
  languages?: [LangTag, LangTag];
  timeoutMs: number;
  inputs: string[];
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
  if (command !== 'parse') throw new UsageError(`unknown command "${command}"`);
  if (inputs.length === 0) throw new UsageError('no input: give HTML files, URLs, or - for standard input');

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
  if (inputs.filter((input) => input === '-').length > 1) throw new UsageError('standard input (-) can be read once');
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
    inputs,
  };
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

  const { format, out, merge, exportOptions, inputs } = settings;
  // Loaded here, not at the top: the parser is most of the start-up time, and --help should not wait for it.
  const { clipHtml } = await import('./clip-html');
  const exporter = formats[format];
  const clippedAt = clipTime(io.env);
  const many = inputs.length > 1;
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
  for (const [index, input] of inputs.entries()) {
    if (progress) await write(io.stderr, `\r\x1b[K[${index + 1}/${inputs.length}] ${input}`);
    let loaded;
    try {
      loaded = await loadInput(input, {
        stdin: io.stdin,
        timeoutMs: settings.timeoutMs,
        userAgent: `diglot/${VERSION} (command line)`,
      });
    } catch (error) {
      failed = true;
      await say(`diglot: cannot read ${input}: ${reason(error)}`);
      continue;
    }
    let clip: Clip;
    try {
      const { url, html } = loaded;
      clip = clipHtml(html, { url, source: input, languages: settings.languages, clippedAt, diglotVersion: VERSION });
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
      let stem = outputStem(input);
      for (let n = 2; usedNames.has(stem); n++) stem = `${outputStem(input)}-${n}`;
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
