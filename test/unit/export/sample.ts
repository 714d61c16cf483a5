/** Hand-built clips for exporter tests, so they run without the parser. */
import type { Block, LangTag, Pair, ParsedArticle } from '../../../utils/contract';
import type { Clip } from '../../../utils/export/clip';

/** One gold unit: the paragraphs on each side (0, 1 or 2), or one paragraph with no counterpart. */
export type UnitSpec = PairUnit | OnlyUnit;
type PairUnit = Record<LangTag, string[]>;
type OnlyUnit = { only: LangTag; text: string; kind?: Block['kind'] };

function isOnly(unit: UnitSpec): unit is OnlyUnit {
  return typeof unit['only'] === 'string';
}

const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** Split on sentence ends for the sentence-level tests (the parser uses Intl.Segmenter; this is enough here). */
function sentencesOf(text: string): string[] {
  return (
    text
      .match(/[^.!?。]+[.!?。]?/g)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? [text]
  );
}

/**
 * An article in blocks layout (all of the first language, then all of the second) with one pair per unit.
 * Sentences are aligned one to one where both sides have the same count, else as one group.
 */
export function articleOf(
  langs: [LangTag, LangTag],
  units: UnitSpec[],
  extra: Partial<ParsedArticle> = {},
): ParsedArticle {
  const blocks: Block[] = [];
  const sentences: Record<string, string[]> = {};
  const pairs: Pair[] = [];
  const ids = new Map<UnitSpec, Record<LangTag, string[]>>();
  for (const lang of langs) {
    for (const unit of units) {
      const texts = isOnly(unit) ? (unit.only === lang ? [unit.text] : []) : ((unit as PairUnit)[lang] ?? []);
      const kind = isOnly(unit) ? (unit.kind ?? 'paragraph') : 'paragraph';
      const own = ids.get(unit) ?? {};
      own[lang] = texts.map((text) => {
        const id = `b${blocks.length + 1}`;
        blocks.push({ id, lang, kind, text, ...(RTL.has(lang) ? { dir: 'rtl' as const } : {}) });
        sentences[id] = sentencesOf(text);
        return id;
      });
      ids.set(unit, own);
    }
  }
  for (const unit of units) {
    if (isOnly(unit)) continue;
    const sides = ids.get(unit)!;
    const counts = langs.map((lang) => (sides[lang] ?? []).flatMap((id) => sentences[id]!).length);
    const [a, b] = counts as [number, number];
    const groups =
      a === b
        ? Array.from({ length: a }, (_, i) => Object.fromEntries(langs.map((lang) => [lang, [i]])))
        : [Object.fromEntries(langs.map((lang, side) => [lang, Array.from({ length: counts[side]! }, (_, i) => i)]))];
    pairs.push({ blocks: sides, score: 0.9, sentences: groups });
  }
  return {
    schema: 1,
    source: 'https://news.example/article',
    url: 'https://news.example/article',
    bilingual: true,
    confidence: 0.95,
    languages: langs,
    layout: 'blocks',
    title: { [langs[0]]: `Title in ${langs[0]}`, [langs[1]]: `Title in ${langs[1]}` },
    blocks,
    pairs,
    sentences,
    ...extra,
  };
}

export function clipOf(article: ParsedArticle): Clip {
  return {
    article,
    citation: {
      title: { ...article.title },
      authors: ['Janne Pak'],
      publishedTime: '2021-12-31T17:33:00+09:00',
      siteName: 'Example News',
      url: article.url,
      canonicalUrl: article.url,
      languages: [...article.languages],
      clippedAt: '2026-01-01T00:00:00.000Z',
      diglotVersion: '0.0.0-test',
    },
  };
}

/** Text that breaks naive exporters: markup, quotes, tabs, newlines, backslashes, pipes, emoji, invisible marks. */
export const TRICKY = {
  markup: `<script>alert("x")</script> & 'fish' > chips`,
  whitespace: 'col one\tcol two\nsecond line\r\nthird',
  backslash: 'C:\\temp\\new and a literal \\t',
  pipe: 'left | right',
  emoji: 'Scientist 👩🏽‍🔬, flag 🇰🇷, face 😀',
  zeroWidth: 'zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word',
  control: 'bell\u0007 and lone \uD800surrogate',
  arabic: 'قال المتحدث إن «الاجتماع» سيعقد غداً.',
  hebrew: 'הדובר אמר כי הפגישה תתקיים מחר.',
};

/** An English-Arabic clip carrying every tricky text, a 2-1 pair and an unpaired caption. */
export function trickyClip(): Clip {
  return clipOf(
    articleOf(
      ['en', 'ar'],
      [
        { only: 'en', text: 'Photo: a caption only English has.', kind: 'caption' },
        { en: [TRICKY.markup], ar: [TRICKY.arabic] },
        { en: [TRICKY.whitespace], ar: [TRICKY.backslash] },
        { en: [TRICKY.pipe, TRICKY.emoji], ar: [TRICKY.zeroWidth] },
        { en: [TRICKY.control], ar: [TRICKY.hebrew] },
        { en: ['One. Two. Three.'], ar: ['واحد. اثنان. ثلاثة.'] },
      ],
    ),
  );
}
