import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findBlockTargets, hideLanguageInPlace, normalizeText } from '../../../components/in-place';
import { EN_KO_PAGE, enKo } from './articles';

const page = (html = EN_KO_PAGE) => parseHTML(html).document as unknown as Document;

describe('normalizeText', () => {
  it('applies NFC and collapses whitespace', () => {
    expect(normalizeText('  a\u0301\n\t b  ')).toBe('\u00e1 b');
  });
});

describe('findBlockTargets', () => {
  it('finds paragraphs by normalised text across inline markup and line breaks in the source', () => {
    const doc = page();
    const targets = findBlockTargets(doc.body, enKo().blocks);
    const b1 = targets.get('b1');
    expect(b1?.kind === 'element' && b1.element.localName).toBe('p');
    const b5 = targets.get('b5');
    expect(b5?.kind === 'element' && b5.element.textContent).toContain('두 도시를');
  });

  it('picks the outermost of nested elements with the same text', () => {
    const targets = findBlockTargets(page().body, enKo().blocks);
    const quote = targets.get('b4');
    expect(quote?.kind === 'element' && quote.element.localName).toBe('blockquote');
  });

  it('finds a <br>-split line inside one paragraph as a run of its children', () => {
    const targets = findBlockTargets(page().body, enKo().blocks);
    const line = targets.get('b7');
    expect(line?.kind).toBe('run');
    expect(line?.kind === 'run' && line.nodes.map((n) => n.textContent).join('')).toContain('어린이는 무료로 탄다.');
  });

  it('never matches inside the reader host', () => {
    const doc = page();
    const targets = findBlockTargets(doc.body, enKo().blocks);
    const b5 = targets.get('b5');
    expect(b5?.kind === 'element' && b5.element.closest('diglot-reader')).toBeNull();
  });

  it('matches repeated texts to successive elements in document order', () => {
    const doc = page('<html><body><p>Photo: AP</p><p>One</p><p>Photo: AP</p></body></html>');
    const targets = findBlockTargets(doc.body, [
      { id: 'a', text: 'Photo: AP' },
      { id: 'b', text: 'Photo: AP' },
    ]);
    const [a, b] = [targets.get('a'), targets.get('b')];
    expect(a?.kind === 'element' && b?.kind === 'element' && a.element !== b.element).toBe(true);
  });

  it('leaves out blocks whose text is nowhere on the page', () => {
    expect(findBlockTargets(page().body, [{ id: 'z', text: 'Not on the page' }]).size).toBe(0);
  });
});

describe('hideLanguageInPlace', () => {
  it('hides exactly the other language’s blocks and marks them', () => {
    const doc = page();
    const result = hideLanguageInPlace(doc, enKo(), 'ko');
    expect(result).toMatchObject({ matched: 6, total: 6 });
    const hidden = Array.from(doc.querySelectorAll('[data-diglot-hidden]'));
    const texts = hidden.map((el) => normalizeText(el.textContent ?? ''));
    expect(texts).toEqual([
      '새 철도 노선 개통',
      '노선은 월요일에 개통했다. 두 도시를 잇는다.',
      // Both <br> lines of one <p> hidden: the <p> itself goes, and so does a <figure> left with no picture.
      '요금은 3,000원이다. 어린이는 무료로 탄다.',
      '사진: 개통식 모습.',
      '승객들의 반응',
      '"빠르다"고 한 승객이 말했다.',
    ]);
    for (const el of hidden) expect(el.getAttribute('style')).toContain('display: none !important');
    // English stays, and so does the menu item that repeats the Korean title.
    expect(doc.querySelector('nav li:nth-child(2)')?.hasAttribute('data-diglot-hidden')).toBe(false);
    expect(doc.querySelectorAll('p:not([data-diglot-hidden])')[0]?.textContent).toContain('The line');
  });

  it('hides a container left empty, but never one that holds a picture', () => {
    const doc = page(`<html><head></head><body><main>
      <p>The line opened on Monday. It links two cities.</p>
      <div class="ko"><p>노선은 월요일에 개통했다. 두 도시를 잇는다.</p><ul><li>요금은 3,000원이다.</li><li>어린이는 무료로 탄다.</li></ul></div>
      <figure><img src="a.jpg" alt=""><figcaption>사진: 개통식 모습.</figcaption></figure>
    </main></body></html>`);
    const before = doc.toString();
    const result = hideLanguageInPlace(doc, enKo(), 'ko');
    expect(Array.from(doc.querySelectorAll('[data-diglot-hidden]'), (el) => el.localName)).toEqual([
      'div',
      'figcaption',
    ]);
    expect(doc.querySelector('main')?.hasAttribute('data-diglot-hidden')).toBe(false);
    result.undo();
    expect(doc.toString()).toBe(before);
  });

  it('keeps an element’s own inline style and adds to it', () => {
    const doc = page();
    hideLanguageInPlace(doc, enKo(), 'en');
    const styled = doc.querySelector('p[data-diglot-hidden][style^="color"]');
    expect(styled?.getAttribute('style')).toBe('color: red; display: none !important;');
  });

  it('undoes to exactly the DOM it started from', () => {
    for (const lang of ['en', 'ko']) {
      const doc = page();
      const before = doc.toString();
      const result = hideLanguageInPlace(doc, enKo(), lang);
      expect(doc.toString()).not.toBe(before);
      result.undo();
      expect(doc.toString()).toBe(before);
    }
  });

  it('undoes only once, however often it is called', () => {
    const doc = page();
    const before = doc.toString();
    const result = hideLanguageInPlace(doc, enKo(), 'ko');
    result.undo();
    result.undo();
    expect(doc.toString()).toBe(before);
  });

  it('reports how few blocks it found on a page that prints different text', () => {
    const doc = page('<html><body><p>노선은 월요일에 개통했다. 두 도시를 잇는다.</p></body></html>');
    const result = hideLanguageInPlace(doc, enKo(), 'ko');
    expect(result).toMatchObject({ matched: 1, total: 6 });
    result.undo();
  });
});

