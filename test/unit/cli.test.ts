/**
 * The `diglot` command, run as users run it: `node bin/diglot.js` in a child process, on fixture pages.
 * Hermetic: files, standard input and a server on 127.0.0.1 only.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../cli/input';
import { main, outputStem, type CliIo } from '../../cli/main';
import { importClips } from '../../utils/export/json';
import { checkTmx } from './export/dtd';
import { diglot, ROOT, type Run } from './cli-run';

const SEED = 'test/fixtures/pages/blocks--en-ko--usa-journal-korea.html';
const OTHER = 'test/fixtures/pages/interleaved--en-ru--harbour-tram.html';
const NEGATIVE = 'test/fixtures/pages/negative--ko--front-page-headlines.html';

const jsonLines = (text: string): Record<string, unknown>[] =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('diglot', () => {
  it('should print its version', async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(await diglot(['--version'])).toEqual({ code: 0, stdout: `diglot ${version}\n`, stderr: '' });
  });

  it('should print its help', async () => {
    const run = await diglot(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: diglot parse \[options\] FILE\|URL\|- \.\.\./);
  });

  it('should exit with 2 on an unknown flag, naming it', async () => {
    const run = await diglot(['parse', '--colour', SEED]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("Unknown option '--colour'");
  });

  it('should exit with 2 on a missing command, input or unknown format', async () => {
    const cases = [[], ['parse'], ['convert', SEED], ['parse', '--format', 'docx', SEED]];
    const runs = await Promise.all(cases.map((args) => diglot(args)));
    runs.forEach((run, i) => {
      expect(run.code, cases[i]!.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^diglot: /);
    });
  });
});

describe('diglot parse', () => {
  it('should write one indented JSON object with its citation for one input', async () => {
    const run = await diglot(['parse', SEED]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\{\n {2}"schema": 1,/);
    const value = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(value).toMatchObject({ source: SEED, bilingual: true, languages: ['en', 'ko'] });
    expect(value['citation']).toMatchObject({ siteName: 'USA JOURNAL KOREA', diglotVersion: expect.any(String) });
    expect(importClips(run.stdout).errors).toEqual([]);
  });

  it('should write one object a line, in input order, for several inputs', async () => {
    const run = await diglot(['parse', SEED, OTHER, NEGATIVE]);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((v) => v['source'])).toEqual([SEED, OTHER, NEGATIVE]);
    const jsonl = await diglot(['parse', '--format', 'jsonl', SEED]);
    expect(jsonLines(jsonl.stdout).map((v) => v['source'])).toEqual([SEED]);
  });

  it('should write a page that is not bilingual with bilingual false, and not fail', async () => {
    const run = await diglot(['parse', NEGATIVE]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ source: NEGATIVE, bilingual: false });
  });

  it('should name an input it cannot read, still write the others, and exit with 1', async () => {
    const run = await diglot(['parse', SEED, 'no/such/page.html', OTHER]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('diglot: cannot read no/such/page.html: ENOENT: no such file or directory\n');
    expect(jsonLines(run.stdout).map((v) => v['source'])).toEqual([SEED, OTHER]);
  });

  it('should read standard input for -', async () => {
    const run = await diglot(['parse', '-'], { stdin: readFileSync(join(ROOT, SEED), 'utf8') });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ source: '-', bilingual: true, languages: ['en', 'ko'] });
  });

  it('should fix the clip time from SOURCE_DATE_EPOCH', async () => {
    const run = await diglot(['parse', SEED], { env: { SOURCE_DATE_EPOCH: '1767225600' } });
    expect(JSON.parse(run.stdout).citation.clippedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('should write the formats it is asked for', async () => {
    const [json, tsv, md, tmx] = await Promise.all([
      diglot(['parse', SEED]),
      diglot(['parse', '--format', 'tsv', SEED]),
      diglot(['parse', '-f', 'md', '--layout', 'sections', SEED]),
      diglot(['parse', '-f', 'tmx', '--sentences', SEED]),
    ]);
    expect(tsv.stdout.split('\n').length - 1).toBe((JSON.parse(json.stdout).pairs as []).length);
    expect(md.stdout).toMatch(/^---\ntitle:\n/);
    expect(md.stdout).toContain('\n## ko: ');
    expect(tmx.stdout).toContain('segtype="sentence"');
    expect(await checkTmx(tmx.stdout)).toEqual([]);
  });

  describe('with --out', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'diglot-cli-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('should write one file per input, named after it, creating the directory', async () => {
      const out = join(dir, 'per-input', 'nested');
      const run = await diglot(['parse', '--format', 'tmx', '--out', out, SEED, OTHER]);
      expect(run).toMatchObject({ code: 0, stdout: '' });
      expect(readdirSync(out).sort()).toEqual([
        'blocks--en-ko--usa-journal-korea.tmx',
        'interleaved--en-ru--harbour-tram.tmx',
      ]);
      expect(await checkTmx(readFileSync(join(out, 'interleaved--en-ru--harbour-tram.tmx'), 'utf8'))).toEqual([]);
    });

    it('should merge all inputs into one memory with --merge', async () => {
      const out = join(dir, 'merged');
      const run = await diglot(['parse', '--format', 'tmx', '--merge', '--out', out, SEED, OTHER]);
      expect(run.code).toBe(0);
      expect(readdirSync(out)).toEqual(['merged.tmx']);
      const tmx = readFileSync(join(out, 'merged.tmx'), 'utf8');
      expect(await checkTmx(tmx)).toEqual([]);
      expect(tmx).toContain('<tuv xml:lang="ko">');
      expect(tmx).toContain('<tuv xml:lang="ru">');
      // The seed starts with English, the tram article with Russian: TMX's "all languages" source.
      expect(tmx).toContain('srclang="*all*"');
    });
  });

  describe('with a URL', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      const page = readFileSync(join(ROOT, SEED));
      server = createServer((req, res) => {
        if (req.url === '/news/biden-putin') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(page);
        } else {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('should fetch the page and record its URL', async () => {
      const run = await diglot(['parse', `${base}/news/biden-putin`]);
      expect(run.code).toBe(0);
      const value = JSON.parse(run.stdout);
      expect(value).toMatchObject({ url: `${base}/news/biden-putin`, bilingual: true });
      expect(value.citation.url).toBe(`${base}/news/biden-putin`);
    });

    it('should report a URL that answers with an error', async () => {
      const run = await diglot(['parse', `${base}/gone`, SEED]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`diglot: cannot read ${base}/gone: HTTP 404 Not Found\n`);
      expect(jsonLines(run.stdout)).toHaveLength(1);
    });
  });
});

describe('output file names', () => {
  it('should be the input name without its extension', () => {
    expect(outputStem('pages/foo.html')).toBe('foo');
    expect(outputStem('https://news.example/2021/12/biden-putin.html?id=3')).toBe('biden-putin');
    expect(outputStem('https://news.example/')).toBe('news.example');
    expect(outputStem('-')).toBe('stdin');
  });
});

describe('decoding pages', () => {
  const bytes = (head: string, body: number[]): Uint8Array => new Uint8Array([...Buffer.from(head, 'latin1'), ...body]);

  it('should read the charset a page declares, as Korean sites in EUC-KR do', () => {
    // 한국 in EUC-KR.
    expect(decodeHtml(bytes('<meta charset="euc-kr"><p>', [0xc7, 0xd1, 0xb1, 0xb9]))).toBe(
      '<meta charset="euc-kr"><p>한국',
    );
  });

  it('should prefer a byte order mark, then the HTTP charset, and fall back to UTF-8', () => {
    expect(decodeHtml(bytes('', [0xef, 0xbb, 0xbf, 0x61]), 'text/html; charset=euc-kr')).toBe('a');
    expect(decodeHtml(bytes('<p>', [0xc7, 0xd1]), 'text/html; charset=EUC-KR')).toBe('<p>한');
    expect(decodeHtml(Buffer.from('<meta charset="nonsense">é'))).toBe('<meta charset="nonsense">é');
  });
});

/** `main` in this process with captured streams: for what a child process cannot show (a TTY) and for speed. */
async function inProcess(args: string[], tty = false): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        append(chunk.toString('utf8'));
        done();
      },
    });
  const io: CliIo = {
    stdout: sink((t) => (stdout += t)),
    stderr: Object.assign(
      sink((t) => (stderr += t)),
      { isTTY: tty },
    ),
    stdin: Readable.from([]),
    env: { SOURCE_DATE_EPOCH: '1767225600' },
  };
  const code = await main(
    args.map((arg) => (arg.startsWith('test/') ? join(ROOT, arg) : arg)),
    io,
  );
  return { code, stdout, stderr };
}

