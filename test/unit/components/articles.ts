/** Hand-built parsed articles for the view tests (the parser is tested on its own). */
import type { ParsedArticle } from '../../../utils/contract';

/** English first, Korean second; a Korean-only caption, a 1-2 pair, and sentences for the first pair. */
export function enKo(): ParsedArticle {
  return {
    schema: 1,
    url: 'https://news.example.com/2026/rail-line',
    bilingual: true,
    confidence: 0.95,
    languages: ['en', 'ko'],
    layout: 'blocks',
    title: { en: 'New rail line opens', ko: '새 철도 노선 개통' },
    byline: 'By Kim Mina',
    siteName: 'Example News',
    publishedTime: '2026-04-12',
    blocks: [
      { id: 'b1', lang: 'en', kind: 'paragraph', text: 'The line opened on Monday. It links two cities.' },
      { id: 'b2', lang: 'en', kind: 'paragraph', text: 'Tickets cost 3,000 won, and children ride free.' },
      { id: 'b3', lang: 'en', kind: 'heading', level: 2, text: 'What riders said' },
      { id: 'b4', lang: 'en', kind: 'quote', text: '"It is fast," said one rider.' },
      { id: 'b5', lang: 'ko', kind: 'paragraph', text: '노선은 월요일에 개통했다. 두 도시를 잇는다.' },
      { id: 'b6', lang: 'ko', kind: 'paragraph', text: '요금은 3,000원이다.' },
      { id: 'b7', lang: 'ko', kind: 'paragraph', text: '어린이는 무료로 탄다.' },
      { id: 'b8', lang: 'ko', kind: 'caption', text: '사진: 개통식 모습.' },
      { id: 'b9', lang: 'ko', kind: 'heading', level: 2, text: '승객들의 반응' },
      { id: 'b10', lang: 'ko', kind: 'quote', text: '"빠르다"고 한 승객이 말했다.' },
    ],
    pairs: [
      {
        blocks: { en: ['b1'], ko: ['b5'] },
        score: 0.9,
        sentences: [
          { en: [0], ko: [0] },
          { en: [1], ko: [1] },
        ],
      },
      { blocks: { en: ['b2'], ko: ['b6', 'b7'] }, score: 0.8, sentences: [] },
      { blocks: { en: ['b3'], ko: ['b9'] }, score: 0.9, sentences: [] },
      { blocks: { en: ['b4'], ko: ['b10'] }, score: 0.9, sentences: [] },
    ],
    sentences: {
      b1: ['The line opened on Monday. ', 'It links two cities.'],
      b5: ['노선은 월요일에 개통했다. ', '두 도시를 잇는다.'],
    },
  };
}

/** Arabic first (right to left, `dir` left out on one block on purpose), English second. */
export function arEn(): ParsedArticle {
  return {
    schema: 1,
    url: 'javascript:alert(1)',
    bilingual: true,
    confidence: 0.9,
    languages: ['ar', 'en'],
    layout: 'interleaved',
    title: { ar: 'عاصفة ترابية تغلق المدارس', en: 'Dust storm closes schools' },
    blocks: [
      { id: 'b1', lang: 'ar', kind: 'paragraph', dir: 'rtl', text: 'أغلقت السلطات المدارس يوم الأحد.' },
      { id: 'b2', lang: 'en', kind: 'paragraph', text: 'Authorities closed schools on Sunday.' },
      { id: 'b3', lang: 'ar', kind: 'paragraph', text: 'وقالت هيئة الأرصاد إن الرياح ستهدأ.' },
      {
        id: 'b4',
        lang: 'en',
        kind: 'paragraph',
        text: 'The weather office said the wind will ease. <img src=x onerror=alert(1)>',
      },
    ],
    pairs: [
      { blocks: { ar: ['b1'], en: ['b2'] }, score: 0.9, sentences: [] },
      { blocks: { ar: ['b3'], en: ['b4'] }, score: 0.9, sentences: [] },
    ],
  };
}

/** The en/ko article as a site might print it: English, then Korean, with chrome, a styled element and br-lines. */
export const EN_KO_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Rail</title></head><body>
<nav><ul><li>Home</li><li>새 철도 노선 개통</li></ul></nav>
<article>
  <h1>New rail line opens</h1>
  <h1 class="ko">새 철도 노선 개통</h1>
  <p>The line   opened on Monday.
     It links two cities.</p>
  <p style="color: red">Tickets cost 3,000 won, and children ride free.</p>
  <h2>What riders said</h2>
  <blockquote><p>"It is fast," said one rider.</p></blockquote>
  <hr>
  <p>노선은 월요일에 개통했다. <b>두 도시를</b> 잇는다.</p>
  <p>요금은 3,000원이다.<br>
  어린이는 무료로 탄다.<br>
  </p>
  <figure><figcaption>사진: 개통식 모습.</figcaption></figure>
  <h2>승객들의 반응</h2>
  <blockquote><p>"빠르다"고 한 승객이 말했다.</p></blockquote>
</article>
<diglot-reader><p>노선은 월요일에 개통했다. 두 도시를 잇는다.</p></diglot-reader>
</body></html>`;