describe('hideLanguageInPlace with repeated texts', () => {
  const PAGE = `<html><head></head><body>
    <header><h1>Fares rise</h1><ul><li>Fares rise</li></ul></header>
    <table><tr><th>Fares rise</th><th>요금 인상</th></tr>
    <tr><td>Photo: AP</td><td>사진: AP</td></tr>
    <tr><td>Fares rise by 150 won.</td><td>요금이 150원 오른다.</td></tr>
    <tr><td>Photo: AP</td><td>사진: AP</td></tr></table>
    <p>Photo: AP</p></body></html>`;
  const article = () => ({
    ...enKo(),
    title: { ko: '요금 인상' },
    blocks: [
      { id: 'b1', lang: 'en', kind: 'table-cell' as const, text: 'Fares rise' },
      { id: 'b2', lang: 'ko', kind: 'table-cell' as const, text: '요금 인상' },
      { id: 'b3', lang: 'en', kind: 'table-cell' as const, text: 'Photo: AP' },
      { id: 'b4', lang: 'ko', kind: 'table-cell' as const, text: '사진: AP' },
      { id: 'b5', lang: 'en', kind: 'table-cell' as const, text: 'Fares rise by 150 won.' },
      { id: 'b6', lang: 'ko', kind: 'table-cell' as const, text: '요금이 150원 오른다.' },
      { id: 'b7', lang: 'en', kind: 'table-cell' as const, text: 'Photo: AP' },
      { id: 'b8', lang: 'ko', kind: 'table-cell' as const, text: '사진: AP' },
    ],
    pairs: [],
  });

  it('takes the copy of a repeated text that lies between its neighbours', () => {
    const doc = page(PAGE);
    const targets = findBlockTargets(doc.body, article().blocks);
    const element = (id: string) => {
      const t = targets.get(id);
      return t?.kind === 'element' ? t.element : null;
    };
    expect(element('b1')?.localName).toBe('th');
    expect(element('b3')?.parentNode).toBe(element('b4')?.parentNode);
    expect(element('b7')?.parentNode).toBe(element('b8')?.parentNode);
    expect(element('b3')).not.toBe(element('b7'));
  });

  it('also hides a heading that repeats a hidden block, but never a link or paragraph that does', () => {
    const doc = page(PAGE);
    const result = hideLanguageInPlace(doc, article(), 'en');
    expect(result).toMatchObject({ matched: 4, total: 4 });
    expect(doc.querySelector('header h1')?.hasAttribute('data-diglot-hidden')).toBe(true);
    expect(doc.querySelector('header li')?.hasAttribute('data-diglot-hidden')).toBe(false);
    expect(doc.querySelector('body > p')?.hasAttribute('data-diglot-hidden')).toBe(false);
  });
});

describe('undo after the page changed', () => {
  it('puts back what is still there when the page removed some of what was hidden', () => {
    const doc = page();
    const result = hideLanguageInPlace(doc, enKo(), 'ko');
    const gone = doc.querySelectorAll('[data-diglot-hidden]');
    gone[1]?.remove();
    gone[2]?.remove();
    expect(() => result.undo()).not.toThrow();
    expect(doc.querySelectorAll('[data-diglot-hidden]').length).toBe(0);
  });
});

describe('hiding a line that holds a frame', () => {
  it('never moves the frame, and wraps the text on each side of it on its own', () => {
    const doc = page(`<html><head></head><body><article>
      <p>First English line here.<br>한국어 첫 줄입니다. <iframe src="poll.html"></iframe> 그리고 끝.<br></p>
      <p>Second English paragraph.</p><p>두 번째 한국어 문단.</p></article></body></html>`);
    const iframe = doc.querySelector('iframe')!;
    const parent = iframe.parentNode;
    const before = doc.toString();
    const article = {
      ...enKo(),
      title: {},
      pairs: [],
      blocks: [
        { id: 'e1', lang: 'en', kind: 'paragraph' as const, text: 'First English line here.' },
        { id: 'k1', lang: 'ko', kind: 'paragraph' as const, text: '한국어 첫 줄입니다. 그리고 끝.' },
        { id: 'e2', lang: 'en', kind: 'paragraph' as const, text: 'Second English paragraph.' },
        { id: 'k2', lang: 'ko', kind: 'paragraph' as const, text: '두 번째 한국어 문단.' },
      ],
    };
    const result = hideLanguageInPlace(doc, article, 'ko');
    expect(result).toMatchObject({ matched: 2, total: 2 });
    expect(iframe.parentNode).toBe(parent);
    expect(doc.querySelectorAll('span[data-diglot-hidden]').length).toBe(2);
    result.undo();
    expect(doc.toString()).toBe(before);
  });
});
