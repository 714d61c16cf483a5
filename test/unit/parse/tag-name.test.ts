import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { upperTagName } from '../../../utils/dom/tag-name';
import { htmlToDocument } from '../../../utils/parse-html';

describe('upper-case tag names', () => {
  it('gives what tagName.toUpperCase() gives for every element of an HTML page, custom elements included', () => {
    const doc = htmlToDocument(
      '<html><body><main><p>Seoul <b>fares</b><br>rise</p><my-widget data-x="1"><span>x</span></my-widget>' +
        '<svg><circle r="2"></circle></svg><table><tr><td>1</td></tr></table></main></body></html>',
    );
    const all = [...doc.querySelectorAll('*')];
    expect(all.length).toBeGreaterThan(10);
    for (const el of all) expect(upperTagName(el)).toBe(el.tagName.toUpperCase());
    expect(upperTagName(doc.querySelector('my-widget')!)).toBe('MY-WIDGET');
  });

  it('upper-cases XHTML, where tagName keeps its case, prefixed names included', () => {
    const doc = new DOMParser().parseFromString(
      '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>a</p><x:note xmlns:x="urn:x">b</x:note></body></html>',
      // linkedom types only the three types its own parser names; it reads XHTML as XML all the same.
      'application/xhtml+xml' as 'text/xml',
    ) as unknown as Document;
    const seen: string[] = [];
    for (let el = doc.documentElement as Element | null; el; el = el.firstElementChild ?? el.nextElementSibling) {
      expect(upperTagName(el)).toBe(el.tagName.toUpperCase());
      seen.push(upperTagName(el));
    }
    expect(seen).toEqual(['HTML', 'BODY', 'P', 'X:NOTE']);
    expect(doc.getElementsByTagName('p')[0]!.tagName).toBe('p');
  });
});
