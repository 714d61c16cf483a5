import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../utils/parse-html';
import { precheck } from '../../../utils/precheck';
import { page } from './helpers';

describe('precheck', () => {
  it('says yes on bilingual pages, with the languages as hints', () => {
    const seed = precheck(htmlToDocument(page('seed--en-ko--usa-journal-korea')));
    expect(seed.candidate).toBe(true);
    expect(seed.scripts).toEqual(expect.arrayContaining(['Latin', 'Hangul']));
    expect(precheck(htmlToDocument(page('blocks--es-pt--coffee-harvest'))).candidate).toBe(true);
    expect(precheck(htmlToDocument(page('blocks--ru-uk--river-ferry'))).candidate).toBe(true);
    expect(precheck(htmlToDocument(page('interleaved--en-fr--bridge-repairs'))).candidate).toBe(true);
  });

  it('says no on one-language pages with foreign names, quotes, menus or a switcher', () => {
    for (const name of ['negative--ko--english-quotes', 'negative--en--switcher-and-box']) {
      const r = precheck(htmlToDocument(page(name)));
      expect(r.candidate, `${name}: ${r.reason}`).toBe(false);
    }
  });

  it('gives up within its budget on a huge page and says why', () => {
    const body = '<p>The same English sentence, written again and again to make a very long page.</p>'.repeat(20_000);
    const r = precheck(htmlToDocument(`<html><body>${body}</body></html>`), { maxElements: 5_000 });
    expect(r.candidate).toBe(false);
    expect(r.reason).toMatch(/budget exhausted/);
  });

  it('walks 50,000 nested elements without recursion', () => {
    const depth = 50_000;
    const doc = htmlToDocument(
      `<html><body>${'<div>'.repeat(depth)}<p>deep</p>${'</div>'.repeat(depth)}</body></html>`,
    );
    expect(() => precheck(doc, { maxElements: 100_000 })).not.toThrow();
  });

  it('does not modify the page', () => {
    const doc = htmlToDocument(page('seed--en-ko--usa-journal-korea'));
    const before = doc.documentElement.outerHTML;
    precheck(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
