import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../utils/contract';
import { parseArticle } from '../../../utils/parse';
import { htmlToDocument, parseHtml } from '../../../utils/parse-html';
import { page } from './helpers';

function textOf(a: ParsedArticle, id: string): string {
  return a.blocks.find((b) => b.id === id)?.text ?? '';
}

/** Pairs as [A texts, B texts], for readable assertions. */
function pairTexts(a: ParsedArticle): Array<[string[], string[]]> {
  const [la, lb] = a.languages as [string, string];
  return a.pairs.map((p) => [
    (p.blocks[la] ?? []).map((id) => textOf(a, id)),
    (p.blocks[lb] ?? []).map((id) => textOf(a, id)),
  ]);
}

describe('parseArticle on the seed article', () => {
  const a = parseHtml(page('seed--en-ko--usa-journal-korea'));

  it('finds an English/Korean article in blocks', () => {
    expect(a.bilingual).toBe(true);
    expect(a.languages).toEqual(['en', 'ko']);
    expect(a.layout).toBe('blocks');
  });

  it('pairs the six English paragraphs with the six Korean ones, the last two Korean lines split at <br>', () => {
    const pairs = pairTexts(a);
    expect(pairs).toHaveLength(6);
    expect(pairs.every(([en, ko]) => en.length === 1 && ko.length === 1)).toBe(true);
    expect(pairs[0]![0][0]).toMatch(/^President Biden had a phone call/);
    expect(pairs[0]![1][0]).toMatch(/^바이든 대통령은 오늘/);
    expect(pairs[5]![0][0]).toMatch(/^It is hoped/);
    expect(pairs[5]![1][0]).toMatch(/^러시아의 과도한/);
  });

  it('leaves the caption and the author note unpaired', () => {
    const paired = new Set(a.pairs.flatMap((p) => Object.values(p.blocks).flat()));
    const caption = a.blocks.find((b) => b.kind === 'caption');
    expect(caption?.text).toMatch(/^@President Biden speaks/);
    expect(paired.has(caption!.id)).toBe(false);
    const note = a.blocks.find((b) => b.text.startsWith('A professional female Journalist'));
    expect(note).toBeDefined();
    expect(paired.has(note!.id)).toBe(false);
  });

  it('takes the Korean title from the body and keeps Korean comments, menus and footer out', () => {
    expect(a.title.ko).toBe('바이든 대통령, 푸틴과 긴장완화 방안 논의');
    expect(a.title.en).toMatch(/President Biden discusses easing tensions with Putin/);
    const all = a.blocks.map((b) => b.text).join('\n');
    for (const chrome of [
      '좋은 기사 감사합니다',
      '많이 본 뉴스',
      '발행인',
      '한미 정상회담 일정 발표',
      'English | 한국어',
    ])
      expect(all).not.toContain(chrome);
  });

  it('keeps NATO and 10만 inside Korean paragraphs Korean', () => {
    const nato = a.blocks.filter((b) => b.text.includes('10만') || b.text.includes('NATO에서'));
    expect(nato.length).toBeGreaterThan(0);
    expect(nato.every((b) => b.lang === 'ko')).toBe(true);
  });

  it('fills sentences for every paired block, and sentence groups index into them', () => {
    for (const p of a.pairs) {
      for (const [lang, ids] of Object.entries(p.blocks)) {
        const count = ids.reduce((n, id) => n + (a.sentences?.[id]?.length ?? 0), 0);
        const used = p.sentences.flatMap((s) => s[lang] ?? []);
        expect(used.sort((x, y) => x - y)).toEqual(Array.from({ length: count }, (_, i) => i));
      }
    }
  });

  it('outputs plain NFC text with ids in reading order', () => {
    a.blocks.forEach((b, i) => {
      expect(b.id).toBe(`b${i + 1}`);
      expect(b.text).toBe(b.text.normalize('NFC'));
      expect(b.text).not.toMatch(/<[a-z]|\s\s/);
    });
  });
});

describe('parseArticle never changes the page', () => {
  it('leaves the live document exactly as it was', () => {
    const doc = htmlToDocument(page('containers--en-ko--library-hours'));
    const before = doc.documentElement.outerHTML;
    const a = parseArticle(doc);
    expect(a.bilingual).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelector('[data-diglot-i]')).toBeNull();
  });
});

