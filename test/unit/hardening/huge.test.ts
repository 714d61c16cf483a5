/**
 * Pages of extreme size and shape. Diglot's content script runs on every page a person opens, so the pre-check must
 * give up within its budget, and the parse must either finish or stop with a clear "page too large" warning; nothing
 * may throw or overflow the stack. The documents are built node by node (as a browser's parser would leave them),
 * not parsed from strings, so the test measures Diglot and not the HTML parser.
 */
import { describe, expect, test } from 'vitest';
import { htmlToDocument, parseHtml } from '../../../utils/parse-html';
import { parseArticle } from '../../../utils/parse';
import { precheck } from '../../../utils/precheck';

const EN = 'The city council approved a new budget for public libraries on Tuesday evening after a long debate.';
const KO = '시의회는 화요일 저녁 긴 토론 끝에 공공 도서관을 위한 새 예산안을 승인했다.';

function emptyPage(): Document {
  return htmlToDocument('<!doctype html><html><head><title>Huge</title></head><body><article></article></body></html>');
}

function appendParagraphs(doc: Document, count: number, text: (i: number) => string): void {
  const article = doc.querySelector('article')!;
  for (let i = 0; i < count; i++) {
    const p = doc.createElement('p');
    p.textContent = text(i);
    article.appendChild(p);
  }
}

/** Hang guard for one call (seconds on a shared CI machine), not a speed claim: speed is `npm run bench`. */
const BOUND_MS = 30_000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

describe('pages of extreme size', () => {
  test('a bilingual page with 100,000 paragraphs: the parse says the page is too large', () => {
    const doc = emptyPage();
    appendParagraphs(doc, 100_000, (i) => (i % 2 ? KO : EN));
    expect(timed(() => precheck(doc)).ms).toBeLessThan(BOUND_MS);
    const parsed = timed(() => parseArticle(doc));
    expect(parsed.ms).toBeLessThan(BOUND_MS);
    expect(parsed.value.bilingual).toBe(false);
    expect(parsed.value.warnings?.join(' ')).toMatch(/page too large/);
  });

  test('on 100,000 paragraphs of one language the pre-check stops at its budget and says no', () => {
    const doc = emptyPage();
    appendParagraphs(doc, 100_000, (i) => `${EN} (${i})`);
    const pre = timed(() => precheck(doc));
    expect(pre.ms).toBeLessThan(BOUND_MS);
    expect(pre.value.candidate).toBe(false);
    expect(pre.value.reason).toMatch(/budget|too large|gave up|limit/i);
  });

  test('a page with 20 MB of text: the parse says the page is too large instead of working through it', () => {
    const doc = emptyPage();
    const chunk = EN.repeat(200); // ~20 KB a paragraph
    appendParagraphs(doc, 1000, () => chunk);
    const parsed = timed(() => parseArticle(doc));
    expect(parsed.ms).toBeLessThan(BOUND_MS);
    expect(parsed.value.warnings?.join(' ')).toMatch(/page too large/);
    expect(timed(() => precheck(doc)).ms).toBeLessThan(BOUND_MS);
  });

  test('one enormous paragraph in a bilingual article neither throws nor hangs', () => {
    const doc = emptyPage();
    appendParagraphs(doc, 12, (i) => (i < 6 ? `${EN} ${i}` : `${KO} ${i}`));
    appendParagraphs(doc, 1, () => EN.repeat(2000)); // 200 KB
    const parsed = timed(() => parseArticle(doc));
    expect(parsed.ms).toBeLessThan(BOUND_MS);
    expect(parsed.value.schema).toBe(1);
  });
});

describe('pages of extreme shape', () => {
  test('elements nested 50,000 deep: no stack overflow in the pre-check or the parse', () => {
    const doc = emptyPage();
    let parent: Element = doc.querySelector('article')!;
    for (let i = 0; i < 50_000; i++) {
      const div = doc.createElement('div');
      parent.appendChild(div);
      parent = div;
    }
    for (let i = 0; i < 12; i++) {
      const p = doc.createElement('p');
      p.textContent = i < 6 ? EN : KO;
      parent.appendChild(p);
    }
    expect(() => precheck(doc)).not.toThrow();
    const parsed = timed(() => parseArticle(doc));
    expect(parsed.ms).toBeLessThan(BOUND_MS);
    expect(parsed.value.schema).toBe(1);
  });

  test('a page with 10,000 iframes and 10,000 shadow roots is handled within bounds', () => {
    const doc = emptyPage();
    appendParagraphs(doc, 12, (i) => (i < 6 ? EN : KO));
    const body = doc.body;
    for (let i = 0; i < 10_000; i++) {
      const frame = doc.createElement('iframe');
      frame.setAttribute('srcdoc', `<p>${EN}</p>`);
      body.appendChild(frame);
      const host = doc.createElement('div');
      body.appendChild(host);
      (host as HTMLElement).attachShadow?.({ mode: 'open' }).appendChild(doc.createTextNode(KO));
    }
    expect(timed(() => precheck(doc)).ms).toBeLessThan(BOUND_MS);
    const parsed = timed(() => parseArticle(doc));
    expect(parsed.ms).toBeLessThan(BOUND_MS);
    expect(parsed.value.schema).toBe(1);
  });

  test('an HTML string of tag soup that is mostly markup is read without throwing', () => {
    const html = '<div><span>'.repeat(20_000) + `<p>${EN}</p>`.repeat(6) + `<p>${KO}</p>`.repeat(6);
    const parsed = timed(() => parseHtml(html));
    expect(parsed.ms).toBeLessThan(BOUND_MS);
    expect(parsed.value.schema).toBe(1);
  });
});