describe('diglot parse, in process', () => {
  it('should show progress on a terminal when there are several inputs', async () => {
    const run = await inProcess(['parse', '-f', 'tsv', SEED, OTHER], true);
    expect(run.stderr).toContain('[1/2] ');
    expect(run.stderr).toContain('[2/2] ');
  });

  it('should show no progress when stderr is not a terminal', async () => {
    expect((await inProcess(['parse', '-f', 'tsv', SEED, OTHER])).stderr).not.toContain('[1/2]');
  });

  it('should merge json inputs into one array with --merge', async () => {
    const run = await inProcess(['parse', '--merge', SEED, NEGATIVE]);
    const value = JSON.parse(run.stdout) as { bilingual: boolean }[];
    expect(value.map((v) => v.bilingual)).toEqual([true, false]);
    expect(importClips(run.stdout).clips).toHaveLength(2);
  });

  it('should write a tsv header once for several inputs', async () => {
    const run = await inProcess(['parse', '-f', 'tsv', '--header', SEED, SEED]);
    expect(run.stdout.split('\n').filter((line) => line === 'en\tko')).toHaveLength(1);
  });

  it('should merge several tmx inputs on standard output into one memory', async () => {
    const run = await inProcess(['parse', '-f', 'tmx', SEED, OTHER]);
    expect(run.stdout.match(/<\?xml /g)).toHaveLength(1);
    expect(await checkTmx(run.stdout)).toEqual([]);
  });

  it("should report the parser's warning for a page too large to parse, and still write it", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diglot-huge-'));
    try {
      const page = join(dir, 'huge.html');
      // Over the parser's 5,000,000 characters in one paragraph: many elements would make the test slow.
      writeFileSync(page, `<html><body><p>${'filler '.repeat(750_000)}</p></body></html>`);
      const run = await inProcess(['parse', page]);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/^diglot: .*huge\.html: page too large/m);
      expect(JSON.parse(run.stdout)).toMatchObject({
        bilingual: false,
        warnings: [expect.stringMatching(/too large/)],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should refuse options that make no sense', async () => {
    for (const args of [
      ['parse', '--merge', '-f', 'md', SEED],
      ['parse', '--layout', 'grid', SEED],
      ['parse', '--languages', 'en', SEED],
      ['parse', '--timeout', 'soon', SEED],
      ['parse', '-', '-'],
    ]) {
      const run = await inProcess(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
  });

  it('should use the languages it is given', async () => {
    const run = await inProcess(['parse', '--languages', 'en,ja', SEED]);
    expect(JSON.parse(run.stdout).languages).toEqual(['en', 'ja']);
  });
});
