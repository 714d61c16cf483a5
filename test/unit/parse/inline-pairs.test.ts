/**
 * Blocks printing both languages one after the other (utils/inline-pairs.ts, called from parse.ts): split into two
 * blocks, each in its language, which face each other; blocks that only look mixed stay whole.
 */
import { describe, expect, it } from 'vitest';
import type { BlockKind, ParsedArticle } from '../../../utils/contract';
import type { ExtractedBlock } from '../../../utils/extract';
import { discoverInlineLanguage, splitInlinePairs } from '../../../utils/inline-pairs';
import { TextFacts } from '../../../utils/lang/text-facts';
import { parseHtml } from '../../../utils/parse-html';
import { page } from './helpers';

function block(text: string, kind: BlockKind = 'paragraph'): ExtractedBlock {
  return { kind, text, order: 0, source: null };
}

/** The texts after splitting, each split block's halves joined by " ‖ ". */
function split(blocks: ExtractedBlock[], pair: [string, string]): string[] {
  const out = splitInlinePairs(blocks, pair, new TextFacts()).blocks;
  const texts: string[] = [];
  out.forEach((b, i) => {
    if (b.inline !== undefined && out[i - 1]?.inline === b.inline) texts[texts.length - 1] += ` ‖ ${b.text}`;
    else texts.push(b.text);
  });
  return texts;
}

// Irish notes: sentences with their English translation after a dash (the long splits that set the page's order).
const IRISH_NOTES = [
  block(
    'Tá an file ag caint faoin bhfarraige agus faoin am - The poet is talking about the sea and about time',
    'list-item',
  ),
  block('Fanann sí ar an trá gach maidin ag fanacht - She stays on the strand every morning waiting', 'list-item'),
];

describe('splitInlinePairs', () => {
  it('splits a sentence and its translation at a dash, and a heading of one word a side in the page order', () => {
    expect(split([...IRISH_NOTES, block('Mothúcháin / Feelings', 'heading')], ['ga', 'en'])).toEqual([
      'Tá an file ag caint faoin bhfarraige agus faoin am ‖ The poet is talking about the sea and about time',
      'Fanann sí ar an trá gach maidin ag fanacht ‖ She stays on the strand every morning waiting',
      'Mothúcháin ‖ Feelings',
    ]);
  });

  it('splits at a sentence boundary when the function words show both languages', () => {
    const text =
      'I redeg y wefan ar eich cyfrifiadur eich hun, agorwch derfynell a rhedwch y gorchmynion canlynol: To run the website on your own computer, open a terminal and run the following commands:';
    expect(split([block(text)], ['cy', 'en'])).toEqual([
      'I redeg y wefan ar eich cyfrifiadur eich hun, agorwch derfynell a rhedwch y gorchmynion canlynol: ‖ To run the website on your own computer, open a terminal and run the following commands:',
    ]);
  });

  it('does not split a sentence whose two sides of a dash are in one language, or that quotes an English name', () => {
    const texts = [
      'Tá codarsnacht idir na teochriosanna - áit nádúrtha lán le crainn - agus an zú, áit nach bhfuil saor.',
      "Mae rhai enwau hefyd i'w gweld ar fapiau milwrol NATO - ond nid yw'r rheini yn y set ddata hon.",
    ];
    expect(split([...IRISH_NOTES, ...texts.map((t) => block(t))], ['ga', 'en']).slice(2)).toEqual(texts);
    expect(split([block(texts[1]!)], ['cy', 'en'])).toEqual([texts[1]]);
  });

  it('leaves a bracketed gloss, two names and code whole', () => {
    const whole = [block('Trua (Pity)', 'heading'), block('Siân Roberts / Gareth Lewis', 'list-item')];
    const code = block('$ cd notes / $ npm start', 'preformatted');
    expect(split([...IRISH_NOTES, ...whole, code], ['ga', 'en']).slice(2)).toEqual([
      'Trua (Pity)',
      'Siân Roberts / Gareth Lewis',
      '$ cd notes / $ npm start',
    ]);
  });

  it('leaves a short heading whole when the page has no longer split to give the order', () => {
    expect(split([block('Cyfrannu / Contributing', 'heading')], ['cy', 'en'])).toEqual(['Cyfrannu / Contributing']);
  });

  it('returns the same blocks, untouched, when nothing is split', () => {
    const blocks = [block('The council will review the timetable next year - and the fares too.')];
    const out = splitInlinePairs(blocks, ['en', 'fr'], new TextFacts());
    expect(out.split).toBe(0);
    expect(out.blocks).toBe(blocks);
  });
});

describe('discoverInlineLanguage', () => {
  it('finds the language of the other halves when one half of each separated block is in the page language', () => {
    const blocks = [
      block(
        'Aquesta aplicació us permet consultar els horaris dels autobusos. / This application lets you check the bus timetables.',
      ),
      block("Descarregueu l'arxiu i obriu-lo amb el navegador. / Download the file and open it with the browser."),
      block(
        'Els horaris nocturns encara no s’actualitzen cada setmana. / The night timetables are not yet updated every week.',
      ),
      block('Les parades més properes apareixen primer a la llista. / The nearest stops are shown first in the list.'),
    ];
    expect(discoverInlineLanguage(blocks, 'ca', new TextFacts())).toBe('en');
  });

  it('finds nothing on a page whose dashes join parts of one language', () => {
    const blocks = [
      block('The council – which meets on Tuesdays – voted to keep the night buses running.'),
      block('Input/output errors are logged to the console and to the daily report.'),
      block('Weather | Traffic | Local news'),
      block('The ferry leaves at 8 a.m. - weather permitting - and returns at noon.'),
    ];
    expect(discoverInlineLanguage(blocks, 'en', new TextFacts())).toBe(null);
  });
});

