/**
 * The glance, the one check that runs on every page: a plain "one language" on ordinary pages (so nothing else loads),
 * "maybe" on anything that could hold a second language. Its agreement with the pre-check over every fixture and
 * real page is held in precheck-recall.test.ts; here, its rules one by one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glance, glanceCensus } from '../../../utils/glance';
import { STOPWORDS_LEAD } from '../../../utils/lang/stopword-lead';
import { SHARED_BEYOND_CORE, STOPWORDS_CORE } from '../../../utils/lang/stopword-core';
import { htmlToDocument } from '../../../utils/parse-html';

const pages = join(import.meta.dirname, '../../fixtures/pages');
const page = (name: string) => htmlToDocument(readFileSync(join(pages, name), 'utf8'));

describe('the glance', () => {
  it('says maybe on every bilingual fixture page', () => {
    const bilingual = readdirSync(pages).filter((f) => f.endsWith('.html') && !/^(negative|hostile)--/.test(f));
    expect(bilingual.length).toBeGreaterThan(100);
    const stopped = bilingual.filter((f) => glance(page(f)).verdict === 'one');
    expect(stopped).toEqual([]);
  });

  it('calls a long one-language news page plainly one language', () => {
    const english = Array.from(
      { length: 30 },
      (_, i) =>
        `<p>The council said on Tuesday that the new tram line ${i} would open in the spring, and that the fares ` +
        `would stay as they are for at least a year, which residents have asked for since the old line was cut.</p>`,
    ).join('');
    const doc = htmlToDocument(
      `<html lang="en"><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>${english}</article>` +
        `<footer>Contact us · Privacy</footer></body></html>`,
    );
    expect(glance(doc).verdict).toBe('one');
  });

  it('says maybe when a second script or a second language marked on blocks appears, or the page is short', () => {
    const english = Array.from(
      { length: 30 },
      () => `<p>The council said the new line would open in the spring and that the fares would stay the same.</p>`,
    ).join('');
    const korean = Array.from(
      { length: 6 },
      () => `<p>시의회는 새 노선이 봄에 개통하며 요금은 그대로 유지된다고 화요일 밝혔다.</p>`,
    ).join('');
    const withKorean = htmlToDocument(`<html lang="en"><body><article>${english}${korean}</article></body></html>`);
    expect(glance(withKorean).verdict).toBe('maybe');
    const marked = htmlToDocument(
      `<html lang="en"><body><article>${english}<div lang="fr"><p>Le conseil a dit que la ligne ouvrira.</p></div></article></body></html>`,
    );
    expect(glance(marked).verdict).toBe('maybe');
    const short = htmlToDocument(
      `<html><body><p>The council said the line would open in the spring.</p></body></html>`,
    );
    expect(glance(short).verdict).toBe('maybe');
  });

  it('reads a page of Chinese in one form as one language, and says maybe with the other form beside it', () => {
    const simplified = Array.from(
      { length: 20 },
      (_, i) => `<p>第${i + 1}条新线路将在春天开通，市议会说，这个时候票价不会变，居民们对此表示欢迎。</p>`,
    ).join('');
    const traditional = Array.from(
      { length: 6 },
      () => `<p>市議會說，這條新線路將在春天開通，票價不會變，居民們對此表示歡迎。</p>`,
    ).join('');
    const chrome = '<nav><a href="/">首页</a> <a href="/news">新闻</a></nav><footer>© 2026 · 联系我们</footer>';
    const one = htmlToDocument(`<html lang="zh-CN"><body>${chrome}<article>${simplified}</article></body></html>`);
    expect(glance(one).verdict).toBe('one');
    const both = htmlToDocument(
      `<html lang="zh-CN"><body>${chrome}<article>${simplified}${traditional}</article></body></html>`,
    );
    expect(glance(both).verdict).toBe('maybe');
  });

  it('counts each script by its own runs (no Latin where there are no Latin letters), Han with kana as Japanese, and Ukrainian by its letters', () => {
    const census = glanceCensus(
      htmlToDocument(
        '<html><body><p>Привіт, як справи? Її їжак їсть ґрунт і є щасливий.</p>' +
          '<p>今日は良い天気ですね。</p><p>한국어 문장입니다.</p><p>Ελληνικά γράμματα</p></body></html>',
      ),
    )!;
    expect([...census.scripts.keys()].sort()).toEqual(['Cyrillic', 'Greek', 'Hangul', 'Kana']);
    expect(census.cyrillic.uk).toBeGreaterThan(5);
    expect(census.cyrillic.ru).toBe(0);
  });

  it('keeps an English page one language though it is full of words other languages also write', () => {
    const english = Array.from(
      { length: 30 },
      (_, i) =>
        `<p>Come and see the game ${i}: any fan may care to sit till the end, and the word is that the super bus ` +
        `will run with more air conditioning than last year, which riders have asked for.</p>`,
    ).join('');
    const doc = htmlToDocument(`<html lang="en"><body><article>${english}</article></body></html>`);
    expect(glance(doc).verdict).toBe('one');
  });

  it("carries only words one language owns, and each of them is among that language's core words", () => {
    const shared = new Set(SHARED_BEYOND_CORE.split(' '));
    for (const [lang, words] of Object.entries(STOPWORDS_LEAD))
      for (const w of words.split(' ')) {
        const owners = Object.keys(STOPWORDS_CORE).filter((l) => STOPWORDS_CORE[l]!.split(' ').includes(w));
        expect(owners, `${lang}: ${w}`).toEqual([lang]);
        expect(w.length >= 3 && !shared.has(w), `${lang}: ${w}`).toBe(true);
      }
  });
});
