/**
 * Fuzzing the parser and every exporter with generated documents: malformed tag soup, random nesting, mixed scripts,
 * attributes that lie, control characters and lone surrogates. Seeded, so a failure names a seed that reproduces it:
 * `FUZZ_SEED=<seed> FUZZ_COUNT=1 npx vitest run test/unit/hardening/fuzz.test.ts`.
 */
import { DOMParser as XmlParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import type { ParsedArticle } from '../../../utils/contract';
import { formats, importClips } from '../../../utils/export';
import { makeClip } from '../../../utils/export/clip';
import { htmlToDocument } from '../../../utils/parse-html';
import { parseArticle } from '../../../utils/parse';
import { generateHtml, random } from './fuzz-gen';

const COUNT = Number(process.env.FUZZ_COUNT ?? 1000);
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? 1);
/**
 * Per document: a hang guard, not a speed claim (speed is `npm run bench`). Wall-clock time on a shared two-core CI
 * machine varies threefold, and the slowest generated documents take Readability 1-2 s on linkedom.
 */
const TIME_BOUND_MS = 10_000;

/** What every consumer relies on, beyond the types: ids unique, pairs point at blocks, monotone, sentence indexes valid. */
function contractProblems(article: ParsedArticle): string[] {
  const problems: string[] = [];
  if (article.schema !== 1) problems.push('schema');
  if (typeof article.bilingual !== 'boolean') problems.push('bilingual');
  if (!(article.confidence >= 0 && article.confidence <= 1)) problems.push(`confidence ${article.confidence}`);
  if (!['blocks', 'interleaved', 'columns', 'single'].includes(article.layout)) problems.push('layout');
  if (article.bilingual && article.languages.length !== 2) problems.push('a bilingual article needs two languages');
  const index = new Map<string, number>();
  article.blocks.forEach((block, i) => {
    if (index.has(block.id)) problems.push(`duplicate id ${block.id}`);
    index.set(block.id, i);
    if (typeof block.text !== 'string' || typeof block.lang !== 'string') problems.push(`block ${block.id} fields`);
  });
  const used = new Set<string>();
  const last: Record<string, number> = {};
  for (const pair of article.pairs) {
    if (!(pair.score >= 0 && pair.score <= 1)) problems.push(`score ${pair.score}`);
    for (const [lang, ids] of Object.entries(pair.blocks)) {
      for (const id of ids) {
        const at = index.get(id);
        if (at === undefined) problems.push(`pair names missing block ${id}`);
        else if (at <= (last[lang] ?? -1)) problems.push(`pairs not monotone at ${id}`);
        else last[lang] = at;
        if (used.has(id)) problems.push(`block ${id} in two pairs`);
        used.add(id);
      }
      const sentenceCount = ids.reduce((n, id) => n + (article.sentences?.[id]?.length ?? 0), 0);
      for (const group of pair.sentences) {
        for (const i of group[lang] ?? [])
          if (i < 0 || i >= sentenceCount) problems.push(`sentence index ${i} out of range`);
      }
    }
  }
  return problems;
}

describe(`the parser and exporters on ${COUNT} generated documents (seeds ${FIRST_SEED}…${FIRST_SEED + COUNT - 1})`, () => {
  test('never throw, always return a valid contract within the time bound, and every export reads back', () => {
    const failures: string[] = [];
    let bilingual = 0;
    let slowest = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
      const html = generateHtml(random(seed));
      try {
        const started = performance.now();
        const doc = htmlToDocument(html);
        const article = parseArticle(doc, { url: `https://fuzz.example/${seed}` });
        const took = performance.now() - started;
        slowest = Math.max(slowest, took);
        if (took > TIME_BOUND_MS) failures.push(`seed ${seed}: took ${Math.round(took)} ms`);
        const problems = contractProblems(article);
        if (problems.length) failures.push(`seed ${seed}: ${problems.slice(0, 3).join('; ')}`);
        if (article.bilingual) bilingual += 1;

        const clip = makeClip(doc, article, { clippedAt: '2026-11-28T00:00:00.000Z', diglotVersion: '0.0.0-fuzz' });
        for (const format of Object.values(formats)) {
          const out = format.export(clip);
          if (typeof out !== 'string') failures.push(`seed ${seed}: ${format.id} returned no text`);
        }
        const tmx = formats.tmx.export(clip);
        let xmlError = '';
        new XmlParser({ onError: (level, message) => level !== 'warning' && (xmlError ||= message) }).parseFromString(
          tmx,
          'text/xml',
        );
        if (xmlError) failures.push(`seed ${seed}: TMX is not well-formed XML: ${xmlError}`);
        const back = importClips(formats.json.export(clip));
        if (back.errors.length || back.clips.length !== 1)
          failures.push(`seed ${seed}: JSON round trip: ${back.errors[0]}`);
        else if (JSON.stringify(back.clips[0]!.article.pairs) !== JSON.stringify(article.pairs))
          failures.push(`seed ${seed}: JSON round trip changed the pairs`);
      } catch (error) {
        failures.push(`seed ${seed}: threw ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
      }
    }
    console.log(`fuzz: ${COUNT} documents, ${bilingual} came out bilingual, slowest ${Math.round(slowest)} ms`);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 600_000);
});