function textOf(a: ParsedArticle, id: string): string {
  return a.blocks.find((b) => b.id === id)?.text ?? '';
}

function pairStrings(a: ParsedArticle, la: string, lb: string): string[] {
  return a.pairs.map(
    (p) =>
      `${(p.blocks[la] ?? []).map((id) => textOf(a, id)).join(' / ')} | ${(p.blocks[lb] ?? []).map((id) => textOf(a, id)).join(' / ')}`,
  );
}

describe('a Welsh README whose English is printed inside the Welsh blocks', () => {
  const a = parseHtml(page('inline--cy-en--place-names-readme'));

  it('is a Welsh/English article, interleaved', () => {
    expect(a.bilingual).toBe(true);
    expect(a.languages).toEqual(['cy', 'en']);
    expect(a.layout).toBe('interleaved');
  });

  it('splits the headings and pairs each half with the other', () => {
    const pairs = pairStrings(a, 'cy', 'en');
    for (const p of ['Gosodiad | Installation', 'Defnydd | Usage', 'Cyfrannu | Contributing', 'Trwydded | Licence'])
      expect(pairs).toContain(p);
    expect(a.blocks.find((b) => b.text === 'Cyfrannu')?.lang).toBe('cy');
    expect(a.blocks.find((b) => b.text === 'Contributing')?.lang).toBe('en');
  });

  it('splits each instruction into its Welsh sentence and its English one, which face each other', () => {
    const pairs = pairStrings(a, 'cy', 'en');
    expect(pairs).toContain(
      'I redeg y wefan ar eich cyfrifiadur eich hun, agorwch derfynell a rhedwch y gorchmynion canlynol: | To run the website on your own computer, open a terminal and run the following commands:',
    );
    expect(pairs.some((p) => p.startsWith('Rydym yn croesawu pob cyfraniad') && p.includes('| We welcome every'))).toBe(
      true,
    );
  });

  it('keeps the Welsh note quoting NATO, the names and the code whole', () => {
    const texts = a.blocks.map((b) => b.text);
    expect(texts.some((t) => t.startsWith('Mae rhai enwau hefyd') && t.endsWith('am nad ydynt yn agored.'))).toBe(true);
    expect(texts).toContain('Siân Roberts / Gareth Lewis');
    expect(texts.find((t) => t.startsWith('$ git clone'))).toMatch(/\$ npm start$/);
  });
});

describe('a Catalan guide printing every line in Catalan, then English after a slash', () => {
  const a = parseHtml(page('inline--ca-en--bus-app-guide'));

  it('is found bilingual although no English paragraph stands on its own', () => {
    expect(a.bilingual).toBe(true);
    expect(a.languages).toEqual(['ca', 'en']);
  });

  it('pairs the halves of each line', () => {
    const pairs = pairStrings(a, 'ca', 'en');
    expect(pairs).toContain('Instal·lació | Installation');
    expect(pairs).toContain('Problemes coneguts | Known problems');
    expect(pairs).toContain(
      'Avisos quan l’autobús que esperes és a dues parades de distància. | Alerts when the bus you are waiting for is two stops away.'.replace(
        /’/g,
        "'",
      ),
    );
  });

  it('keeps the Catalan-only lines whole and unpaired', () => {
    const paired = new Set(a.pairs.flatMap((p) => Object.values(p.blocks).flat()));
    for (const text of [
      'Versió 2.1 - maig de 2024',
      'Gràcies a totes les persones que han provat l’aplicació durant l’hivern.'.replace(/’/g, "'"),
    ]) {
      const b = a.blocks.find((x) => x.text === text);
      expect(b?.lang).toBe('ca');
      expect(paired.has(b!.id)).toBe(false);
    }
  });
});

describe('a one-language page with dashes, slashes and bars', () => {
  const html = `<!doctype html><html lang="en"><head><title>Night buses stay</title></head><body>
    <nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
    <article><h1>Night buses stay – for now</h1>
    <p>The council – which meets on Tuesdays – voted last night to keep the night buses running until the spring.</p>
    <p>Drivers said the late service is used by nurses, cleaners and bar staff who finish after midnight / early morning.</p>
    <p>The route will change slightly: buses will stop at the hospital, then at the station - weather permitting - before the harbour.</p>
    <h2>What happens next | Timetable</h2>
    <p>The new timetable will be published next week, and the council will look at the figures again in April.</p></article>
    <footer>© The Harbour Gazette</footer></body></html>`;
  const a = parseHtml(html);

  it('stays one language, every block whole', () => {
    expect(a.bilingual).toBe(false);
    expect(a.languages).toEqual(['en']);
    const texts = a.blocks.map((b) => b.text);
    expect(texts).toContain(
      'The route will change slightly: buses will stop at the hospital, then at the station - weather permitting - before the harbour.',
    );
    expect(texts.some((t) => t.startsWith('Drivers said') && t.endsWith('/ early morning.'))).toBe(true);
  });
});
