/**
 * Verse printed in `<pre>` (utils/dom/pre-verse.ts, collected by utils/dom/blocks.ts, aligned by
 * `alignStanzasAndProse`): a poem a Markdown site kept in a code block is read line by line, its stanzas facing the
 * translation's, while code in `<pre>` stays one block.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../utils/contract';
import { namesCodeLanguage, verseStanzas } from '../../../utils/dom/pre-verse';
import { parseHtml } from '../../../utils/parse-html';
import { page } from './helpers';

const POEM = `Tagann an fharraige
isteach ar an trá
gach maidin go ciúin

Níl a fhios agam
cá dtéann sí san oíche;
ach fágann sí sliogáin
ar an ngaineamh dom
`;

describe('verseStanzas', () => {
  it('reads a poem as its stanzas of lines, a clause-ending semicolon and all', () => {
    expect(verseStanzas(POEM)).toEqual([
      ['Tagann an fharraige', 'isteach ar an trá', 'gach maidin go ciúin'],
      ['Níl a fhios agam', 'cá dtéann sí san oíche;', 'ach fágann sí sliogáin', 'ar an ngaineamh dom'],
    ]);
  });

  it('reads a poem of one stanza, with a gloss in brackets and a word pair with a slash', () => {
    const text = 'He wanted a home\nin their own nest/place,\nhalf the cake (all of it),\nand a quiet life.';
    expect(verseStanzas(text)).toEqual([text.split('\n')]);
  });

  it('leaves shell commands alone, with or without a prompt', () => {
    expect(verseStanzas('$ git clone https://example.org/notes.git\n$ cd notes\n$ npm install\n$ npm start')).toBe(
      null,
    );
    expect(verseStanzas('git pull\ncd notes\nnpm install\nnpm test')).toBe(null);
  });

  it('leaves program code alone', () => {
    expect(
      verseStanzas('function add(a, b) {\n  return a + b;\n}\n\nconst total = add(1, 2);\nconsole.log(total);'),
    ).toBe(null);
    expect(verseStanzas('import json\n\ndef load(path):\n    with open(path) as f:\n        return json.load(f)')).toBe(
      null,
    );
    expect(verseStanzas('@book{notes,\n  title = "Notes",\n  year = 2024,\n  publisher = "Example"\n}')).toBe(null);
  });

  it('leaves aligned columns and hard-wrapped prose alone', () => {
    expect(
      verseStanzas(
        'Name      Stop     Time\nQuay      12       08:10\nMarket    14       08:16\nSquare    15       08:21',
      ),
    ).toBe(null);
    const prose = [
      'The council met on Tuesday evening to discuss the new timetable for the',
      'harbour ferry, which will run every half hour from the first week of',
      'June until the end of September, with an extra boat on Saturday nights',
      'when the market stays open late and the last buses have already gone.',
      'Residents who spoke at the meeting asked for a later sailing on Sundays',
      'as well, and the council agreed to look at the figures again next year.',
    ].join('\n');
    expect(verseStanzas(prose)).toBe(null);
  });

  it('needs a few lines: two short lines are not a poem', () => {
    expect(verseStanzas('Tagann an fharraige\nisteach ar an trá')).toBe(null);
  });
});

describe('namesCodeLanguage', () => {
  it('is true for a class naming a programming language, false for plain text and no class', () => {
    expect(namesCodeLanguage('language-bash')).toBe(true);
    expect(namesCodeLanguage('highlight lang-js')).toBe(true);
    expect(namesCodeLanguage('language-plaintext highlighter-rouge highlight')).toBe(false);
    expect(namesCodeLanguage('poem')).toBe(false);
    expect(namesCodeLanguage('')).toBe(false);
  });
});

function textOf(a: ParsedArticle, id: string): string {
  return a.blocks.find((b) => b.id === id)?.text ?? '';
}

/** The pairs as "Irish | English" strings, each side's blocks joined. */
function pairStrings(a: ParsedArticle): string[] {
  return a.pairs.map(
    (p) =>
      `${(p.blocks.ga ?? []).map((id) => textOf(a, id)).join(' / ')} | ${(p.blocks.en ?? []).map((id) => textOf(a, id)).join(' / ')}`,
  );
}

