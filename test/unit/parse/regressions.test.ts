/** Regressions found by the hostile-page e2e tests, pinned in Node. */
import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../../utils/parse-html';

const EN = [
  'The city library will open on Sundays from next month, the council announced on Tuesday.',
  'The change follows a petition signed by more than four thousand residents last spring.',
  'Opening on Sundays will cost about 180,000 dollars a year, paid from the culture budget.',
  'Librarians said the busiest hours are expected between noon and four in the afternoon.',
  'The children’s section will run a reading hour every Sunday morning at ten o’clock.',
  'The council will review the new hours after one year, with figures on visitors and costs.',
];
const KO = [
  '시의회는 화요일 다음 달부터 시립도서관이 일요일에도 문을 연다고 발표했다.',
  '이번 결정은 지난봄 주민 4천여 명이 서명한 청원에 따른 것이다.',
  '일요일 개관에는 연간 약 18만 달러가 들며 문화 예산에서 충당된다.',
  '사서들은 정오부터 오후 4시 사이가 가장 붐빌 것으로 예상했다.',
  '어린이 열람실은 매주 일요일 오전 10시에 책 읽기 시간을 연다.',
  '시의회는 1년 뒤 방문객 수와 비용을 바탕으로 새 운영 시간을 다시 검토한다.',
];

function page(extra = '', transform = (s: string) => s): string {
  const ps = [...EN, ...KO].map((t) => `<p>${transform(t)}</p>`).join('\n');
  return `<!doctype html><html><head><title>Library opens on Sundays</title></head><body>
    <nav><a href="/">Home</a> <a href="/city">City</a></nav>
    <article><h1>Library opens on Sundays</h1>${ps}${extra}</article>
    <footer>© 2026 The City Paper</footer></body></html>`;
}

describe('parser regressions', () => {
  test('one long unpaired paragraph does not make a bilingual article look monolingual', () => {
    const transcript = `<p>${'Transcript of the council meeting, in English only, as read into the record. '.repeat(40)}</p>`;
    const article = parseHtml(page(transcript));
    expect(article.bilingual).toBe(true);
    expect(article.languages).toEqual(['en', 'ko']);
    expect(article.pairs.length).toBeGreaterThanOrEqual(6);
  });

  test('zero-width characters inside words are removed, not turned into spaces', () => {
    const article = parseHtml(
      page('', (t) => t.replace('library', 'lib\u200bra\ufeffry').replace('council', 'coun\u00adcil')),
    );
    const texts = article.blocks.map((b) => b.text).join('\n');
    expect(texts).toContain('city library will open');
    expect(texts).toContain('the council announced');
    expect(texts).not.toMatch(/[\u200b\ufeff\u00ad]/);
  });
});
