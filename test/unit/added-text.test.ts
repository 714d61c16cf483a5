import { describe, expect, it } from 'vitest';
import { addedText } from '../../utils/added-text';
import { htmlToDocument } from '../../utils/parse-html';

/** The records a MutationObserver would deliver for `changes`, made by hand (linkedom has no observer). */
function record(target: Node, ...added: Node[]): Pick<MutationRecord, 'target' | 'addedNodes'> {
  return { target, addedNodes: added as unknown as NodeList };
}

describe('the text a batch of page changes brought', () => {
  const doc = htmlToDocument(
    '<html><body><div id="ad"></div><span id="ticker"></span><article id="story"></article>' +
      '<diglot-reader><div id="own"></div></diglot-reader></body></html>',
  );
  const byId = (id: string): Element => doc.getElementById(id)!;
  const isOwn = (node: Node): boolean =>
    Boolean((node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('diglot-reader'));

  it('is a few characters when an ad, an image or a ticker line is swapped', () => {
    const img = doc.createElement('img');
    const ad = doc.createElement('iframe');
    const tick = doc.createTextNode('KOSPI 2614.00 ▲0.30%');
    const n = addedText([record(byId('ad'), ad, img), record(byId('ticker'), tick)], isOwn);
    expect(n).toBe(tick.data.length);
    expect(n).toBeLessThan(200);
  });

  it('counts every character of a late paragraph, however deep its text sits', () => {
    const section = doc.createElement('section');
    const first = doc.createElement('p');
    first.textContent =
      '부산시 공식 홈페이지가 화요일 약 6시간 동안 외국어 구호가 적힌 화면으로 바뀌어 있었다고 시 관계자들이 수요일 밝혔다.';
    const second = doc.createElement('p');
    const em = doc.createElement('em');
    em.textContent = '시 정보보안팀은';
    second.append(em, ' 오전 3시 40분 자동 감시 장치가 첫 화면이 저장된 사본과 일치하지 않는다고 경고했다.');
    section.append(first, second);
    expect(addedText([record(byId('story'), section)], isOwn)).toBe(
      first.textContent.length + em.textContent.length + second.lastChild!.textContent!.length,
    );
  });

  it("leaves out what changes inside Diglot's own reader", () => {
    const rows = doc.createElement('div');
    rows.textContent = 'x'.repeat(5000);
    expect(addedText([record(byId('own'), rows)], isOwn)).toBe(0);
  });
});