describe('a poem and its translation in <pre>, among notes translated paragraph by paragraph', () => {
  const a = parseHtml(page('pre--ga-en--poem-notes'));

  it('is an Irish/English article', () => {
    expect(a.bilingual).toBe(true);
    expect([...a.languages].sort()).toEqual(['en', 'ga']);
  });

  it('makes each line of verse a paragraph block in its language', () => {
    const line = (text: string): { lang: string; kind: string } | undefined => {
      const b = a.blocks.find((x) => x.text === text);
      return b && { lang: b.lang, kind: b.kind };
    };
    expect(line('gach maidin go ciúin')).toEqual({ lang: 'ga', kind: 'paragraph' });
    expect(line('nach dtuigim go fóill')).toEqual({ lang: 'ga', kind: 'paragraph' });
    expect(line('every morning quietly')).toEqual({ lang: 'en', kind: 'paragraph' });
    expect(line('that I do not understand yet')).toEqual({ lang: 'en', kind: 'paragraph' });
  });

  it('pairs the poems stanza by stanza, line with line', () => {
    const pairs = pairStrings(a);
    expect(pairs).toContain('Tagann an fharraige | The sea comes');
    expect(pairs).toContain('cá dtéann sí san oíche | where she goes at night');
    expect(pairs).toContain('nach dtuigim go fóill | that I do not understand yet');
  });

  it('still pairs the analysis with its translation', () => {
    const pairs = pairStrings(a);
    expect(
      pairs.some((p) => p.startsWith('Is é an t-am an téama') && p.includes('| Time is the most important theme')),
    ).toBe(true);
    expect(pairs.some((p) => p.startsWith('Sa dara véarsa') && p.includes('| In the second verse'))).toBe(true);
  });

  it('keeps each code block whole, as preformatted text', () => {
    const code = a.blocks.filter((b) => b.kind === 'preformatted').map((b) => b.text);
    expect(code).toHaveLength(2);
    expect(code[0]).toMatch(/^\$ git clone .* \$ cd study-notes \$ bundle exec jekyll serve --watch$/);
    expect(code[1]).toBe('title: An Fharraige poet: Máire Ní Shé stanzas: 3');
  });
});

describe('a <pre> poem facing its translation on a page of verse only', () => {
  const stanza = (lines: string[]): string => lines.join('\n');
  const html = `<!doctype html><html lang="en"><head><title>Two poems</title></head><body>
    <nav><a href="/">Home</a> <a href="/poems">Poems</a> <a href="/about">About</a></nav>
    <article><h1>Winter harbour / Port d'hivern</h1>
    <pre><code>${stanza(['The boats are pulled up', 'on the frozen shingle,', 'their names half hidden', 'under the snow.'])}

${stanza(['Nobody sails today;', 'the gulls have the harbour', 'and the wind has the rest', 'of the long grey morning.'])}
</code></pre>
    <hr>
    <pre><code>${stanza(['Les barques són a terra', 'sobre els còdols glaçats,', 'amb els noms mig amagats', 'sota la neu.'])}

${stanza(['Avui ningú no surt a la mar;', 'les gavines tenen el port', 'i el vent té la resta', 'del llarg matí gris.'])}
</code></pre></article>
    <footer>© Winter Poems</footer></body></html>`;
  const a = parseHtml(html);

  it('pairs the lines of the two poems one to one', () => {
    expect(a.bilingual).toBe(true);
    expect(a.languages).toEqual(['en', 'ca']);
    const pairs = a.pairs.map((p) => `${textOf(a, p.blocks.en![0]!)} | ${textOf(a, p.blocks.ca![0]!)}`);
    expect(pairs).toContain('The boats are pulled up | Les barques són a terra');
    expect(pairs).toContain('Nobody sails today; | Avui ningú no surt a la mar;');
    expect(pairs).toContain('of the long grey morning. | del llarg matí gris.');
    expect(a.pairs).toHaveLength(8);
  });
});