describe('layouts', () => {
  it('recovers the second language from a sibling container Readability drops', () => {
    const a = parseHtml(page('containers--en-ko--library-hours'));
    expect(a.bilingual).toBe(true);
    expect(a.layout).toBe('blocks');
    expect(a.blocks.filter((b) => b.lang === 'ko' && b.kind === 'paragraph')).toHaveLength(4);
    expect(a.blocks.filter((b) => b.lang === 'en')).toHaveLength(4);
    expect(pairTexts(a).map(([en, ko]) => [en.length, ko.length])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    const all = a.blocks.map((b) => b.text).join('\n');
    expect(all).not.toContain('치과');
    expect(all).not.toContain('댓글');
  });

  it('aligns an interleaved page with a missing paragraph and a one-language caption', () => {
    const a = parseHtml(page('interleaved--en-fr--bridge-repairs'));
    expect(a.layout).toBe('interleaved');
    expect(a.languages).toEqual(['en', 'fr']);
    const pairs = pairTexts(a);
    expect(pairs).toHaveLength(4);
    expect(pairs[2]![0][0]).toMatch(/^Cyclists/);
    expect(pairs[2]![1][0]).toMatch(/^Les cyclistes/);
    const paired = new Set(a.pairs.flatMap((p) => Object.values(p.blocks).flat()));
    const drivers = a.blocks.find((b) => b.text.startsWith('Drivers'))!;
    const caption = a.blocks.find((b) => b.kind === 'caption')!;
    expect(paired.has(drivers.id)).toBe(false);
    expect(paired.has(caption.id)).toBe(false);
    expect(a.blocks.map((b) => b.text).join(' ')).not.toContain('English | Français');
  });

  it('tells Spanish from Portuguese on one page', () => {
    const a = parseHtml(page('blocks--es-pt--coffee-harvest'));
    expect(a.bilingual).toBe(true);
    expect(a.languages).toEqual(['es', 'pt']);
    expect(a.blocks.filter((b) => b.lang === 'es').every((b) => !/colheita|produtores/.test(b.text))).toBe(true);
    expect(a.pairs).toHaveLength(4);
  });

  it('tells Russian from Ukrainian on one page', () => {
    const a = parseHtml(page('blocks--ru-uk--river-ferry'));
    expect(a.languages).toEqual(['ru', 'uk']);
    expect(a.blocks.find((b) => b.kind === 'heading')?.lang).toBe('uk');
    expect(a.pairs).toHaveLength(4);
  });
});

describe('negatives', () => {
  it('calls a Korean article with English quotes, names and an English sidebar not bilingual', () => {
    const a = parseHtml(page('negative--ko--english-quotes'));
    expect(a.bilingual).toBe(false);
    expect(a.languages).toEqual(['ko']);
    expect(a.layout).toBe('single');
    expect(a.pairs).toEqual([]);
  });

  it('calls an English article with a language switcher and a short Spanish box not bilingual', () => {
    const a = parseHtml(page('negative--en--switcher-and-box'));
    expect(a.bilingual).toBe(false);
    expect(a.languages).toEqual(['en']);
    expect(a.blocks.some((b) => b.text.includes('한국어'))).toBe(false);
  });
});

describe('robustness', () => {
  it('never throws: empty, text-only and broken input', () => {
    for (const html of ['', 'just text', '<html><body><p>x', '<<<>>>']) {
      const a = parseHtml(html);
      expect(a.schema).toBe(1);
      expect(a.bilingual).toBe(false);
    }
  });

  it('refuses a page over the size limit with a warning instead of hanging', () => {
    const a = parseHtml(page('seed--en-ko--usa-journal-korea'), { maxChars: 1000 });
    expect(a.bilingual).toBe(false);
    expect(a.warnings?.[0]).toMatch(/page too large/);
  });

  it('survives 50,000 nested elements', () => {
    const depth = 50_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>deep</p>${'</div>'.repeat(depth)}</body></html>`;
    const a = parseHtml(html);
    expect(a.bilingual).toBe(false);
  });

  it('honours a user-forced pair', () => {
    const a = parseHtml(page('blocks--es-pt--coffee-harvest'), { languages: ['pt', 'es'] });
    expect(a.bilingual).toBe(true);
    expect(new Set(a.languages)).toEqual(new Set(['es', 'pt']));
  });
});
